// Where things are: a protest («تظاهر آلاف الأشخاص في ستيباناكيرت»), a checkpoint («نقطة تفتيش في بداية
// ممر لاتشين») and what a corridor links («ممر لاتشين … يربط أرمينيا بناغورنو كاراباخ»).
import { cueOf, type SentenceInfo } from '../analyze';
import type { Mention } from '../entities';
import { percentEndsAt } from '../numbers';
import { evidence, placedIn, type Draft } from './draft';
import { extractPartOf } from './part-of';
import { extractPlaceAppositions } from './place-appositions';

const THINGS: { words: string[]; en: string }[] = [
	{
		words: [
			'تظاهر',
			'تظاهرات',
			'مظاهرات',
			'مظاهره',
			'احتجاجات',
			'احتجاج',
			'احتج',
			'تجمع',
			'اعتصام'
		],
		en: 'protest'
	},
	{ words: ['نقطه', 'حاجز'], en: 'checkpoint' },
	{ words: ['قاعده', 'معسكر'], en: 'base' }
];
const THING_BY_WORD = new Map(THINGS.flatMap((x) => x.words.map((w) => [w, x] as const)));

/** The first kind of thing (in THINGS order) any reading of a token names. */
function thingOf(keys: string[]): (typeof THINGS)[number] | undefined {
	let best: (typeof THINGS)[number] | undefined;
	for (const k of keys) {
		const x = THING_BY_WORD.get(k);
		if (x && (!best || THINGS.indexOf(x) < THINGS.indexOf(best))) best = x;
	}
	return best;
}
const LINK_VERBS = new Set(['يربط', 'تربط', 'يصل', 'يوصل']);
const BETWEEN = new Set([
	'في',
	'عند',
	'بدايه',
	'مدخل',
	'نهايه',
	'قرب',
	'علي',
	'طول',
	'داخل',
	'وسط',
	'شوارع',
	'مدينه',
	'العاصمه'
]);

/** «على الأراضي …» (on its soil) and «… في المئة من الأراضي …» (a share of its territory); «جزء من
 * الأراضي …» and «في الأراضي …» are left to the part-of rules, which weigh whose view a status is. */
function territoryAt(info: SentenceInfo, i: number): boolean {
	if (info.tokens[i]?.key !== 'الاراضي') return false;
	const prev = info.tokens[i - 1]?.key ?? '';
	if (prev === 'علي') return true;
	return prev === 'من' && percentEndsAt(info.quantities, i - 1);
}

/**
 * «على الأراضي الأرمينية», «من الأراضي الجورجية»: the places named just before (joined by «و»: «أبخازيا
 * وأوسيتيا الجنوبية، اللتين تمثلان … من الأراضي الجورجية») lie in that country, when the lexicon
 * does not place them elsewhere.
 */
function territories(info: SentenceInfo): Draft[] {
	const drafts: Draft[] = [];
	info.tokens.forEach((t, i) => {
		if (!territoryAt(info, i)) return;
		const adj = info.mentions.find((x) => x.from === i + 1 && x.adjective);
		if (!adj || adj.entry.type !== 'country') return;
		const before = info.mentions.filter(
			(m) => m.to <= i && i - m.to <= 10 && placeLike(m) && m.entry.type !== 'country'
		);
		let last = before[before.length - 1];
		const places: Mention[] = [];
		while (last) {
			places.unshift(last);
			const from: number = last.from;
			if (!(info.tokens[from]?.key ?? '').startsWith('و')) break;
			last = before.find((m) => m.to === from);
		}
		for (const m of places) {
			if (m.entry.country && m.entry.country !== adj.entry.id) continue;
			drafts.push(placedIn(m, adj, evidence(info, info.tokens[i]?.start ?? adj.start, adj.end)));
		}
	});
	return drafts;
}

function placeLike(m: Mention): boolean {
	return !m.adjective && ['city', 'place', 'region', 'country'].includes(m.entry.type);
}

