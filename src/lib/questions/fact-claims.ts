// Statement claims: a fact that no other question can ask (its event is not singled out, or its list of
// participants is open) is still a true statement. «Which of these three statements is true?» joins it
// with two statements the fact base makes false, taken from the altered statements of other claims.
import type { EntityRef, EventType, Evidence, Fact, FactValue } from '../pipeline/types';
import { entityKey, isAgentRelation, type AgentRelation, type Descriptor } from './events';
import { arabicGender, capitalize, eventGender, eventPlural, joinList } from './grammar';
import { hasTemplate, tq, type Lang } from './i18n';
import { optionKey } from './normalize';
import { answerInSpan, valueText } from './validate';
import { hasPastMeetingVerb, isCalledOff } from './tense';
import { normalizeArabic } from '../pipeline/normalize';
import { eventPhrase, runningName } from './phrase';
import { datePhrase, entityFromLexicon, renderDate } from './render';
import { questionId, seededRandom, seededShuffle } from './seed';
import { factsInSentences, oncePerFacts, pushTo } from './fact-index';
import { countriesNear, namedInSentences } from './named-nearby';
import {
	assemble,
	Confirmations,
	both,
	drop,
	evidenceKey,
	factPlanned,
	plannedFact,
	heldVars,
	mergeSources,
	type Context,
	type DraftQuestion
} from './context';
import type { Localized } from './types';

/** A statement the fact base makes false, and where it came from (to prefer near neighbours). */
interface FalseStatement {
	text: Localized;
	/** The statement family it is worded in; 'claim' for another claim question's altered option. */
	family: Family | 'claim';
	planned: boolean;
	article: string;
	/** `statementKey` and `optionKey` of the Arabic text, worked out once. */
	key: string;
	option: string;
	/** What it claims: one altered value of one event's slot, however it is worded («A meeting … was
	 * held in Sochi» and «… took part in a meeting in Sochi» claim one thing). */
	sense: string;
	/** The event whose slot it alters (its option key for another claim's statement). */
	event: string;
}

/**
 * A true statement made elsewhere (tied-dates.ts) that gets its two false statements here, from the
 * same pool as every statement claim.
 */
export interface OpenStatement {
	fact: Fact;
	truth: Localized;
	base: Omit<DraftQuestion, 'options' | 'answer' | 'difficulty'>;
	difficulty: 1 | 2 | 3;
}

/** The false statements, indexed so each fact looks at a bounded number of near ones. */
interface Pool {
	all: FalseStatement[];
	byFamily: Map<string, FalseStatement[]>;
	byArticle: Map<string, FalseStatement[]>;
	byFamilyArticle: Map<string, FalseStatement[]>;
}

function indexPool(statements: FalseStatement[]): Pool {
	const pool: Pool = { all: statements, byFamily: new Map(), byArticle: new Map(), byFamilyArticle: new Map() };
	for (const s of statements) {
		pushTo(pool.byFamily, s.family, s);
		pushTo(pool.byArticle, s.article, s);
		pushTo(pool.byFamilyArticle, `${s.family}|${s.article}`, s);
	}
	return pool;
}

/** At most `n` items of a list, a seeded run of consecutive ones when it is longer. */
function sampleOf<T>(list: readonly T[], n: number, seed: string): readonly T[] {
	if (list.length <= n) return list;
	const start = Math.floor(seededRandom(seed)() * list.length);
	return Array.from({ length: n }, (_, i) => list[(start + i) % list.length] as T);
}

/** The fact kinds a statement can be written for. */
const STATED = new Set([
	'participant',
	'place',
	'date',
	'host',
	'sponsor',
	'mediator',
	'arranger',
	'chair',
	'location'
]);

const MAX_DETAILS = 4;

type Standing = 'held' | 'planned' | 'offered' | 'called-off' | 'separate';

/** Events that are fought, not held: nobody offers or invites to them. */
const FOUGHT = new Set(['war', 'clashes']);

/** Words before the value that make the meeting an offer, a call or an invitation, not a plan. */
const OFFER =
	/^[وف]?(?:عرض|عرضت|اقترح|اقترحت|يقترح|تقترح|مقترح|مستعد|مستعده|استعداد|دعا|دعت|دعي|دعيت|يدعو|تدعو|دعوه)$/;

/**
 * What the sentence says of the meeting: held; planned («سيعقدون», «من المقرر»), which a statement
 * may report as planned; only offered or called for; called off; or split into separate meetings
 * («اجتماعات ثنائية منفصلة»), which one statement about «a meeting» would merge.
 */
