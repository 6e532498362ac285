// "When did the first war between Armenia and Azerbaijan take place?": dates of wars, clashes and
// ceasefires, asked only when the sentence itself singles the event out (an ordinal, «منذ», or the
// toll it left), with distractors of the same granularity that no conflict date of the corpus names.
import type { DateValue, EntityRef, Evidence, EventType, Fact } from '../pipeline/types';
import { normalizeArabic } from '../pipeline/normalize';
import {
	both,
	drop,
	oneFactDateQuestion,
	type Context,
	type DraftQuestion
} from './context';
import { pickDateDistractors } from './distractors';
import { datesCompatible, datesOverlap, fieldsKey } from './events';
import { arabicGender, joinList } from './grammar';
import { tq, type Lang } from './i18n';
import { runningName } from './phrase';
import { dateGranularity, renderDate, renderQuantity } from './render';
import { questionId } from './seed';
import { factsInSentences, factsOfKind, oncePerFacts } from './fact-index';
import { relativeConflictDateQuestion } from './relative-conflict-dates';
import { relativeKind } from './relative-dates';
import { invasionAt, rivalInvasionDate, type Invasion } from './invasion';
import { sameConflict, type Reading } from './conflict-reports';

const CONFLICT: readonly EventType[] = ['war', 'clashes', 'ceasefire'];
const REACH = 90;

export function isConflictType(type: EventType | undefined): boolean {
	return !!type && CONFLICT.includes(type);
}

/** The two countries the corpus most often names as meeting participants: the conflict's sides. */
export function sides(ctx: Context): EntityRef[] {
	return corpusSides(ctx.facts);
}

const corpusSides = oncePerFacts((facts) => {
	const counts = new Map<string, { e: EntityRef; n: number }>();
	for (const f of factsOfKind(facts, 'participant')) {
		if (f.value.type !== 'entity' || f.value.entity.type !== 'country') continue;
		const key = f.value.entity.id ?? f.value.entity.arCanonical;
		const c = counts.get(key) ?? { e: f.value.entity, n: 0 };
		c.n++;
		counts.set(key, c);
	}
	return [...counts.values()]
		.sort((a, b) => b.n - a.n || ((a.e.id ?? '') < (b.e.id ?? '') ? -1 : 1))
		.slice(0, 2)
		.map((c) => c.e);
});

type Description =
	| { rule: 'ordinal'; ordinal: 'first' | 'second' }
	| { rule: 'since'; predicate: 'fighting' | 'dispute' }
	| { rule: 'toll'; toll: Fact }
	| { rule: 'invasion'; invasion: Invasion };

/** What in the sentence singles this conflict out, by the first rule that applies. */
function sharesField(a: DateValue, b: DateValue): boolean {
	return (['year', 'month', 'day', 'decade'] as const).some((k) => a[k] !== undefined && b[k] !== undefined);
}

function describe(ctx: Context, fact: Fact, evidence: Evidence, date: DateValue): Description | null {
	const sentence = ctx.sentenceOf(evidence);
	const before = normalizeArabic(sentence.slice(Math.max(0, evidence.span[0] - REACH), evidence.span[0]));
	const type = fact.subject.eventType;
	// «منذ أواخر الثمانينيات»: «since» right before the date, with the verb it qualifies.
	if (type === 'war' && /(?:^|\s)منذ\s*$/.test(before)) {
		if (/تقاتل|يتقاتل|القتال/.test(before)) return { rule: 'since', predicate: 'fighting' };
		if (/متنازع|نزاع/.test(before)) return { rule: 'since', predicate: 'dispute' };
	}
	// «الحرب الأولى …», «وقعت الثانية في عام 2020»: an ordinal with no other date in between.
	if (type === 'war') {
		const m = /(?:^|\s)(?:ال)?(?:حرب\s+)?(?:ال)?(الاولي|الثانيه)(?:\s|$)/.exec(before);
		if (m && !/\d|الثمانينيات|التسعينيات|السبعينيات/.test(before.slice(m.index)))
			return { rule: 'ordinal', ordinal: m[1] === 'الاولي' ? 'first' : 'second' };
	}
	// «حرب خريف 2020 … خلّفت أكثر من 6500 قتيل»: the toll the same sentence gives for the event.
	const toll = factsInSentences(ctx.facts, [evidence], 'casualties').find(
		(f) =>
			f.subject.eventType === type &&
			f.value.type === 'quantity' &&
			renderQuantity(f.value.quantity, f.subject.measure, 'ar') !== null &&
			// The toll belongs to this event: no other date for it, and it stands next to the date.
			(!f.subject.date || datesOverlap(f.subject.date, date) || !sharesField(f.subject.date, date)) &&
			(!f.subject.date || datesCompatible(f.subject.date, date)) &&
			f.evidence.some(
				(e) =>
					e.article === evidence.article &&
					e.sentence === evidence.sentence &&
					Math.abs(e.span[0] - evidence.span[0]) <= REACH
			)
	);
	if (toll) return { rule: 'toll', toll };
	return null;
}

