// Turns extracted facts into questions: one asked slot per fact, made specific against the whole
// fact base, with distractors that the fact base makes false and every sentence that backs the answer.
import type {
	DateValue,
	EntityRef,
	Evidence,
	Fact,
	FactValue,
	Quantity
} from '../pipeline/types';
import {
	buildEvents,
	datesCompatible,
	datesOverlap,
	entityKey,
	fieldsKey,
	isAgentRelation,
	isMeetingLike,
	sameOccasion,
	specificDescriptor,
	valueTrueFor,
	descriptorMayMatch,
	type UnsaidPeople,
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
	withValue
} from './distractors';
import { arabicGender, capitalize, englishRunning, eventGender, type Gender } from './grammar';
import { hasTemplate, tq, type Lang } from './i18n';
import { eventPhrase, runningName } from './phrase';
import { entityFromLexicon, entityOption, renderDate, renderQuantity, unitKey } from './render';
import { questionId } from './seed';
import { optionKey } from './normalize';
import { normalizeArabic } from '../pipeline/normalize';
import type { GenerationNote, Localized } from './types';
import { emptyEditorial } from './types';
import {
	assemble,
	Confirmations,
	both,
	collectEntities,
	distinctArticles,
	drop,
	entityCandidates,
	evidenceKey,
	factPlanned,
	heldVars,
	localizedPrompt,
	mergeSources,
	missingEnglish,
	oneFactDateQuestion,
	oneFactQuestion,
	sameCountry,
	type Context,
	type DraftQuestion,
	type GenerateInput
} from './context';

export type { DraftQuestion, GenerateInput };
export { distinctArticles };
import { difficultyOf } from './difficulty';
import { participantQuestion } from './participants';
import { isPeaceSponsor, peaceSponsorQuestion } from './peace-sponsor';
import { conflictDateQuestion, isConflictType } from './conflict-dates';
import { isCalledOff, isPlanned } from './tense';
import { factsInSentences, factsOfKind, oncePer, oncePerFacts, pushTo } from './fact-index';
import { pickRelativeDistractors, relativeKind, renderRelativeDate, sameRelativeDate } from './relative-dates';
import { statementClaims } from './fact-claims';
import { intervalAfterQuestion, isIntervalAfter } from './intervals';
import { isSpanBack, spanBackQuestion } from './spans-ago';
import { alternativeDistractors, alternativesOf, renderAlternatives } from './alternatives';
import { lexiconIndex, namedInSentences, peopleUnnamedIn } from './named-nearby';
import { officeExcluded } from './offices';
import { isTiedDate, tiedDateClaims } from './tied-dates';
import { namesAll } from './validate';


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

/**
 * A fact stated in several sentences is asked from the first sentence whose neighbours make it
 * specific (a headline may give only the place, the next sentence the participants); the notes
 * keep only the last attempt's reason.
 */
function slotQuestionFromAnySentence(ctx: Context, fact: Fact): DraftQuestion | null {
	const mark = ctx.notes.length;
	let q: DraftQuestion | null = null;
	for (let i = 0; i < fact.evidence.length && !q; i++) {
		ctx.notes.length = mark;
		const primary = fact.evidence[i] as Evidence;
		const reordered = i === 0 ? fact : { ...fact, evidence: [primary, ...fact.evidence.filter((e) => e !== primary)] };
		if (i > 0) ctx.eventOfFact.set(reordered.id, ctx.eventOfFact.get(fact.id) as EventRecord);
		q = eventSlotQuestion(ctx, reordered);
	}
	return q;
}

/** Every date the facts give, one array per corpus (so distractor picking can prepare it once). */
const allDates = oncePerFacts((facts) =>
	facts.flatMap((f) => (f.value.type === 'date' ? [f.value.date] : []))
);

function corpusDates(ctx: Context): DateValue[] {
	return allDates(ctx.facts);
}

/**
 * What each event's sentences name, and whether they speak of people they do not name: read once per
 * event and generation, since every slot question weighs every event against its descriptor.
 */
const eventSentences = oncePer((ctx: Context) => {
	const names = new Map<EventRecord, ReadonlySet<string>>();
	const unnamed = new Map<EventRecord, boolean>();
	const evidence = (e: EventRecord) => e.facts.flatMap((f) => f.evidence);
	const namedIn = (e: EventRecord): ReadonlySet<string> => {
		let found = names.get(e);
		if (!found) names.set(e, (found = namedInSentences(ctx, evidence(e))));
		return found;
	};
	const unsaid: UnsaidPeople = {
		peopleUnnamed: (e) => {
			let found = unnamed.get(e);
			if (found === undefined) unnamed.set(e, (found = peopleUnnamedIn(ctx, evidence(e))));
			return found;
		},
		isState: (id) => lexiconIndex(ctx.lexicon).byId.get(id)?.type === 'country'
	};
	return { namedIn, unsaid };
});