function standing(ctx: Context, fact: Fact): Standing {
	const evidence = fact.evidence[0] as Evidence;
	const sentence = ctx.sentenceOf(evidence);
	const text = normalizeArabic(sentence);
	if (isCalledOff(sentence)) return 'called-off';
	if (fact.kind === 'participant' && /منفصله|منفصلين|كل على حده/.test(text)) return 'separate';
	const words = (text: string) => [...text.matchAll(/[\p{L}\p{M}]+/gu)].map((m) => normalizeArabic(m[0]));
	// A war or clashes are never offered or called for («تدعو إلى ضبط النفس» speaks of something else).
	if (FOUGHT.has(fact.subject.eventType ?? '')) return factPlanned(ctx, fact) ? 'planned' : 'held';
	if (words(sentence.slice(0, evidence.span[0])).some((w) => OFFER.test(w))) return 'offered';
	// «… بالاجتماع الذي دُعيت إليه أرمينيا»: an invitation after the value, with no meeting reported as held.
	if (!hasPastMeetingVerb(sentence) && words(sentence.slice(evidence.span[1])).some((w) => OFFER.test(w))) return 'offered';
	return plannedFact(ctx, fact) ? 'planned' : 'held';
}

/** A capital standing for its side («بين باكو ويريفان») as the country, for statements about mediation in general. */
function sideOf(ctx: Context, entity: EntityRef): EntityRef {
	if (entity.type !== 'city' || !entity.country) return entity;
	const entry = ctx.lexicon.entries.find((e) => e.id === entity.country && e.type === 'country');
	return entry ? entityFromLexicon(entry) : entity;
}

/**
 * The event as the fact's own sentence describes it, without the asked value: the other people at the
 * table (no capital standing for a side, no country beside one of its people), the place and the date.
 */
function ownDescriptor(ctx: Context, fact: Fact, without: readonly EntityRef[]): Descriptor {
	const skip = new Set(without.map(entityKey));
	const s = fact.subject;
	const sides = isAgentRelation(fact.kind) ? (s.participants ?? []).map((p) => sideOf(ctx, p)) : (s.participants ?? []);
	const listed = sides.filter((p) => p.type !== 'city' && !skip.has(entityKey(p)));
	const people = listed
		.filter((p) => !ctx.world.countryOfOneOf(p, listed))
		.filter((p) => !without.some((w) => ctx.world.related(w, p)))
		.slice(0, MAX_DETAILS);
	const d: Descriptor = { agents: [] };
	if (people.length) d.participants = people;
	if (s.place && fact.kind !== 'place' && !skip.has(entityKey(s.place))) d.place = s.place;
	if (s.date && fact.kind !== 'date' && renderDate(s.date, 'ar') !== null) d.date = s.date;
	return d;
}

function hasDetail(d: Descriptor): boolean {
	return !!(d.participants?.length || d.place || d.date);
}

type Render = (lang: Lang) => string | null;

function localized(render: Render): Localized | null {
	const ar = render('ar');
	if (ar === null) return null;
	const en = render('en');
	return { ar, en: en === null ? null : capitalize(en) };
}

/** «اجتماع» / «a meeting»; `object` gives the Arabic accusative after a transitive verb («استضاف اجتماعًا»). */
function someEvent(fact: Fact, d: Descriptor, lang: Lang, object = false): string | null {
	return someEventOf(fact.subject.eventType ?? 'meeting', d, lang, object);
}

function someEventOf(type: EventType, d: Descriptor, lang: Lang, object = false): string | null {
	return eventPhrase(type, d, lang, `${object ? 'some_object' : 'some'}_${type}`);
}

/** Agent verbs that take the event as their object; «توسّط في» takes a preposition. */
const TRANSITIVE = new Set(['host', 'sponsor', 'arranger', 'chair']);

function names(entities: readonly EntityRef[], lang: Lang): string | null {
	const list = entities.map((e) => runningName(e, lang));
	return list.some((n) => n === null) ? null : joinList(list as string[], lang);
}

const MEETING_KINDS = new Set(['participant', 'place', 'date']);

/** What a held or planned meeting statement says, so a wrong value can be put in the same words. */
interface Shape {
	family: Family;
	type: EventType;
	planned: boolean;
	/** The other details: the people at the table are `who` for the participant family. */
	d: Descriptor;
	who: EntityRef[];
	value: FactValue;
}

type Family = 'participant' | 'place' | 'date' | AgentRelation;

