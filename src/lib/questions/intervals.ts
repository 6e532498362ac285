// «وتأتي هذه القمة في سوتشي بعد شهر من الاشتباكات الحدودية»: a meeting placed a span after another
// event. Asked as «how much time passed between the clashes and the summit in Sochi?» when the meeting
// is the only one the sentence names before the span and a description of it fits no other event;
// the wrong spans are of the same scale, on both sides of the answer.
import type { EntityRef, Evidence, EventType, Fact, Quantity } from '../pipeline/types';
import { SPAN_UNITS } from '../pipeline/facts/span-clauses';
import { normalizeArabic } from '../pipeline/normalize';
import { both, drop, evidenceKey, oneFactQuestion, type Context, type DraftQuestion } from './context';
import {
	descriptorMatches,
	entityKey,
	isMeetingLike,
	type Descriptor,
	type EventRecord
} from './events';
import { tq, type Lang } from './i18n';
import { eventPhrase } from './phrase';
import { renderQuantity } from './render';
import { oneOnEachSide } from './distractors';
import { questionId } from './seed';
import { factsOfKind, oncePer, pushTo } from './fact-index';
import type { Localized } from './types';

/** A span counted forward from an event: «بعد شهر من …». */
export function isIntervalAfter(measure: string | undefined): boolean {
	return !!measure && /^(?:day|week|month|year)s-after$/.test(measure);
}

export interface Span {
	value: number;
	unit: 'day' | 'week' | 'month' | 'year';
}

function isSpanUnit(unit: string | null | undefined): unit is Span['unit'] {
	return !!unit && SPAN_UNITS.has(unit);
}

/** The quantity as a span a question can ask and answer: an exact count of days, weeks, months or
 * years («ثلاثة أيام»); null for anything else («أكثر من عام», «ثلاث ساعات»). */
export function exactSpan(q: Pick<Quantity, 'value' | 'qualifier' | 'unit'>): Span | null {
	return q.qualifier === 'exact' && isSpanUnit(q.unit) ? { value: q.value, unit: q.unit } : null;
}

/** The next smaller unit, for a single unit («شهر» → two weeks below it). */
const BELOW_ONE: Record<Span['unit'], Span | null> = {
	day: null,
	week: { value: 3, unit: 'day' },
	month: { value: 2, unit: 'week' },
	year: { value: 6, unit: 'month' }
};

/**
 * Three other spans of the answer's unit, at least one shorter and one longer: one or two steps away
 * (a single unit takes two weeks, three days or six months of the unit below). Null when no shorter
 * span exists (one day).
 */
export function spanDistractors(answer: Span, seed: string): Span[] | null {
	const n = answer.value;
	const below: Span[] = [n - 2, n - 1].filter((v) => v >= 1).map((value) => ({ value, unit: answer.unit }));
	if (below.length === 0) {
		const smaller = BELOW_ONE[answer.unit];
		if (!smaller) return null;
		below.push(smaller);
	}
	const above: Span[] = [n + 1, n + 2].map((value) => ({ value, unit: answer.unit }));
	return oneOnEachSide(below, above, seed, ['below', 'above']);
}

/** «3 أيام» / «3 days». */
export function renderSpan(span: Span, lang: Lang): string {
	const q: Pick<Quantity, 'value' | 'qualifier' | 'unit'> = { value: span.value, qualifier: 'exact', unit: span.unit };
	return renderQuantity(q, undefined, lang) ?? String(span.value);
}

/** Where each meeting-like event has a fact, by sentence: the end of each fact's evidence there. */
const meetingFactsBySentence = oncePer((ctx: Context) => {
	const out = new Map<string, { event: EventRecord; end: number }[]>();
	for (const event of ctx.events) {
		if (!isMeetingLike(event.type)) continue;
		for (const f of event.facts)
			for (const e of f.evidence) pushTo(out, evidenceKey(e), { event, end: e.span[1] });
	}
	return out;
});

/** The meeting-like events with a fact stated in this sentence before the span, each once. */
function eventsBefore(ctx: Context, at: Evidence): EventRecord[] {
	const out = new Set<EventRecord>();
	for (const { event, end } of meetingFactsBySentence(ctx).get(evidenceKey(at)) ?? [])
		if (end <= at.span[0]) out.add(event);
	return [...out];
}

/** A span after an event, as compared: the event's type, the count and its unit. */
interface StatedSpan {
	anchor: string;
	value: number;
	unit: string;
}

const spanKey = (s: StatedSpan): string => `${s.anchor}|${s.value}|${s.unit}`;