function eventNoun(ctx: Context, fact: Fact, evidence: Evidence, lang: Lang): string {
	const type = fact.subject.eventType ?? 'war';
	const border =
		type === 'clashes' && /الحدود|حدود/.test(normalizeArabic(ctx.sentenceOf(evidence)));
	return tq(lang, border ? 'event.border_clashes' : `event.${type}`);
}

function promptOf(ctx: Context, fact: Fact, evidence: Evidence, d: Description, lang: Lang): string | null {
	if (d.rule === 'invasion') {
		const { aggressor, victim } = d.invasion;
		const a = runningName(aggressor, lang);
		const v = runningName(victim, lang);
		if (a === null || v === null) return null;
		return tq(lang, `prompt.date_invasion_${arabicGender(aggressor, ctx.genders)}`, { aggressor: a, victim: v });
	}
	const names = sides(ctx).map((s) => runningName(s, lang));
	if (names.length < 2 || names.some((n) => n === null)) return null;
	const between = joinList(names as string[], lang);
	if (d.rule === 'since') return tq(lang, `prompt.since_${d.predicate}`, { sides: between });
	if (d.rule === 'ordinal') return tq(lang, `prompt.war_${d.ordinal}`, { sides: between });
	const q = d.toll.value.type === 'quantity' ? d.toll.value.quantity : null;
	const toll = q && renderQuantity(q, d.toll.subject.measure, lang);
	if (!toll) return null;
	const type = fact.subject.eventType ?? 'war';
	return tq(lang, `prompt.date_toll_${type === 'clashes' ? 'pl' : 'sg'}`, {
		event: eventNoun(ctx, fact, evidence, lang),
		toll
	});
}

/** Every date a conflict fact of the corpus gives: never offered as a wrong answer. */
function conflictDates(ctx: Context): DateValue[] {
	return distinctConflictDates(ctx.facts);
}

/** Each date once, however many reports give it. */
const distinctConflictDates = oncePerFacts((facts) => {
	const byFields = new Map<string, DateValue>();
	for (const f of factsOfKind(facts, 'date')) {
		if (f.value.type !== 'date' || !isConflictType(f.subject.eventType)) continue;
		const key = fieldsKey(f.value.date);
		if (!byFields.has(key)) byFields.set(key, f.value.date);
	}
	return [...byFields.values()];
});

function sameDecade(a: DateValue, b: DateValue): boolean {
	const da = a.decade ?? (a.year !== undefined ? Math.floor(a.year / 10) * 10 : undefined);
	const db = b.decade ?? (b.year !== undefined ? Math.floor(b.year / 10) * 10 : undefined);
	return da !== undefined && da === db;
}