/** The statement in both languages (English null when a name has no English form yet). */
function renderShape(ctx: Context, shape: Shape): Localized | null {
	const { type, planned, d, who, value } = shape;
	const tense = planned ? 'planned' : 'held';
	if (shape.family === 'participant') {
		if (!who.length) return null;
		const gender = arabicGender(who[0] as EntityRef, ctx.genders);
		return localized((lang) => {
			const event = someEventOf(type, d, lang);
			const list = names(who, lang);
			if (event === null || list === null) return null;
			if (lang === 'en') return tq('en', `statement.participant_${tense}`, { list, event, count: who.length });
			return tq('ar', `statement.participant_${tense}_${gender}`, { list, event });
		});
	}
	if (shape.family === 'place' && value.type === 'entity') {
		return localized((lang) => {
			const event = someEventOf(type, d, lang);
			const where = runningName(value.entity, lang);
			if (event === null || where === null) return null;
			return tq(lang, 'claim.place', { ...heldVars({ type }, planned, lang), event, place: where });
		});
	}
	if (shape.family === 'date' && value.type === 'date') {
		return localized((lang) => {
			const event = someEventOf(type, d, lang);
			const when = datePhrase(value.date, lang);
			if (event === null || when === null) return null;
			const key = !planned && hasTemplate(lang, `statement.date_${type}`) ? `statement.date_${type}` : 'statement.date';
			return tq(lang, key, { ...heldVars({ type }, planned, lang), event, date: when });
		});
	}
	if (isAgentRelation(shape.family) && value.type === 'entity' && !planned) {
		const relation = shape.family;
		const gender = arabicGender(value.entity, ctx.genders);
		return localized((lang) => {
			const name = runningName(value.entity, lang);
			const event = someEventOf(type, d, lang, TRANSITIVE.has(relation));
			if (name === null || event === null) return null;
			return tq(lang, lang === 'ar' ? `claim.${relation}_${gender}` : `claim.${relation}`, { agent: name, event });
		});
	}
	return null;
}

/**
 * One statement for a meeting as one sentence reports it: its participants, place and date facts
 * together («شارك باشينيان وعلييف في قمة في سوتشي يوم الاثنين»), worded by what the sentence says of it.
 */
function meetingStatement(ctx: Context, group: readonly Fact[], stands: Standing): Stated | null {
	const first = group[0] as Fact;
	const asked = group
		.filter((f) => f.kind === 'participant' && f.value.type === 'entity' && f.value.entity.type !== 'city')
		.map((f) => (f.value as { entity: EntityRef }).entity);
	const place = group.find((f) => f.kind === 'place')?.value;
	const date = group.find((f) => f.kind === 'date')?.value;
	const d = ownDescriptor(ctx, first, asked);
	if (place?.type === 'entity') d.place = place.entity;
	if (date?.type === 'date') {
		if (renderDate(date.date, 'ar') === null) return null;
		d.date = date.date;
	}
	const who = [...asked, ...(d.participants ?? [])];
	const type = first.subject.eventType ?? 'meeting';
	if (stands === 'offered' || stands === 'called-off') {
		const all: Descriptor = { agents: [], participants: who.length ? who : undefined, place: d.place, date: d.date };
		if (!hasDetail(all)) return null;
		const key = stands === 'offered' ? 'statement.proposed' : 'statement.called_off';
		return stated(
			localized((lang) => {
				const event = someEvent(first, all, lang);
				if (event === null) return null;
				if (lang === 'ar') return tq('ar', `${key}_${eventGender(type)}`, { event });
				return tq('en', key, { event, aux: tq('en', `verb.aux_past_${eventPlural(type) ? 'pl' : 'sg'}`) });
			}),
			null
		);
	}
	const planned = stands === 'planned';
	const base = { type, planned, who: [] as EntityRef[] };
	let shape: Shape | null = null;
	if (asked.length) {
		// Everyone the sentence seats at the table is named as the subject.
		const rest: Descriptor = { agents: [], place: d.place, date: d.date };
		if (who.length < 2 && !hasDetail(rest)) return null;
		shape = { ...base, family: 'participant', d: rest, who, value: { type: 'entity', entity: asked[0] as EntityRef } };
	} else if (place?.type === 'entity') {
		shape = { ...base, family: 'place', d: { ...d, place: undefined }, value: place };
	} else if (date?.type === 'date') {
		shape = { ...base, family: 'date', d: { ...d, date: undefined }, value: date };
	}
	if (!shape || (shape.family !== 'participant' && !hasDetail(shape.d))) return null;
	return stated(renderShape(ctx, shape), shape);
}

/** A true statement, and its shape when a wrong value can be put in the same words. */
interface Stated {
	text: Localized;
	shape: Shape | null;
}

function stated(text: Localized | null, shape: Shape | null): Stated | null {
	return text ? { text, shape } : null;
}