/** A question about one slot of a meeting (who hosted …, where …, when …). */
function eventSlotQuestion(ctx: Context, fact: Fact): DraftQuestion | null {
	const event = ctx.eventOfFact.get(fact.id);
	if (!event) return null;
	const slot = fact.kind as Slot;
	const value = fact.value;
	if (slot === 'date' ? value.type !== 'date' : value.type !== 'entity')
		return drop(ctx, fact, `a ${slot} fact whose value is a ${value.type}`);
	// «اليوم», «مطلع الشهر الجاري», «يوم الجمعة»: asked «according to the article» against other
	// dates of the same kind (the event must still be told apart by everything else).
	const relative = slot === 'date' && value.type === 'date' ? relativeKind(value.date) : null;
	if (slot === 'date' && value.type === 'date' && renderDate(value.date, 'ar') === null && !relative)
		return drop(ctx, fact, `date «${value.date.text}» has no absolute form to ask about`);
	if (slot === 'date' && event.type === 'protest') return protestDateQuestion(ctx, fact);
	if (slot === 'date' && isConflictType(event.type)) return conflictDateQuestion(ctx, fact);
	if (!isMeetingLike(event.type)) return drop(ctx, fact, `${slot} of a ${event.type} event`);
	if (slot === 'sponsor' && isPeaceSponsor(ctx, fact)) return peaceSponsorQuestion(ctx, fact);
	if (
		event.type === 'other' &&
		!event.place &&
		!event.date &&
		!event.participants.some((p) => p.type !== 'city')
	)
		return drop(ctx, fact, `${slot} of the process in general, with no meeting to ask about`);
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
	// «استضافت واشنطن»: a city that hosts is asked as a city («أيّ مدينة استضافت …»); «يعتزم رئيس
	// المجلس الأوروبي عقد اجتماع للزعيمين»: a host the extractor read as convening a meeting of others
	// (in the primary sentence) is asked who convenes it.
	const asked =
		slot === 'host' && value.type === 'entity' && value.entity.type === 'city'
			? `host_city_${planned ? 'future' : 'past'}`
			: slot === 'host' && (fact.evidence[0] as Evidence).convenes
				? `host_convene_${planned ? 'future' : 'past'}`
				: template;
	const prompt = localizedPrompt(ctx, fact, (lang) => {
		const phrase = eventPhrase(event.type, descriptor, lang);
		return phrase === null ? null : tq(lang, `prompt.${asked}`, { event: phrase, ...heldVars(event, planned, lang) });
	});
	if (!prompt) return drop(ctx, fact, 'no Arabic prompt');
	const id = questionId(slot === 'place' || slot === 'date' ? slot : 'host', template, [fact.id]);
	// A wrong value must be false for every event the question may describe, not only for those the
	// fact base says it does: an event silent on its people or its hosts may be the one described.
	const { namedIn, unsaid } = eventSentences(ctx);
	const open = ctx.events.filter(
		(e) => e !== event && descriptorMayMatch(descriptor, event, e, ctx.world, namedIn, unsaid)
	);
	const isTrue = (v: FactValue): boolean =>
		matches.some((e) => valueTrueFor(e, slot, v, ctx.world)) || open.some((e) => valueTrueFor(e, slot, v, ctx.world));

	let right: Localized;
	let wrong: Localized[];
	let close: boolean;
	let highlightEn: string | null;
	let wrongValues: FactValue[];
	if (value.type === 'entity') {
		const answer = value.entity;
		const mentioned = [
			...(descriptor.participants ?? []),
			...descriptor.agents.map((a) => a.entity),
			...(descriptor.place ? [descriptor.place] : []),
			...event.participants
		];
		const office =
			answer.type === 'office'
				? officeExcluded(ctx.world, answer, matches, mentioned, namedInSentences(ctx, fact.evidence))
				: null;
		const excluded = (e: EntityRef): boolean =>
			isTrue({ type: 'entity', entity: e }) ||
			ctx.world.related(e, answer) ||
			mentioned.some((m) => ctx.world.related(e, m)) ||
			(office !== null && office(e));
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
		wrongValues = picked.values.map((entity) => ({ type: 'entity', entity }));
		close = picked.close;
		highlightEn = answer.en;
	} else if (value.type === 'date' && relative) {
		const stated = matches.flatMap((e) => (e.date ? [e.date] : []));
		const values = pickRelativeDistractors(
			value.date,
			(d) => isTrue({ type: 'date', date: d }) || stated.some((s) => sameRelativeDate(s, d)),
			id,
			3
		);
		if (!values) return drop(ctx, fact, `fewer than 3 distractors for date «${value.date.text}»`);
		right = both((lang) => renderRelativeDate(value.date, lang) ?? '');
		wrong = values.map((d) => both((lang) => renderRelativeDate(d, lang) ?? ''));
		wrongValues = values.map((date) => ({ type: 'date', date }));
		close = false;
		highlightEn = right.en;
	} else if (value.type === 'date') {
		const picked = pickDateDistractors(
			value.date,
			corpusDates(ctx),
			(d) => isTrue({ type: 'date', date: d }),
			id,
			3
		);
		if (!picked) return drop(ctx, fact, `fewer than 3 distractors for date «${value.date.text}»`);
		right = both((lang) => renderDate(value.date, lang) ?? '');
		wrong = picked.values.map((d) => both((lang) => renderDate(d, lang) ?? ''));
		wrongValues = picked.values.map((date) => ({ type: 'date', date }));
		close = picked.close;
		highlightEn = right.en;
	} else return null;
	if (right.en === null || wrong.some((w) => w.en === null)) missingEnglish(ctx, fact, 'an option');
	const agreeing = matches
		.filter((e) => sameOccasion(e, event, ctx.world))
		.flatMap((e) => e.facts)
		.filter((f) => f.kind === fact.kind && sameValue(f.value, value, ctx.world))
		.sort((a, b) => (a.id < b.id ? -1 : 1));
	const sources = mergeSources(
		fact.evidence[0] as Evidence,
		[...fact.evidence.slice(1), ...agreeing.flatMap((f) => f.evidence)]
	);
	ctx.alterations.push({
		event,
		descriptor,
		slot,
		planned,
		wrong: wrongValues,
		article: (fact.evidence[0] as Evidence).article
	});
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

/** The date and location facts of protests, once per corpus. */
const protestFacts = oncePerFacts((facts) =>
	[...factsOfKind(facts, 'date'), ...factsOfKind(facts, 'location')].filter(
		(f) => f.subject.eventType === 'protest' || f.subject.thing?.en === 'protest'
	)
);

/** «متى تظاهر المحتجّون في ستيباناكيرت بحسب المقال؟»: the one protest the corpus reports, by its date. */
function protestDateQuestion(ctx: Context, fact: Fact): DraftQuestion | null {
	if (fact.value.type !== 'date') return null;
	const date = fact.value.date;
	const primary = fact.evidence[0] as Evidence;
	const inSentence = (f: Fact): boolean =>
		f.evidence.some((e) => e.article === primary.article && e.sentence === primary.sentence);
	// «The protest» must be one: every protest the corpus reports stands in this sentence.
	const protests = protestFacts(ctx.facts);
	if (!protests.every(inSentence)) return drop(ctx, fact, 'more than one protest: «the protest» is ambiguous');
	const where = protests.find((f) => f.kind === 'location' && f.value.type === 'entity');
	const place = where?.value.type === 'entity' ? where.value.entity : null;
	const template = place ? 'date_protest_in' : 'date_protest';
	const id = questionId('date', template, [fact.id]);
	const relative = relativeKind(date);
	const values = relative
		? pickRelativeDistractors(date, () => false, id, 3)
		: (pickDateDistractors(date, corpusDates(ctx), (d) => datesOverlap(d, date), id, 3)?.values ?? null);
	if (!values) return drop(ctx, fact, `fewer than 3 distractors for date «${date.text}»`);
	const render = (d: DateValue): Localized =>
		both((lang) => (relative ? renderRelativeDate(d, lang) : renderDate(d, lang)) ?? '');
	const prompt = localizedPrompt(ctx, fact, (lang) => {
		const name = place ? runningName(place, lang) : '';
		return name === null ? null : tq(lang, `prompt.${template}`, { place: name });
	});
	if (!prompt) return drop(ctx, fact, 'no Arabic prompt');
	return oneFactDateQuestion(fact, { id, template, prompt, right: render(date), wrong: values.map(render), close: false });
}

/** A value compared field by field, without the words it was written in. */
function valueKey(v: FactValue): string {
	if (v.type === 'entity') return `e:${entityKey(v.entity)}`;
	if (v.type === 'text') return `t:${v.ar}`;
	return `${v.type}:${fieldsKey(v.type === 'date' ? v.date : v.quantity)}`;
}

/** The very same entity or date (not a related one: «Aliyev» is not «Azerbaijan» here). */
function sameDetail(a: FactValue, b: FactValue): boolean {
	if (a.type === 'entity' && b.type === 'entity') return entityKey(a.entity) === entityKey(b.entity);
	if (a.type === 'date' && b.type === 'date') return datesCompatible(a.date, b.date);
	return false;
}


function sameValue(a: FactValue, b: FactValue, world: World): boolean {
	if (a.type === 'entity' && b.type === 'entity') return world.related(a.entity, b.entity);
	if (a.type === 'date' && b.type === 'date') return datesCompatible(a.date, b.date);
	if (a.type === 'quantity' && b.type === 'quantity') return a.quantity.value === b.quantity.value;
	return false;
}


function quantityTrue(q: Quantity, n: number): boolean {
	if (q.value === n || q.alternatives?.includes(n)) return true;
	return q.max !== undefined && n >= q.value && n <= q.max;
}

/**
 * Descriptor for what a casualty or figure counts: the event type, participants, place, date. A
 * conflict toll with no date of its own takes the date a sentence stating the toll gives its event
 * right next to it («كما حصل في سبتمبر، حين سقط 286 شخصاً»).
 */
function countSubject(ctx: Context, fact: Fact): Descriptor {
	const s = fact.subject;
	const near = (e: Evidence, d: Evidence): boolean =>
		e.article === d.article && e.sentence === d.sentence && Math.abs(e.span[0] - d.span[0]) <= 90;
	const sentenceDate =
		!s.date && isConflictType(s.eventType)
			? factsInSentences(ctx.facts, fact.evidence, 'date').find(
					(f) =>
						f.subject.eventType === s.eventType &&
						f.value.type === 'date' &&
						renderDate(f.value.date, 'ar') !== null &&
						!f.value.date.relative &&
						f.evidence.some((d) => fact.evidence.some((e) => near(e, d)))
				)
			: undefined;
	const date = s.date ?? (sentenceDate?.value.type === 'date' ? sentenceDate.value.date : undefined);
	return {
		agents: [],
		...(s.participants?.length ? { participants: s.participants } : {}),
		...(s.place ? { place: s.place } : {}),
		...(date && renderDate(date, 'ar') !== null ? { date } : {})
	};
}

/** «الاشتباكات الحدودية»: clashes a sentence stating the fact places on the border. */
function nounOf(ctx: Context, fact: Fact): string | undefined {
	const border = fact.evidence.some((e) => /حدود/.test(normalizeArabic(ctx.sentenceOf(e))));
	return fact.subject.eventType === 'clashes' && border ? 'border_clashes' : undefined;
}

/** What `sameCount` requires two facts to share exactly: kind, and the measure or casualty unit and event. */
function countBucket(f: Fact): string {
	if (f.kind === 'figure') return `figure|${f.subject.measure ?? ''}`;
	if (f.kind === 'casualties' && f.value.type === 'quantity')
		return `casualties|${unitKey(f.value.quantity, f.subject.measure)}|${f.subject.eventType ?? 'other'}`;
	return f.kind;
}

/** Casualty and figure facts by `countBucket`, in list order, once per corpus. */
const countPeers = oncePerFacts((facts) => {
	const out = new Map<string, Fact[]>();
	for (const f of facts) if (f.kind === 'casualties' || f.kind === 'figure') pushTo(out, countBucket(f), f);
	return out;
});

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
	if (!sameOccasion(sa, sb, world)) return false;
	// «بين الهند وباكستان» and «بين إسرائيل ولبنان»: clashes between other parties are another count.
	if (sa.participants?.length && sb.participants?.length && !sameParties(sa.participants, sb.participants, world))
		return false;
	return true;
}

