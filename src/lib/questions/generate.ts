// Turns extracted facts into questions: one asked slot per fact, made specific against the whole
// fact base, with distractors that the fact base makes false and every sentence that backs the answer.
import type {
	Article,
	EntityRef,
	Evidence,
	Fact,
	FactKind,
	FactValue,
	Lexicon,
	Quantity
} from '../pipeline/types';
import {
	buildEvents,
	datesCompatible,
	entityKey,
	isAgentRelation,
	isMeetingLike,
	specificDescriptor,
	valueTrueFor,
	World,
	type AgentRelation,
	type Descriptor,
	type EventRecord,
	type Slot
} from './events';
import {
	pickDateDistractors,
	pickEntityDistractors,
	pickNumberDistractors,
	withValue,
	type EntityCandidate
} from './distractors';
import { arabicGender, capitalize, englishRunning, eventGender, eventPlural, type Gender } from './grammar';
import { hasTemplate, tq, type Lang } from './i18n';
import { eventPhrase, runningName } from './phrase';
import { entityFromLexicon, entityOption, renderDate, renderQuantity, unitKey } from './render';
import { questionId, seededShuffle } from './seed';
import { optionKey } from './normalize';
import { normalizeArabic } from '../pipeline/normalize';
import type { Editorial, GenerationNote, Localized, QuestionKind } from './types';
import { emptyEditorial } from './types';
import { difficultyOf } from './difficulty';
import { isPlanned } from './tense';

/** A generated question before translations give its English highlight. */
export interface DraftQuestion {
	id: string;
	kind: QuestionKind;
	relation: FactKind;
	template: string;
	factId: string;
	/** Every fact whose value is the answer (the primary first). */
	factIds: string[];
	prompt: Localized;
	options: Localized[];
	answer: number;
	difficulty: 1 | 2 | 3;
	sources: Evidence[];
	/** The answer's English text, to find in the translated sentence. */
	highlightEn: string | null;
}

export interface GenerateInput {
	articles: readonly Article[];
	facts: readonly Fact[];
	lexicon: Lexicon;
	editorial?: Editorial;
}

interface Context {
	facts: readonly Fact[];
	sentenceOf: (e: Evidence) => string;
	events: EventRecord[];
	eventOfFact: Map<string, EventRecord>;
	world: World;
	lexicon: Lexicon;
	corpusEntities: EntityRef[];
	agentKeys: Set<string>;
	placeKeys: Set<string>;
	genders: Record<string, Gender>;
	notes: GenerationNote[];
}

const both = <T>(f: (lang: Lang) => T): { ar: T; en: T } => ({ ar: f('ar'), en: f('en') });

function evidenceKey(e: Evidence): string {
	return `${e.article}#${e.sentence}`;
}

/** Primary evidence first, then one per other sentence, in corpus order. */
function mergeSources(primary: Evidence, others: readonly Evidence[]): Evidence[] {
	const seen = new Set([evidenceKey(primary)]);
	const rest = [...others]
		.filter((e) => {
			const k = evidenceKey(e);
			if (seen.has(k)) return false;
			seen.add(k);
			return true;
		})
		.sort((a, b) => (a.article === b.article ? a.sentence - b.sentence : a.article < b.article ? -1 : 1));
	return [primary, ...rest];
}

function collectEntities(facts: readonly Fact[]): EntityRef[] {
	const byKey = new Map<string, EntityRef>();
	const add = (e: EntityRef | undefined): void => {
		if (e && !byKey.has(entityKey(e))) byKey.set(entityKey(e), e);
	};
	for (const f of facts) {
		if (f.value.type === 'entity') add(f.value.entity);
		add(f.subject.place);
		add(f.subject.country);
		for (const p of f.subject.participants ?? []) add(p);
		for (const a of f.subject.agents ?? []) add(a.entity);
	}
	return [...byKey.values()].sort((a, b) => (entityKey(a) < entityKey(b) ? -1 : 1));
}

function entityCandidates(ctx: Context, tierOf: (e: EntityRef) => number): EntityCandidate[] {
	const seen = new Set<string>();
	const out: EntityCandidate[] = [];
	for (const e of ctx.corpusEntities) {
		seen.add(entityKey(e));
		out.push({ entity: e, tier: tierOf(e) });
	}
	for (const entry of ctx.lexicon.entries) {
		if (seen.has(entry.id)) continue;
		out.push({ entity: entityFromLexicon(entry), tier: 2 + tierOf(entityFromLexicon(entry)) });
	}
	return out;
}

/** Shuffles the options with a seed from the id; the answer's index follows it. */
function assemble(
	base: Omit<DraftQuestion, 'options' | 'answer' | 'difficulty'>,
	right: Localized,
	wrong: Localized[],
	difficulty: 1 | 2 | 3
): DraftQuestion {
	const tagged = [{ o: right, right: true }, ...wrong.map((o) => ({ o, right: false }))];
	const shuffled = seededShuffle(tagged, base.id);
	return {
		...base,
		options: shuffled.map((t) => t.o),
		answer: shuffled.findIndex((t) => t.right),
		difficulty
	};
}

function missingEnglish(ctx: Context, fact: Fact, what: string): void {
	ctx.notes.push({ kind: 'missing-english', factId: fact.id, message: `no English for ${what}` });
}

