// «… على طول الحدود المعترف بها بين البلدين، كما حدث في سبتمبر الماضي» beside «… كما حصل في سبتمبر،
// حين سقط 286 شخصاً في مواجهات على الحدود»: two reports of clashes in the same month, one with the toll
// that singles them out. When the corpus tells of only one such conflict (every toll the reports of
// that type and date give is the same number), a bare report names nothing the tolled one does not,
// and it calls the event by the same noun, it is another source of the question the toll makes, not
// an unanswerable question of its own.
import type { Evidence, Fact } from '../pipeline/types';
import type { Context } from './context';
import { fieldsKey } from './events';
import { factsInSentences, factsOfKind, oncePer, oncePerFacts, pushTo } from './fact-index';
import { namedInSentences } from './named-nearby';
import { renderDate } from './render';
import { relativeKind } from './relative-dates';

/** How a conflict date report describes its event, as the question rules read it. */
export interface Reading {
	/** The toll the sentence gives the event, when that is what singles it out. */
	toll: Fact | null;
	/** Whether some rule (a toll, an ordinal, «منذ», its sides) singles the event out. */
	described: boolean;
	/** The noun the question would call the event by («الاشتباكات الحدودية»). */
	noun: string;
}

export type Reader = (fact: Fact) => Reading;

/** The tolled report whose question the bare ones back, and those bare reports. */
export interface SameConflict {
	host: Fact;
	bare: Fact[];
}

const CONFLICT_TYPES = new Set(['war', 'clashes', 'ceasefire']);

/** Calendar conflict dates by event type and exact date fields, once per fact list. */
const byTypeAndDate = oncePerFacts((facts) => {
	const out = new Map<string, Fact[]>();
	for (const f of factsOfKind(facts, 'date')) {
		const type = f.subject.eventType;
		if (!type || !CONFLICT_TYPES.has(type) || f.value.type !== 'date') continue;
		if (relativeKind(f.value.date) || renderDate(f.value.date, 'ar') === null) continue;
		pushTo(out, groupKey(f), f);
	}
	return out;
});

function groupKey(f: Fact): string {
	return `${f.subject.eventType ?? ''}|${f.value.type === 'date' ? fieldsKey(f.value.date) : ''}`;
}

/** Each group judged once per generation. */
const judged = oncePer((_ctx: Context) => new Map<string, SameConflict | null>());

/**
 * The tolls («killed 40») that any sentence of the group gives an event of its type: two of them
 * mean two conflicts, or two accounts of one, and either way a bare report cannot say which.
 */
function tollsStated(ctx: Context, group: readonly Fact[]): Set<string> {
	const type = group[0]?.subject.eventType;
	const out = new Set<string>();
	for (const f of factsInSentences(
		ctx.facts,
		group.flatMap((g) => g.evidence),
		'casualties'
	)) {
		if (f.subject.eventType === type && f.value.type === 'quantity')
			out.add(`${f.subject.measure ?? ''}|${f.value.quantity.value}`);
	}
	return out;
}

/** The country of each body the lexicon places in one («قوات حفظ السلام الروسية»: Russia). */
const bodyCountries = oncePer(
	(ctx: Context) =>
		new Map(
			ctx.lexicon.entries.flatMap((e) =>
				e.type === 'organization' && e.country ? [[e.id, e.country] as const] : []
			)
		)
);

/**
 * Every name of `inner` is among `outer`, and it names at least one; a country's own body counts
 * as named where its country is («قوات حفظ السلام الروسية» beside «قوات روسية»).
 */
function namesWithin(ctx: Context, inner: Set<string>, outer: Set<string>): boolean {
	const country = bodyCountries(ctx);
	return (
		inner.size > 0 &&
		[...inner].every((id) => outer.has(id) || outer.has(country.get(id) ?? ''))
	);
}

function judge(ctx: Context, group: readonly Fact[], read: Reader): SameConflict | null {
	const readings = new Map(group.map((f) => [f, read(f)]));
	const tolled = group.filter((f) => readings.get(f)?.toll);
	const host = tolled[0];
	if (!host || tollsStated(ctx, group).size !== 1) return null;
	const hostReading = readings.get(host) as Reading;
	const evidence: Evidence[] = [...host.evidence, ...(hostReading.toll?.evidence ?? [])];
	const hostNames = namedInSentences(ctx, evidence);
	const bare = group.filter((f) => {
		const r = readings.get(f) as Reading;
		return !r.described && r.noun === hostReading.noun && namesWithin(ctx, namedInSentences(ctx, f.evidence), hostNames);
	});
	return bare.length ? { host, bare } : null;
}

/** The same conflict's tolled report and bare reports, when `fact` is one of them; else null. */
export function sameConflict(ctx: Context, fact: Fact, read: Reader): SameConflict | null {
	const key = groupKey(fact);
	const cache = judged(ctx);
	if (!cache.has(key)) {
		const group = byTypeAndDate(ctx.facts).get(key) ?? [];
		cache.set(key, group.length > 1 ? judge(ctx, group, read) : null);
	}
	const found = cache.get(key) ?? null;
	return found && (found.host === fact || found.bare.includes(fact)) ? found : null;
}