/** One list of parties names the other's (or their places and people), or the reverse. */
function sameParties(a: readonly EntityRef[], b: readonly EntityRef[], world: World): boolean {
	const within = (x: readonly EntityRef[], y: readonly EntityRef[]): boolean =>
		x.every((p) => y.some((q) => world.related(p, q)));
	return within(a, b) || within(b, a);
}

/** Clearly lower values (a quarter to a half of a floor such as «أكثر من 6500»), one significant digit. */
function floorDistractors(n: number): { values: number[]; close: boolean } | null {
	const round = (x: number): number => {
		const step = 10 ** Math.max(0, Math.floor(Math.log10(x)));
		return Math.round(x / step) * step;
	};
	const values = [...new Set([0.25, 0.4, 0.55].map((f) => round(n * f)))].filter((v) => v > 0 && v < n);
	return values.length === 3 ? { values, close: false } : null;
}

/** Spans in months or weeks that no event or clause anchors: spans counted back from the article's
 * time («قبل ثلاثة أيام») or after an event («بعد شهر من …») have their own questions. */
const INTERVALS = /^(?:months|weeks)$/;
/** Counts the text gives only as an order of magnitude («آلاف الأشخاص»). */
const VAGUE: readonly Quantity['qualifier'][] = ['tens-of', 'hundreds-of', 'thousands-of'];
const LADDER = ['tens-of', 'hundreds-of', 'thousands-of', 'tens-of-thousands'] as const;