/** «استضاف بلينكن محادثات …», «توسّطت روسيا بين أرمينيا وأذربيجان», «عرضت موسكو استضافة قمة». */
function agentStatement(ctx: Context, fact: Fact, stands: Standing): Stated | null {
	const value = fact.value;
	if (!isAgentRelation(fact.kind) || value.type !== 'entity') return null;
	const relation = fact.kind;
	const agent = value.entity;
	const d = ownDescriptor(ctx, fact, [agent]);
	const gender = arabicGender(agent, ctx.genders);
	if (stands === 'offered' && relation === 'host') {
		const text = localized((lang) => {
			const name = runningName(agent, lang);
			const event = someEvent(fact, d, lang);
			if (name === null || event === null) return null;
			return tq(lang, lang === 'ar' ? `statement.offered_host_${gender}` : 'statement.offered_host', { agent: name, event });
		});
		return stated(text, null);
	}
	// Mediation in general («توسطت روسيا تاريخيًا بين البلدين», «بذلت تركيا جهود وساطة»): the sides are
	// the ones the sentence names, else the two countries the article is about.
	const general = fact.subject.eventType === 'other' && !d.place && !d.date;
	if (general && !d.participants?.length && relation === 'mediator') {
		const pair = articlePair(ctx, (fact.evidence[0] as Evidence).article, agent);
		if (pair) d.participants = pair;
	}
	if (stands !== 'held' || !hasDetail(d)) return null;
	if (general) {
		const text = localized((lang) => {
			const name = runningName(agent, lang);
			const sides = names(d.participants ?? [], lang);
			const key = lang === 'ar' ? `statement.general_${relation}_${gender}` : `statement.general_${relation}`;
			if (name === null || sides === null || !hasTemplate(lang, key)) return null;
			return tq(lang, key, { agent: name, sides });
		});
		return stated(text, null);
	}
	const shape: Shape = {
		family: relation,
		type: fact.subject.eventType ?? 'meeting',
		planned: false,
		d,
		who: [],
		value
	};
	return stated(renderShape(ctx, shape), shape);
}

/**
 * The two countries an article is about: the two named most often as participants of its facts,
 * each at least twice and clearly ahead of any third. Null when the article has no such pair.
 */
/** For each article, how many of its facts name each country as a participant (worked out once). */
const countriesByArticle = oncePerFacts((facts) => {
	const out = new Map<string, Map<string, { entity: EntityRef; n: number }>>();
	for (const f of facts) {
		for (const article of new Set(f.evidence.map((e) => e.article))) {
			const counts = out.get(article) ?? new Map<string, { entity: EntityRef; n: number }>();
			out.set(article, counts);
			for (const p of f.subject.participants ?? []) {
				if (p.type !== 'country') continue;
				const c = counts.get(entityKey(p)) ?? { entity: p, n: 0 };
				c.n++;
				counts.set(entityKey(p), c);
			}
		}
	}
	return out;
});

function articlePair(ctx: Context, article: string, besides: EntityRef): EntityRef[] | null {
	const counts = [...(countriesByArticle(ctx.facts).get(article)?.values() ?? [])].filter(
		(c) => entityKey(c.entity) !== entityKey(besides)
	);
	const ranked = counts.sort((a, b) => b.n - a.n || (entityKey(a.entity) < entityKey(b.entity) ? -1 : 1));
	const [first, second, third] = ranked;
	if (!first || !second || second.n < 2 || (third && third.n * 2 > second.n)) return null;
	return [first.entity, second.entity];
}

/**
 * «اجتماعات ثنائية منفصلة بين لافروف ووزيري الخارجية … بيراموف وميرزويان»: the first named meets each
 * of the others in turn. One statement says so; it needs the first and at least two others named.
 */
const asSet = oncePerFacts((facts) => new Set(facts));

function separateMeetings(
	ctx: Context,
	fact: Fact,
	unasked: readonly Fact[]
): { group: Fact[]; truth: Stated } | null {
	const evidence = fact.evidence[0] as Evidence;
	const sentence = normalizeArabic(ctx.sentenceOf(evidence));
	if (fact.kind !== 'participant' || !/منفصله بين/.test(sentence)) return null;
	const primary = evidenceKey(evidence);
	const open = asSet(unasked);
	const group = factsInSentences(ctx.facts, [evidence], 'participant')
		.filter(
			(f) =>
				open.has(f) &&
				f.value.type === 'entity' &&
				f.value.entity.type === 'person' &&
				f.subject.eventId === fact.subject.eventId &&
				evidenceKey(f.evidence[0] as Evidence) === primary
		)
		.sort((a, b) => (a.evidence[0] as Evidence).span[0] - (b.evidence[0] as Evidence).span[0]);
	if (group.length < 3) return null;
	const [hub, ...others] = group.map((f) => (f.value as { entity: EntityRef }).entity) as [EntityRef, ...EntityRef[]];
	const planned = factPlanned(ctx, group[0] as Fact);
	const tense = planned ? 'planned' : 'held';
	const gender = arabicGender(hub, ctx.genders);
	const truth = localized((lang) => {
		const name = runningName(hub, lang);
		const list = names(others, lang);
		if (name === null || list === null) return null;
		const key = lang === 'ar' ? `statement.separate_${tense}_${gender}` : `statement.separate_${tense}`;
		return tq(lang, key, { hub: name, list });
	});
	return truth ? { group, truth: { text: truth, shape: null } } : null;
}

