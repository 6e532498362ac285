// Where a place lies, told by the words right after it: a compass phrase («ولاية تافوش في شمال شرق
// أرمينيا», «محافظة سيونيك جنوبي أرمينيا»), a plain «في» («منطقة قازاخ في أذربيجان») or «وسط» for a
// place in a city («ساحة الجمهورية وسط العاصمة الأرمينية»). The lexicon must agree: a place it puts
// in another country is never placed by these words (they may describe something else there).
import { gapBefore, gluedBa, type SentenceInfo } from '../analyze';
import type { Mention } from '../entities';
import { entityRef } from '../lexicon';
import type { EntityRef } from '../types';
import { evidence, placedIn, type Draft } from './draft';

/** «شمال», «جنوبي», «شمال شرق»: the part of a country a place lies in. */
const COMPASS = /^(?:شمال|جنوب|شرق|غرب|وسط|شمالي|جنوبي|شرقي|غربي)$/;

/** The mention that starts at token k, when nothing but spaces comes before it. */
function mentionAt(info: SentenceInfo, k: number): Mention | undefined {
	return /^\s+$/.test(gapBefore(info, k)) ? info.mentions.find((m) => m.from === k) : undefined;
}

/** Whether the lexicon lets `place` lie in `where` (its country, or the city for a place in it). */
function agrees(place: Mention, where: Mention): boolean {
	if (where.entry.type === 'country') return place.entry.country === where.entry.id;
	// «أرلينغتون بولاية فرجينيا»: a city or a place in a region of its own country.
	if (where.entry.type === 'region')
		return (
			place.entry.type !== 'region' &&
			!!place.entry.country &&
			place.entry.country === where.entry.country
		);
	return (
		where.entry.type === 'city' &&
		place.entry.type === 'place' &&
		!!place.entry.country &&
		place.entry.country === where.entry.country
	);
}

/** «قرب», «بالقرب من»: near a place, not in it. */
const NEAR_WORDS = /^(?:قرب|بالقرب)$/;

/**
 * «أرلينغتون قرب واشنطن», «قصر ميمي قرب العاصمة المولدوفية»: a place near another, or near a country's
 * capital named by its adjective. Only «in» is a relation questions ask, so the fact is the clause's.
 */
function nearPlace(info: SentenceInfo, m: Mention): Draft | null {
	let k = m.to;
	if (!NEAR_WORDS.test(info.tokens[k]?.key ?? '') || !/^\s+$/.test(gapBefore(info, k))) return null;
	k++;
	if (info.tokens[k - 1]?.key === 'بالقرب' && info.tokens[k]?.key === 'من') k++;
	if (/^(?:ال)?عاصمه$/.test(info.tokens[k]?.key ?? '')) {
		const adj = info.mentions.find((x) => x.from === k + 1 && x.adjective);
		if (adj && adj.entry.type === 'country')
			return near(info, m, adj.ref, adj.start, adj.end, adj.entry.id);
	}
	const where = mentionAt(info, k);
	if (!where || where.adjective || !['city', 'region', 'country'].includes(where.entry.type))
		return null;
	if (where.entry.id === m.entry.id) return null;
	// «العاصمة المولدوفية» read as the capital itself: the words name the country, by its adjective.
	const capital = info.tokens[k];
	const country = where.entry.country ? info.lexicon.byId.get(where.entry.country) : undefined;
	const adjective = info.tokens[k + 1];
	if (/^(?:ال)?عاصمه$/.test(capital?.key ?? '') && where.to === k + 2 && country && adjective) {
		const ref = entityRef(country, adjective.text);
		return near(info, m, ref, adjective.start, adjective.end, country.id);
	}
	return near(info, m, where.ref, where.start, where.end, where.entry.id);
}

function near(
	info: SentenceInfo,
	m: Mention,
	ref: EntityRef,
	start: number,
	end: number,
	id: string
): Draft {
	const label = info.text.slice(m.start, end);
	return {
		kind: 'location',
		subjectKey: `near:${m.entry.id}:${id}`,
		subject: { thing: { ar: m.ref.ar, en: m.entry.en }, label, scope: 'clause' },
		value: { type: 'entity', entity: ref },
		valueKey: ref.id ?? ref.ar,
		evidence: evidence(info, start, end)
	};
}

/** «بقرية», «بمدينة», «ببلدة», «بولاية», «بمحافظة»: «بـ» and a word for a town or a region. */
const TOWN_AT = /^ب(?:قريه|مدينه|بلده|ولايه|محافظه|منطقه|اقليم)$/;

/** «البيت الأبيض بواشنطن», «أرلينغتون بولاية فرجينيا»: the city or region glued to «بـ» right after. */
function gluedIn(info: SentenceInfo, m: Mention): Mention | undefined {
	const t = info.tokens[m.to];
	if (!t || !/^\s+$/.test(gapBefore(info, m.to))) return undefined;
	// «قصر ميمي بقرية بولبوكا», «بمدينة …»: the «بـ» glued to a word for a town before its name.
	if (TOWN_AT.test(t.key)) {
		const named = mentionAt(info, m.to + 1);
		return named && !named.adjective && ['city', 'region'].includes(named.entry.type)
			? named
			: undefined;
	}
	const where = info.mentions.find((x) => x.from === m.to && !x.adjective);
	if (!where || !gluedBa(t, where.start)) return undefined;
	return ['city', 'region'].includes(where.entry.type) ? where : undefined;
}

export function extractLocatedIn(info: SentenceInfo): Draft[] {
	const drafts: Draft[] = [];
	for (const m of info.mentions) {
		if (m.adjective || !['city', 'region', 'place'].includes(m.entry.type)) continue;
		const close = nearPlace(info, m);
		if (close) drafts.push(close);
		const glued = gluedIn(info, m);
		if (glued && agrees(m, glued)) {
			drafts.push(placedIn(m, glued, evidence(info, glued.start, glued.end)));
			continue;
		}
		let k = m.to;
		const word = info.tokens[k]?.key ?? '';
		if (!/^\s+$/.test(gapBefore(info, k))) continue;
		// «في شمال شرق أرمينيا», «جنوبي أرمينيا», «وسط العاصمة الأرمينية», «في أذربيجان».
		if (word === 'في') k++;
		let compass = 0;
		while (
			compass < 2 &&
			COMPASS.test(info.tokens[k]?.key ?? '') &&
			/^\s+$/.test(gapBefore(info, k))
		) {
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