function drop(ctx: Context, fact: Fact, message: string): null {
	ctx.notes.push({ kind: 'dropped', factId: fact.id, message });
	return null;
}

function localizedPrompt(
	ctx: Context,
	fact: Fact,
	render: (lang: Lang) => string | null
): Localized | null {
	const ar = render('ar');
	if (ar === null) return null;
	const en = render('en');
	if (en === null) missingEnglish(ctx, fact, 'the prompt');
	return { ar, en };
}

function heldVars(event: EventRecord, planned: boolean, lang: Lang): Record<string, string> {
	const tense = planned ? 'future' : 'past';
	const verb = event.type === 'call' ? 'made' : 'held';
	if (lang === 'ar') return { held: tq('ar', `verb.${verb}_${tense}_${eventGender(event.type)}`) };
	return {
		aux: tq('en', `verb.aux_${tense}_${eventPlural(event.type) ? 'pl' : 'sg'}`),
		held: tq('en', `verb.${verb}_${tense}`)
	};
}

function factPlanned(ctx: Context, fact: Fact): boolean {
	const primary = fact.evidence[0] as Evidence;
	return isPlanned(ctx.sentenceOf(primary), primary.span);
}

/**
 * Only event details stated near the asked fact (same article, within one sentence, same tense) may describe
 * it: the extractor can join separate meetings of one article into one event.
 */
function nearTest(ctx: Context, event: EventRecord, fact: Fact): (kind: string, value: FactValue) => boolean {
	const primary = fact.evidence[0] as Evidence;
	const planned = factPlanned(ctx, fact);
	return (kind, value) =>
		event.facts.some(
			(f) =>
				f.kind === kind &&
				sameDetail(f.value, value) &&
				f.evidence.some(
					(e) =>
						e.article === primary.article &&
						Math.abs(e.sentence - primary.sentence) <= 1 &&
						// An offer or plan («عرضت موسكو استضافة قمة») never describes a meeting that was held.
						isPlanned(ctx.sentenceOf(e), e.span) === planned
				)
		);
}

/** A question about one slot of a meeting (who hosted …, where …, when …). */
function eventSlotQuestion(ctx: Context, fact: Fact): DraftQuestion | null {
	const event = ctx.eventOfFact.get(fact.id);
	if (!event) return null;
	const slot = fact.kind as Slot;
	const value = fact.value;
	if (slot === 'date' ? value.type !== 'date' : value.type !== 'entity')
		return drop(ctx, fact, `a ${slot} fact whose value is a ${value.type}`);
	if (slot === 'date' && value.type === 'date' && renderDate(value.date, 'ar') === null)
		return drop(ctx, fact, `date «${value.date.text}» has no absolute form to ask about`);
	if (!isMeetingLike(event.type)) return drop(ctx, fact, `${slot} of a ${event.type} event`);
	const spec = specificDescriptor(event, slot, value, ctx.events, ctx.world, nearTest(ctx, event, fact));
	if (!spec) return drop(ctx, fact, `cannot make «${slot}» of event ${event.key} specific`);
	const planned = factPlanned(ctx, fact);
	const { descriptor, matches } = spec;
	const template =
		slot === 'place'
			? `place_${value.type === 'entity' && (value.entity.type === 'city' || value.entity.type === 'country') ? value.entity.type : 'other'}`
			: slot === 'date' || slot === 'sponsor'
				? slot
				: `${slot}_${planned ? 'future' : 'past'}`;
	const prompt = localizedPrompt(ctx, fact, (lang) => {
		const phrase = eventPhrase(event.type, descriptor, lang);
		return phrase === null ? null : tq(lang, `prompt.${template}`, { event: phrase, ...heldVars(event, planned, lang) });
	});
	if (!prompt) return drop(ctx, fact, 'no Arabic prompt');
	const id = questionId(slot === 'place' || slot === 'date' ? slot : 'host', template, [fact.id]);
	const isTrue = (v: FactValue): boolean => matches.some((e) => valueTrueFor(e, slot, v, ctx.world));

	let right: Localized;
	let wrong: Localized[];
	let close: boolean;
	let highlightEn: string | null;
	if (value.type === 'entity') {
		const answer = value.entity;
		const mentioned = [
			...(descriptor.participants ?? []),
			...descriptor.agents.map((a) => a.entity),
			...(descriptor.place ? [descriptor.place] : []),
			...event.participants
		];
		const excluded = (e: EntityRef): boolean =>
			isTrue({ type: 'entity', entity: e }) ||
			ctx.world.related(e, answer) ||
			mentioned.some((m) => ctx.world.related(e, m));
		const keys = slot === 'place' ? ctx.placeKeys : ctx.agentKeys;
		const picked = pickEntityDistractors(
			answer,
			entityCandidates(ctx, (e) => (keys.has(entityKey(e)) ? 0 : 1)),
			excluded,
			id,
			3,
			slot !== 'place',
			(e) => sameCountry(ctx, e, answer)
		);
		if (!picked) return drop(ctx, fact, `fewer than 3 distractors for ${answer.arCanonical}`);
		right = entityOption(answer);
		wrong = picked.values.map(entityOption);
		close = picked.close;
		highlightEn = answer.en;
	} else if (value.type === 'date') {
		const corpus = ctx.facts.flatMap((f) => (f.value.type === 'date' ? [f.value.date] : []));
		const picked = pickDateDistractors(
			value.date,
			corpus,
			(d) => isTrue({ type: 'date', date: d }),
			id,
			3
		);
		if (!picked) return drop(ctx, fact, `fewer than 3 distractors for date «${value.date.text}»`);
		right = both((lang) => renderDate(value.date, lang) ?? '');
		wrong = picked.values.map((d) => both((lang) => renderDate(d, lang) ?? ''));
		close = picked.close;
		highlightEn = right.en;
	} else return null;
	if (right.en === null || wrong.some((w) => w.en === null)) missingEnglish(ctx, fact, 'an option');
	const agreeing = ctx.facts.filter((f) => {
		if (f.kind !== fact.kind) return false;
		const e = ctx.eventOfFact.get(f.id);
		return !!e && matches.includes(e) && sameValue(f.value, value, ctx.world);
	});
	const sources = mergeSources(
		fact.evidence[0] as Evidence,
		[...fact.evidence.slice(1), ...agreeing.flatMap((f) => f.evidence)]
	);
	return assemble(
		{
			id,
			kind: slot === 'place' || slot === 'date' ? slot : 'host',
			relation: fact.kind,
			template,
			factId: fact.id,
			factIds: [fact.id, ...agreeing.map((f) => f.id).filter((x) => x !== fact.id)],
			prompt,
			sources,
			highlightEn
		},
		right,
		wrong,
		difficultyOf({ close, confirmedBy: distinctArticles(sources), kind: 'host' })
	);
}

