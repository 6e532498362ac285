// A span counted back from the article's own time, in a relative clause the extractor cut out whole
// (`subject.clause`): «الهدنة الجديدة التي أُبرمت قبل ثلاثة أيام» is asked «متى أُبرمت الهدنة الجديدة
// بحسب المقال؟» → «قبل 3 أيام»; «بوتين، الذي كان قلقًا منذ ثمانية أشهر بشأن الحرب في أوكرانيا» is asked
// «منذ متى كان فلاديمير بوتين قلقًا بشأن الحرب في أوكرانيا بحسب المقال؟» → «منذ 8 أشهر». The wrong
// spans are of the same unit, on both sides of the answer.
import type { Evidence, Fact, SpanClause } from '../pipeline/types';
import { normalizeArabic } from '../pipeline/normalize';
import { both, drop, missingEnglish, oneFactQuestion, type Context, type DraftQuestion } from './context';
import { factsOfKind, oncePer, pushTo } from './fact-index';
import { arabicGender } from './grammar';
import { tq, type Lang } from './i18n';
import { exactSpan, renderSpan, spanDistractors, type Span } from './intervals';
import { runningName } from './phrase';
import { spelledVariants } from './translations';
import type { EntityRef } from '../pipeline/types';
import { questionId } from './seed';
import type { Localized } from './types';

/** A span counted back from the article's time («قبل ثلاثة أيام», «منذ ثمانية أشهر»). */
export function isSpanBack(measure: string | undefined): boolean {
	return !!measure && /^(?:day|week|month|year)s-(?:ago|since)$/.test(measure);
}

/** What a clause asks about, whatever its span: the same clause twice must give the same span. */
function clauseKey(c: SpanClause): string {
	const holder = 'entity' in c.holder ? (c.holder.entity.id ?? c.holder.entity.arCanonical) : c.holder.ar;
	return normalizeArabic([c.frame, holder, c.verb.ar, c.rest].join('|'));
}

const valueKey = (f: Fact): string =>
	f.value.type === 'quantity' ? `${f.value.quantity.value}|${f.value.quantity.unit ?? ''}` : '';

/** The facts of each clause across the corpus, once. */
const factsByClause = oncePer((ctx: Context) => {
	const out = new Map<string, Fact[]>();
	for (const f of factsOfKind(ctx.facts, 'figure')) if (f.subject.clause) pushTo(out, clauseKey(f.subject.clause), f);
	return out;
});

/** «أُبرمت الهدنة الجديدة» / «كان فلاديمير بوتين قلقًا بشأن …»: the verb, its holder, the clause's other words. */
function arabicClause(c: SpanClause): string {
	const holder = 'entity' in c.holder ? runningName(c.holder.entity, 'ar') : c.holder.ar;
	return [c.verb.ar, holder, c.rest].filter(Boolean).join(' ');
}

/** "when was the new truce concluded?": only an event with a verb of the known list and nothing else. */
function englishPrompt(c: SpanClause): string | null {
	if ('entity' in c.holder || c.holder.en === null || !c.verb.en || c.rest) return null;
	const { base, participle, passive } = c.verb.en;
	const key = passive ? (c.holder.plural ? 'span_back_passive_pl' : 'span_back_passive_sg') : 'span_back_active';
	return tq('en', `prompt.${key}`, { event: c.holder.en, participle, base });
}

/** The span after «قبل» or «منذ»: one unit bare and two in the genitive dual («قبل يومين», «منذ شهر»). */
function spanAfterPreposition(s: Span, lang: Lang): string {
	if (lang === 'ar' && s.value <= 2) return tq('ar', `span_genitive.${s.unit}_${s.value === 1 ? 'single' : 'dual'}`);
	return renderSpan(s, lang);
}

/**
 * The text of a span option: «قبل يومين» / «2 days before the article», «منذ 8 أشهر» / «8 months». The
 * article counts back from its own day, not the player's: «2 days ago» would be loose in English.
 */
