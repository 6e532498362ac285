// Groups meeting facts into events and decides which descriptors (participants, place, date, other
// agents) make a question about one event specific: no other event in the corpus may match them
// unless it agrees on the asked value.
import type {
	DateValue,
	EntityRef,
	EventType,
	Fact,
	FactValue,
	Lexicon,
	MeetingRelation
} from '../pipeline/types';
import { datesCompatible } from '../pipeline/date-values';
import { entityKey } from '../pipeline/lexicon';
import { renderDate } from './render';
import { lexiconOffices, officeId, parseOfficeTitle } from '../pipeline/offices';
import { oncePer, pushTo } from './fact-index';

export type AgentRelation = Exclude<MeetingRelation, 'place' | 'date' | 'participant'>;
export const agentRelations: readonly AgentRelation[] = [
	'host',
	'sponsor',
	'mediator',
	'arranger',
	'chair'
];

export interface EventRecord {
	key: string;
	type: EventType;
	place?: EntityRef;
	date?: DateValue;
	participants: EntityRef[];
	agents: { relation: AgentRelation; entity: EntityRef }[];
	facts: Fact[];
}

/** What a question may say about its event besides the asked value. */
export interface Descriptor {
	participants?: EntityRef[];
	place?: EntityRef;
	date?: DateValue;
	agents: { relation: AgentRelation; entity: EntityRef }[];
}

/** The asked slot: an agent relation, the place or the date. */
export type Slot = AgentRelation | 'place' | 'date';

export { datesCompatible, entityKey };

export function isAgentRelation(kind: string): kind is AgentRelation {
	return (agentRelations as readonly string[]).includes(kind);
}

const MEETING_FAMILY: readonly EventType[] = ['summit', 'talks', 'meeting'];

function sameFamily(a: EventType, b: EventType): boolean {
	if (a === b || a === 'other' || b === 'other') return true;
	return MEETING_FAMILY.includes(a) && MEETING_FAMILY.includes(b);
}

export function isMeetingLike(type: EventType): boolean {
	return MEETING_FAMILY.includes(type) || type === 'call' || type === 'other';
}

/** A date descriptor describes another date: they share a field and none conflicts. */
export function datesOverlap(a: DateValue, b: DateValue): boolean {
	const fields = ['year', 'month', 'day', 'weekday', 'decade'] as const;
	return datesCompatible(a, b) && fields.some((f) => a[f] !== undefined && b[f] !== undefined);
}

/** Relations between entities the lexicon and role facts know: a city's country, a person's country. */
export class World {
	private readonly countryOf = new Map<string, string>();
	/** A place → the named place it lies on or in (the lexicon's `within`). */
	private readonly withinOf = new Map<string, string>();
	/** Office key → the people the lexicon or a role fact says hold it (an office is never resolved to
	 * one of them; they only make the office a true or confusable answer). */
	private readonly holdersOf = new Map<string, Set<string>>();

	constructor(lexicon: Lexicon, facts: readonly Fact[]) {
		for (const entry of lexicon.entries) {
			if (entry.country) this.countryOf.set(entry.id, entry.country);
			if (entry.within) this.withinOf.set(entry.id, entry.within);
			// A person speaks for the body of their office ("President of the European Council").
			const body = parseOfficeTitle(entry.office, lexicon)?.body;
			if (entry.type === 'person' && body) this.countryOf.set(entry.id, body.id);
		}
		for (const { office, holder } of lexiconOffices(lexicon)) this.addOffice(office, holder);
		for (const fact of facts) {
			if (fact.kind === 'role' && fact.value.type === 'entity' && fact.subject.country) {
				this.countryOf.set(entityKey(fact.value.entity), entityKey(fact.subject.country));
				if (fact.subject.office)
					this.addHolder(
						officeId(fact.subject.office, entityKey(fact.subject.country)),
						entityKey(fact.value.entity)
					);
			}
			if (fact.value.type === 'entity' && fact.value.entity.type === 'office')
				this.addOffice(fact.value.entity);
			for (const a of fact.subject.agents ?? []) if (a.entity.type === 'office') this.addOffice(a.entity);
		}
	}

