// A fact before merging: one statement in one sentence, with the keys that decide identity.
import type { SentenceInfo } from '../analyze';
import type { Mention } from '../entities';
import type { DateValue, Evidence, FactKind, FactSubject, FactValue, Quantity } from '../types';
import type { Account } from './accounts';

export interface Draft {
	kind: FactKind;
	/** What the fact is about (same key in two sentences → same subject). */
	subjectKey: string;
	subject: FactSubject;
	value: FactValue;
	/** What is said about it (same subject, different value key → a conflict). */
	valueKey: string;
	evidence: Evidence;
	/** What the sentence says of the event besides this fact: reports that contradict each other
	 * there are never merged into one fact. */
	account?: Account;
	/** For a date tied to a meeting (`subject.tie`): the token where the sentence names the meeting.
	 * The tie gets the meeting's event id once the article's meetings are grouped; until then it is empty. */
	tiedTo?: number;
}

export function evidence(info: SentenceInfo, start: number, end: number): Evidence {
	const len = info.text.length;
	const s = Math.max(0, Math.min(start, len - 1));
	const e = Math.max(s + 1, Math.min(end, len));
	return { article: info.article, sentence: info.sentence.index, span: [s, e] };
}

/** «place lies in where»: a city or region placed in a region or country, the evidence at `ev`. */
export function placedIn(place: Mention, where: Mention, ev: Evidence): Draft {
	return {
		kind: 'location',
		subjectKey: `in:${place.entry.id}`,
		subject: { thing: { ar: place.ref.ar, en: place.entry.en }, label: place.ref.ar },
		value: { type: 'entity', entity: where.ref },
		valueKey: where.ref.id ?? where.ref.ar,
		evidence: ev
	};
}

export function dateKey(d: DateValue): string {
	return [
		d.year,
		d.month,
		d.day,
		d.dayEnd,
		d.monthEnd,
		d.weekday,
		d.part,
		d.decade,
		d.season,
		d.relative
	]
		.map((x) => (x === undefined ? '' : String(x)))
		.join('/');
}

export function quantityKey(q: Quantity): string {
	return [q.value, q.max ?? '', (q.alternatives ?? []).join('|'), q.unit ?? ''].join('/');
}