/** The very same entity or date (not a related one: «Aliyev» is not «Azerbaijan» here). */
function sameDetail(a: FactValue, b: FactValue): boolean {
	if (a.type === 'entity' && b.type === 'entity') return entityKey(a.entity) === entityKey(b.entity);
	if (a.type === 'date' && b.type === 'date') return datesCompatible(a.date, b.date);
	return false;
}

/** A confusable neighbour: another entity of the answer's country. */
function sameCountry(ctx: Context, a: EntityRef, b: EntityRef): boolean {
	const ca = ctx.world.country(a);
	return ca !== null && ca === ctx.world.country(b);
}

function sameValue(a: FactValue, b: FactValue, world: World): boolean {
	if (a.type === 'entity' && b.type === 'entity') return world.related(a.entity, b.entity);
	if (a.type === 'date' && b.type === 'date') return datesCompatible(a.date, b.date);
	if (a.type === 'quantity' && b.type === 'quantity') return a.quantity.value === b.quantity.value;
	return false;
}

export function distinctArticles(sources: readonly Evidence[]): number {
	return new Set(sources.map((s) => s.article)).size;
}

function quantityTrue(q: Quantity, n: number): boolean {
	if (q.value === n || q.alternatives?.includes(n)) return true;
	return q.max !== undefined && n >= q.value && n <= q.max;
}

/** Descriptor for what a casualty or figure counts: the event type, participants, place, date. */
function countSubject(fact: Fact): Descriptor {
	const s = fact.subject;
	return {
		agents: [],
		...(s.participants?.length ? { participants: s.participants } : {}),
		...(s.place ? { place: s.place } : {}),
		...(s.date && renderDate(s.date, 'ar') !== null ? { date: s.date } : {})
	};
}

function sameCount(a: Fact, b: Fact, world: World): boolean {
	const sa = a.subject;
	const sb = b.subject;
	if (a.kind !== b.kind) return false;
	if (a.kind === 'figure' && sa.measure !== sb.measure) return false;
	if (a.kind === 'casualties') {
		const qa = a.value.type === 'quantity' ? a.value.quantity : null;
		const qb = b.value.type === 'quantity' ? b.value.quantity : null;
		if (!qa || !qb || unitKey(qa, sa.measure) !== unitKey(qb, sb.measure)) return false;
		if ((sa.eventType ?? 'other') !== (sb.eventType ?? 'other')) return false;
	}
	if (sa.date && sb.date && !datesCompatible(sa.date, sb.date)) return false;
	if (sa.place && sb.place && !world.related(sa.place, sb.place)) return false;
	return true;
}