/** «كم عدد الذين تظاهروا في ستيباناكيرت؟» → «آلاف الأشخاص»; the other orders of magnitude are wrong. */
function vagueCountQuestion(ctx: Context, fact: Fact, q: Quantity): DraftQuestion | null {
	const measure = fact.subject.measure ?? '';
	const template = `figure_${measure}`;
	if (!hasTemplate('ar', `prompt.${template}`))
		return drop(ctx, fact, `no template for ${fact.kind} measure «${measure}»`);
	const primary = fact.evidence[0] as Evidence;
	// The place stated nearest the count: «تظاهر آلاف الأشخاص في ستيباناكيرت، أكبر مدينة في ناغورنو
	// كاراباخ» counts protesters in Stepanakert, which the appositive only places.
	const distance = (f: Fact): number => {
		const e = f.evidence.find((x) => x.article === primary.article && x.sentence === primary.sentence);
		return e ? Math.abs(e.span[0] - primary.span[1]) : Infinity;
	};
	const where = factsInSentences(ctx.facts, [primary], 'location')
		.filter((f) => f.value.type === 'entity')
		.sort((a, b) => distance(a) - distance(b))[0];
	if (!where || where.value.type !== 'entity')
		return drop(ctx, fact, `no place in the sentence for the ${measure}: not specific`);
	const place = where.value.entity;
	const prompt = localizedPrompt(ctx, fact, (lang) => {
		const name = runningName(place, lang);
		return name === null ? null : tq(lang, `prompt.${template}`, { place: name });
	});
	if (!prompt) return drop(ctx, fact, 'no Arabic prompt');
	const unit = unitKey(q, measure);
	const render = (level: string): Localized =>
		both((lang) => tq(lang, `vague.${level}`, { unit: tq(lang, `vague_unit.${unit}`) }));
	return oneFactQuestion(fact, {
		id: questionId('figure', template, [fact.id]),
		kind: 'figure',
		relation: fact.kind,
		template,
		prompt,
		right: render(q.qualifier),
		wrong: LADDER.filter((l) => l !== q.qualifier).map(render),
		close: false,
		highlightEn: null,
		difficultyKind: 'count'
	});
}