	private addOffice(office: EntityRef, holder?: string): void {
		if (office.country) this.countryOf.set(entityKey(office), office.country);
		if (holder) this.addHolder(entityKey(office), holder);
	}

	private addHolder(office: string, person: string): void {
		const set = this.holdersOf.get(office) ?? new Set<string>();
		set.add(person);
		this.holdersOf.set(office, set);
	}

	/** The people known to hold an office (none for any other entity). */
	holders(e: EntityRef): ReadonlySet<string> {
		return this.holdersOf.get(entityKey(e)) ?? new Set();
	}

	/** The country an entity lies in or speaks for, or the entity itself for a country. */
	country(e: EntityRef): string | null {
		const k = entityKey(e);
		return e.type === 'country' ? k : (this.countryOf.get(k) ?? null);
	}

	/** A country named beside one of its own people or places («Aliyev» already says «Azerbaijan»). */
	countryOfOneOf(e: EntityRef, others: readonly EntityRef[]): boolean {
		return e.type === 'country' && others.some((q) => q !== e && this.related(q, e));
	}

	/**
	 * Whether `e` is related to any of `pool`, as `related` says (one pass over the pool, then a lookup
	 * per entity): the pool's own keys, what they point to (their country, an office's holders) and,
	 * for `e`, what it points to.
	 */
	relatedToAny(pool: readonly EntityRef[]): (e: EntityRef) => boolean {
		const keys = new Set<string>();
		const pointed = new Set<string>();
		for (const m of pool) {
			const k = entityKey(m);
			keys.add(k);
			this.forEachLink(k, (x) => pointed.add(x));
		}
		return (e) => {
			const k = entityKey(e);
			if (keys.has(k) || pointed.has(k)) return true;
			let found = false;
			this.forEachLink(k, (x) => (found ||= keys.has(x)));
			return found;
		};
	}

	/** Same entity, or one lies in / on / speaks for the other (Sochi ~ Russia, Aliyev ~ Azerbaijan,
	 * the Hakari bridge ~ the Lachin corridor), or an office and a person who holds it («رئيس المجلس
	 * الأوروبي», Charles Michel). */
	related(a: EntityRef, b: EntityRef): boolean {
		const ka = entityKey(a);
		const kb = entityKey(b);
		return ka === kb || this.pointsTo(ka, kb) || this.pointsTo(kb, ka);
	}

	/** The one-way link both relations are made of: an entity's country, the place it lies on or in,
	 * an office's holders. */
	private pointsTo(from: string, to: string): boolean {
		return (
			this.countryOf.get(from) === to ||
			this.withinOf.get(from) === to ||
			!!this.holdersOf.get(from)?.has(to)
		);
	}

	private forEachLink(from: string, visit: (to: string) => void): void {
		const country = this.countryOf.get(from);
		if (country) visit(country);
		const within = this.withinOf.get(from);
		if (within) visit(within);
		for (const holder of this.holdersOf.get(from) ?? []) visit(holder);
	}
}

