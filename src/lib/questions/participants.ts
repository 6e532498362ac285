// "Who met A and B?": participant questions, only for a meeting whose participant list its sentence
// closes («بين A وB», «اجتماع ثلاثي», «التقى A وB»), so that anyone else is provably not there.
import type { EntityRef, EventType, Evidence, Fact } from '../pipeline/types';
import { normalizeArabic } from '../pipeline/normalize';
import {
	assemble,
	distinctArticles,
	drop,
	entityCandidates,
	evidenceKey,
	localizedPrompt,
	mergeSources,
	sameCountry,
	type Context,
	type DraftQuestion
} from './context';
import { difficultyOf } from './difficulty';
import { pickEntityDistractors } from './distractors';
import { datesOverlap, entityKey, eventsNamingAll, fieldsKey, isMeetingLike, type EventRecord } from './events';
import { oncePer, oncePerFacts } from './fact-index';
import { joinList } from './grammar';
import { tq, type Lang } from './i18n';
import { runningName } from './phrase';
import { datePhrase, entityOption, renderDate } from './render';
import { questionId } from './seed';
import { isCalledOff, isPlanned } from './tense';

/** Words that close a list of participants when they stand just before or after it (normalised). */
const CLOSING =
	/(?:^|\s)[وف]?(?:بين|زعماء|زعيمي|وزراء|وزيري|يضم|تضم|ثلاثي|ثلاثيا|ثلاثيه|ثنايي|ثناييه|خماسي|خماسيه|التقي|التقيا|التقت|اجتمع|اجتمعا|عقد|عقدت|عقدا|جمعت|جمع|اجري|اجرت|اجريا)(?:\s|$)/;
/** Separate bilateral meetings («اجتماعات ثنائية منفصلة») are not one meeting with one list. */
const SEPARATE = /منفصل/;
/** A gap inside a list holds titles and «و»/«مع»/commas, never a place, a date or a new clause. */
const GAP_BREAK = /(?:^|\s)(?:في|الي|علي|عند|منذ|بعد|قبل|خلال|حيث|الذي|التي)(?:\s|$)|[.:؛\d]/;
const WINDOW = 45;
/** A future verb right after the list («وزراء خارجية روسيا وأرمينيا وأذربيجان سيعقدون اجتماعاً»). */
const FUTURE_AFTER = /^\s*[وف]?(?:سيعقد|ستعقد|سيعقدون|سيعقدان|سيجري|ستجري|سيلتقي|سيلتقيان|سيلتقون)(?:\s|$)/;

interface Listed {
	entity: EntityRef;
	span: [number, number];
	fact: Fact;
	evidence: Evidence;
}

/** The participants of `event` that one sentence names, in text order, of one entity type. */
function listedIn(ctx: Context, event: EventRecord, key: string, type: EntityRef['type']): Listed[] {
	const out: Listed[] = [];
	for (const f of event.facts) {
		if (f.kind !== 'participant' || f.value.type !== 'entity' || f.value.entity.type !== type)
			continue;
		const entity = f.value.entity;
		for (const e of f.evidence) {
			if (evidenceKey(e) !== key) continue;
			if (out.some((l) => entityKey(l.entity) === entityKey(entity))) continue;
			out.push({ entity, span: e.span, fact: f, evidence: e });
		}
	}
	return out.sort((a, b) => a.span[0] - b.span[0]);
}

/**
 * A list is closed when its members stand together (only titles, «و», «مع» or commas between them)
 * and a closing word («بين», «ثلاثي», «التقى», «عقد», «جمعت» …) stands within a few words of it.
 */
export function closedList(sentence: string, spans: readonly [number, number][]): boolean {
	if (spans.length < 2) return false;
	for (let i = 1; i < spans.length; i++) {
		const gap = normalizeArabic(sentence.slice((spans[i - 1] as [number, number])[1], (spans[i] as [number, number])[0]));
		if (gap.length > WINDOW || GAP_BREAK.test(gap)) return false;
		if (!/(?:^|\s)(?:و|مع)|،|,/.test(gap)) return false;
	}
	const first = (spans[0] as [number, number])[0];
	const last = (spans[spans.length - 1] as [number, number])[1];
	const before = normalizeArabic(sentence.slice(Math.max(0, first - WINDOW), first));
	const after = normalizeArabic(sentence.slice(last, last + WINDOW));
	if (SEPARATE.test(before) || SEPARATE.test(after)) return false;
	return CLOSING.test(before) || CLOSING.test(after);
}

/** Whether an event names `e` among its participants or agents. */
function names(ctx: Context, event: EventRecord, e: EntityRef): boolean {
	return [...event.participants, ...event.agents.map((a) => a.entity)].some((m) =>
		ctx.world.related(m, e)
	);
}