export function extractLocations(info: SentenceInfo, previous: SentenceInfo | null): Draft[] {
	const drafts: Draft[] = [];
	info.tokens.forEach((t, i) => {
		const keys = cueOf(t);
		const thing = thingOf(keys);
		if (!thing) return;
		if (
			thing.en === 'checkpoint' &&
			!(info.tokens[i + 1]?.key ?? '').startsWith('تفتيش') &&
			keys[0] !== 'حاجز'
		)
			return;
		// The place follows within a few words through «في», «عند», «بداية» …
		const m = info.mentions.find((x) => x.from > i && x.from <= i + 6 && placeLike(x));
		if (!m) return;
		const between = info.tokens.slice(i + 1, m.from);
		if (!between.some((b) => BETWEEN.has(b.key) || b.key === 'وفي')) return;
		const label = info.text.slice(t.start, info.tokens[Math.min(i + 1, m.from - 1)]?.end ?? t.end);
		drafts.push({
			kind: 'location',
			subjectKey: `${info.article}:${thing.en}:${m.ref.id}`,
			subject: { thing: { ar: label, en: thing.en }, label },
			value: { type: 'entity', entity: m.ref },
			valueKey: m.ref.id ?? m.ref.ar,
			evidence: evidence(info, m.start, m.end)
		});
	});
	// «غرناطة (جنوب إسبانيا)», «العاصمة المولدافية كيشيناو», «جنيف السويسرية»: a city and its country;
	// «محافظة سيونيك الأرمينية», «معبر مارغارا الأرميني»: a region or a place and its country.
	for (const m of info.mentions) {
		if (m.adjective || !['city', 'region', 'place'].includes(m.entry.type)) continue;
		const after = info.text.slice(m.end);
		const paren = /^\s*\(\s*(?:في\s+)?(?:[\p{L}]+\s+)?/u.exec(after);
		const inside = paren
			? info.mentions.find(
					(x) => x.start === m.end + paren[0].length && !x.adjective && x.entry.type === 'country'
				)
			: undefined;
		const prevToken = info.tokens[m.from - 2];
		const capitalAdj =
			prevToken && /^(ال)?عاصمه$/.test(prevToken.key)
				? info.mentions.find((x) => x.from === m.from - 1 && x.adjective)
				: undefined;
		// «مدينة جنيف السويسرية», «سوتشي الروسية»: the country's adjective right after the city, when the
		// lexicon puts the city in that country (an adjective there may also describe something else).
		const nextAdj = info.mentions.find(
			(x) =>
				x.from === m.to &&
				x.adjective &&
				x.entry.type === 'country' &&
				x.entry.id === m.entry.country &&
				/^\s+$/.test(info.text.slice(m.end, info.tokens[x.from]?.start ?? x.start))
		);
		const where = m.entry.type === 'city' ? (inside ?? capitalAdj ?? nextAdj) : nextAdj;
		if (!where) continue;
		drafts.push(placedIn(m, where, evidence(info, where.start, where.end)));
	}
	// «ممر لاتشين، وهو الشريان الوحيد الذي يربط أرمينيا بـ…»: a corridor and the two ends it links.
	info.tokens.forEach((t, i) => {
		if (!cueOf(t).some((k) => LINK_VERBS.has(k))) return;
		const corridor =
			[...info.mentions].reverse().find((m) => m.to <= i && m.entry.type === 'place') ??
			(previous
				? [...previous.mentions].reverse().find((m) => m.entry.type === 'place')
				: undefined);
		if (!corridor) return;
		const ends = info.mentions.filter(
			(m) => m.from > i && m.from <= i + 4 && placeLike(m) && m.entry.id !== corridor.entry.id
		);
		for (const m of ends) {
			drafts.push({
				kind: 'location',
				subjectKey: `links:${corridor.entry.id}`,
				subject: {
					thing: { ar: corridor.ref.ar, en: corridor.entry.en },
					label: corridor.ref.ar,
					measure: 'links',
					relation: 'links'
				},
				value: { type: 'entity', entity: m.ref },
				valueKey: m.ref.id ?? m.ref.ar,
				evidence: evidence(info, m.start, m.end)
			});
		}
	});
	drafts.push(...territories(info));
	drafts.push(...extractPlaceAppositions(info, previous), ...extractPartOf(info));
	return drafts;
}