const SIDED_TYPES = new Set(['war', 'clashes', 'ceasefire']);

/**
 * Another fact that names the sides of the same conflict: the same kind of event (a ceasefire also
 * takes the sides of its war) whose date agrees on every field this one gives (the year, else the month).
 */
function sidesLender(ctx: Context, fact: Fact): Fact | null {
	const type = fact.subject.eventType;
	if (fact.kind !== 'date' || fact.value.type !== 'date' || !type || !SIDED_TYPES.has(type)) return null;
	if (fact.subject.participants?.length) return null;
	const { year, month } = fact.value.date;
	if (year === undefined && month === undefined) return null;
	const kinds = type === 'ceasefire' ? ['ceasefire', 'war'] : [type];
	const article = (fact.evidence[0] as Evidence).article;
	const lenders = sidedFacts(ctx.facts)
		.filter(
			(f) =>
				kinds.includes(f.subject.eventType ?? '') &&
				f.subject.date !== undefined &&
				(year === undefined || f.subject.date.year === year) &&
				(month === undefined || f.subject.date.month === month)
		)
		.sort((a, b) => kinds.indexOf(a.subject.eventType ?? '') - kinds.indexOf(b.subject.eventType ?? ''));
	if (lenders.length === 0) return null;
	// The same article first, then the corpus, each in a stable order; never one whose sentence leaves
	// out a country named beside the date («على الحدود الهندية الباكستانية في مايو»): another conflict.
	const agrees = agreesWithLender(ctx, fact.evidence[0] as Evidence);
	const inArticle = (f: Fact): boolean => (f.evidence[0] as Evidence).article === article;
	return lenders.find((f) => inArticle(f) && agrees(f)) ?? lenders.find((f) => !inArticle(f) && agrees(f)) ?? null;
}

/**
 * Whether a lender may lend its sides to the sentence at `at`: every country that sentence names
 * beside the date is one the lender's sentence names too. The countries beside the date are found
 * once, for all the lenders asked.
 */
function agreesWithLender(ctx: Context, at: Evidence): (lender: Fact) => boolean {
	const near = [...countriesNear(ctx, at, NEAR_DATE)];
	return (lender) => {
		if (near.length === 0) return true;
		const named = namedInSentences(ctx, lender.evidence.slice(0, 1));
		return near.every((c) => named.has(c));
	};
}

/** How far from a conflict's date a country is named with it, in characters. */
const NEAR_DATE = 60;

/** Dated facts of a war, clashes or ceasefire that name two or more countries: the sides. */
const sidedFacts = oncePerFacts((facts) =>
	facts.filter(
		(f) =>
			SIDED_TYPES.has(f.subject.eventType ?? '') &&
			f.subject.date !== undefined &&
			(f.subject.participants ?? []).filter((p) => p.type === 'country').length >= 2
	)
);

/** Both ends a corridor links, as one sentence gives them («يربط أرمينيا بناغورنو كاراباخ»), in its order. */
function linkedEnds(fact: Fact, all: readonly Fact[]): Fact[] {
	if (fact.subject.relation !== 'links') return [fact];
	const primary = evidenceKey(fact.evidence[0] as Evidence);
	return factsInSentences(all, fact.evidence.slice(0, 1), 'location')
		.filter(
			(f) =>
				f.subject.relation === 'links' &&
				f.subject.thing?.ar === fact.subject.thing?.ar &&
				evidenceKey(f.evidence[0] as Evidence) === primary
		)
		.sort((a, b) => (a.evidence[0] as Evidence).span[0] - (b.evidence[0] as Evidence).span[0]);
}