/** «متى وقعت الحرب الأولى بين أرمينيا وأذربيجان بحسب المقال؟» → «مطلع التسعينيات». */
export function conflictDateQuestion(ctx: Context, fact: Fact): DraftQuestion | null {
	if (fact.value.type !== 'date') return null;
	const date = fact.value.date;
	if (relativeKind(date)) return relativeConflictDateQuestion(ctx, fact, sides(ctx));
	if (!dateGranularity(date) || renderDate(date, 'ar') === null)
		return drop(ctx, fact, `date «${date.text}» has no absolute form to ask about`);
	const evidence = fact.evidence[0] as Evidence;
	const found = descriptionOf(ctx, fact, evidence, date);
	if ('rival' in found) return drop(ctx, fact, found.rival);
	const d = found.description;
	if (!d) {
		// Another report of the same conflict that its toll singles out: this one backs its question.
		const same = sameConflict(ctx, fact, (f) => readingOf(ctx, f));
		if (same && same.host.id !== fact.id)
			return (
				conflictDateQuestion(ctx, same.host) ??
				drop(ctx, fact, `nothing in the sentence singles this ${fact.subject.eventType ?? 'event'} out and the report ${same.host.id} that does gave no question: not specific`)
			);
		return drop(
			ctx,
			fact,
			`nothing in the sentence singles this ${fact.subject.eventType ?? 'event'} out (no ordinal, «منذ» or toll): not specific`
		);
	}
	const ar = promptOf(ctx, fact, evidence, d, 'ar');
	if (ar === null) return drop(ctx, fact, 'no Arabic prompt');
	const prompt = { ar, en: promptOf(ctx, fact, evidence, d, 'en') };
	const template =
		d.rule === 'toll'
			? 'date_toll'
			: d.rule === 'invasion'
				? 'date_invasion'
				: d.rule === 'since'
					? `since_${d.predicate}`
					: `war_${d.ordinal}`;
	const id = questionId('date', template, [fact.id]);
	const named = conflictDates(ctx);
	const picked = pickDateDistractors(
		date,
		[],
		(x) => named.some((n) => datesOverlap(n, x) || (x.decade !== undefined && sameDecade(n, x))),
		id,
		3
	);
	if (!picked) return drop(ctx, fact, `fewer than 3 distractors for date «${date.text}»`);
	const same = d.rule === 'toll' ? sameConflict(ctx, fact, (f) => readingOf(ctx, f)) : null;
	return oneFactDateQuestion(
		fact,
		{
			id,
			template,
			prompt,
			right: both((lang) => renderDate(date, lang) ?? ''),
			wrong: picked.values.map((x) => both((lang) => renderDate(x, lang) ?? '')),
			close: picked.close
		},
		same && same.host.id === fact.id ? same.bare : []
	);
}

/**
 * What singles a conflict date out: an invasion's two sides (unless another report dates a conflict
 * between them otherwise, which `rival` explains), else the first rule of `describe`, else nothing.
 */
function descriptionOf(
	ctx: Context,
	fact: Fact,
	evidence: Evidence,
	date: DateValue
): { description: Description | null } | { rival: string } {
	const invasion = fact.subject.eventType === 'war' ? invasionAt(ctx, evidence) : null;
	if (!invasion) return { description: describe(ctx, fact, evidence, date) };
	const rival = rivalInvasionDate(ctx, fact, invasion);
	if (rival)
		return {
			rival: `another report dates a conflict between ${invasion.aggressor.en ?? ''} and ${invasion.victim.en ?? ''} «${rival.text}»: the invasion is not specific`
		};
	return { description: { rule: 'invasion', invasion } };
}

/** How the question rules read a conflict date report: its toll, whether anything singles it out, its noun. */
function readingOf(ctx: Context, fact: Fact): Reading {
	const evidence = fact.evidence[0] as Evidence;
	const found = fact.value.type === 'date' ? descriptionOf(ctx, fact, evidence, fact.value.date) : { description: null };
	const d = 'rival' in found ? null : found.description;
	return {
		toll: d?.rule === 'toll' ? d.toll : null,
		described: 'rival' in found || d !== null,
		noun: eventNoun(ctx, fact, evidence, 'ar')
	};
}