/** What the sentence says of the meeting besides the people: its place and date. */
interface Details {
	place?: EntityRef;
	date?: EventRecord['date'];
}

/** The meeting's place and date when the same sentence states them. */
function sentenceDetails(event: EventRecord, key: string): Details {
	const out: Details = {};
	for (const f of event.facts) {
		if (!f.evidence.some((e) => evidenceKey(e) === key)) continue;
		if (f.kind === 'place' && f.value.type === 'entity' && !out.place) out.place = f.value.entity;
		if (
			f.kind === 'date' &&
			f.value.type === 'date' &&
			!out.date &&
			renderDate(f.value.date, 'ar') !== null &&
			(f.value.date.month !== undefined || f.value.date.year !== undefined)
		)
			out.date = f.value.date;
	}
	return out;
}


/**
 * Every meeting the question could describe (same people, and the sentence's place and date when it
 * gives them) must name the answer and nobody else of its type beside the listed people: otherwise
 * another fact of the corpus would also answer «who met …».
 */
function specific(
	ctx: Context,
	event: EventRecord,
	others: readonly EntityRef[],
	answer: EntityRef,
	details: Details
): boolean {
	const onlyAnswer = (e: EventRecord): boolean =>
		names(ctx, e, answer) &&
		// Hosts and chairs are at the meeting; sponsors, arrangers and mediators need not be.
		[
			...e.participants,
			...e.agents.filter((a) => a.relation === 'host' || a.relation === 'chair').map((a) => a.entity)
		]
			.filter((m) => m.type === answer.type)
			.every((m) => ctx.world.related(m, answer) || others.some((o) => ctx.world.related(o, m)));
	if (!onlyAnswer(event)) return false;
	// Whether another meeting fits is the same for every copy of the fact: worked out once.
	const key = [
		others.map(entityKey).sort().join('+'),
		details.place ? entityKey(details.place) : '',
		details.date ? fieldsKey(details.date) : '',
		event.type === 'call',
		entityKey(answer)
	].join('|');
	const cache = rivalCache(ctx.facts);
	const known = cache.get(key);
	if (known !== undefined) return known;
	const { place, date } = details;
	let alone = true;
	for (const e of eventsNamingAll(ctx.events, ctx.world, others)) {
		const described =
			e !== event &&
			isMeetingLike(e.type) &&
			(e.type === 'call') === (event.type === 'call') &&
			others.every((o) => names(ctx, e, o)) &&
			(!place || (!!e.place && ctx.world.related(e.place, place))) &&
			(!date || (!!e.date && datesOverlap(e.date, date)));
		// One meeting that names someone else settles it: no need to look at the rest.
		if (described && !onlyAnswer(e)) {
			alone = false;
			break;
		}
	}
	cache.set(key, alone);
	return alone;
}

/** The keys of the entities the corpus names, once per corpus. */
const corpusKeys = oncePer((entities: readonly EntityRef[]) => new Set(entities.map(entityKey)));

const rivalCache = oncePerFacts(() => new Map<string, boolean>());
const presentCache = oncePerFacts(() => new Map<string, (e: EntityRef) => boolean>());

/** Whether `e` is named by some meeting that names all of `others` (at any place or date), once per list. */
function atMeetingWith(ctx: Context, others: readonly EntityRef[]): (e: EntityRef) => boolean {
	const cache = presentCache(ctx.facts);
	const key = others.map(entityKey).sort().join('+');
	const known = cache.get(key);
	if (known) return known;
	const present = [...eventsNamingAll(ctx.events, ctx.world, others)].filter((e) =>
		others.every((o) => names(ctx, e, o))
	);
	const test = ctx.world.relatedToAny(
		present.flatMap((m) => [...m.participants, ...m.agents.map((a) => a.entity)])
	);
	cache.set(key, test);
	return test;
}

function promptVars(
	ctx: Context,
	event: EventRecord,
	others: readonly EntityRef[],
	c: Details,
	lang: Lang,
	type: EventType
): Record<string, string> | null {
	const list = others.map((o) => runningName(o, lang));
	if (list.some((n) => n === null)) return null;
	let details = '';
	if (c.place) {
		const place = runningName(c.place, lang);
		if (place === null) return null;
		details += ` ${tq(lang, 'phrase.in', { place })}`;
	}
	if (c.date) {
		const date = datePhrase(c.date, lang);
		if (date === null) return null;
		details += ` ${date}`;
	}
	return { list: joinList(list as string[], lang), details, event: tq(lang, `event.${type}`) };
}

const NOUNS: [RegExp, EventType][] = [
	[/(?:^|\s)(?:ال)?قمه/, 'summit'],
	[/(?:^|\s)(?:ال)?(?:محادثات|مباحثات)/, 'talks'],
	[/(?:^|\s)(?:ال)?(?:محادثه هاتفيه|اتصال)/, 'call'],
	[/(?:^|\s)(?:ال|ب|بال)?(?:اجتماع|لقاء|لقاء)/, 'meeting']
];