/** «يربط ممر لاتشين أرمينيا بناغورنو كاراباخ», «توجد نقطة تفتيش في ممر لاتشين». */
function locationStatement(ctx: Context, group: readonly Fact[]): Localized | null {
	const first = group[0] as Fact;
	const thing = first.subject.thing;
	const places = group.map((f) => (f.value.type === 'entity' ? f.value.entity : null));
	if (!thing || places.some((p) => p === null)) return null;
	// «lies in» would drop whose view the sentence gives («internationally recognised as part of»).
	if (first.subject.basis) return null;
	const [a, b] = places as EntityRef[];
	if (first.subject.relation === 'links') {
		if (!a || !b || places.length !== 2) return null;
		return localized((lang) => {
			const what = lang === 'ar' ? thing.ar : thing.en;
			const from = runningName(a, lang);
			const to = runningName(b, lang);
			if (what === null || from === null || to === null) return null;
			return tq(lang, 'statement.links', { thing: what, from, to });
		});
	}
	if (!a) return null;
	const gender = arabicGender({ id: null, type: 'place', ar: thing.ar, arCanonical: thing.ar, en: thing.en }, ctx.genders);
	return localized((lang) => {
		const where = runningName(a, lang);
		if (where === null || (lang === 'en' && thing.en === null)) return null;
		if (lang === 'ar') return tq('ar', `statement.lies_in_${gender}`, { thing: thing.ar, place: where });
		return tq('en', 'statement.lies_in', { thing: thing.en, place: where });
	});
}

/** The altered statements of the claims already made: each is false per the fact base. */
function falsePool(claims: readonly DraftQuestion[]): FalseStatement[] {
	const pool: FalseStatement[] = [];
	const seen = new Set<string>();
	for (const q of claims) {
		q.options.forEach((text, i) => {
			const key = optionKey(text.ar);
			if (i === q.answer || seen.has(key)) return;
			seen.add(key);
			pool.push({
				text,
				family: 'claim',
				planned: false,
				article: q.sources[0]?.article ?? '',
				key: statementKey(text.ar),
				option: key,
				sense: key,
				event: key
			});
		});
	}
	return pool;
}

/** Two agent families («hosted», «under the auspices of», «arranged») read alike. */
function bothAgents(a: Family | 'claim', b: Family | null): boolean {
	return a !== 'claim' && b !== null && isAgentRelation(a) && isAgentRelation(b);
}

/**
 * Two false statements, nearest first: worded like the truth (so the form gives nothing away), in the
 * same tense, from the same article, least used so far; spread by a seed. Never two that claim the same
 * thing in other words (an option that has a twin cannot be the one true statement), and two of one
 * other event only when nothing else is left: two statements that differ only by a value, beside a
 * truth worded otherwise, point to the odd one out.
 */
function pickFalse(
	pool: Pool,
	used: Map<string, number>,
	fact: Fact,
	id: string,
	truth: Stated,
	truthEvent: string | null
): Localized[] {
	const article = fact.evidence[0]?.article ?? '';
	const truthKey = statementKey(truth.text.ar);
	const needEnglish = truth.text.en !== null;
	const family = truth.shape?.family ?? null;
	const near = new Set<FalseStatement>([
		...sampleOf(pool.byFamilyArticle.get(`${family}|${article}`) ?? [], 48, `${id}|fa`),
		...sampleOf(family ? (pool.byFamily.get(family) ?? []) : [], 48, `${id}|f`),
		...sampleOf(pool.byArticle.get(article) ?? [], 24, `${id}|a`),
		...sampleOf(pool.all, 24, `${id}|all`)
	]);
	const ranked = seededShuffle([...near], id)
		.filter((s) => s.key !== truthKey && (!needEnglish || s.text.en !== null))
		.map((s) => ({
			s,
			rank:
				(s.family === family ? 0 : s.family === 'claim' ? 40 : bothAgents(s.family, family) ? 10 : 20) +
				(used.get(s.option) ?? 0) * 4 +
				(s.article === article ? 0 : 2) +
				(s.planned === (truth.shape?.planned ?? false) ? 0 : 1)
		}))
		.sort((a, b) => a.rank - b.rank);
	const chosen: FalseStatement[] = [];
	const choose = (spread: boolean): void => {
		for (const { s } of ranked) {
			if (chosen.length === 2) return;
			if (chosen.some((c) => c.option === s.option || c.sense === s.sense)) continue;
			if (spread && s.event !== truthEvent && chosen.some((c) => c.event === s.event)) continue;
			chosen.push(s);
		}
	};
	choose(true);
	choose(false);
	for (const c of chosen) used.set(c.option, (used.get(c.option) ?? 0) + 1);
	return chosen.map((c) => c.text);
}

/**
 * Wrong statements worded like the true ones: each specific question's event, described as it was
 * described there, with a value that question proved false for every event the description fits.
 */