export function spanOptionText(frame: SpanClause['frame'], s: Span, lang: Lang, enForm: 'ago' | 'bare' = 'ago'): string {
	return tq(lang, `span_option.${lang === 'ar' ? frame : enForm}`, { span: spanAfterPreposition(s, lang) });
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * "…, Putin, who has been preoccupied for eight months with the war in Ukraine, …": the translator's
 * clause after the person's name, its «for N» cut out and its auxiliary put before the full name →
 * "According to the article, for how long has Vladimir Putin been preoccupied with the war in Ukraine?".
 * Null unless the translation has that very shape.
 */
export function englishSinceFromTranslation(sentenceEn: string, person: EntityRef, span: Span): string | null {
	const name = runningName(person, 'en');
	const surname = person.en?.split(/\s+/).at(-1);
	if (!name || !surname) return null;
	const clause = new RegExp(`\\b${escape(surname)},\\s*who\\s+([^,;:()"“”]+)`, 'u').exec(sentenceEn)?.[1];
	if (!clause) return null;
	const bare = renderSpan(span, 'en');
	let cut: string | null = null;
	for (const written of [bare, ...spelledVariants(bare)]) {
		const at = new RegExp(`\\s*\\bfor\\s+${escape(written)}\\b`, 'iu');
		if (at.test(clause)) {
			cut = clause.replace(at, '').trim().replace(/\.$/, '');
			break;
		}
	}
	const aux = cut ? /^(has|have|had|is|was|are|were)\s+(.+)$/u.exec(cut) : null;
	if (!aux) return null;
	return tq('en', 'prompt.span_for', { clause: `${aux[1]} ${name} ${aux[2]}` });
}

export function spanBackQuestion(ctx: Context, fact: Fact): DraftQuestion | null {
	if (fact.value.type !== 'quantity') return null;
	const q = fact.value.quantity;
	const clause = fact.subject.clause;
	if (!clause)
		return drop(ctx, fact, `«${q.text}» is a span counted from the article's date with no relative clause that says what it is about`);
	const answer = exactSpan(q);
	if (!answer)
		return drop(ctx, fact, `«${q.text}» is a span counted from the article's date with no exact value in days, weeks, months or years`);
	// «مكتب بوتين، الذي»: a pronoun of the other gender is another noun's.
	if ('entity' in clause.holder && arabicGender(clause.holder.entity, ctx.genders) !== clause.gender)
		return drop(ctx, fact, `the clause of «${q.text}» does not agree with «${clause.holder.entity.arCanonical}»: it may be another noun's`);
	const same = factsByClause(ctx).get(clauseKey(clause)) ?? [];
	const other = same.find((f) => valueKey(f) !== valueKey(fact));
	if (other) return drop(ctx, fact, `another report (${other.id}) gives the same clause another span: not specific`);
	const template = `span_${clause.frame}`;
	const ar = tq('ar', `prompt.${template}`, { clause: arabicClause(clause) });
	const person = 'entity' in clause.holder ? clause.holder.entity : null;
	// A person's clause is copied from the Arabic: its English may come from the sentence's translation.
	const translated = ctx.translationOf(fact.evidence[0] as Evidence);
	const worded = englishPrompt(clause);
	const en =
		worded ??
		(person && clause.frame === 'since' && translated !== null
			? englishSinceFromTranslation(translated, person, answer)
			: null);
	if (en === null) missingEnglish(ctx, fact, 'the prompt');
	const id = questionId('figure', template, [fact.id]);
	const wrong = spanDistractors(answer, id);
	if (!wrong) return drop(ctx, fact, `fewer than 3 distractors for the span «${q.text}»`);
	// «N ago» in English when the prompt asks when; the bare span when «منذ» may mean «for N».
	const enForm = clause.frame === 'ago' || worded !== null ? 'ago' : 'bare';
	const render = (s: Span): Localized => both((lang: Lang) => spanOptionText(clause.frame, s, lang, enForm));
	return oneFactQuestion(fact, {
		id,
		kind: 'figure',
		relation: fact.kind,
		template,
		prompt: { ar, en },
		right: render(answer),
		wrong: wrong.map(render),
		close: false,
		highlightEn: renderSpan(answer, 'en'),
		difficultyKind: 'count'
	});
}
