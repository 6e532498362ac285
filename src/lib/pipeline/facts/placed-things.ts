// Where things the sentence only describes are: a mission «on the Armenian side of the border», a
// road running «through» a province, shelling that «reached» towns, prisoners «held in» a city, a
// route «linking» the mainland «to» an exclave. Only the clause's words name such a thing, so each
// fact places its clause (`scope: 'clause'`): it counts as extracted, and no question is made of it.
import { cueOf, type SentenceInfo } from '../analyze';
import type { Mention } from '../entities';
import { evidence, type Draft } from './draft';
import { breaksBefore, clauseStartOf, placeLike } from './locations';

/** A clause-scoped location: the words from `from` up to token `to` (excluded) label the thing. */
function clauseFact(
	info: SentenceInfo,
	rule: string,
	from: number,
	to: number,
	where: Mention,
	ev: [number, number] = [where.start, where.end]
): Draft | null {
	const label = info.text
		.slice(info.tokens[from]?.start ?? 0, info.tokens[to - 1]?.end ?? 0)
		.trim();
	if (!label) return null;
	return {
		kind: 'location',
		subjectKey: `${info.article}:s${info.sentence.index}:${rule}:${where.entry.id}`,
		subject: { thing: { ar: label, en: null }, label, scope: 'clause' },
		value: { type: 'entity', entity: where.ref },
		valueKey: where.ref.id ?? where.ref.ar,
		evidence: evidence(info, ev[0], ev[1])
	};
}

/** «حدود», «حدودهما», «الحدود», «حدودها»: a border word. */
const BORDER = /^(?:ال)?حدود(?:ها|هما|هم|ه)?$/;

/**
 * «تنتشر على الجانب الأرميني من الحدود», «على طول حدودهما من الجانب الأرميني»: what the clause tells
 * of is on that country's side of a border. The border must be named right before or after, so «من
 * الجانب الروسي نائب رئيس الوزراء …» (who speaks for a side) places nothing.
 */
function sideOfBorder(info: SentenceInfo): Draft[] {
	const drafts: Draft[] = [];
	info.tokens.forEach((t, i) => {
		if (t.key !== 'الجانب' || !/^(?:علي|من|في)$/.test(info.tokens[i - 1]?.key ?? '')) return;
		const adj = info.mentions.find((m) => m.from === i + 1 && m.adjective);
		if (!adj || adj.entry.type !== 'country') return;
		const after =
			info.tokens[adj.to]?.key === 'من' && BORDER.test(info.tokens[adj.to + 1]?.key ?? '');
		const before = [i - 2, i - 3].some((k) => k >= 0 && BORDER.test(info.tokens[k]?.key ?? ''));
		if (!after && !before) return;
		const from = Math.max(clauseStartOf(info, i), i - 8);
		const d = clauseFact(info, 'side', from, i - 1, adj, [
			info.tokens[i]?.start ?? adj.start,
			adj.end
		]);
		if (d) drafts.push(d);
	});
	return drafts;
}

/** Nouns of things that run somewhere: corridors, roads, lines, railways, borders. */
const ROUTES = new Set([
	'مسار',
	'ممر',
	'طريق',
	'خط',
	'خطوط',
	'سكك',
	'سكه',
	'حدود',
	'حدودها',
	'انابيب',
	'انبوب'
]);
/** «يمر», «يمتد»: a route running (somewhere, «في» a place). */
const RUN_VERBS = /^[وف]?(?:يمر|تمر|سيمر|ستمر|يمتد|تمتد|سيمتد|ستمتد)$/;
/** «جنوب أرمينيا», «شمالي إيران»: a compass word before the place a route crosses. */
const COMPASS = /^(?:جنوب|شمال|شرق|غرب|جنوبي|شمالي|شرقي|غربي)$/;

/**
 * «ممر النقل المار عبر إقليم سيونيك», «خط النقل الذي سيمر عبر جنوب أرمينيا», «نحو 42 كيلومتراً داخل
 * محافظة سيونيك»: a road, line or border named earlier in the clause runs through the place after
 * «عبر»/«داخل».
 */