/** «How many were killed in …» and the figure questions. */
function countQuestion(ctx: Context, fact: Fact): DraftQuestion | null {
	if (fact.value.type !== 'quantity') return drop(ctx, fact, `a ${fact.kind} fact without a quantity`);
	const q = fact.value.quantity;
	const measure = fact.subject.measure;
	const unit = unitKey(q, measure);
	const template =
		fact.kind === 'casualties' ? `casualties_${unit}` : `figure_${measure ?? 'unknown'}`;
	if (!hasTemplate('ar', `prompt.${template}`))
		return drop(ctx, fact, `no template for ${fact.kind} measure «${measure ?? '?'}»`);
	if (renderQuantity(q, measure, 'ar') === null)
		return drop(ctx, fact, `quantity «${q.text}» is a range, a list or an unsupported qualifier`);
	const peers = ctx.facts.filter((f) => f !== fact && sameCount(fact, f, ctx.world));
	const disagree = peers.filter(
		(f) => f.value.type === 'quantity' && !quantityTrue(f.value.quantity, q.value)
	);
	if (disagree.length)
		return drop(ctx, fact, `other facts give ${fact.kind} «${measure ?? ''}» another value (${disagree.map((f) => f.id).join(', ')})`);
	if (fact.conflicts?.length) return drop(ctx, fact, `the extractor marks conflicts ${fact.conflicts.join(', ')}`);
	const subject = countSubject(fact);
	const type = fact.subject.eventType ?? 'clashes';
	if (fact.kind === 'casualties' && !subject.participants && !subject.place && !subject.date)
		return drop(ctx, fact, 'casualties of an event with no date, place or parties: «the clashes» is too vague');
	const prompt = localizedPrompt(ctx, fact, (lang) => {
		const phrase = eventPhrase(type, subject, lang);
		return phrase === null ? null : tq(lang, `prompt.${template}`, { subject: phrase });
	});
	if (!prompt) return drop(ctx, fact, 'no Arabic prompt');
	const id = questionId(fact.kind, template, [fact.id]);
	const corpus = ctx.facts.flatMap((f) =>
		f.kind === fact.kind && f.value.type === 'quantity' && unitKey(f.value.quantity, f.subject.measure) === unit
			? [f.value.quantity.value]
			: []
	);
	const agreeing = peers.filter((f) => f.value.type === 'quantity');
	const isTrue = (n: number): boolean =>
		[fact, ...agreeing].some((f) => f.value.type === 'quantity' && quantityTrue(f.value.quantity, n));
	const picked = pickNumberDistractors(q.value, corpus, isTrue, id, 3);
	if (!picked) return drop(ctx, fact, `fewer than 3 numeric distractors for ${q.value}`);
	const render = (n: number): Localized =>
		both((lang) => renderQuantity(withValue(q, n), measure, lang) ?? String(n));
	const sources = mergeSources(
		fact.evidence[0] as Evidence,
		[...fact.evidence.slice(1), ...agreeing.flatMap((f) => f.evidence)]
	);
	return assemble(
		{
			id,
			kind: fact.kind === 'casualties' ? 'casualties' : 'figure',
			relation: fact.kind,
			template,
			factId: fact.id,
			factIds: [fact.id, ...agreeing.map((f) => f.id)],
			prompt,
			sources,
			highlightEn: q.value.toLocaleString('en-US')
		},
		render(q.value),
		picked.values.map(render),
		difficultyOf({ close: picked.close, confirmedBy: distinctArticles(sources), kind: 'count' })
	);
}

/** «وزير خارجية روسيا»; with a gender, the Arabic noun agrees («المتحدثة باسم …»). */
function officePhrase(
	office: string,
	country: EntityRef | undefined,
	lang: Lang,
	gender: Gender = 'm'
): string | null {
	if (!hasTemplate(lang, `office.${office}`) || !country) return null;
	const name = runningName(country, lang);
	const key = lang === 'ar' && gender === 'f' ? `office.${office}_f` : `office.${office}`;
	return name === null ? null : tq(lang, hasTemplate(lang, key) ? key : `office.${office}`, { country: name });
}

function holdsOffice(ctx: Context, person: EntityRef, office: string, country: EntityRef): boolean {
	return ctx.facts.some(
		(f) =>
			f.kind === 'role' &&
			f.value.type === 'entity' &&
			f.subject.office === office &&
			!!f.subject.country &&
			entityKey(f.subject.country) === entityKey(country) &&
			entityKey(f.value.entity) === entityKey(person)
	);
}

/** «Who is the foreign minister of Russia?» */
function roleQuestion(ctx: Context, fact: Fact): DraftQuestion | null {
	const { office, country } = fact.subject;
	if (fact.value.type !== 'entity' || fact.value.entity.type !== 'person')
		return drop(ctx, fact, 'a role fact whose value is not a person');
	const person = fact.value.entity;
	if (!office || !country || !hasTemplate('ar', `office.${office}`))
		return drop(ctx, fact, `no template for office «${office ?? '?'}» of «${country?.arCanonical ?? '?'}»`);
	const holders = ctx.facts.filter(
		(f) =>
			f.kind === 'role' &&
			f.subject.office === office &&
			!!f.subject.country &&
			entityKey(f.subject.country) === entityKey(country) &&
			f.value.type === 'entity'
	);
	if (holders.some((f) => f.value.type === 'entity' && entityKey(f.value.entity) !== entityKey(person)))
		return drop(ctx, fact, `two people hold ${office} of ${country.arCanonical}`);
	const template = `role_${office}`;
	const prompt = localizedPrompt(ctx, fact, (lang) => {
		const phrase = officePhrase(office, country, lang);
		return phrase === null ? null : tq(lang, 'prompt.role', { office: phrase });
	});
	if (!prompt) return drop(ctx, fact, 'no Arabic prompt');
	const id = questionId('role', template, [fact.id]);
	const sameOffice = new Set(
		ctx.facts
			.filter((f) => f.kind === 'role' && f.subject.office === office && f.value.type === 'entity')
			.map((f) => (f.value.type === 'entity' ? entityKey(f.value.entity) : ''))
	);
	const withRole = new Set(
		ctx.facts.filter((f) => f.kind === 'role' && f.value.type === 'entity').map((f) => (f.value.type === 'entity' ? entityKey(f.value.entity) : ''))
	);
	const picked = pickEntityDistractors(
		person,
		entityCandidates(ctx, (e) => (sameOffice.has(entityKey(e)) ? 0 : withRole.has(entityKey(e)) ? 1 : 1)),
		(e) => entityKey(e) === entityKey(person) || holdsOffice(ctx, e, office, country),
		id,
		3,
		false,
		(e) => sameCountry(ctx, e, person)
	);
	if (!picked) return drop(ctx, fact, `fewer than 3 person distractors for ${person.arCanonical}`);
	const sources = mergeSources(
		fact.evidence[0] as Evidence,
		[...fact.evidence.slice(1), ...holders.filter((f) => f !== fact).flatMap((f) => f.evidence)]
	);
	return assemble(
		{
			id,
			kind: 'role',
			relation: 'role',
			template,
			factId: fact.id,
			factIds: [fact.id, ...holders.filter((f) => f !== fact).map((f) => f.id)],
			prompt,
			sources,
			highlightEn: person.en
		},
		entityOption(person),
		picked.values.map(entityOption),
		difficultyOf({ close: picked.close, confirmedBy: distinctArticles(sources), kind: 'role' })
	);
}

