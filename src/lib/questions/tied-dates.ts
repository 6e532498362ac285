// A date the article gives an earlier event only relative to itself, tied by the sentence to a meeting
// it names («ناقش الاجتماع الاتفاقات التي تم التوصل إليها خلال الوساطة الروسية العام الماضي»). Asked as
// a claim: the statement the sentence makes, with the meeting told apart by its place or its people,
// beside the same statement with another date of the same kind. No wrong date is one in which the fact
// base places another event of the same agents (Russia's other mediations: the Sochi summit, this year).
import type { DateTie, DateValue, EntityRef, Evidence, Fact } from '../pipeline/types';
import { assemble, both, distinctArticles, drop, mergeSources, missingEnglish, type Context, type DraftQuestion } from './context';
import { difficultyOf } from './difficulty';
import { isMeetingLike, type Descriptor, type EventRecord } from './events';
import { factsOfKind, oncePer } from './fact-index';
import { capitalize, eventGender, joinList } from './grammar';
import { tq, type Lang } from './i18n';
import { eventPhrase, runningName } from './phrase';
import { pickRelativeDistractors, relativeKind, relativeYearsOf, renderRelativeDate, sameRelativeDate } from './relative-dates';
import { questionId } from './seed';
import type { Localized } from './types';

export const TIED_TEMPLATE = 'statement_tied_date';

const eventsByKey = oncePer((ctx: Context) => new Map(ctx.events.map((e) => [e.key, e])));

/** The meeting told apart by its place, else by the people at its table; null when it names neither. */
function meetingDescriptor(ctx: Context, event: EventRecord): Descriptor | null {
	if (event.place) return { agents: [], place: event.place };
	const named = event.participants.filter((p) => p.type !== 'city');
	const people = named.filter((p) => !ctx.world.countryOfOneOf(p, named)).slice(0, 3);
	return people.length >= 2 ? { agents: [], participants: people } : null;
}

/**
 * The dates of other events the tie's agents took part in as host, mediator, sponsor, arranger or
 * chair, and of other tied events of theirs; with no agents, of every meeting and tied event.
 */
function otherDates(ctx: Context, fact: Fact, tie: DateTie): DateValue[] {
	const ours = (list: readonly EntityRef[]): boolean =>
		tie.agents.length === 0 || list.some((a) => tie.agents.some((g) => ctx.world.related(a, g)));
	const out: DateValue[] = [];
	for (const e of ctx.events)
		if (e.date && isMeetingLike(e.type) && ours(e.agents.map((a) => a.entity))) out.push(e.date);
	for (const f of factsOfKind(ctx.facts, 'date')) {
		const other = f.subject.tie;
		if (f === fact || !other || f.value.type !== 'date') continue;
		if (ours(other.agents)) out.push(f.value.date);
	}
	return out;
}

/** Whether the fact base places another such event on this date (for a year, anywhere in it). */
function takenBy(others: readonly DateValue[]): (d: DateValue) => boolean {
	return (d) =>
		others.some((o) => {
			if (relativeKind(d) !== 'year') return sameRelativeDate(o, d);
			const years: readonly string[] = relativeYearsOf(o);
			return d.relative !== undefined && years.includes(d.relative);
		});
}

/** "Russia's mediation", "the United States' talks" / "the mediation"; null when a name has no English. */
function duringEnglish(tie: DateTie): string | null {
	if (tie.agents.length === 0) return tq('en', 'statement.tied_during', { noun: tie.noun });
	const names = tie.agents.map((a) => runningName(a, 'en'));
	if (names.some((n) => n === null)) return null;
	const owners = joinList(names as string[], 'en');
	return tq('en', 'statement.tied_during_by', { owners: owners.endsWith('s') ? `${owners}'` : `${owners}'s`, noun: tie.noun });
}

function statement(event: EventRecord, d: Descriptor, tie: DateTie, date: DateValue, lang: Lang): string | null {
	const meeting = eventPhrase(event.type, d, lang);
	const when = renderRelativeDate(date, lang);
	if (meeting === null || when === null) return null;
	if (lang === 'ar') {
		const verb = eventGender(event.type) === 'f' ? tie.verb.f : tie.verb.m;
		return tq('ar', 'statement.tied', { verb, event: meeting, rest: tie.rest, date: when });
	}
	const during = duringEnglish(tie);
	if (tie.object === null || during === null) return null;
	return capitalize(tq('en', 'statement.tied', { event: meeting, verb: tie.verb.en, object: tie.object, during, date: when }));
}

function tiedDateClaim(ctx: Context, fact: Fact): DraftQuestion | null {
	const tie = fact.subject.tie;
	if (!tie || fact.value.type !== 'date') return null;
	const date = fact.value.date;
	if (!relativeKind(date)) return drop(ctx, fact, `the tied date «${date.text}» is not a relative date with alternatives`);
	const event = eventsByKey(ctx).get(tie.eventId);
	if (!event || !isMeetingLike(event.type))
		return drop(ctx, fact, 'the meeting the date is tied to gives no fact to name it by: not specific');
	const d = meetingDescriptor(ctx, event);
	if (!d) return drop(ctx, fact, 'the meeting the date is tied to has no place or people to tell it by: not specific');
	const id = questionId('claim', TIED_TEMPLATE, [fact.id]);
	const wrong = pickRelativeDistractors(date, takenBy(otherDates(ctx, fact, tie)), id, 2);
	if (!wrong) return drop(ctx, fact, `fewer than 2 wrong dates for «${date.text}» that no other such event falls in`);
	const render = (when: DateValue): Localized | null => {
		const ar = statement(event, d, tie, when, 'ar');
		return ar === null ? null : { ar, en: statement(event, d, tie, when, 'en') };
	};
	const right = render(date);
	const others = wrong.map(render);
	if (!right || others.some((o) => o === null)) return drop(ctx, fact, 'no Arabic statement for the tied date');
	if (right.en === null) missingEnglish(ctx, fact, 'the tied statement');
	// Another article's «العام الماضي» counts from another day, and its «الاجتماع» may be another
	// meeting: only the tie's own article backs the statement.
	const primary = fact.evidence[0] as Evidence;
	const sources = mergeSources(primary, fact.evidence.slice(1).filter((e) => e.article === primary.article));
	return assemble(
		{
			id,
			kind: 'claim',
			relation: 'date',
			template: TIED_TEMPLATE,
			factId: fact.id,
			factIds: [fact.id],
			prompt: both((lang) => tq(lang, 'prompt.statement')),
			sources,
			highlightEn: renderRelativeDate(date, 'en')
		},
		right,
		others as Localized[],
		difficultyOf({ close: false, confirmedBy: distinctArticles(sources), kind: 'host' })
	);
}

/** Whether a fact is asked here rather than as a meeting's date. */
export function isTiedDate(fact: Fact): boolean {
	return fact.kind === 'date' && fact.subject.tie !== undefined;
}

/** «ناقشت القمة في سوتشي الاتفاقات التي تم التوصل إليها خلال الوساطة الروسية العام الماضي.» */
export function tiedDateClaims(ctx: Context): DraftQuestion[] {
	const out: DraftQuestion[] = [];
	for (const fact of factsOfKind(ctx.facts, 'date')) {
		if (!isTiedDate(fact)) continue;
		const q = tiedDateClaim(ctx, fact);
		if (q) out.push(q);
	}
	return out;
}
