// Dates of events other than meetings: a war («حرب 2020»), clashes («كما حصل في سبتمبر»), a ceasefire,
// an invasion, a protest («ويوم الجمعة تظاهر»), a mediation. The date belongs to the nearest event word before it.
import { cueKey, type SentenceInfo } from '../analyze';
import { memoize } from '../memo';
import type { EventType } from '../types';
import { eventSetting } from './casualties';
import { dateKey, evidence, type Draft } from './draft';

/** Stems of event words (matched at the start of a token without its proclitics). */
export const EVENT_STEMS: [string, EventType][] = [
	['حرب', 'war'],
	['حروب', 'war'],
	['معارك', 'war'],
	['معركه', 'war'],
	['قتال', 'war'],
	['تقاتل', 'war'],
	['اقتتال', 'war'],
	['غزو', 'war'],
	['هزيم', 'war'],
	['انتصار', 'war'],
	['اندلع', 'war'],
	['اجتياح', 'war'],
	['هجوم', 'war'],
	['اشتباك', 'clashes'],
	['مواجه', 'clashes'],
	['قصف', 'clashes'],
	['وقف', 'ceasefire'],
	['هدن', 'ceasefire'],
	['اتفاق', 'other'],
	['تظاهر', 'protest'],
	['مظاهر', 'protest'],
	['احتجاج', 'protest'],
	['وساط', 'other'],
	['توسط', 'other']
];

/** The event type an event word names, or null. */
export const eventStem = memoize(eventStemUncached);

function eventStemUncached(key: string): { stem: string; type: EventType } | null {
	for (const k of cueKey(key)) {
		for (const [stem, type] of EVENT_STEMS)
			if (k.startsWith(stem) && k.length <= stem.length + 4) return { stem, type };
	}
	return null;
}

/** Token indexes of the sentence's event words. */
export function eventWords(info: SentenceInfo): { at: number; stem: string; type: EventType }[] {
	const out: { at: number; stem: string; type: EventType }[] = [];
	info.tokens.forEach((t, i) => {
		const s = eventStem(t.key);
		if (s) out.push({ at: i, ...s });
	});
	return out;
}

/** `meetingAt` lists the token indexes of meeting words: a date nearer to one of them is the meeting's. */
export function extractEventDates(info: SentenceInfo, meetingAt: number[]): Draft[] {
	const drafts: Draft[] = [];
	const words = eventWords(info);
	for (const d of info.dates) {
		const before = words.filter((w) => w.at < d.from && d.from - w.at <= 30).pop();
		const meeting = meetingAt.filter((m) => m < d.from).pop() ?? -1;
		let word = before && before.at > meeting ? before : undefined;
		if (!word && meeting < 0) word = words.find((w) => w.at >= d.to && w.at - d.to <= 2);
		if (!word) continue;
		const label = info.tokens[word.at]?.text ?? '';
		// «اشتباكات على الحدود بين الهند وباكستان في مايو»: where and between whom, to tell it from others.
		const where = eventSetting(info, word.at);
		drafts.push({
			kind: 'date',
			subjectKey: `${word.type}:${word.stem}:${dateKey({ ...d.date, text: '' })}`,
			subject: { eventType: word.type, date: d.date, label },
			value: { type: 'date', date: d.date },
			valueKey: dateKey(d.date),
			evidence: evidence(info, d.start, d.end),
			account: {
				...(where.place ? { place: where.place } : {}),
				...(where.participants ? { sides: where.participants } : {})
			}
		});
	}
	return drafts;
}