/** The lexicon city a location fact is about («سوتشي»), when the located thing is one. */
function thingCity(ctx: Context, fact: Fact): EntityRef | null {
	const thing = fact.subject.thing;
	if (!thing) return null;
	const key = optionKey(thing.ar);
	const entry = ctx.lexicon.entries.find(
		(e) => e.type === 'city' && (e.ar.some((a) => optionKey(a) === key) || (!!thing.en && e.en === thing.en))
	);
	return entry ? entityFromLexicon(entry) : null;
}

/** «In which country is Sochi?» and «In which city did the protest take place?» from location facts. */
function locationQuestion(ctx: Context, fact: Fact): DraftQuestion | null {
	if (fact.value.type !== 'entity') return drop(ctx, fact, 'a location fact without an entity');
	const answer = fact.value.entity;
	const thing = fact.subject.thing;
	const city = thingCity(ctx, fact);
	let template: string;
	let vars: (lang: Lang) => Record<string, string> | null;
	if (city && answer.type === 'country') {
		const expected = ctx.lexicon.entries.find((e) => e.id === city.id)?.country;
		if (expected && answer.id && expected !== answer.id) {
			ctx.notes.push({ kind: 'extractor', factId: fact.id, message: `places ${city.en ?? city.arCanonical} in ${answer.en ?? answer.arCanonical}, the lexicon says ${expected}` });
			return drop(ctx, fact, 'location contradicts the lexicon');
		}
		template = 'location_city';
		vars = (lang) => {
			const name = runningName(city, lang);
			return name === null ? null : { thing: name };
		};
	} else if (thing?.en === 'protest' && answer.type === 'city') {
		template = 'location_protest';
		vars = () => ({});
	} else return drop(ctx, fact, `no template for the location of «${thing?.ar ?? '?'}» (${answer.type})`);
	const sameThing = ctx.facts.filter(
		(f) => f.kind === 'location' && f !== fact && f.subject.thing && thing && optionKey(f.subject.thing.ar) === optionKey(thing.ar)
	);
	if (sameThing.some((f) => f.value.type === 'entity' && !ctx.world.related(f.value.entity, answer)))
		return drop(ctx, fact, `«${thing?.ar ?? ''}» is located in two places`);
	if (template === 'location_protest' && ctx.facts.some((f) => f.kind === 'location' && f !== fact && f.subject.thing?.en === 'protest'))
		return drop(ctx, fact, 'more than one protest: «the protest» is ambiguous');
	const prompt = localizedPrompt(ctx, fact, (lang) => {
		const v = vars(lang);
		return v === null ? null : tq(lang, `prompt.${template}`, v);
	});
	if (!prompt) return drop(ctx, fact, 'no Arabic prompt');
	const id = questionId('place', template, [fact.id]);
	const picked = pickEntityDistractors(
		answer,
		entityCandidates(ctx, (e) => (ctx.placeKeys.has(entityKey(e)) ? 0 : 1)),
		(e) =>
			ctx.world.related(e, answer) ||
			(!!city && ctx.world.related(e, city)) ||
			sameThing.some((f) => f.value.type === 'entity' && ctx.world.related(f.value.entity, e)),
		id,
		3,
		false,
		(e) => sameCountry(ctx, e, answer)
	);
	if (!picked) return drop(ctx, fact, `fewer than 3 distractors for ${answer.arCanonical}`);
	const sources = mergeSources(fact.evidence[0] as Evidence, [
		...fact.evidence.slice(1),
		...sameThing.flatMap((f) => f.evidence)
	]);
	return assemble(
		{
			id,
			kind: 'place',
			relation: 'location',
			template,
			factId: fact.id,
			factIds: [fact.id, ...sameThing.map((f) => f.id)],
			prompt,
			sources,
			highlightEn: answer.en
		},
		entityOption(answer),
		picked.values.map(entityOption),
		difficultyOf({ close: picked.close, confirmedBy: distinctArticles(sources), kind: 'role' })
	);
}

