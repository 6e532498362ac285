// Where a place lies, told by the words right after it: a compass phrase («ولاية تافوش في شمال شرق
// أرمينيا», «محافظة سيونيك جنوبي أرمينيا»), a plain «في» («منطقة قازاخ في أذربيجان») or «وسط» for a
// place in a city («ساحة الجمهورية وسط العاصمة الأرمينية»). The lexicon must agree: a place it puts
// in another country is never placed by these words (they may describe something else there).
import type { SentenceInfo } from '../analyze';
import type { Mention } from '../entities';
import { evidence, placedIn, type Draft } from './draft';

/** «شمال», «جنوبي», «شمال شرق»: the part of a country a place lies in. */
const COMPASS = /^(?:شمال|جنوب|شرق|غرب|وسط|شمالي|جنوبي|شرقي|غربي)$/;

function gap(info: SentenceInfo, k: number): string {
	return info.text.slice(info.tokens[k - 1]?.end ?? 0, info.tokens[k]?.start ?? 0);
}

/** The mention that starts at token k, when nothing but spaces comes before it. */
function mentionAt(info: SentenceInfo, k: number): Mention | undefined {
	return /^\s+$/.test(gap(info, k)) ? info.mentions.find((m) => m.from === k) : undefined;
}

/** Whether the lexicon lets `place` lie in `where` (its country, or the city for a place in it). */
function agrees(place: Mention, where: Mention): boolean {
	if (where.entry.type === 'country') return place.entry.country === where.entry.id;
	return (
		where.entry.type === 'city' &&
		place.entry.type === 'place' &&
		!!place.entry.country &&
		place.entry.country === where.entry.country
	);
}

export function extractLocatedIn(info: SentenceInfo): Draft[] {
	const drafts: Draft[] = [];
	for (const m of info.mentions) {
		if (m.adjective || !['city', 'region', 'place'].includes(m.entry.type)) continue;
		let k = m.to;
		const word = info.tokens[k]?.key ?? '';
		if (!/^\s+$/.test(gap(info, k))) continue;
		// «في شمال شرق أرمينيا», «جنوبي أرمينيا», «وسط العاصمة الأرمينية», «في أذربيجان».
		if (word === 'في') k++;
		let compass = 0;
		while (compass < 2 && COMPASS.test(info.tokens[k]?.key ?? '') && /^\s+$/.test(gap(info, k))) {
			k++;
			compass++;
		}
		if (k === m.to) continue;
		// A place in a city is told by «وسط» (or «في») alone; a country's part by a compass word too.
		const where = mentionAt(info, k);
		if (!where || where.adjective || !agrees(m, where)) continue;
		if (where.entry.type === 'city' && compass > 1) continue;
		drafts.push(placedIn(m, where, evidence(info, where.start, where.end)));
	}
	return drafts;
}
