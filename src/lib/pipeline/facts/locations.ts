// Where things are: a protest («تظاهر آلاف الأشخاص في ستيباناكيرت»), a checkpoint («نقطة تفتيش في بداية
// ممر لاتشين») and what a corridor links («ممر لاتشين … يربط أرمينيا بناغورنو كاراباخ»).
import { cueOf, gapBefore, type SentenceInfo } from '../analyze';
import type { Mention } from '../entities';
import { percentEndsAt } from '../numbers';
import { evidence, placedIn, type Draft } from './draft';
import { extractPartOf } from './part-of';
import { extractLocatedIn } from './located-in';
import { extractPlaceAppositions } from './place-appositions';
import { extractPlacedThings } from './placed-things';

/**
 * Things located by the place named after them. `unnamed`: the words only describe the thing
 * («قرى مهجورة», «انفجار ضخم»), so its facts date or place only their clause (no question can name
 * it); `near`: only «في» or «قرب» place it («إطلاق النار على مواقع باكو» is aimed at Baku, not in it).
 */
const THINGS: {
	words: string[];
	en: string;
	unnamed?: boolean;
	near?: boolean;
	/** How many words after the thing «في»/«قرب» may stand; further on, it places something else. */
	within?: number;
}[] = [
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
			'اعتصام',
			// «واحتشد عشرات الآلاف …», «اقتحم مئات المحتجين …»: a rally, or the protesters themselves.
			'احتشد',
			'احتشدوا',
			'احتشاد',
			'محتجين',
			'محتجون',
			'متظاهرين',
			'متظاهرون'
		],
		en: 'protest'
	},
	{ words: ['نقطه', 'حاجز'], en: 'checkpoint' },
	{ words: ['قاعده', 'معسكر'], en: 'base' },
	// «أربع قرى مهجورة في منطقة قازاخ»: villages and where they are.
	{ words: ['قري', 'قريتين'], en: 'villages', unnamed: true },
	// «بانفجار ضخم في مستودع للوقود قرب ستيباناكيرت», «في إطلاق نار … قرب قرية جانياتاغ».
	{ words: ['انفجار', 'اطلاق'], en: 'incident', unnamed: true, near: true },
	// «أدى اشتباك قرب قرية تيغ», «إصابة جندي … قرب بلدة سوتك», «عملية تبادل … قرب منطقة قازاخ».
	{
		words: ['اشتباك', 'اشتباكات', 'مواجهات', 'اصابه', 'مقتل', 'تبادل'],
		en: 'incident',
		unnamed: true,
		near: true,
		// «مواجهات استمرت رغم وجود قوات روسية سواء في …»: the place of the forces, not of the clashes.
		within: 6
	},
	// «خرائط لنحو 97 ألف لغم مزروع في منطقة آغدام».
	{ words: ['لغم', 'الغام'], en: 'mines', unnamed: true, near: true }
];
/** «تبادل» is an incident only as an exchange of prisoners or of fire, or an «عملية تبادل». */
const EXCHANGED = /^(?:ال|لل)?(?:اسري|محتجزين|معتقلين|اطلاق|لاطلاق)$/;
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

/** «في», «قرب», «بالقرب»: what places an incident where it happened. */
const NEAR = new Set(['في', 'قرب', 'بالقرب']);

/** «على الأراضي …» (on its soil) and «… في المئة من الأراضي …» (a share of its territory); «جزء من
 * الأراضي …» and «في الأراضي …» are left to the part-of rules, which weigh whose view a status is. */
function territoryAt(info: SentenceInfo, i: number): boolean {
	if (info.tokens[i]?.key !== 'الاراضي') return false;
	const prev = info.tokens[i - 1]?.key ?? '';
	if (prev === 'علي' || prev === 'فوق') return true;
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
		// «مركز مراقبة مشترك يُقام على الأراضي الأذربيجانية», «مروحية … فوق الأراضي الأرمينية»: with no
		// place named before, what the clause tells of happens there; only its words name it.
		if (!places.length) {
			const from = Math.max(clauseStartOf(info, i), i - 5);
			const label = info.text.slice(info.tokens[from]?.start ?? 0, info.tokens[i - 2]?.end ?? 0);
			if (!label.trim()) return;
			drafts.push({
				kind: 'location',
				subjectKey: `${info.article}:s${info.sentence.index}:territory:${adj.entry.id}`,
				subject: { thing: { ar: label, en: null }, label, scope: 'clause' },
				value: { type: 'entity', entity: adj.ref },
				valueKey: adj.ref.id ?? adj.ref.ar,
				evidence: evidence(info, info.tokens[i]?.start ?? adj.start, adj.end)
			});
		}
	});
	return drafts;
}