/** The event noun the sentence itself uses next to the list («جولة من المحادثات»), else the event's type. */
function sentenceEventType(sentence: string, listed: readonly Listed[], fallback: EventType): EventType {
	const last = (listed[listed.length - 1] as Listed).span[1];
	const first = (listed[0] as Listed).span[0];
	const after = normalizeArabic(sentence.slice(last, last + WINDOW));
	const before = normalizeArabic(sentence.slice(Math.max(0, first - WINDOW), first));
	for (const text of [after, before]) {
		let best: { at: number; type: EventType } | null = null;
		for (const [re, type] of NOUNS) {
			const m = re.exec(text);
			if (m && (!best || m.index < best.at)) best = { at: m.index, type };
		}
		if (best) return best.type;
	}
	return fallback;
}

/** The template: people meet or call; countries take part in the named event. */
function templateOf(event: EventRecord, type: EntityRef['type'], planned: boolean): string {
	const tense = planned ? 'future' : 'past';
	if (type === 'country') return `participant_country_${tense}`;
	return event.type === 'call' ? `participant_call_${tense}` : `participant_person_${tense}`;
}

/** «مَن التقى إلهام علييف وشارل ميشيل في بروكسل في 14 مايو بحسب المقال؟» */
export function participantQuestion(ctx: Context, fact: Fact): DraftQuestion | null {
	const event = ctx.eventOfFact.get(fact.id);
	if (!event || fact.value.type !== 'entity') return null;
	const answer = fact.value.entity;
	if (answer.type !== 'person' && answer.type !== 'country')
		return drop(
			ctx,
			fact,
			`participant «${answer.arCanonical}» is a ${answer.type}: a capital or body standing for a side is not asked`
		);
	let reason =
		'no sentence closes the list of participants («بين A وB», «ثلاثي», «التقى A وB»): a non-participant is not provably false';
	for (const evidence of fact.evidence) {
		const key = evidenceKey(evidence);
		const sentence = ctx.sentenceOf(evidence);
		const listed = listedIn(ctx, event, key, answer.type);
		if (!closedList(sentence, listed.map((l) => l.span))) continue;
		if (isCalledOff(sentence)) {
			reason = 'the meeting is called off: who meets whom would mislead';
			continue;
		}
		const own = listed.find((l) => entityKey(l.entity) === entityKey(answer));
		if (!own) continue;
		const others = listed.filter((l) => l !== own).map((l) => l.entity);
		const details = sentenceDetails(event, key);
		if (!specific(ctx, event, others, answer, details)) {
			reason = 'the listed people, place and date also describe a meeting with someone else: not specific';
			continue;
		}
		const last = (listed[listed.length - 1] as Listed).span[1];
		const planned =
			isPlanned(sentence, own.span) ||
			FUTURE_AFTER.test(normalizeArabic(sentence.slice(last, last + WINDOW)));
		const noun = sentenceEventType(sentence, listed, event.type);
		const template = templateOf(event, answer.type, planned);
		const prompt = localizedPrompt(ctx, fact, (lang) => {
			const vars = promptVars(ctx, event, others, details, lang, noun);
			return vars === null ? null : tq(lang, `prompt.${template}`, vars);
		});
		if (!prompt) return drop(ctx, fact, 'no Arabic prompt');
		const id = questionId('host', template, [fact.id]);
		// Anyone a meeting with these people names (at any place or date) could have been there.
		const atPresent = atMeetingWith(ctx, others);
		const inCorpus = corpusKeys(ctx.corpusEntities);
		const picked = pickEntityDistractors(
			answer,
			entityCandidates(ctx, (e) => (inCorpus.has(entityKey(e)) ? 0 : 1)),
			(e) =>
				atPresent(e) ||
				others.some((o) => ctx.world.related(o, e)) ||
				ctx.world.related(e, answer),
			id,
			3,
			false,
			(e) => sameCountry(ctx, e, answer)
		);
		if (!picked) return drop(ctx, fact, `fewer than 3 distractors for ${answer.arCanonical}`);
		// Every sentence stating the same participant of the same meeting confirms the answer.
		const sources = mergeSources(
			evidence,
			fact.evidence.filter((e) => e !== evidence)
		);
		return assemble(
			{
				id,
				kind: 'host',
				relation: 'participant',
				template,
				factId: fact.id,
				factIds: [fact.id],
				prompt,
				sources,
				highlightEn: answer.en
			},
			entityOption(answer),
			picked.values.map(entityOption),
			difficultyOf({ close: picked.close, confirmedBy: distinctArticles(sources), kind: 'host' })
		);
	}
	return drop(ctx, fact, reason);
}
