// «… لاتفاق وقف إطلاق النار بين أذربيجان وأرمينيا الذي تم التوصل إليه في العاشر من الشهر الجاري»:
// a war, clashes or ceasefire dated relative to its article. Asked «according to the article» against
// other dates of the same kind (other days of the same month), when the sentence names the conflict's
// two sides right before the date and no other report dates that kind of event with another such date.
import type { DateValue, EntityRef, Evidence, Fact } from '../pipeline/types';
import { findMentions } from '../pipeline/entities';
import { tokenize } from '../pipeline/tokens';
import { both, drop, oneFactDateQuestion, type Context, type DraftQuestion } from './context';
import { factsOfKind, oncePerFacts, pushTo } from './fact-index';
import { joinList } from './grammar';
import { lexiconIndex } from './named-nearby';
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

/**
 * Whether the sentence names every side by its own name (not an adjective) within `REACH`
 * characters before the date: the clause the date closes.
 */
function sidesNamedBefore(ctx: Context, evidence: Evidence, sides: readonly EntityRef[]): boolean {
	const text = ctx.sentenceOf(evidence);
	const from = Math.max(0, evidence.span[0] - REACH);
	const named = new Set(
		findMentions(text, tokenize(text), lexiconIndex(ctx.lexicon))
			.filter((m) => !m.adjective && m.start >= from && m.end <= evidence.span[0])
			.map((m) => m.entry.id)
	);
	return sides.every((s) => s.id !== null && named.has(s.id));
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
	if (sides.length < 2 || !sidesNamedBefore(ctx, evidence, sides))
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