/** Whether punctuation that closes a clause stands between token k-1 and token k. */
export function breaksBefore(info: SentenceInfo, k: number): boolean {
	return /[،,:؛;.]/.test(gapBefore(info, k));
}

/** The first token of the clause that holds token p. */
export function clauseStartOf(info: SentenceInfo, p: number): number {
	for (let k = p; k > 0; k--) if (breaksBefore(info, k)) return k;
	return 0;
}

/** A named place, not a nationality: a city, place, region or country. */
export function placeLike(m: Mention): boolean {
	return !m.adjective && ['city', 'place', 'region', 'country'].includes(m.entry.type);
}

/** A thing (at token i) located at a place: the thing's label is its word and the next one. */
function located(
	info: SentenceInfo,
	t: SentenceInfo['tokens'][number],
	i: number,
	m: Mention,
	thing: (typeof THINGS)[number]
): Draft {
	const last = m.from > i ? Math.min(i + 1, m.from - 1) : i + 1;
	const label = info.text.slice(t.start, info.tokens[last]?.end ?? t.end);
	return {
		kind: 'location',
		subjectKey: `${info.article}:${thing.en}:${m.ref.id}`,
		subject: {
			thing: { ar: label, en: thing.en },
			label,
			...(thing.unnamed ? { scope: 'clause' as const } : {})
		},
		value: { type: 'entity', entity: m.ref },
		valueKey: m.ref.id ?? m.ref.ar,
		evidence: evidence(info, m.start, m.end)
	};
}

/** The first token after p that follows a comma or a full stop (the end of p's clause). */
function clauseEnd(info: SentenceInfo, p: number): number {
	for (let k = p; k < info.tokens.length; k++) {
		const gap = gapBefore(info, k);
		if (/[،,:؛;.]/.test(gap)) return k - 1;
	}
	return info.tokens.length;
}

/** «عنده», «عندها», «فيه», «فيها», «قربه»: a pronoun for the place a relative clause is about. */
const AT_IT = /^(?:عنده|عندها|فيه|فيها|قربه|قربها|عليه|عليها)$/;

/**
 * «عبر جسر هاكاري الذي تقيم عنده باكو نقطة تفتيش»: a thing set up «at it» in a relative clause is at
 * the place the clause is about, named right before «الذي»/«التي».
 */
function placeOfRelative(info: SentenceInfo, i: number): Mention | undefined {
	for (let k = i - 1; k >= Math.max(1, i - 4); k--) {
		if (!AT_IT.test(info.tokens[k]?.key ?? '')) continue;
		for (let r = k - 1; r >= Math.max(0, k - 3); r--) {
			if (!/^(?:الذي|التي)$/.test(info.tokens[r]?.key ?? '')) continue;
			const m = info.mentions.find((x) => x.to === r);
			return m && placeLike(m) ? m : undefined;
		}
	}
	return undefined;
}

/** Nouns an apposition calls a corridor by: the road, the route, the artery, the only way. */
const ROAD_NOUNS = /^(?:الطريق|الممر|المنفذ|الشريان|المعبر|الرابط)$/;

/**
 * «ممر لاتشين، الطريق البري الوحيد بين أرمينيا وقره باغ»: «بين» at token i inside an apposition that
 * opens, right after a comma that follows a lexicon place, with a road noun (at most three words on).
 */
function roadBetween(info: SentenceInfo, i: number): boolean {
	if (info.tokens[i]?.key !== 'بين') return false;
	for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
		if (!ROAD_NOUNS.test(info.tokens[k]?.key ?? '')) continue;
		const gap = gapBefore(info, k);
		const place = info.mentions.find((m) => m.to === k && m.entry.type === 'place');
		return /^\s*[،,]\s*$/.test(gap) && !!place;
	}
	return false;
}