/** Which lexicon-less entity needs an English name: reported once per name. */
function reportMissingNames(ctx: Context): void {
	const missing = new Set<string>();
	for (const e of ctx.corpusEntities) if (!e.en) missing.add(e.arCanonical);
	for (const name of [...missing].sort())
		ctx.notes.push({ kind: 'missing-english', message: `«${name}» has no English name in the lexicon` });
}

export interface Generated {
	questions: DraftQuestion[];
	notes: GenerationNote[];
}

export function generateQuestions(input: GenerateInput): Generated {
	const editorial = input.editorial ?? emptyEditorial;
	const facts = [...input.facts].filter((f) => f.evidence.length > 0).sort((a, b) => (a.id < b.id ? -1 : 1));
	const sentence = new Map<string, string>();
	for (const a of input.articles) for (const s of a.sentences) sentence.set(`${a.id}#${s.index}`, s.text);
	const events = buildEvents(facts);
	const eventOfFact = new Map<string, EventRecord>();
	for (const e of events) for (const f of e.facts) eventOfFact.set(f.id, e);
	const ctx: Context = {
		facts,
		sentenceOf: (e) => sentence.get(evidenceKey(e)) ?? '',
		events,
		eventOfFact,
		world: new World(input.lexicon, facts),
		lexicon: input.lexicon,
		corpusEntities: collectEntities(facts),
		agentKeys: new Set(events.flatMap((e) => e.agents.map((a) => entityKey(a.entity)))),
		placeKeys: new Set(events.flatMap((e) => (e.place ? [entityKey(e.place)] : []))),
		genders: editorial.gender,
		notes: []
	};
	for (const f of input.facts) {
		if (f.evidence.length === 0)
			ctx.notes.push({ kind: 'extractor', factId: f.id, message: 'fact without evidence' });
	}
	const questions: DraftQuestion[] = [];
	const seenAnswers = new Map<string, DraftQuestion>();
	const add = (q: DraftQuestion | null, dedupeKey: string): void => {
		if (!q) return;
		// One question per prompt: two true agents of one event would otherwise repeat the prompt.
		const promptKey = `prompt|${q.prompt.ar}`;
		if (seenAnswers.has(dedupeKey) || seenAnswers.has(promptKey)) {
			ctx.notes.push({ kind: 'dropped', factId: q.factId, message: 'same question as an earlier fact' });
			return;
		}
		seenAnswers.set(dedupeKey, q);
		seenAnswers.set(promptKey, q);
		questions.push(q);
	};
	for (const fact of facts) {
		if (!sentence.has(evidenceKey(fact.evidence[0] as Evidence))) {
			ctx.notes.push({ kind: 'extractor', factId: fact.id, message: 'evidence points at no sentence' });
			continue;
		}
		if (isAgentRelation(fact.kind) || fact.kind === 'place' || fact.kind === 'date') {
			const q = eventSlotQuestion(ctx, fact);
			// The same slot backed by the same sentences is one question, however many events it came from.
			add(q, q ? `${q.relation}|${q.sources.map(evidenceKey).sort().join(',')}` : '');
		} else if (fact.kind === 'casualties' || fact.kind === 'figure') {
			const q = countQuestion(ctx, fact);
			add(q, q ? `${q.template}|${q.factIds.slice().sort().join(',')}` : '');
		} else if (fact.kind === 'role') {
			const q = roleQuestion(ctx, fact);
			add(q, q ? `${q.template}|${q.factIds.slice().sort().join(',')}` : '');
		} else if (fact.kind === 'location') {
			const q = locationQuestion(ctx, fact);
			add(q, q ? `${q.template}|${q.factIds.slice().sort().join(',')}` : '');
		}
	}
	questions.push(...claimQuestions(ctx, questions));
	reportMissingNames(ctx);
	return { questions, notes: ctx.notes };
}

/* ---------- claims ---------- */

function genderOf(ctx: Context, e: EntityRef): Gender {
	return arabicGender(e, ctx.genders);
}

function agentClaim(ctx: Context, relation: AgentRelation, agent: EntityRef, type: EventRecord['type'], d: Descriptor): Localized | null {
	const ar = eventPhrase(type, d, 'ar');
	if (ar === null) return null;
	const en = eventPhrase(type, d, 'en');
	const agentEn = runningName(agent, 'en');
	return {
		ar: tq('ar', `claim.${relation}_${genderOf(ctx, agent)}`, { agent: agent.arCanonical, event: ar }),
		en: en === null || agentEn === null ? null : capitalize(tq('en', `claim.${relation}`, { agent: agentEn, event: en }))
	};
}

/**
 * Claims: three statements, exactly one made by the article. The true one joins the asked value
 * with its event; each false one changes one detail to a value the fact base rules out.
 */