function routesThrough(info: SentenceInfo): Draft[] {
	const drafts: Draft[] = [];
	info.tokens.forEach((t, i) => {
		// «طريق عبور يمر في محافظة سيونيك», «ممر … يمتد قرابة 43 كيلومتراً في محافظة سيونيك»: «في»
		// after a verb of running (a length may stand between) places the route as «عبر» does.
		const verb =
			t.key === 'في'
				? [i - 1, i - 2, i - 3, i - 4].find(
						(k) =>
							k >= 0 && RUN_VERBS.test(info.tokens[k]?.key ?? '') && clauseStartOf(info, i) <= k
					)
				: undefined;
		if (verb === undefined && !/^(?:عبر|داخل)$/.test(t.key)) return;
		const at = COMPASS.test(info.tokens[i + 1]?.key ?? '') ? i + 2 : i + 1;
		const m = info.mentions.find((x) => x.from === at && placeLike(x));
		if (!m) return;
		// A running verb that opens its clause («…، يمتد … في») runs the route named in the clause before.
		const opens = verb !== undefined && verb > 0 && clauseStartOf(info, verb) === verb;
		const from = opens
			? Math.max(clauseStartOf(info, verb - 1), verb - 14)
			: Math.max(clauseStartOf(info, i), i - 10);
		const route = info.tokens.findIndex(
			(r, k) => k >= from && k < i && cueOf(r).some((x) => ROUTES.has(x))
		);
		if (route < 0) return;
		const d = clauseFact(info, 'through', route, i, m, [info.tokens[at]?.start ?? m.start, m.end]);
		if (d) drafts.push(d);
	});
	return drafts;
}

/** Nouns of shelling, strikes and attacks. */
const STRIKES = new Set(['قصف', 'هجوم', 'هجمات', 'ضربات', 'غارات', 'صواريخ']);
/** «طال», «طالت»: reached (the places hit). */
const REACHED = /^(?:طال|طالت|يطال|تطال)$/;
/** Words after a comma that pick out some of the places just described («أبرزها جنجة وبردع»). */
const AMONG = /^(?:ابرزها|منها|بينها|ومنها|وبينها|اهمها)$/;

/**
 * «وطال القصف بلدات جرموك وغوريس وكابان», «في قصف صاروخي طال مدناً …، أبرزها جنجة وبردع»: the
 * places a strike reached, joined by «و».
 */
function strikesReached(info: SentenceInfo): Draft[] {
	const drafts: Draft[] = [];
	info.tokens.forEach((t, i) => {
		if (!cueOf(t).some((x) => REACHED.test(x))) return;
		const strike = [i - 2, i - 1, i + 1, i + 2].find(
			(k) => cueOf(info.tokens[k] ?? t).some((x) => STRIKES.has(x)) && k !== i
		);
		if (strike === undefined) return;
		let k = i + 1;
		let first: Mention | undefined;
		for (; k < Math.min(info.tokens.length, i + 10); k++) {
			if (k > i + 1 && breaksBefore(info, k) && !AMONG.test(info.tokens[k]?.key ?? '')) break;
			first = info.mentions.find((x) => x.from === k && placeLike(x));
			if (first) break;
		}
		for (let m = first; m;) {
			const d = clauseFact(info, 'struck', Math.min(strike, i), Math.max(strike, i) + 1, m);
			if (d) drafts.push(d);
			const next = info.mentions.find((x) => x.from === m!.to && placeLike(x));
			m = next && (info.tokens[next.from]?.key ?? '').startsWith('و') ? next : undefined;
		}
	});
	return drafts;
}

/** «المحتجزين», «محتجزون», «المعتقلين»: people held. */
const HELD = /^(?:ال)?(?:محتجزين|محتجزون|معتقلين|معتقلون|مسجونين|مسجونون)$/;

/** «أسراها المحتجزين في باكو», «ما زالوا محتجزين في باكو»: where people are held. */
function heldIn(info: SentenceInfo): Draft[] {
	const drafts: Draft[] = [];
	info.tokens.forEach((t, i) => {
		if (!HELD.test(t.key) || info.tokens[i + 1]?.key !== 'في') return;
		const m = info.mentions.find((x) => x.from === i + 2 && placeLike(x));
		if (!m) return;
		const d = clauseFact(info, 'held', Math.max(i - 1, clauseStartOf(info, i)), i + 1, m);
		if (d) drafts.push(d);
	});
	return drafts;
}

/** «ربط», «يربط», «تربط», «لربط»: linking one place to another («ربط X بـY»). */
const LINK = /^(?:ربط|يربط|تربط|سيربط|ستربط)$/;

/**
 * «خط السكك الحديدية الذي يربط البر الأذربيجاني بجمهورية نخجوان», «ينص على ربط البر الأذربيجاني
 * بجمهورية نخجوان»: a road or line no lexicon place names links its clause to the place after «بـ».
 * (A named corridor's ends are read by the corridor rule in locations.ts.)
 */