/** «How many were killed in …» and the figure questions. */
function countQuestion(ctx: Context, fact: Fact): DraftQuestion | null {
	if (fact.value.type !== 'quantity') return drop(ctx, fact, `a ${fact.kind} fact without a quantity`);
	const q = fact.value.quantity;
	const measure = fact.subject.measure;
	const unit = unitKey(q, measure);
	const list = alternativesOf(q);
	const own = fact.kind === 'casualties' ? `casualties_${unit}` : `figure_${measure ?? 'unknown'}`;
	// A list of alternatives takes its measure's list wording when the plain one presupposes one value
	// («ما أقصى مدة …»).
	const template = list && hasTemplate('ar', `prompt.${own}_list`) ? `${own}_list` : own;
	if (isIntervalAfter(measure)) return intervalAfterQuestion(ctx, fact);
	if (isSpanBack(measure)) return spanBackQuestion(ctx, fact);
	if (measure && INTERVALS.test(measure))
		return drop(ctx, fact, `«${q.text}» is a span counted from the article's date or from another event, not a standalone figure`);
	if (VAGUE.includes(q.qualifier)) return vagueCountQuestion(ctx, fact, q);
	if (!hasTemplate('ar', `prompt.${template}`))
		return drop(ctx, fact, `no template for ${fact.kind} measure «${measure ?? '?'}»`);
	const shown = list ? renderAlternatives(list, q, measure, 'ar') : renderQuantity(q, measure, 'ar');
	if (shown === null)
		return drop(ctx, fact, `quantity «${q.text}» is a range, a list or an unsupported qualifier`);
	// A list holds when one of its values does.
	const asked = list ?? [q.value];
	const sameKind = countPeers(ctx.facts).get(countBucket(fact)) ?? [];
	const disagrees = (f: Fact): boolean => {
		if (f === fact || f.value.type !== 'quantity') return false;
		const other = f.value.quantity;
		return !asked.some((n) => quantityTrue(other, n)) && sameCount(fact, f, ctx.world);
	};
	// The first rival settles it: a disputed figure is not asked, however many sentences repeat it.
	const rival = sameKind.find(disagrees);
	if (rival) return drop(ctx, fact, `other facts give ${fact.kind} «${measure ?? ''}» another value (${rival.id} and maybe more)`);
	const peers = sameKind.filter((f) => f !== fact && sameCount(fact, f, ctx.world));
	if (fact.conflicts?.length) return drop(ctx, fact, `the extractor marks conflicts ${fact.conflicts.join(', ')}`);
	const subject = countSubject(ctx, fact);
	const type = fact.subject.eventType ?? 'clashes';
	if (fact.kind === 'casualties' && !subject.participants && !subject.place && !subject.date)
		return drop(ctx, fact, 'casualties of an event with no date, place or parties: «the clashes» is not specific');
	const prompt = localizedPrompt(ctx, fact, (lang) => {
		const phrase = eventPhrase(type, subject, lang, nounOf(ctx, fact));
		return phrase === null ? null : tq(lang, `prompt.${template}`, { subject: phrase });
	});
	if (!prompt) return drop(ctx, fact, 'no Arabic prompt');
	const id = questionId(fact.kind, template, [fact.id]);
	if (list)
		return (
			alternativesQuestion(fact, { id, template, prompt, list, peers }, (values, lang) =>
				renderAlternatives(values, q, measure, lang)
			) ?? drop(ctx, fact, `fewer than 3 wrong lists for «${q.text}»`)
		);
	const corpus = quantitiesByUnit(ctx.facts).get(`${fact.kind}|${unit}`) ?? [];
	const agreeing = peers.filter((f) => f.value.type === 'quantity');
	// «More than 6500» makes «more than 3100» true and leaves «more than 9500» open: the wrong options
	// are then clearly lower values, each «about» so the fact rules it out.
	const floor =
		q.qualifier === 'more-than' ||
		q.qualifier === 'at-least' ||
		// «286 شخصاً على الأقل» in one of the sentences: higher values are not ruled out there.
		fact.evidence.some((e) =>
			/^\S*\s*(?:\S+\s+)?علي الاقل/.test(normalizeArabic(ctx.sentenceOf(e).slice(e.span[1])))
		);
	const isTrue = (n: number): boolean =>
		(floor && n > q.value * 0.7) ||
		[fact, ...agreeing].some((f) => f.value.type === 'quantity' && quantityTrue(f.value.quantity, n));
	// An exact answer that another report calls a floor («286», elsewhere «286 على الأقل») keeps exact
	// wrong options, all lower: «about 100» beside a bare «286» would give the answer away.
	const floorOnly = floor && q.qualifier !== 'exact';
	const picked = floorOnly
		? floorDistractors(q.value)
		: pickNumberDistractors(q.value, corpus, isTrue, id, 3);
	if (!picked) return drop(ctx, fact, `fewer than 3 numeric distractors for ${q.value}`);
	const wrongQ: Quantity = floorOnly ? { ...q, qualifier: 'approximately' } : q;
	const render = (n: number): Localized =>
		both((lang) => renderQuantity(withValue(n === q.value ? q : wrongQ, n), measure, lang) ?? String(n));
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

/**
 * «10 أو 15 أو 20 عامًا»: a list asked as a whole, from its own sentences only (a report of one of its
 * values, «حتى 20 عامًا», does not state the list); no wrong list shares a value with it or is stated.
 */
function alternativesQuestion(
	fact: Fact,
	q: { id: string; template: string; prompt: Localized; list: number[]; peers: readonly Fact[] },
	render: (values: readonly number[], lang: Lang) => string | null
): DraftQuestion | null {
	const stated = new Set(
		q.peers.flatMap((f) => (f.value.type === 'quantity' && f.value.quantity.alternatives ? [f.value.quantity.alternatives.join('|')] : []))
	);
	const wrong = alternativeDistractors(q.list, q.id, (l) => stated.has(l.join('|')));
	if (!wrong) return null;
	const options = [q.list, ...wrong].map((values) => both((lang) => render(values, lang)));
	if (options.some((o) => o.ar === null)) return null;
	const [right, ...others] = options as Localized[];
	return oneFactQuestion(fact, {
		id: q.id,
		kind: fact.kind === 'casualties' ? 'casualties' : 'figure',
		relation: fact.kind,
		template: q.template,
		prompt: q.prompt,
		right: right as Localized,
		wrong: others,
		close: false,
		highlightEn: right?.en ?? null,
		difficultyKind: 'count'
	});
}

/** «وزير خارجية روسيا»; with a gender, the Arabic noun agrees («المتحدثة باسم …»). */
function officePhrase(
	office: string,
	country: EntityRef | undefined,
	lang: Lang,
	gender: Gender = 'm'
): string | null {
	if (!hasTemplate(lang, `office.${office}`) || !country) return null;
	// Offices with their own name in one country («وزير الخارجية الأميركي» / "the US Secretary of State").
	const own = `office_of.${country.id ?? ''}.${office}`;
	if (country.id && hasTemplate(lang, own)) return tq(lang, own);
	const name = runningName(country, lang);
	const key = lang === 'ar' && gender === 'f' ? `office.${office}_f` : `office.${office}`;
	return name === null ? null : tq(lang, hasTemplate(lang, key) ? key : `office.${office}`, { country: name });
}

/** Role facts by office and country («foreign_minister|ru»), and the people each office has, once per corpus. */
const roleHolders = oncePerFacts((facts) => {
	const byOfficeCountry = new Map<string, Fact[]>();
	const byOffice = new Map<string, Set<string>>();
	for (const f of factsOfKind(facts, 'role')) {
		if (f.value.type !== 'entity' || !f.subject.office) continue;
		const people = byOffice.get(f.subject.office) ?? new Set<string>();
		people.add(entityKey(f.value.entity));
		byOffice.set(f.subject.office, people);
		if (!f.subject.country) continue;
		pushTo(byOfficeCountry, `${f.subject.office}|${entityKey(f.subject.country)}`, f);
	}
	return { byOfficeCountry, byOffice };
});

function holders(ctx: Context, office: string, country: EntityRef): readonly Fact[] {
	return roleHolders(ctx.facts).byOfficeCountry.get(`${office}|${entityKey(country)}`) ?? [];
}

function holdsOffice(ctx: Context, person: EntityRef, office: string, country: EntityRef): boolean {
	return holders(ctx, office, country).some(
		(f) => f.value.type === 'entity' && entityKey(f.value.entity) === entityKey(person)
	);
}

/** Every quantity a casualty or figure fact gives, by kind and unit: numeric distractors come from here. */
const quantitiesByUnit = oncePerFacts((facts) => {
	const out = new Map<string, number[]>();
	for (const f of facts) {
		if ((f.kind !== 'casualties' && f.kind !== 'figure') || f.value.type !== 'quantity') continue;
		pushTo(out, `${f.kind}|${unitKey(f.value.quantity, f.subject.measure)}`, f.value.quantity.value);
	}
	return out;
});

/** «Who is the foreign minister of Russia?» */
function roleQuestion(ctx: Context, fact: Fact): DraftQuestion | null {
	const { office, country } = fact.subject;
	if (fact.value.type !== 'entity' || fact.value.entity.type !== 'person')
		return drop(ctx, fact, 'a role fact whose value is not a person');
	const person = fact.value.entity;
	if (!office || !country || !hasTemplate('ar', `office.${office}`))
		return drop(ctx, fact, `no template for office «${office ?? '?'}» of «${country?.arCanonical ?? '?'}»`);
	const holding = holders(ctx, office, country);
	if (holding.some((f) => f.value.type === 'entity' && entityKey(f.value.entity) !== entityKey(person)))
		return drop(ctx, fact, `two people hold ${office} of ${country.arCanonical}`);
	const template = `role_${office}`;
	const prompt = localizedPrompt(ctx, fact, (lang) => {
		const phrase = officePhrase(office, country, lang);
		return phrase === null ? null : tq(lang, 'prompt.role', { office: phrase });
	});
	if (!prompt) return drop(ctx, fact, 'no Arabic prompt');
	const id = questionId('role', template, [fact.id]);
	const sameOffice = roleHolders(ctx.facts).byOffice.get(office) ?? new Set<string>();
	const picked = pickEntityDistractors(
		person,
		entityCandidates(ctx, (e) => (sameOffice.has(entityKey(e)) ? 0 : 1)),
		(e) => entityKey(e) === entityKey(person) || holdsOffice(ctx, e, office, country),
		id,
		3,
		false,
		(e) => sameCountry(ctx, e, person)
	);
	if (!picked) return drop(ctx, fact, `fewer than 3 person distractors for ${person.arCanonical}`);
	const sources = mergeSources(
		fact.evidence[0] as Evidence,
		[...fact.evidence.slice(1), ...holding.filter((f) => f !== fact).flatMap((f) => f.evidence)]
	);
	return assemble(
		{
			id,
			kind: 'role',
			relation: 'role',
			template,
			factId: fact.id,
			factIds: [fact.id, ...holding.filter((f) => f !== fact).map((f) => f.id)],
			prompt,
			sources,
			highlightEn: person.en
		},
		entityOption(person),
		picked.values.map(entityOption),
		difficultyOf({ close: picked.close, confirmedBy: distinctArticles(sources), kind: 'role' })
	);
}

/** The lexicon city or region a location fact is about («سوتشي», «ناغورنو كاراباخ»), when the located thing is one. */
function locatedThing(ctx: Context, fact: Fact, type: 'city' | 'region'): EntityRef | null {
	const thing = fact.subject.thing;
	if (!thing) return null;
	const key = optionKey(thing.ar);
	const entry = ctx.lexicon.entries.find(
		(e) => e.type === type && (e.ar.some((a) => optionKey(a) === key) || (!!thing.en && e.en === thing.en))
	);
	return entry ? entityFromLexicon(entry) : null;
}

/** The lexicon corridor a location fact is about («ممر لاتشين»), or the corridor the fact's value is. */
function thingCorridor(ctx: Context, fact: Fact): EntityRef | null {
	const thing = fact.subject.thing;
	if (!thing) return null;
	if (/ممر/.test(normalizeArabic(thing.ar))) {
		const key = optionKey(thing.ar);
		const entry = ctx.lexicon.entries.find((e) => e.ar.some((a) => optionKey(a) === key));
		return entry ? entityFromLexicon(entry) : { id: null, type: 'place', ar: thing.ar, arCanonical: thing.ar, en: thing.en };
	}
	const v = fact.value;
	return v.type === 'entity' && v.entity.type === 'place' && /ممر/.test(normalizeArabic(v.entity.arCanonical)) ? v.entity : null;
}

/** Location facts by the thing they place («ممر لاتشين»), compared as options are. */
const locationsByThing = oncePerFacts((facts) => {
	const out = new Map<string, Fact[]>();
	for (const f of factsOfKind(facts, 'location')) {
		if (f.subject.thing) pushTo(out, optionKey(f.subject.thing.ar), f);
	}
	return out;
});

function sameThingFacts(ctx: Context, thing: string): readonly Fact[] {
	return locationsByThing(ctx.facts).get(optionKey(thing)) ?? [];
}

/** Templates asking which country or region a city or region lies in. */
const PLACE_IN_PLACE = new Set([
	'location_city',
	'location_city_region',
	'location_region_country',
	'location_recognised_part_of'
]);

/** «In which country is Sochi?» and «In which city did the protest take place?» from location facts. */
function locationQuestion(ctx: Context, located: Fact): DraftQuestion | null {
	const value = located.value;
	if (value.type !== 'entity') return drop(ctx, located, 'a location fact without an entity');
	// The primary sentence names what the question is about («ويربط الممر أرمينيا بـ…» after a sentence
	// naming the corridor backs the fact, but a player shown it alone would not know which corridor).
	const named = located.evidence.find((e) => namesAll(ctx.sentenceOf(e), located.subject.thing?.ar ?? ''));
	if (located.subject.thing && !named)
		return drop(ctx, located, `no sentence stating it names «${located.subject.thing.ar}»`);
	const fact = named && named !== located.evidence[0]
		? { ...located, evidence: [named, ...located.evidence.filter((e) => e !== named)] }
		: located;
	const answer = value.entity;
	const thing = fact.subject.thing;
	const city = locatedThing(ctx, fact, 'city');
	const region = city ? null : locatedThing(ctx, fact, 'region');
	const corridor = thingCorridor(ctx, fact);
	let otherEnd: EntityRef | undefined;
	let template: string;
	let vars: (lang: Lang) => Record<string, string> | null;
	const nameOf = (place: EntityRef) => (lang: Lang) => {
		const name = runningName(place, lang);
		return name === null ? null : { thing: name };
	};
	if (fact.subject.basis === 'international-recognition') {
		// «مع الاعتراف الدولي بها جزء من أذربيجان»: the question says whose view the answer is.
		if (!region || answer.type !== 'country')
			return drop(ctx, fact, `no template for what «${thing?.ar ?? '?'}» is recognised as part of (${answer.type})`);
		template = 'location_recognised_part_of';
		vars = nameOf(region);
	} else if (city && answer.type === 'region') {
		const cityCountry = ctx.world.country(city);
		const regionCountry = ctx.world.country(answer);
		if (cityCountry && regionCountry && cityCountry !== regionCountry)
			return drop(ctx, fact, 'location contradicts the lexicon');
		template = 'location_city_region';
		vars = nameOf(city);
	} else if (region && answer.type === 'country') {
		const expected = ctx.world.country(region);
		if (expected && answer.id && expected !== answer.id)
			return drop(ctx, fact, 'location contradicts the lexicon');
		template = 'location_region_country';
		vars = nameOf(region);
	} else if (city && answer.type === 'country') {
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
	} else if (
		corridor &&
		fact.subject.relation === 'links' &&
		(answer.type === 'country' || answer.type === 'region')
	) {
		// «ممر لاتشين … يربط أرمينيا بناغورنو كاراباخ»: ask one end of the corridor, naming the other.
		const end = sameThingFacts(ctx, thing?.ar ?? '').find(
			(f) =>
				f !== fact &&
				f.subject.thing?.ar === thing?.ar &&
				f.value.type === 'entity' &&
				f.value.entity.type === (answer.type === 'country' ? 'region' : 'country')
		);
		if (!end || end.value.type !== 'entity')
			return drop(ctx, fact, `the other end of «${thing?.ar ?? ''}» is not stated: not specific`);
		otherEnd = end.value.entity;
		const other = otherEnd;
		template = `location_corridor_${answer.type}`;
		vars = (lang) => {
			const name = runningName(corridor, lang);
			const o = runningName(other, lang);
			return name === null || o === null ? null : { thing: name, other: o };
		};
	} else if (corridor && answer.type === 'place') {
		template = 'location_checkpoint';
		vars = (lang) => (thing ? { thing: lang === 'ar' ? thing.ar : (thing.en ?? thing.ar) } : null);
	} else return drop(ctx, fact, `no template for the location of «${thing?.ar ?? '?'}» (${answer.type})`);
	// A corridor's other end, or a city's country beside its region, answers another question.
	const byType = !!otherEnd || PLACE_IN_PLACE.has(template);
	const sameThing = sameThingFacts(ctx, thing?.ar ?? '').filter(
		(f) =>
			f !== fact &&
			// What a corridor links and where it lies answer different questions.
			(f.subject.relation === 'links') === (fact.subject.relation === 'links') &&
			f.subject.thing &&
			thing &&
			!(byType && f.value.type === 'entity' && f.value.entity.type !== answer.type)
	);
	if (sameThing.some((f) => f.value.type === 'entity' && !ctx.world.related(f.value.entity, answer)))
		return drop(ctx, fact, `«${thing?.ar ?? ''}» is located in two places`);
	if (template === 'location_protest' && factsOfKind(ctx.facts, 'location').some((f) => f !== fact && f.subject.thing?.en === 'protest'))
		return drop(ctx, fact, 'more than one protest: «the protest» is ambiguous');
	const prompt = localizedPrompt(ctx, fact, (lang) => {
		const v = vars(lang);
		return v === null ? null : tq(lang, `prompt.${template}`, v);
	});
	if (!prompt) return drop(ctx, fact, 'no Arabic prompt');
	const id = questionId('place', template, [fact.id]);
	// Where one place lies: the places its own sentence names come first.
	const nearby = PLACE_IN_PLACE.has(template) ? namedInSentences(ctx, fact.evidence) : new Set<string>();
	const picked = pickEntityDistractors(
		answer,
		entityCandidates(ctx, (e) => (nearby.has(entityKey(e)) ? -1 : ctx.placeKeys.has(entityKey(e)) ? 0 : 1)),
		(e) =>
			ctx.world.related(e, answer) ||
			(!!city && ctx.world.related(e, city)) ||
			(!!region && ctx.world.related(e, region)) ||
			(!!otherEnd && (ctx.world.related(e, otherEnd) || sameCountry(ctx, e, otherEnd))) ||
			// A region offered instead of another must be a concrete one the lexicon places in a country.
			(e.type === 'region' && ctx.world.country(e) === null) ||
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
	// A fact only its own clause tells of («صرح الأسبوع الماضي», «بانفجار … قرب ستيباناكيرت») names no
	// event or thing a question can ask about.
	const facts = [...input.facts]
		.filter((f) => f.evidence.length > 0 && f.subject.scope !== 'clause')
		.sort((a, b) => (a.id < b.id ? -1 : 1));
	const sentence = new Map<string, string>();
	for (const a of input.articles) for (const s of a.sentences) sentence.set(`${a.id}#${s.index}`, s.text);
	const events = buildEvents(facts);
	const eventOfFact = new Map<string, EventRecord>();
	for (const e of events) for (const f of e.facts) eventOfFact.set(f.id, e);
	const ctx: Context = {
		facts,
		sentenceOf: (e) => sentence.get(evidenceKey(e)) ?? '',
		translationOf: input.translationOf ?? (() => null),
		events,
		eventOfFact,
		world: new World(input.lexicon, facts),
		lexicon: input.lexicon,
		corpusEntities: collectEntities(facts),
		agentKeys: new Set(events.flatMap((e) => e.agents.map((a) => entityKey(a.entity)))),
		placeKeys: new Set(events.flatMap((e) => (e.place ? [entityKey(e.place)] : []))),
		genders: editorial.gender,
		notes: [],
		alterations: []
	};
	for (const f of input.facts) {
		if (f.evidence.length === 0)
			ctx.notes.push({ kind: 'extractor', factId: f.id, message: 'fact without evidence' });
	}
	const questions: DraftQuestion[] = [];
	// Two events the same prompt fits, with dates or places that differ: each is its own occasion.
	const otherOccasion = (a: DraftQuestion, b: DraftQuestion): boolean => {
		const ea = eventOfFact.get(a.factId);
		const eb = eventOfFact.get(b.factId);
		return !!ea && !!eb && !sameOccasion(ea, eb, ctx.world);
	};
	const seenAnswers = new Map<string, DraftQuestion>();
	const confirmations = new Confirmations();
	const add = (q: DraftQuestion | null, dedupeKey: string): void => {
		if (!q) return;
		// One question per prompt: two true agents of one event would otherwise repeat the prompt.
		const promptKey = `prompt|${q.prompt.ar}`;
		const earlier = seenAnswers.get(dedupeKey) ?? seenAnswers.get(promptKey);
		if (earlier) {
			const same = optionKey(earlier.options[earlier.answer]?.ar ?? '') === optionKey(q.options[q.answer]?.ar ?? '');
			if (same && !otherOccasion(earlier, q)) {
				// The same answer from another sentence: one question, confirmed by both sentences.
				confirmations.add(earlier, q.sources, [q.factId]);
			} else if (same)
				ctx.notes.push({
					kind: 'dropped',
					factId: q.factId,
					message: `the question already asked of another occasion (${earlier.id}), which it does not confirm`
				});
			else
				ctx.notes.push({
					kind: 'dropped',
					factId: q.factId,
					message: `a second true answer to a question already asked («${earlier.options[earlier.answer]?.ar ?? ''}»)`
				});
			return;
		}
		seenAnswers.set(dedupeKey, q);
		seenAnswers.set(promptKey, q);
		questions.push(q);
	};
	// Facts a question already asks, value for value («20 عامًا» again, not «10 أو 15 أو 20 عامًا»):
	// another report of them adds a source to that question, not a question of its own.
	const confirmed = new Set<string>();
	const byId = new Map(facts.map((f) => [f.id, f]));
	const confirm = (q: DraftQuestion | null): void => {
		const asked = q ? byId.get(q.factId) : undefined;
		for (const id of q?.factIds ?? []) {
			const f = byId.get(id);
			if (asked && f && f.kind === asked.kind && valueKey(f.value) === valueKey(asked.value)) confirmed.add(id);
		}
	};
	for (const fact of facts) {
		if (!sentence.has(evidenceKey(fact.evidence[0] as Evidence))) {
			ctx.notes.push({ kind: 'extractor', factId: fact.id, message: 'evidence points at no sentence' });
			continue;
		}
		// A date tied to a meeting is asked with that meeting, as a claim (tied-dates.ts).
		if (isTiedDate(fact)) continue;
		if (isAgentRelation(fact.kind) || fact.kind === 'place' || fact.kind === 'date') {
			if (confirmed.has(fact.id)) continue;
			const q = slotQuestionFromAnySentence(ctx, fact);
			confirm(q);
			// The same slot backed by the same sentences is one question, however many events it came from.
			add(q, q ? `${q.relation}|${q.sources.map(evidenceKey).sort().join(',')}` : '');
		} else if (confirmed.has(fact.id)) {
			continue;
		} else if (fact.kind === 'casualties' || fact.kind === 'figure') {
			const q = countQuestion(ctx, fact);
			confirm(q);
			add(q, q ? `${q.template}|${q.factIds.slice().sort().join(',')}` : '');
		} else if (fact.kind === 'role') {
			const q = roleQuestion(ctx, fact);
			confirm(q);
			add(q, q ? `${q.template}|${q.factIds.slice().sort().join(',')}` : '');
		} else if (fact.kind === 'participant') {
			const q = participantQuestion(ctx, fact);
			add(q, q ? `${q.template}|${q.factId}` : '');
		} else if (fact.kind === 'location') {
			const q = locationQuestion(ctx, fact);
			confirm(q);
			add(q, q ? `${q.template}|${q.factIds.slice().sort().join(',')}` : '');
		}
	}
	confirmations.settle();
	questions.push(...claimQuestions(ctx, questions));
	const tied = tiedDateClaims(ctx);
	questions.push(...statementClaims(ctx, questions, tied.claims, tied.open), ...tied.claims);
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
	// Capitals standing for a side («باكو ويريفان») are not people at the table; a country is not
	// named beside one of its own people, nor an agent already named by the descriptor.
	const listed = spec.descriptor.participants ?? event.participants.filter((p) => near('participant', { type: 'entity', entity: p }));
	const persons = listed.filter((p) => p.type !== 'city' && !spec.descriptor.agents.some((a) => entityKey(a.entity) === entityKey(p)));
	const people = persons.filter((p) => !ctx.world.countryOfOneOf(p, persons)).slice(0, 3);
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
	return isCalledOff(ctx.sentenceOf(fact.evidence[0] as Evidence));
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
	const subject = countSubject(ctx, fact);
	const id = questionId('claim', 'claim_casualties', [fact.id]);
	const noun = nounOf(ctx, fact);
	const state = (quantity: Localized): Localized | null => {
		const ar = eventPhrase(type, subject, 'ar', noun);
		if (ar === null) return null;
		const en = eventPhrase(type, subject, 'en', noun);
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