export function extractLocations(info: SentenceInfo, previous: SentenceInfo | null): Draft[] {
	const drafts: Draft[] = [];
	info.tokens.forEach((t, i) => {
		const keys = cueOf(t);
		const thing = thingOf(keys);
		if (!thing) return;
		if (
			thing.en === 'checkpoint' &&
			!/^(?:ال)?تفتيش/.test(info.tokens[i + 1]?.key ?? '') &&
			keys[0] !== 'حاجز'
		)
			return;
		if (
			keys.includes('تبادل') &&
			!EXCHANGED.test(info.tokens[i + 1]?.key ?? '') &&
			!/^(?:ال)?عمليه$/.test(info.tokens[i - 1]?.key ?? '')
		)
			return;
		// «إطلاق نار», not the release of prisoners or the launch of talks.
		if (keys.includes('اطلاق') && !/^(?:ال)?نار$/.test(info.tokens[i + 1]?.key ?? '')) return;
		// «جسر هاكاري الذي تقيم عنده باكو نقطة تفتيش»: the place before a relative clause «عنده».
		const back = placeOfRelative(info, i);
		if (back) {
			drafts.push(located(info, t, i, back, thing));
			return;
		}
		// The place follows within a few words through «في», «عند», «بداية» …, in the same clause.
		// A date between does not count («التي أقامتها بلاده في 23 أبريل الماضي عند مدخل ممر لاتشين»).
		const dated = info.dates
			.filter((d) => d.from > i && d.from < i + 10)
			.reduce((n, d) => n + d.to - d.from, 0);
		const reach = Math.min(i + 10 + dated, clauseEnd(info, i + 1));
		const placing = thing.near ? NEAR : BETWEEN;
		const placed = (x: Mention): boolean =>
			info.tokens
				.slice(i + 1, Math.min(x.from, i + 1 + (thing.within ?? 10)))
				.some((b) => placing.has(b.key) || b.key === 'وفي');
		// «نقطة تفتيش أقامتها أذربيجان … عند مدخل ممر لاتشين»: a place named as the subject of a
		// relative clause does not place the thing; the first one a placing word leads to does.
		const m = info.mentions.find((x) => x.from > i && x.from <= reach && placeLike(x) && placed(x));
		if (!m) return;
		drafts.push(located(info, t, i, m, thing));
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
		// «لضمان الربط بين ناغورني قره باغ وأرمينيا»: the verbal noun with «بين» links as the verb does;
		// so does an apposition naming the corridor a road «بين» two places («ممر لاتشين، الطريق البري
		// الوحيد بين أرمينيا وقره باغ»).
		const linking =
			cueOf(t).some((k) => LINK_VERBS.has(k)) ||
			(cueOf(t).includes('ربط') && info.tokens[i + 1]?.key === 'بين') ||
			roadBetween(info, i);
		if (!linking) return;
		const corridor =
			[...info.mentions].reverse().find((m) => m.to <= i && m.entry.type === 'place') ??
			(previous
				? [...previous.mentions].reverse().find((m) => m.entry.type === 'place')
				: undefined);
		if (!corridor) return;
		const ends = info.mentions.filter(
			(m) => m.from > i && m.from <= i + 4 && placeLike(m) && m.entry.id !== corridor.entry.id
		);
		// The second end joined by «و» to a first end of several words («بين ناغورني قره باغ وأرمينيا»).
		const last = ends[ends.length - 1];
		const joined = last ? info.mentions.find((m) => m.from === last.to && placeLike(m)) : undefined;
		// «يربط إقليم ناغورني قره باغ بأرمينيا»: after a first end of several words, the second is
		// joined by «و» or glued to «بـ» (the verb's second object).
		if (
			joined &&
			joined.from > i + 4 &&
			/^[وب]/.test(info.tokens[joined.from]?.key ?? '') &&
			joined.entry.id !== corridor.entry.id
		)
			ends.push(joined);
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
	drafts.push(...extractPlaceAppositions(info), ...extractPartOf(info));
	drafts.push(...extractLocatedIn(info));
	drafts.push(...extractPlacedThings(info));
	return drafts;
}