function alteredStatements(ctx: Context): FalseStatement[] {
	const out: FalseStatement[] = [];
	const seen = new Set<string>();
	const add = (shape: Shape, article: string, sense: string, event: string): void => {
		const text = renderShape(ctx, shape);
		const key = text ? statementKey(text.ar) : '';
		if (!text || seen.has(key)) return;
		seen.add(key);
		out.push({ text, family: shape.family, planned: shape.planned, article, key, option: optionKey(text.ar), sense, event });
	};
	const done = new Set<string>();
	for (const a of ctx.alterations) {
		// The same question made again from another copy of a fact adds nothing new.
		const key = `${a.event.key}|${a.slot}|${a.planned}|${JSON.stringify(a.descriptor)}|${JSON.stringify(a.wrong)}`;
		if (done.has(key)) continue;
		done.add(key);
		const people = a.event.participants.filter((p) => p.type !== 'city');
		const who = (a.descriptor.participants ?? people)
			.filter((p) => !ctx.world.countryOfOneOf(p, people))
			.slice(0, MAX_DETAILS);
		// «A meeting in September was held in Sochi» names no one: too vague to be clearly false.
		if (who.length === 0) continue;
		const base = { type: a.event.type, planned: a.planned, who: [] as EntityRef[] };
		// The people at the table make the statement readable on its own; naming more true details of
		// the event only narrows what it describes, so the wrong value stays wrong.
		const agents = a.descriptor.agents.filter((g) => !who.some((p) => entityKey(p) === entityKey(g.entity)));
		// «A summit with … Putin hosted by Putin» names him twice: a host at the table is named once.
		const full: Descriptor = { ...a.descriptor, agents, participants: who };
		for (const value of a.wrong) {
			const sense = `${a.event.key}|${a.slot}|${JSON.stringify(value)}`;
			if (a.slot === 'place' || a.slot === 'date') {
				add({ ...base, family: a.slot, d: full, value }, a.article, sense, a.event.key);
				const d: Descriptor = { ...a.descriptor, agents, participants: undefined };
				if (a.slot === 'place' && value.type === 'entity') d.place = value.entity;
				if (a.slot === 'date' && value.type === 'date') d.date = value.date;
				add({ ...base, family: 'participant', d, who, value }, a.article, sense, a.event.key);
			} else if (!a.planned && value.type === 'entity' && !who.some((p) => ctx.world.related(p, value.entity)))
				add({ ...base, family: a.slot, d: full, value }, a.article, sense, a.event.key);
		}
	}
	return out;
}

function meetingKey(f: Fact): string {
	return `${f.subject.eventId ?? ''}|${evidenceKey(f.evidence[0] as Evidence)}`;
}

/** The meeting facts of a list by event and primary sentence, in list order (worked out once). */
const meetingGroups = oncePerFacts((facts) => {
	const groups = new Map<string, Fact[]>();
	for (const f of facts) if (MEETING_KINDS.has(f.kind) && f.subject.eventId) pushTo(groups, meetingKey(f), f);
	return groups;
});

/** The unasked participant, place and date facts one sentence gives of one meeting. */
function groupOf(fact: Fact, unasked: readonly Fact[]): Fact[] {
	if (!MEETING_KINDS.has(fact.kind) || !fact.subject.eventId) return [fact];
	const kinds = new Set<string>();
	return (meetingGroups(unasked).get(meetingKey(fact)) ?? []).filter((f) => {
		// A date the article does not anchor («اليوم») cannot be stated; the rest of the meeting can.
		if (f !== fact && f.value.type === 'date' && renderDate(f.value.date, 'ar') === null) return false;
		// One place and one date per statement; any number of participants.
		if (f.kind !== 'participant' && kinds.has(f.kind) && f !== fact) return false;
		kinds.add(f.kind);
		return true;
	});
}

/** Order-free key: «أرمينيا وأذربيجان» and «أذربيجان وأرمينيا» make one statement. */
function statementKey(text: string): string {
	return optionKey(text)
		.split(/[\s،,.]+|(?<=\s)و/u)
		.filter(Boolean)
		.sort()
		.join(' ');
}

/**
 * `alsoAsked` are questions whose facts count as asked but whose wrong statements stay out of the
 * pool: a tied date's (tied-dates.ts) are the sentence's own words with another date, about no meeting
 * another claim could describe.
 */