function claimQuestions(ctx: Context, made: readonly DraftQuestion[]): DraftQuestion[] {
	const out: DraftQuestion[] = [];
	const factById = new Map(ctx.facts.map((f) => [f.id, f]));
	const claimedEvents = new Set<string>();
	const placeClaimed = new Set<string>();
	for (const q of made) {
		const fact = factById.get(q.factId);
		if (!fact) continue;
		let claim: DraftQuestion | null = null;
		if (cancelled(ctx, fact)) continue;
		if (q.kind === 'host' && isAgentRelation(fact.kind)) {
			const event = ctx.eventOfFact.get(fact.id);
			// A capital standing for its government («استضافت واشنطن») makes an odd statement.
			if (fact.value.type === 'entity' && fact.value.entity.type === 'city') continue;
			if (!event || factPlanned(ctx, fact) || claimedEvents.has(event.key)) continue;
			claim = agentClaimQuestion(ctx, fact, event, q);
			if (claim) claimedEvents.add(event.key);
		} else if (q.kind === 'place' && fact.kind === 'place') {
			const event = ctx.eventOfFact.get(fact.id);
			if (!event || placeClaimed.has(event.key)) continue;
			claim = placeClaimQuestion(ctx, fact, event, q);
			if (claim) placeClaimed.add(event.key);
		} else if (q.kind === 'casualties') claim = countClaimQuestion(ctx, fact, q);
		else if (q.kind === 'role') claim = roleClaimQuestion(ctx, fact, q);
		if (claim) out.push(claim);
	}
	return out;
}

function agentClaimQuestion(ctx: Context, fact: Fact, event: EventRecord, asked: DraftQuestion): DraftQuestion | null {
	if (fact.value.type !== 'entity' || !isAgentRelation(fact.kind)) return null;
	const relation = fact.kind;
	const agent = fact.value.entity;
	const spec = specificDescriptor(event, relation, fact.value, ctx.events, ctx.world, nearTest(ctx, event, fact));
	if (!spec) return null;
	const wrongAgents = asked.options
		.filter((_, i) => i !== asked.answer)
		.map((o) => ctx.corpusEntities.find((e) => e.arCanonical === o.ar) ?? lexiconEntity(ctx, o.ar))
		.filter((e): e is EntityRef => !!e);
	if (wrongAgents.length < 2) return null;
	const d = spec.descriptor;
	const truth = agentClaim(ctx, relation, agent, event.type, d);
	const id = questionId('claim', `claim_${relation}`, [fact.id]);
	let second: Localized | null = null;
	const placeKnownEverywhere =
		!d.place &&
		event.place &&
		nearTest(ctx, event, fact)('place', { type: 'entity', entity: event.place }) &&
		spec.matches.every((m) => m.place && ctx.world.related(m.place, event.place as EntityRef));
	let withPlace = d;
	if (placeKnownEverywhere && event.place) {
		const truePlace = event.place;
		const places = pickEntityDistractors(
			truePlace,
			entityCandidates(ctx, (e) => (ctx.placeKeys.has(entityKey(e)) ? 0 : 1)),
			(e) => ctx.world.related(e, truePlace) || spec.matches.some((m) => valueTrueFor(m, 'place', { type: 'entity', entity: e }, ctx.world)),
			id,
			1
		);
		if (places) {
			withPlace = { ...d, place: truePlace };
			second = agentClaim(ctx, relation, agent, event.type, { ...d, place: places.values[0] as EntityRef });
		}
	}
	const right = withPlace === d ? truth : agentClaim(ctx, relation, agent, event.type, withPlace);
	const first = agentClaim(ctx, relation, wrongAgents[0] as EntityRef, event.type, withPlace);
	if (!second) second = agentClaim(ctx, relation, wrongAgents[1] as EntityRef, event.type, withPlace);
	if (!right || !first || !second) return null;
	return assemble(
		{ ...claimBase(asked, id, `claim_${relation}`), highlightEn: agent.en },
		right,
		[first, second],
		Math.min(3, asked.difficulty + 1) as 1 | 2 | 3
	);
}

/**
 * «The summit with Aliyev and Pashinyan on 6 October was held in Prague»: the event named by its
 * participants and the details that single it out, with the place swapped in the false statements
 * (places the place question already proved false for every event the details could describe).
 */
function placeClaimQuestion(ctx: Context, fact: Fact, event: EventRecord, asked: DraftQuestion): DraftQuestion | null {
	if (fact.value.type !== 'entity') return null;
	const near = nearTest(ctx, event, fact);
	const spec = specificDescriptor(event, 'place', fact.value, ctx.events, ctx.world, near);
	if (!spec) return null;
	const people = spec.descriptor.participants ?? event.participants.filter((p) => near('participant', { type: 'entity', entity: p })).slice(0, 3);
	if (people.length === 0) return null;
	const d: Descriptor = { ...spec.descriptor, participants: people };
	const planned = factPlanned(ctx, fact);
	const placeType = fact.value.entity.type;
	const state = (place: Localized): Localized | null => {
		const ar = eventPhrase(event.type, d, 'ar');
		if (ar === null) return null;
		const en = eventPhrase(event.type, d, 'en');
		const arVars = heldVars(event, planned, 'ar');
		const enVars = heldVars(event, planned, 'en');
		const placeEn = place.en === null ? null : englishRunning(place.en, placeType);
		return {
			ar: tq('ar', 'claim.place', { ...arVars, event: ar, place: place.ar }),
			en: en === null || placeEn === null ? null : capitalize(tq('en', 'claim.place', { ...enVars, event: en, place: placeEn }))
		};
	};
	const wrong = asked.options.filter((_, i) => i !== asked.answer).slice(0, 2);
	const right = state(asked.options[asked.answer] as Localized);
	const statements = wrong.map(state);
	if (!right || statements.some((x) => x === null) || statements.length < 2) return null;
	const participantEvidence = event.facts
		.filter((f) => f.kind === 'participant' && f.value.type === 'entity' && people.some((p) => f.value.type === 'entity' && entityKey(p) === entityKey(f.value.entity)))
		.flatMap((f) => f.evidence)
		.filter((e) => asked.sources.some((s) => s.article === e.article && Math.abs(s.sentence - e.sentence) <= 1));
	const id = questionId('claim', 'claim_place', [fact.id]);
	return assemble(
		{ ...claimBase(asked, id, 'claim_place'), sources: mergeSources(asked.sources[0] as Evidence, [...asked.sources.slice(1), ...participantEvidence]) },
		right,
		statements as Localized[],
		Math.min(3, asked.difficulty + 1) as 1 | 2 | 3
	);
}

