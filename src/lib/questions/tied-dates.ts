// A date the article gives an earlier event only relative to itself, tied by the sentence to a meeting
// it names («ناقش الاجتماع الاتفاقات التي تم التوصل إليها خلال الوساطة الروسية العام الماضي»). Asked as
// a claim: the statement the sentence makes, with the meeting told apart by its place or its people.
// Its false statements are the same statement with another date of the same kind, when two such dates
// are surely false: none after the article's day when the meeting is held (agreements a held meeting
// discussed cannot be reached next year: the grammar alone would give that option away), and none in
// which the fact base places, or may place, another event of the same agents (the Sochi summit is
// Russia's mediation of this year; the peace agreement Moscow sponsored is undated, so any earlier year
// may be one of Russia's mediations). Otherwise its two false statements are other claims' false
// statements (fact-claims.ts), which the fact base makes false, so the fact is still asked.
import type { DateTie, DateValue, EntityRef, Evidence, Fact } from '../pipeline/types';
import {
	assemble,
	both,
	distinctArticles,
	drop,
	plannedFact,
	mergeSources,
	missingEnglish,
	type Context,
	type DraftQuestion
} from './context';
import { difficultyOf } from './difficulty';
import { isMeetingLike, type Descriptor, type EventRecord } from './events';
import { factsOfKind, oncePer } from './fact-index';
import { capitalize, eventGender, joinList } from './grammar';
import { tq, type Lang } from './i18n';
import { eventPhrase, runningName } from './phrase';
import type { OpenStatement } from './fact-claims';
import {
	afterArticleDay,
	pickRelativeDistractors,
	relativeKind,
	relativeYearsOf,
	renderRelativeDate,
	sameRelativeDate
} from './relative-dates';
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

/** What the fact base says of the other events of the tie's agents: the dates it gives them. */
interface OtherEvents {
	dates: DateValue[];
	/** One of them has no date, or a calendar one the article's own day cannot be set against (the
	 * generator does not know that day): it may lie on any date before the article's. */
	unplaced: boolean;
}

/**
 * The other events the tie's agents took part in as host, mediator, sponsor, arranger or chair (of any
 * kind: «اتفاق سلام برعاية موسكو» is a Russian mediation too), and the other tied events of theirs;
 * with no agents, every meeting and tied event.
 */
function otherEvents(ctx: Context, fact: Fact, tie: DateTie): OtherEvents {
	const ours = (list: readonly EntityRef[]): boolean =>
		tie.agents.length === 0 || list.some((a) => tie.agents.some((g) => ctx.world.related(a, g)));
	const out: OtherEvents = { dates: [], unplaced: false };
	const add = (date: DateValue | undefined): void => {
		if (date && relativeYearsOf(date).length > 0) out.dates.push(date);
		else out.unplaced = true;
	};
	for (const e of ctx.events) {
		if (e.key === tie.eventId) {
			// The meeting itself: for a tie without agents it is one of the meetings; its date counts.
			if (tie.agents.length === 0 || ours(e.agents.map((a) => a.entity))) add(e.date);
			continue;
		}
		const agentsKnown = e.agents.length > 0;
		if (tie.agents.length === 0 ? isMeetingLike(e.type) : agentsKnown && ours(e.agents.map((a) => a.entity))) add(e.date);
	}
	for (const f of factsOfKind(ctx.facts, 'date')) {
		const other = f.subject.tie;
		if (f === fact || !other || f.value.type !== 'date') continue;
		if (ours(other.agents)) add(f.value.date);
	}
	return out;
}

/**
 * Whether a date is no sure wrong option: the fact base places (for a year, anywhere in it) or may
 * place another such event on it, or it lies after the article's day while the meeting that recalls
 * the event is already held.
 */
function notSurelyFalse(others: OtherEvents, held: boolean): (d: DateValue) => boolean {
	return (d) => {
		if (held && afterArticleDay(d)) return true;
		if (others.unplaced && !afterArticleDay(d)) return true;
		return others.dates.some((o) => {
			if (relativeKind(d) !== 'year') return sameRelativeDate(o, d);
			const years: readonly string[] = relativeYearsOf(o);
			return d.relative !== undefined && years.includes(d.relative);
		});
	};
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

/** A meeting is held unless one of its sentences reports it planned, offered or scheduled. */
function meetingHeld(ctx: Context, event: EventRecord): boolean {
	return !event.facts.some((f) => plannedFact(ctx, f));
}

type TiedClaim = { question: DraftQuestion } | { open: OpenStatement };

function tiedDateClaim(ctx: Context, fact: Fact): TiedClaim | null {
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
	const render = (when: DateValue): Localized | null => {
		const ar = statement(event, d, tie, when, 'ar');
		return ar === null ? null : { ar, en: statement(event, d, tie, when, 'en') };
	};
	const right = render(date);
	if (!right) return drop(ctx, fact, 'no Arabic statement for the tied date');
	if (right.en === null) missingEnglish(ctx, fact, 'the tied statement');
	// Another article's «العام الماضي» counts from another day, and its «الاجتماع» may be another
	// meeting: only the tie's own article backs the statement.
	const primary = fact.evidence[0] as Evidence;
	const sources = mergeSources(primary, fact.evidence.slice(1).filter((e) => e.article === primary.article));
	const base = {
		id,
		kind: 'claim' as const,
		relation: 'date' as const,
		template: TIED_TEMPLATE,
		factId: fact.id,
		factIds: [fact.id],
		prompt: both((lang) => tq(lang, 'prompt.statement')),
		sources,
		highlightEn: renderRelativeDate(date, 'en')
	};
	const difficulty = difficultyOf({ close: false, confirmedBy: distinctArticles(sources), kind: 'host' });
	const wrong = pickRelativeDistractors(date, notSurelyFalse(otherEvents(ctx, fact, tie), meetingHeld(ctx, event)), id, 2);
	const others = wrong?.map(render);
	if (!others || others.some((o) => o === null)) return { open: { fact, truth: right, base, difficulty } };
	return { question: assemble(base, right, others as Localized[], difficulty) };
}

/** Whether a fact is asked here rather than as a meeting's date. */
export function isTiedDate(fact: Fact): boolean {
	return fact.kind === 'date' && fact.subject.tie !== undefined;
}

/**
 * «ناقشت القمة في سوتشي الاتفاقات التي تم التوصل إليها خلال الوساطة الروسية العام الماضي.»: the claims
 * made with other dates, and the true statements still to be set beside other claims' false ones.
 */
export function tiedDateClaims(ctx: Context): { claims: DraftQuestion[]; open: OpenStatement[] } {
	const claims: DraftQuestion[] = [];
	const open: OpenStatement[] = [];
	for (const fact of factsOfKind(ctx.facts, 'date')) {
		if (!isTiedDate(fact)) continue;
		const made = tiedDateClaim(ctx, fact);
		if (made && 'question' in made) claims.push(made.question);
		else if (made) open.push(made.open);
	}
	return { claims, open };
}