export function statementClaims(
	ctx: Context,
	made: readonly DraftQuestion[],
	alsoAsked: readonly DraftQuestion[] = [],
	open: readonly OpenStatement[] = []
): DraftQuestion[] {
	// A fact is asked when a question's right option carries its value, not merely when it backs one
	// (the place «روسيا» backs «سوتشي» without being asked).
	const byId = new Map(ctx.facts.map((f) => [f.id, f]));
	const asked = new Set(
		[...made, ...alsoAsked].flatMap((q) =>
			q.factIds.filter((id) => {
				const fact = byId.get(id);
				const stated = fact ? valueText(fact, fact.value) : null;
				const answer = q.options[q.answer];
				return !!stated && !!answer && answerInSpan(answer.ar, stated);
			})
		)
	);
	for (const o of open) asked.add(o.fact.id);
	const pool = indexPool([...alteredStatements(ctx), ...falsePool(made.filter((q) => q.kind === 'claim'))]);
	if (pool.all.length < 2) {
		for (const o of open) drop(ctx, o.fact, 'no statement either: fewer than 2 false statements to set beside it');
		return [];
	}
	const unasked = ctx.facts.filter((f) => !asked.has(f.id) && STATED.has(f.kind));
	const used = new Map<string, number>();
	const byTruth = new Map<string, DraftQuestion>();
	const confirmations = new Confirmations();
	const out: DraftQuestion[] = [];
	const done = new Set<string>();
	for (const fact of unasked) {
		if (done.has(fact.id)) continue;
		const stands = standing(ctx, fact);
		const separate = stands === 'separate' ? separateMeetings(ctx, fact, unasked) : null;
		if (stands === 'separate' && !separate) {
			drop(ctx, fact, 'no statement either: the sentence reports several separate meetings');
			continue;
		}
		// A war's date with no sides in its sentence («هزيمتها في خريف عام 2020») borrows them from a
		// sentence that names the same year's war with its sides, which then backs the statement too.
		const lender = sidesLender(ctx, fact);
		const group = separate
			? separate.group
			: lender
			? [{ ...fact, subject: { ...fact.subject, participants: lender.subject.participants } }]
			: (fact.kind === 'location' ? linkedEnds(fact, ctx.facts) : groupOf(fact, unasked)).filter(
					(f) => !done.has(f.id)
				);
		const truth = separate
			? separate.truth
			: fact.kind === 'location'
				? stated(locationStatement(ctx, group), null)
				: MEETING_KINDS.has(fact.kind)
					? meetingStatement(ctx, group, stands)
					: agentStatement(ctx, fact, stands);
		if (!truth) {
			drop(ctx, fact, 'no statement either: the sentence names nothing else to tell the event by, or a name lacks a form');
			continue;
		}
		const members = group.includes(fact) ? group : [fact, ...group];
		const factIds = members.map((f) => f.id);
		// With borrowed sides, only the sentences that tell of no other country's conflict back it.
		const own = members.flatMap((f) => f.evidence).filter((e) => !lender || agreesWithLender(ctx, e)(lender));
		const evidence = [...own, ...(lender ? lender.evidence.slice(0, 1) : [])];
		const earlier = byTruth.get(statementKey(truth.text.ar));
		if (earlier) {
			// The same statement from another sentence: one question, confirmed by both.
			confirmations.add(earlier, evidence, factIds);
			for (const id of factIds) done.add(id);
			continue;
		}
		const id = questionId('claim', `statement_${fact.kind}`, factIds);
		const wrong = pickFalse(pool, used, fact, id, truth, fact.subject.eventId ?? null);
		if (wrong.length < 2) {
			drop(ctx, fact, 'no statement either: fewer than 2 false statements to set beside it');
			continue;
		}
		const value = fact.value;
		const q = assemble(
			{
				id,
				kind: 'claim',
				relation: fact.kind,
				template: `statement_${fact.kind}`,
				factId: fact.id,
				factIds,
				prompt: both((lang) => tq(lang, 'prompt.statement')),
				sources: mergeSources(fact.evidence[0] as Evidence, evidence.slice(1)),
				highlightEn:
					value.type === 'entity' ? value.entity.en : value.type === 'date' ? renderDate(value.date, 'en') : null
			},
			truth.text,
			wrong,
			2
		);
		for (const f of factIds) done.add(f);
		byTruth.set(statementKey(truth.text.ar), q);
		out.push(q);
	}
	confirmations.settle();
	for (const o of open) {
		const wrong = pickFalse(pool, used, o.fact, o.base.id, { text: o.truth, shape: null }, o.fact.subject.tie?.eventId ?? null);
		if (wrong.length < 2) drop(ctx, o.fact, 'no statement either: fewer than 2 false statements to set beside it');
		else out.push(assemble(o.base, o.truth, wrong, o.difficulty));
	}
	return out;
}