/** «لن يُعقد», «أُلغي»: a statement about when or where it is held would mislead. */
function cancelled(ctx: Context, fact: Fact): boolean {
	const text = normalizeArabic(ctx.sentenceOf(fact.evidence[0] as Evidence));
	return /لن يعقد|لن تعقد|الغي|الغاء/.test(text);
}

function lexiconEntity(ctx: Context, ar: string): EntityRef | undefined {
	const entry = ctx.lexicon.entries.find((e) => e.ar[0] === ar);
	return entry ? entityFromLexicon(entry) : undefined;
}

function claimBase(asked: DraftQuestion, id: string, template: string): Omit<DraftQuestion, 'options' | 'answer' | 'difficulty'> {
	return {
		id,
		kind: 'claim',
		relation: asked.relation,
		template,
		factId: asked.factId,
		factIds: asked.factIds,
		prompt: both((lang) => tq(lang, 'prompt.claim')),
		sources: asked.sources,
		highlightEn: asked.highlightEn
	};
}

function countClaimQuestion(ctx: Context, fact: Fact, asked: DraftQuestion): DraftQuestion | null {
	if (fact.value.type !== 'quantity') return null;
	const type = fact.subject.eventType ?? 'clashes';
	const subject = countSubject(fact);
	const id = questionId('claim', 'claim_casualties', [fact.id]);
	const state = (quantity: Localized): Localized | null => {
		const ar = eventPhrase(type, subject, 'ar');
		if (ar === null) return null;
		const en = eventPhrase(type, subject, 'en');
		return {
			ar: tq('ar', `claim.casualties_${eventGender(type)}`, { subject: ar, quantity: quantity.ar }),
			en: en === null || quantity.en === null ? null : capitalize(tq('en', 'claim.casualties', { subject: en, quantity: quantity.en }))
		};
	};
	const wrong = asked.options.filter((_, i) => i !== asked.answer);
	const chosen = wrong.slice(0, 2);
	const right = state(asked.options[asked.answer] as Localized);
	const statements = chosen.map(state);
	if (!right || statements.some((s) => s === null) || statements.length < 2) return null;
	return assemble(
		claimBase(asked, id, 'claim_casualties'),
		right,
		statements as Localized[],
		Math.min(3, asked.difficulty + 1) as 1 | 2 | 3
	);
}

function roleClaimQuestion(ctx: Context, fact: Fact, asked: DraftQuestion): DraftQuestion | null {
	const { office, country } = fact.subject;
	if (fact.value.type !== 'entity' || !office || !country) return null;
	const person = fact.value.entity;
	const id = questionId('claim', `claim_role_${office}`, [fact.id]);
	const state = (p: EntityRef, c: EntityRef): Localized | null => {
		const ar = officePhrase(office, c, 'ar', genderOf(ctx, p));
		if (ar === null) return null;
		const en = officePhrase(office, c, 'en');
		return {
			ar: tq('ar', `claim.role_${genderOf(ctx, p)}`, { person: p.arCanonical, office: ar }),
			en: en === null || p.en === null ? null : tq('en', 'claim.role', { person: p.en, office: en })
		};
	};
	const wrongPeople = asked.options
		.filter((_, i) => i !== asked.answer)
		.map((o) => ctx.corpusEntities.find((e) => e.arCanonical === o.ar) ?? lexiconEntity(ctx, o.ar))
		.filter((e): e is EntityRef => !!e);
	// Another country whose holder of the same office the fact base names: clearly not this person.
	const otherCountry = ctx.facts
		.filter(
			(f) =>
				f.kind === 'role' &&
				f.subject.office === office &&
				f.subject.country &&
				entityKey(f.subject.country) !== entityKey(country) &&
				f.value.type === 'entity' &&
				entityKey(f.value.entity) !== entityKey(person)
		)
		.map((f) => f.subject.country as EntityRef)
		.filter((c) => !holdsOffice(ctx, person, office, c))
		.sort((a, b) => (entityKey(a) < entityKey(b) ? -1 : 1))[0];
	const right = state(person, country);
	const first = wrongPeople[0] ? state(wrongPeople[0], country) : null;
	// Without a second country to swap in, the claim would only repeat the role question.
	const second = otherCountry ? state(person, otherCountry) : null;
	if (!right || !first || !second) return null;
	return assemble(
		claimBase(asked, id, `claim_role_${office}`),
		right,
		[first, second],
		Math.min(3, asked.difficulty + 1) as 1 | 2 | 3
	);
}

