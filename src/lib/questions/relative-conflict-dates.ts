// «… لاتفاق وقف إطلاق النار بين أذربيجان وأرمينيا الذي تم التوصل إليه في العاشر من الشهر الجاري»:
// a war, clashes or ceasefire dated relative to its article. Asked «according to the article» against
// other dates of the same kind (other days of the same month), when the sentence names the conflict's
// two sides right before the date and no other report dates that kind of event with another such date.
import type { DateValue, EntityRef, Evidence, Fact } from '../pipeline/types';
import { normalizeArabic, procliticReadings } from '../pipeline/normalize';
import { both, drop, oneFactDateQuestion, type Context, type DraftQuestion } from './context';
import { factsOfKind, oncePerFacts, pushTo } from './fact-index';
import { joinList } from './grammar';
import { tq, type Lang } from './i18n';
import { runningName } from './phrase';
import {
	pickRelativeDistractors,
	relativeKind,
	renderRelativeDate,
	sameRelativeDate
} from './relative-dates';
import { questionId } from './seed';

/** How far before the date the two sides must be named: the clause the date closes. */
const REACH = 90;

/** Relative dates the corpus gives each conflict type («ceasefire» → its dates), once per corpus. */
const relativeConflictDates = oncePerFacts((facts) => {
	const out = new Map<string, DateValue[]>();
	for (const f of factsOfKind(facts, 'date')) {
		const type = f.subject.eventType;
		if (!type || f.value.type !== 'date' || !relativeKind(f.value.date)) continue;
		pushTo(out, type, f.value.date);
	}
	return out;
});

/** Every word of the text, with and without its proclitics («وأرمينيا» → «ارمينيا»). */
function wordReadings(text: string): Set<string> {
	const out = new Set<string>();
	for (const word of normalizeArabic(text).split(/[^\p{L}\p{N}]+/u)) {
		if (!word) continue;
		for (const r of procliticReadings(word)) out.add(r.key);
	}
	return out;
}

/** Whether the text names the entity by one of the lexicon's spellings. */
function names(ctx: Context, text: string, words: Set<string>, side: EntityRef): boolean {
	const entry = ctx.lexicon.entries.find((e) => e.id === side.id);
	const spellings = entry ? entry.ar : [side.arCanonical];
	const norm = normalizeArabic(text);
	return spellings.some((s) => {
		const key = normalizeArabic(s);
		return key.includes(' ') ? norm.includes(key) : words.has(key);
	});
}

function promptOf(type: string, sides: readonly EntityRef[], lang: Lang): string | null {
	const names = sides.map((s) => runningName(s, lang));
	if (names.some((n) => n === null)) return null;
	return tq(lang, `prompt.date_relative_${type}`, { sides: joinList(names as string[], lang) });
}

/** «متى أُبرم اتفاق وقف إطلاق النار بين أرمينيا وأذربيجان بحسب المقال؟» → «يوم 10 من الشهر الجاري». */
export function relativeConflictDateQuestion(
	ctx: Context,
	fact: Fact,
	sides: readonly EntityRef[]
): DraftQuestion | null {
	if (fact.value.type !== 'date') return null;
	const date = fact.value.date;
	const type = fact.subject.eventType ?? '';
	const template = `date_relative_${type}`;
	const evidence = fact.evidence[0] as Evidence;
	const before = ctx.sentenceOf(evidence).slice(Math.max(0, evidence.span[0] - REACH), evidence.span[0]);
	const words = wordReadings(before);
	if (sides.length < 2 || !sides.every((s) => names(ctx, before, words, s)))
		return drop(ctx, fact, `the sentence does not name the ${type}'s two sides before its date «${date.text}»: not specific`);
	// Another report dating this kind of event with another relative date of the same kind: which one?
	const others = relativeConflictDates(ctx.facts).get(type) ?? [];
	const rival = others.find((d) => relativeKind(d) === relativeKind(date) && !sameRelativeDate(d, date));
	if (rival)
		return drop(ctx, fact, `another report dates a ${type} «${rival.text}»: «the ${type}» is not specific`);
	const ar = promptOf(type, sides, 'ar');
	if (ar === null) return drop(ctx, fact, 'no Arabic prompt');
	const id = questionId('date', template, [fact.id]);
	const wrong = pickRelativeDistractors(date, (d) => others.some((o) => sameRelativeDate(o, d)), id, 3);
	if (!wrong) return drop(ctx, fact, `fewer than 3 distractors for date «${date.text}»`);
	const render = (d: DateValue) => both((lang) => renderRelativeDate(d, lang) ?? '');
	return oneFactDateQuestion(fact, {
		id,
		template,
		prompt: { ar, en: promptOf(type, sides, 'en') },
		right: render(date),
		wrong: wrong.map(render),
		close: false
	});
}