/** Each meeting's stated spans after other events («summit» → 1 month after the clashes), once per corpus. */
const spansByEvent = oncePer((ctx: Context) => {
	const out = new Map<EventRecord, StatedSpan[]>();
	for (const f of factsOfKind(ctx.facts, 'figure')) {
		if (!isIntervalAfter(f.subject.measure) || f.value.type !== 'quantity') continue;
		const span = { anchor: f.subject.eventType ?? '', value: f.value.quantity.value, unit: f.value.quantity.unit ?? '' };
		for (const e of eventsBefore(ctx, f.evidence[0] as Evidence)) pushTo(out, e, span);
	}
	return out;
});

/**
 * The spans stated by the events a description fits, worked out once per description (and event
 * type): checking every event again for each fact made the corpus's size count twice.
 */
const describedSpans = oncePer((ctx: Context) => {
	const cache = new Map<string, Set<string>>();
	return (d: Descriptor, target: EventRecord): Set<string> => {
		const key = [
			target.type,
			d.place ? entityKey(d.place) : '',
			...(d.participants ?? []).map(entityKey).sort()
		].join('|');
		let spans = cache.get(key);
		if (!spans) {
			spans = new Set();
			for (const [event, stated] of spansByEvent(ctx))
				if (descriptorMatches(d, target, event, ctx.world)) for (const s of stated) spans.add(spanKey(s));
			cache.set(key, spans);
		}
		return spans;
	};
});

/**
 * The smallest description (its place, its parties, or both) that no event fits whose own sentences
 * place it another span after the same kind of event: no other fact answers the question.
 */
function soleDescriptor(ctx: Context, event: EventRecord, asked: StatedSpan): Descriptor | null {
	const wanted = spanKey(asked);
	const agrees = (d: Descriptor): boolean =>
		[...describedSpans(ctx)(d, event)].every((k) => k === wanted || !k.startsWith(`${asked.anchor}|`));
	const named = event.participants.filter((p) => p.type !== 'city');
	const parties = named.filter((p) => !ctx.world.countryOfOneOf(p, named));
	const options: Descriptor[] = [];
	if (event.place) options.push({ agents: [], place: event.place });
	if (parties.length >= 1 && parties.length <= 3) {
		options.push({ agents: [], participants: parties });
		if (event.place) options.push({ agents: [], participants: parties, place: event.place as EntityRef });
	}
	return options.find(agrees) ?? null;
}

/** «الاشتباكات الحدودية» when the event word after «من» is followed by «الحدودية». */
function anchorNoun(ctx: Context, fact: Fact, type: EventType): string {
	const at = fact.evidence[0] as Evidence;
	const after = normalizeArabic(ctx.sentenceOf(at).slice(at.span[1], at.span[1] + 40));
	return type === 'clashes' && /^\s*\S*\s*من\s+\S+\s+ال?حدودي/.test(after) ? 'border_clashes' : type;
}

/** «كم من الوقت فصل بين الاشتباكات الحدودية والقمة في سوتشي بحسب المقال؟» → «شهر واحد». */
export function intervalAfterQuestion(ctx: Context, fact: Fact): DraftQuestion | null {
	if (fact.value.type !== 'quantity') return null;
	const q = fact.value.quantity;
	const anchor = fact.subject.eventType;
	const answer = exactSpan(q);
	if (!anchor || !answer)
		return drop(ctx, fact, `«${q.text}» is a span counted from another event with no exact value or event to ask about`);
	const at = fact.evidence[0] as Evidence;
	const events = eventsBefore(ctx, at);
	if (events.length !== 1)
		return drop(ctx, fact, `«${q.text}» is a span counted from another event, but the sentence names ${events.length} meetings before it: not specific`);
	const event = events[0] as EventRecord;
	const descriptor = soleDescriptor(ctx, event, { anchor, value: answer.value, unit: answer.unit });
	if (!descriptor) return drop(ctx, fact, `no description singles out the ${event.type} «${q.text}» after the ${anchor}: not specific`);
	const noun = anchorNoun(ctx, fact, anchor);
	const template = 'interval_after';
	const promptIn = (lang: Lang): string | null => {
		const phrase = eventPhrase(event.type, descriptor, lang);
		return phrase === null ? null : tq(lang, `prompt.${template}`, { anchor: tq(lang, `event.${noun}`), event: phrase });
	};
	const ar = promptIn('ar');
	if (ar === null) return drop(ctx, fact, 'no Arabic prompt');
	const id = questionId('figure', template, [fact.id]);
	const wrong = spanDistractors(answer, id);
	if (!wrong) return drop(ctx, fact, `fewer than 3 distractors for the span «${q.text}»`);
	const render = (s: Span): Localized => both((lang) => renderSpan(s, lang));
	const right = render(answer);
	return oneFactQuestion(fact, {
		id,
		kind: 'figure',
		relation: fact.kind,
		template,
		prompt: { ar, en: promptIn('en') },
		right,
		wrong: wrong.map(render),
		close: false,
		highlightEn: right.en,
		difficultyKind: 'count'
	});
}