function linksTo(info: SentenceInfo): Draft[] {
	const drafts: Draft[] = [];
	info.tokens.forEach((t, i) => {
		if (!cueOf(t).some((x) => LINK.test(x))) return;
		if (info.mentions.some((m) => m.to <= i && m.entry.type === 'place')) return;
		const m = info.mentions.find(
			(x) =>
				x.from > i &&
				x.from <= i + 5 &&
				placeLike(x) &&
				[x.from, x.from - 1].some((k) => k > i && /^ب/.test(info.tokens[k]?.key ?? ''))
		);
		if (!m) return;
		const d = clauseFact(info, 'links', Math.max(clauseStartOf(info, i), i - 6), i + 1, m);
		if (d) drafts.push(d);
	});
	return drafts;
}

/** «الرابط بين», «الرابطة بين»: linking two places, told by the participle. */
const LINKING = /^(?:ال)?(?:رابط|رابطه|واصل|واصله)$/;
/** A border or a stretch of one («مقطع من الحدود», «الشريط الحدودي»). */
const BORDER_WORDS = /^(?:ال)?(?:حدود|حدودي|حدوديه)$/;

/**
 * «خط السكك الحديدية الرابط بين البر الأذربيجاني وإقليم نخجوان»: the places a line links; «ترسيم مقطع
 * من الحدود … بين محافظة تافوش الأرمينية ومنطقة قازاخ الأذربيجانية»: a stretch of border between two
 * regions or towns (not countries: «الحدود بين البلدين» places nothing new). The places after «بين»,
 * joined by «و», each place the clause.
 */
function between(info: SentenceInfo): Draft[] {
	const drafts: Draft[] = [];
	info.tokens.forEach((t, i) => {
		if (t.key !== 'بين') return;
		const from = Math.max(clauseStartOf(info, i), i - 10);
		const linking = LINKING.test(info.tokens[i - 1]?.key ?? '');
		const border = info.tokens.slice(from, i).some((x) => BORDER_WORDS.test(x.key));
		if (!linking && !border) return;
		if (info.mentions.some((m) => m.to <= i && m.from >= from && m.entry.type === 'place')) return;
		// The places right after «بين», joined by «و» (a country adjective may follow each one).
		let k = i + 1;
		// «بين البر الأذربيجاني وإقليم نخجوان»: a first end no lexicon place names, then «و».
		if (!info.mentions.some((x) => x.from === k && placeLike(x))) {
			const and = [k + 1, k + 2].find((n) => /^و/.test(info.tokens[n]?.key ?? ''));
			if (and === undefined || [k + 1, and].some((n) => breaksBefore(info, n))) return;
			k = and;
		}
		while (k < info.tokens.length && !(k > i + 1 && breaksBefore(info, k))) {
			if (k > i + 1 && !(info.tokens[k]?.key ?? '').startsWith('و')) break;
			// «وإقليم نخجوان»: a region word carrying the «و» before the name.
			const at = REGION_WORD.test(info.tokens[k]?.key ?? '') ? k + 1 : k;
			const m = info.mentions.find((x) => (x.from === k || x.from === at) && placeLike(x));
			if (!m) break;
			if (linking || m.entry.type !== 'country') {
				const d = clauseFact(info, 'between', from, i, m);
				if (d) drafts.push(d);
			}
			k = m.to;
			const adj = info.mentions.find((x) => x.from === k && x.adjective);
			if (adj) k = adj.to;
		}
	});
	return drafts;
}

/** «وإقليم», «ومحافظة», «ومنطقة»: a region word with the «و» of a list. */
const REGION_WORD = /^و(?:اقليم|محافظه|منطقه|مدينه|بلده|جمهوريه)$/;

/** «مقرها», «مقره», «مقرهم»: the seat of a body just named. */
const SEAT = /^[وفم]?(?:ن)?مقر(?:ها|ه|هم|هما)$/;
/** Words between «في» and the place («في بلدة يغيغنادزور»). */
const TOWN_WORDS = /^(?:بلده|مدينه|قريه|محافظه|منطقه|العاصمه)$/;

/** «من مقرها في بلدة يغيغنادزور»: where a body (named in the clause) has its seat. */
function seatIn(info: SentenceInfo): Draft[] {
	const drafts: Draft[] = [];
	info.tokens.forEach((t, i) => {
		if (!SEAT.test(t.key) || info.tokens[i + 1]?.key !== 'في') return;
		const at = TOWN_WORDS.test(info.tokens[i + 2]?.key ?? '') ? i + 3 : i + 2;
		const m = info.mentions.find((x) => x.from === at && placeLike(x));
		if (!m) return;
		const d = clauseFact(info, 'seat', Math.max(clauseStartOf(info, i), i - 6), i + 1, m);
		if (d) drafts.push(d);
	});
	return drafts;
}

export function extractPlacedThings(info: SentenceInfo): Draft[] {
	return [
		...sideOfBorder(info),
		...routesThrough(info),
		...strikesReached(info),
		...heldIn(info),
		...linksTo(info),
		...between(info),
		...seatIn(info)
	];
}