export function buildEvents(facts: readonly Fact[]): EventRecord[] {
	const groups = new Map<string, Fact[]>();
	for (const fact of facts) {
		const meeting =
			isAgentRelation(fact.kind) ||
			fact.kind === 'place' ||
			fact.kind === 'date' ||
			fact.kind === 'participant';
		if (!meeting) continue;
		const key = fact.subject.eventId ?? `fact:${fact.id}`;
		groups.set(key, [...(groups.get(key) ?? []), fact]);
	}
	const events: EventRecord[] = [];
	for (const [key, group] of [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
		const event: EventRecord = {
			key,
			type: 'other',
			participants: [],
			agents: [],
			facts: group
		};
		const addParticipant = (e: EntityRef): void => {
			if (!event.participants.some((p) => entityKey(p) === entityKey(e))) event.participants.push(e);
		};
		const addAgent = (relation: AgentRelation, entity: EntityRef): void => {
			if (!event.agents.some((a) => a.relation === relation && entityKey(a.entity) === entityKey(entity)))
				event.agents.push({ relation, entity });
		};
		for (const fact of group) {
			const s = fact.subject;
			if (s.eventType && event.type === 'other') event.type = s.eventType;
			if (s.place && !event.place) event.place = s.place;
			if (s.date && !event.date) event.date = s.date;
			for (const p of s.participants ?? []) addParticipant(p);
			for (const a of s.agents ?? []) if (isAgentRelation(a.relation)) addAgent(a.relation, a.entity);
			const v = fact.value;
			if (fact.kind === 'place' && v.type === 'entity') event.place = v.entity;
			if (fact.kind === 'date' && v.type === 'date') event.date = v.date;
			if (fact.kind === 'participant' && v.type === 'entity') addParticipant(v.entity);
			if (isAgentRelation(fact.kind) && v.type === 'entity') addAgent(fact.kind, v.entity);
		}
		events.push(event);
	}
	return events;
}

/** The event's value for a slot (all of them for an agent relation). */
export function slotValues(event: EventRecord, slot: Slot): (EntityRef | DateValue)[] {
	if (slot === 'place') return event.place ? [event.place] : [];
	if (slot === 'date') return event.date ? [event.date] : [];
	return event.agents.filter((a) => a.relation === slot).map((a) => a.entity);
}

/** What both readings of a descriptor ask first: an event of the same family, place and date. */
function familyPlaceDateFit(
	d: Descriptor,
	target: EventRecord,
	other: EventRecord,
	world: World
): boolean {
	if (!sameFamily(target.type, other.type)) return false;
	if (d.place && !(other.place && world.related(d.place, other.place))) return false;
	return !d.date || (!!other.date && datesOverlap(d.date, other.date));
}

/** The people and agents an event names. */
function mentionedIn(e: EventRecord): EntityRef[] {
	return [...e.participants, ...e.agents.map((a) => a.entity)];
}

/**
 * Whether one of `mentioned` is the agent: «Hosted by Putin» describes only events that name Putin
 * himself, not any Russian one; «hosted by the President of the European Council» also any event
 * naming someone who holds that office.
 */
function namesAgent(world: World, mentioned: readonly EntityRef[], agent: EntityRef): boolean {
	const holders = world.holders(agent);
	return mentioned.some((m) => entityKey(m) === entityKey(agent) || holders.has(entityKey(m)));
}

export function descriptorMatches(
	d: Descriptor,
	target: EventRecord,
	other: EventRecord,
	world: World
): boolean {
	if (!familyPlaceDateFit(d, target, other, world)) return false;
	const mentioned = mentionedIn(other);
	if (d.participants && !d.participants.every((p) => mentioned.some((m) => world.related(p, m))))
		return false;
	return d.agents.every((a) => namesAgent(world, mentioned, a.entity));
}

/** What an event's sentences leave unsaid about its people, for `descriptorMayMatch`. */
export interface UnsaidPeople {
	/** Its sentences speak of the sides' people without naming them («الزعيمين», «الطرفين»). */
	peopleUnnamed: (e: EventRecord) => boolean;
	/** Whether a lexicon id is a state (the European Council, an office's body, is not). */
	isState: (id: string) => boolean;
}

/**
 * Whether `other` may be the event a descriptor tells of, reading what it leaves unsaid as open. Its
 * place and date must fit, as for `descriptorMatches`; each of the descriptor's agents must be one of
 * its people or agents, or be named in one of its sentences without a role («ماكرون وعلييف "يأملان …
 * في أعقاب قمة براغ" التي جمعت … علييف وباشينيان»: Macron may have arranged the Prague summit); and its
 * people must include one of the descriptor's (a list of who met is seldom complete: «قمة براغ جمعت
 * علييف وباشينيان» does not say Michel was not there), unless it names none and an agent ties it to the
 * descriptor («التقى وزيرا خارجية البلدين في نيويورك بتدبير من بلينكن»), or its sentences speak of
 * people they do not name (`peopleUnnamed`). An organisation's agent may be any agent of it that
 * speaks for no state. A wrong value such an event has is arguable.
 */
export function descriptorMayMatch(
	d: Descriptor,
	target: EventRecord,
	other: EventRecord,
	world: World,
	namedIn: (e: EventRecord) => ReadonlySet<string>,
	unsaid: UnsaidPeople
): boolean {
	if (!familyPlaceDateFit(d, target, other, world)) return false;
	// «اجتماع موسع للزعيمين الأرميني والأذربيجاني بمشاركة شولتس وماكرون»: the people it names are not all
	// who sit there, so it may be the descriptor's meeting of any people.
	const unnamed = d.participants !== undefined && unsaid.peopleUnnamed(other);
	const mentioned = mentionedIn(other);
	const agentsFit = d.agents.every((a) => {
		if (namesAgent(world, mentioned, a.entity)) return true;
		if (a.entity.id !== null && namedIn(other).has(a.entity.id)) return true;
		// An organisation acts through bodies and officials the lexicon does not tie to it (the EU
		// through the President of the European Council): such a meeting's agent who speaks for no
		// country may stand for it; Putin may not.
		return (
			a.entity.type === 'organization' &&
			other.agents.some((g) => {
				const side = world.country(g.entity);
				return side === null || !unsaid.isState(side);
			})
		);
	});
	if (!agentsFit) return false;
	if (!d.participants || unnamed) return true;
	if (other.participants.length === 0) return d.agents.length > 0;
	return d.participants.some((p) => mentioned.some((m) => world.related(p, m)));
}

/**
 * Whether two events (or two facts' subjects) can be one occasion reported twice: no date both give
 * differs («14 مايو» and «أغسطس الماضي» are two meetings) and no place both give lies apart. Another
 * occasion that agrees on the answer keeps a question specific, but it is not a source of it.
 */
export function sameOccasion(
	a: Pick<EventRecord, 'date' | 'place'>,
	b: Pick<EventRecord, 'date' | 'place'>,
	world: World
): boolean {
	if (a.date && b.date && !datesCompatible(a.date, b.date)) return false;
	return !a.place || !b.place || world.related(a.place, b.place);
}

/** Whether a value is true for a slot of an event (nested places and compatible dates count). */
export function valueTrueFor(
	event: EventRecord,
	slot: Slot,
	value: FactValue,
	world: World
): boolean {
	if (slot === 'date') {
		return value.type === 'date' && !!event.date && datesOverlap(event.date, value.date);
	}
	if (value.type !== 'entity') return false;
	if (slot === 'place') return !!event.place && world.related(event.place, value.entity);
	return slotValues(event, slot).some(
		(e) => 'type' in e && entityKey(e as EntityRef) === entityKey(value.entity)
	);
}

/** Where each event stands in its list, and the events that mention an entity or one of its country. */
interface EventIndex {
	position: Map<EventRecord, number>;
	byKey: Map<string, EventRecord[]>;
}

const indexes = new WeakMap<readonly EventRecord[], EventIndex>();

function indexEvents(events: readonly EventRecord[], world: World): EventIndex {
	const known = indexes.get(events);
	if (known) return known;
	const index: EventIndex = { position: new Map(), byKey: new Map() };
	events.forEach((e, i) => {
		index.position.set(e, i);
		const keys = new Set<string>();
		for (const m of [...e.participants, ...e.agents.map((a) => a.entity), ...(e.place ? [e.place] : [])]) {
			keys.add(entityKey(m));
			const country = world.country(m);
			if (country) keys.add(country);
		}
		for (const k of dateKeys(e.date)) keys.add(k);
		for (const k of keys) pushTo(index.byKey, k, e);
	});
	indexes.set(events, index);
	return index;
}

/** Index keys of a date: its year and its month (a matching date agrees on every field both give). */
function dateKeys(date: DateValue | undefined): string[] {
	if (!date) return [];
	const keys: string[] = [];
	if (date.year !== undefined) keys.push(`year:${date.year}`);
	if (date.month !== undefined) keys.push(`month:${date.month}`);
	return keys;
}

/** The smallest list of events that surely holds every event a descriptor matches, or null for all. */
function candidatesFor(d: Descriptor, index: EventIndex, world: World): EventRecord[][] | null {
	const options: EventRecord[][][] = [];
	for (const p of d.participants ?? []) options.push(mentioningLists(index, world, p));
	if (d.place) options.push(mentioningLists(index, world, d.place));
	for (const a of d.agents)
		options.push(
			[entityKey(a.entity), ...world.holders(a.entity)].map((k) => index.byKey.get(k) ?? [])
		);
	// An event without the descriptor's year (or month) cannot overlap it.
	if (d.date?.year !== undefined) options.push([index.byKey.get(`year:${d.date.year}`) ?? []]);
	else if (d.date?.month !== undefined) options.push([index.byKey.get(`month:${d.date.month}`) ?? []]);
	return options.length ? fewest(options) : null;
}

/** Of several ways to list candidate events, the one with the fewest. */
function fewest(options: EventRecord[][][]): EventRecord[][] {
	const size = (lists: EventRecord[][]): number => lists.reduce((n, l) => n + l.length, 0);
	return options.reduce((a, b) => (size(b) < size(a) ? b : a));
}

/**
 * The events that could match a descriptor naming this entity: every event that mentions it, one of
 * its places or people, or its country (a superset of what `related` accepts).
 */
function mentioningLists(index: EventIndex, world: World, e: EntityRef): EventRecord[][] {
	const lists = [index.byKey.get(entityKey(e)) ?? []];
	const country = world.country(e);
	if (country && country !== entityKey(e)) lists.push(index.byKey.get(country) ?? []);
	return lists;
}

/**
 * A superset of the events that name every one of `entities` (or one of its people, places or
 * country), each once, in no set order: the fewest that one of them gives, read lazily so a caller
 * that stops early pays only for what it read.
 */
export function* eventsNamingAll(
	events: readonly EventRecord[],
	world: World,
	entities: readonly EntityRef[]
): Generator<EventRecord> {
	if (!entities.length) {
		yield* events;
		return;
	}
	const index = indexEvents(events, world);
	const seen = new Set<EventRecord>();
	for (const list of fewest(entities.map((e) => mentioningLists(index, world, e))))
		for (const e of list) {
			if (seen.has(e)) continue;
			seen.add(e);
			yield e;
		}
}

/**
 * Events (the target included) that a descriptor could describe, in the order of `events`; null as
 * soon as one of them fails `accept`, so an ambiguous descriptor costs no more than its first rival.
 */
export function matchingEvents(
	d: Descriptor,
	target: EventRecord,
	events: readonly EventRecord[],
	world: World,
	accept: (e: EventRecord) => boolean = () => true
): EventRecord[] | null {
	// A matching event mentions every named participant, place and agent and shares the date's year
	// or month: look only among the fewest events one of these keys gives.
	const index = indexEvents(events, world);
	const matches: EventRecord[] = [target];
	const seen = new Set<EventRecord>([target]);
	for (const list of candidatesFor(d, index, world) ?? [events])
		for (const e of list) {
			if (seen.has(e)) continue;
			seen.add(e);
			if (!descriptorMatches(d, target, e, world)) continue;
			if (!accept(e)) return null;
			matches.push(e);
		}
	return matches.sort((a, b) => (index.position.get(a) ?? -1) - (index.position.get(b) ?? -1));
}

/** A date a reader can place without the article: not a bare weekday, not «this month». */
function usableDate(date: DateValue): boolean {
	if (renderDate(date, 'ar') === null) return false;
	return date.day !== undefined || date.month !== undefined || date.year !== undefined || date.decade !== undefined;
}

/**
 * Another matching event agrees when it gives the same value, or (for an agent) names the answer
 * among its own people: the same meeting reported again, which the answer does not contradict.
 */
function agrees(e: EventRecord, slot: Slot, answer: FactValue, world: World, target: EventRecord): boolean {
	if (valueTrueFor(e, slot, answer, world)) return true;
	// «اليوم» and «اليوم الجمعة» in one article are one day; in two articles, maybe not.
	if (slot === 'date' && answer.type === 'date' && answer.date.relative && e.date?.relative === answer.date.relative)
		return datesCompatible(e.date, answer.date) && articlesOf(e).some((a) => articlesOf(target).includes(a));
	if (slot === 'place' || slot === 'date' || answer.type !== 'entity') return false;
	if (slotValues(e, slot).length > 0) return false;
	return [...e.participants, ...e.agents.map((a) => a.entity)].some((m) =>
		world.related(m, answer.entity)
	);
}

function articlesOf(e: EventRecord): string[] {
	return [...new Set(e.facts.flatMap((f) => f.evidence.map((v) => v.article)))];
}

function subsets<T>(items: readonly T[]): T[][] {
	const out: T[][] = [[]];
	for (const item of items) for (const s of [...out]) out.push([...s, item]);
	return out.sort((a, b) => a.length - b.length);
}

/**
 * The smallest descriptor that makes a question about `slot` of `target` specific, or null.
 * Every other event it matches must agree on the answer (the same event reported elsewhere);
 * one that leaves the slot unknown or gives another value makes the descriptor ambiguous.
 */
export function specificDescriptor(
	target: EventRecord,
	slot: Slot,
	answer: FactValue,
	events: readonly EventRecord[],
	world: World,
	near: (kind: string, value: FactValue) => boolean = () => true
): { descriptor: Descriptor; matches: EventRecord[] } | null {
	const answerEntity = answer.type === 'entity' ? answer.entity : null;
	const notAnswer = (e: EntityRef): boolean => !answerEntity || !world.related(e, answerEntity);
	const entity = (e: EntityRef): FactValue => ({ type: 'entity', entity: e });
	type Part = ((d: Descriptor) => void) & { key?: string };
	const parts: Part[] = [];
	const keyed = (key: string, part: Part): Part => Object.assign(part, { key });
	// A country is not named beside one of its own people («Aliyev» says «Azerbaijan»).
	// Capitals standing for their governments («باكو ويريفان») are not named as participants.
	const named = target.participants.filter(
		(p) => p.type !== 'city' && notAnswer(p) && near('participant', entity(p))
	);
	const participants = named.filter((p) => !world.countryOfOneOf(p, named));
	if (participants.length >= 1 && participants.length <= 3)
		parts.push(keyed(`p:${participants.map(entityKey).join('+')}`, (d) => (d.participants = participants)));
	if (slot !== 'place' && target.place && notAnswer(target.place) && near('place', entity(target.place)))
		parts.push(keyed(`pl:${entityKey(target.place)}`, (d) => (d.place = target.place)));
	if (slot !== 'date' && target.date && usableDate(target.date) && near('date', { type: 'date', date: target.date }))
		parts.push(keyed(`d:${fieldsKey(target.date)}`, (d) => (d.date = target.date)));
	for (const agent of target.agents) {
		if (agent.relation !== slot && notAnswer(agent.entity) && near(agent.relation, entity(agent.entity)))
			parts.push(keyed(`a:${agent.relation}:${entityKey(agent.entity)}`, (d) => d.agents.push(agent)));
	}
	// Every report of one event with the same details asks the same thing: worked out once. (A date
	// relative to its article is judged per article, so it is not shared.)
	const relative = answer.type === 'date' && !!answer.date.relative;
	const key = relative
		? null
		: [target.type, slot, answer.type === 'entity' ? entityKey(answer.entity) : answer.type === 'date' ? fieldsKey(answer.date) : '', ...parts.map((p) => p.key)].join('|');
	const cache = descriptorCache(events);
	if (key !== null && cache.has(key)) return cache.get(key) ?? null;
	const found = firstSpecific(parts, target, slot, answer, events, world);
	if (key !== null) cache.set(key, found);
	return found;
}

const descriptorCache = oncePer(
	(_events: readonly EventRecord[]) =>
		new Map<string, { descriptor: Descriptor; matches: EventRecord[] } | null>()
);

/** A date's or quantity's fields, without the words it was written in: equal keys, equal values. */
export function fieldsKey(value: { text: string }): string {
	const { text: _text, ...fields } = value;
	return JSON.stringify(fields, Object.keys(fields).sort());
}

function firstSpecific(
	parts: ((d: Descriptor) => void)[],
	target: EventRecord,
	slot: Slot,
	answer: FactValue,
	events: readonly EventRecord[],
	world: World
): { descriptor: Descriptor; matches: EventRecord[] } | null {
	for (const chosen of subsets(parts)) {
		if (chosen.length > 3) break;
		const d: Descriptor = { agents: [] };
		for (const apply of chosen) apply(d);
		if (!d.participants && !d.place && !d.date && d.agents.length === 0) continue;
		const matches = matchingEvents(d, target, events, world, (e) => agrees(e, slot, answer, world, target));
		if (matches) return { descriptor: d, matches };
	}
	return null;
}
