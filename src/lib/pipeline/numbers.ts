// Quantities: a number (digits or words) with its counted noun as a unit key, a qualifier
// («نحو» approximately, «على الأقل» at least, …), ranges and alternatives. Years and date days are left to dates.
import { memoize } from './memo';
import { ORDINAL_WORDS, readNumber, type NumberRead } from './numerals';
import type { Token } from './tokens';
import type { Qualifier, Quantity } from './types';

export interface QuantityMatch {
	quantity: Quantity;
	/** Character range of the number itself in the sentence (the answer a question would hide). */
	start: number;
	end: number;
	/** Token range of the whole phrase, qualifier and unit included. */
	from: number;
	to: number;
	/** Token range of the unit noun, when there is one. */
	unitFrom: number;
	unitTo: number;
}

/** Counted nouns (normalised, without «ال») → unit key. */
const UNIT_NOUNS: [RegExp, string][] = [
	[/^(قتيل|قتيلا|قتلي|ضحيه|ضحايا|جريح|جريحا|جرحي|مصاب|مصابا|مصابين|شهيد|شهيدا|شهداء)$/, 'person'],
	[
		/^(شخص|شخصا|اشخاص|انسان|نسمه|فرد|افراد|اخرين|اخرون|اخران|سكان|ساكن|مواطن|مواطنا|مواطنين|مواطنون|مواطني|قاده|حارس|حراس|حارسا)$/,
		'person'
	],
	// «المحتجين», «من أنصاره»: people counted by what they do or whom they follow.
	[
		/^(محتج|محتجا|محتجين|محتجون|متظاهر|متظاهرا|متظاهرين|متظاهرون|انصار|مناصر|مناصرا|مناصرين|مناصرون|مويد|مويدا|مويدين|مويدون)$/,
		'person'
	],
	// «مدنيي», «عسكريي», «مقاتلي»: the construct plural before a pronoun («من عسكرييها»).
	[/^(مدني|مدنيا|مدنيين|مدنيون|مدنيي)$/, 'civilian'],
	[
		/^(جندي|جنديا|جنود|عسكري|عسكريا|عسكريين|عسكريون|عسكريي|مقاتل|مقاتلا|مقاتلين|مقاتلي|عنصر|عنصرا|عناصر)$/,
		'soldier'
	],
	[/^(مراقب|مراقبا|مراقبين|مراقبون)$/, 'monitor'],
	[/^(وزير|وزيرا|وزراء)$/, 'minister'],
	[/^(مذكره|مذكرات|مذكرتين)$/, 'memorandum'],
	[/^(هدنه|هدنات|هدن|هدنتين)$/, 'truce'],
	[/^(ناقله|ناقلات|عربه|عربات|اليه|اليات)$/, 'vehicle'],
	[/^(شاحنه|شاحنات)$/, 'truck'],
	[/^(وحده|وحدات)$/, 'unit'],
	[/^(لاجي|لاجيا|لاجيين|نازح|نازحا|نازحين)$/, 'refugee'],
	// People and goods counted in humanitarian reports («30 ألف طفل», «100 مريض», «5 آلاف بطانية»).
	[/^(طفل|طفلا|اطفال)$/, 'child'],
	[/^(مريض|مريضا|مرضي)$/, 'patient'],
	[/^(بطانيه|بطانيات)$/, 'blanket'],
	[/^(سرير|سريرا|اسره)$/, 'bed'],
	// «بأغلبية 13 صوتاً مقابل صوتين»: votes of a court or a council.
	[/^(صوتا|اصوات)$/, 'vote'],
	[/^(وسيط|وسطاء)$/, 'mediator'],
	// Experts and delegates sent to a mission or a conference; projects and power capacity in
	// economic reports («بقدرة 230 ميغاواط», «ثلاثة مشاريع جديدة»).
	[/^(خبير|خبيرا|خبراء)$/, 'expert'],
	[/^(مندوب|مندوبا|مندوبين|مندوبون)$/, 'delegate'],
	[/^(مشروع|مشروعا|مشاريع|مشروعات)$/, 'project'],
	[/^(ميجاواط|ميغاواط|ميجاوات|ميغاوات)$/, 'megawatt'],
	[/^(جيجاواط|غيغاواط|جيجاوات|غيغاوات)$/, 'gigawatt'],
	[/^(لجنه|لجان)$/, 'commission'],
	[/^(عام|عاما|اعوام|سنه|سنوات|سنين|عامين|سنتين)$/, 'year'],
	[/^(شهر|شهرا|اشهر|شهور|شهرين)$/, 'month'],
	[/^(اسبوع|اسبوعا|اسابيع|اسبوعين)$/, 'week'],
	[/^(يوم|يوما|ايام|يومين)$/, 'day'],
	[/^(ساعه|ساعات|ساعتين)$/, 'hour'],
	[/^(دقيقه|دقايق|دقيقتين)$/, 'minute'],
	// «ثلاثة عقود» (decades); the singular «عقد» is also the verb «held», so it counts only in impliedAt.
	[/^(عقود|عقدا|عقدين|عقدان)$/, 'decade'],
	[/^(قرن|قرنا|قرون|قرنين)$/, 'century'],
	[/^(كيلومتر|كيلومترا|كيلومترات|كلم|كم)$/, 'km'],
	[/^(متر|مترا|امتار)$/, 'm'],
	[/^(دولار|دولارا|دولارات)$/, 'usd'],
	[/^(يورو)$/, 'eur'],
	[/^(رحله|رحلات|رحلتين)$/, 'flight'],
	[/^(لغم|لغما|الغام)$/, 'mine'],
	// «أكثر من 300 من المدن والبلدات والقرى»: towns counted (villages have their own unit).
	[/^(مدينه|مدن)$/, 'city'],
	[/^(قريه|قري|بلده|بلدات)$/, 'village'],
	[/^(حرب|حروب)$/, 'war'],
	[/^(دبابه|دبابات|مدرعه|مدرعات)$/, 'tank'],
	[/^(اسير|اسيرا|اسري|معتقل|معتقلا|معتقلين)$/, 'prisoner'],
	[/^(دوله|دول)$/, 'country'],
	[/^(طن|طنا|اطنان)$/, 'ton'],
	[/^(منزل|منزلا|منازل)$/, 'house'],
	[/^(ماده|مواد|مادتين)$/, 'article'],
	[/^(بند|بندا|بنود|بندين)$/, 'clause'],
	[/^(بروتوكول|بروتوكولا|بروتوكولات|بروتوكولين)$/, 'protocol'],
	[/^(اتفاقيه|اتفاقيات|اتفاقيتين)$/, 'agreement'],
	[/^(جوله|جولات|جولتين)$/, 'round'],
	// «بيان من ست نقاط»: the points of a statement or a plan; patrols and leaders counted in reports.
	[/^(نقطه|نقاط|نقطتين)$/, 'point'],
	[/^(دوريه|دوريات|دوريتين)$/, 'patrol'],
	[/^(زعيم|زعيما|زعماء|زعيمين)$/, 'leader'],
	[/^(اجتماع|اجتماعا|اجتماعات|لقاء|لقاءات|قمه|قمم)$/, 'meeting'],
	// «أربع مرات»: how many times something happened (figures keep it only for meetings and visits).
	[/^(مره|مرات|مرتين)$/, 'time'],
	[/^(بالميه|بالمايه)$/, 'percent']
];

/** The unit key of a counted noun, or null. */
export function unitOf(key: string): string | null {
	for (const k of [
		key,
		key.replace(/^ال/, ''),
		key.replace(/^[وب]/, ''),
		key.replace(/(ها|هم|هما|نا|ه)$/, '')
	])
		for (const [re, unit] of UNIT_NOUNS) if (re.test(k)) return unit;
	return null;
}

/** Qualifier phrases written before the number (normalised token sequences). */
const BEFORE: [string[], Qualifier][] = [
	[['ما', 'لا', 'يقل', 'عن'], 'at-least'],
	[['لا', 'يقل', 'عن'], 'at-least'],
	[['ما', 'يزيد', 'علي'], 'more-than'],
	[['ما', 'يزيد', 'عن'], 'more-than'],
	[['ما', 'يربو', 'علي'], 'more-than'],
	[['ما', 'يقارب'], 'approximately'],
	[['ما', 'يقرب', 'من'], 'approximately'],
	[['ما', 'يصل', 'الي'], 'up-to'],
	[['لمده', 'تصل', 'الي'], 'up-to'],
	[['تصل', 'الي'], 'up-to'],
	[['يصل', 'الي'], 'up-to'],
	[['اكثر', 'من'], 'more-than'],
	[['ازيد', 'من'], 'more-than'],
	[['اقل', 'من'], 'less-than'],
	[['نحو'], 'approximately'],
	[['حوالي'], 'approximately'],
	[['قرابه'], 'approximately'],
	[['زهاء'], 'approximately'],
	[['قرابه'], 'approximately'],
	[['حتي'], 'up-to']
];
const AFTER: [string[], Qualifier][] = [
	[['علي', 'الاقل'], 'at-least'],
	[['تقريبا'], 'approximately'],
	[['علي', 'الاكثر'], 'up-to']
];

function matchSeq(tokens: Token[], at: number, seq: string[]): boolean {
	return seq.every((w, k) => {
		const t = tokens[at + k];
		if (!t) return false;
		return (
			t.key === w ||
			(k === 0 && t.key.replace(/^[وفب]/, '') === w) ||
			(k === 0 && t.key.replace(/^ل/, '') === w)
		);
	});
}

function qualifierBefore(
	tokens: Token[],
	i: number
): { qualifier: Qualifier; from: number } | null {
	for (const [seq, qualifier] of BEFORE) {
		const at = i - seq.length;
		if (at >= 0 && matchSeq(tokens, at, seq)) return { qualifier, from: at };
	}
	return null;
}

function qualifierAfter(tokens: Token[], i: number): { qualifier: Qualifier; to: number } | null {
	for (const [seq, qualifier] of AFTER)
		if (matchSeq(tokens, i, seq)) return { qualifier, to: i + seq.length };
	return null;
}

/** Dual nouns count two by themselves («حربين», «يومين», «بروتوكولين»). */
const DUALS: [RegExp, string][] = [
	[/^(حربين|حربان)$/, 'war'],
	[/^(يومين|يومان)$/, 'day'],
	[/^(شهرين|شهران)$/, 'month'],
	[/^(عامين|عامان|سنتين|سنتان)$/, 'year'],
	[/^(اسبوعين|اسبوعان)$/, 'week'],
	[/^(ساعتين|ساعتان)$/, 'hour'],
	[/^(دقيقتين|دقيقتان)$/, 'minute'],
	[/^(عقدين|عقدان)$/, 'decade'],
	[/^(قرنين|قرنان)$/, 'century'],
	[/^(جنديين|جنديان)$/, 'soldier'],
	[/^(شخصين|شخصان)$/, 'person'],
	[/^(اسيرين|اسيران)$/, 'prisoner'],
	[/^(بروتوكولين|بروتوكولان)$/, 'protocol'],
	[/^(اتفاقيتين|اتفاقيتان)$/, 'agreement'],
	[/^(مادتين|مادتان)$/, 'article'],
	[/^(بندين|بندان)$/, 'clause'],
	[/^(جولتين|جولتان)$/, 'round'],
	[/^(اجتماعين|اجتماعان|لقاءين|لقاءان|قمتين|قمتان)$/, 'meeting'],
	[/^(مرتين|مرتان)$/, 'time'],
	[/^(قريتين|قريتان)$/, 'village'],
	[/^(صوتين|صوتان)$/, 'vote'],
	[/^(لجنتين|لجنتان)$/, 'commission'],
	[/^(مذكرتين|مذكرتان)$/, 'memorandum'],
	[/^(طفلين|طفلان)$/, 'child'],
	[/^(كيلومترين|كيلومتران)$/, 'km']
];
/** The unit a dual noun counts two of, read once per key. */
const dualUnit = memoize((written: string): string | null => {
	const key = written.replace(/^[وف]/, '');
	for (const [re, unit] of DUALS) if (re.test(key)) return unit;
	return null;
});
/** «لجنتي ترسيم الحدود», «مذكرتي تفاهم»: a feminine dual in construct (its «ن» dropped) before its noun. */
function constructDual(text: string, tokens: Token[], i: number): string | null {
	const t = tokens[i];
	const next = tokens[i + 1];
	if (!t || !next || !/تي$/.test(t.key) || !/^\s+$/.test(text.slice(t.end, next.start)))
		return null;
	return dualUnit(`${t.key}ن`);
}

/** A bare time noun after «بعد», «قبل», «منذ», «خلال» counts one («بعد شهر من الاشتباكات»). */
const SINGLE_TIME: Record<string, string> = {
	شهر: 'month',
	عام: 'year',
	سنه: 'year',
	اسبوع: 'week',
	يوم: 'day',
	ساعه: 'hour',
	دقيقه: 'minute',
	قرن: 'century'
};
const SINGLE_FRAME = new Set(['بعد', 'قبل', 'منذ', 'خلال', 'لمده']);
/** Qualifiers that make a bare time noun a count of one («أكثر من عام», «قرابة ساعة»); not «حتى». */
const SINGLE_QUALIFIERS = new Set<Qualifier>([
	'approximately',
	'more-than',
	'less-than',
	'at-least'
]);

/** «ساعة ونصف», «ثلاثة أيام وربع اليوم»: a half or a quarter added after a time unit. */
const FRACTIONS: Record<string, number> = { ونصف: 0.5, وربع: 0.25 };
const TIME_UNITS = new Set(['hour', 'minute', 'day', 'week', 'month', 'year', 'decade', 'century']);

/** «نصف ساعة», «ربع قرن»: a fraction before a singular time noun. */
const LEADING_FRACTIONS: Record<string, number> = { نصف: 0.5, ربع: 0.25 };

/** «إصابة جندي», «مقتل مدني»: a singular noun right after a noun of killing or wounding (or the passive
 * «أصيب»); not the active «قتل جندي …», whose soldier may be the killer. */
const HARM_WORDS = /^[وف]?(?:مقتل|اصابه|اصيب|مصرع|استشهاد)$/;
const SINGLE_PERSONS: Record<string, string> = {
	جندي: 'soldier',
	عسكري: 'soldier',
	مقاتل: 'soldier',
	شرطي: 'soldier',
	مدني: 'civilian',
	شخص: 'person',
	مواطن: 'person',
	// «مقتل مسؤول الأمن فيها», «إصابة حارس»: one official or guard.
	مسوول: 'person',
	حارس: 'person'
};

/** One person killed or wounded, counted by the singular noun itself. */
function singleCasualty(tokens: Token[], i: number): QuantityMatch | null {
	const t = tokens[i];
	const unit = t ? SINGLE_PERSONS[t.key] : undefined;
	if (!t || !unit || !HARM_WORDS.test(tokens[i - 1]?.key ?? '')) return null;
	return {
		quantity: { value: 1, qualifier: 'exact', unit, text: t.text },
		start: t.start,
		end: t.end,
		from: i,
		to: i + 1,
		unitFrom: i,
		unitTo: i + 1
	};
}

/** «قُتل», «أُصيب», «جُرح»: a passive verb of harm after the one it harmed. */
const HARMED = /^(?:قتل|اصيب|جرح|توفي|لقي)$/;
/** What may follow the passive verb: another clause, its date or place, «بجروح» (not an object). */
const AFTER_HARMED = /^(?:و\S+|بجروح|يوم|في|خلال|جراء|اثر|برصاص|متاثرا|امس|اليوم)$/;
/** «جندياً», «مدنياً»: one person, as the subject of a sentence after «أنّ». */
const ONE_PERSON: Record<string, string> = {
	جنديا: 'soldier',
	جندي: 'soldier',
	عسكريا: 'soldier',
	مدنيا: 'civilian',
	شخصا: 'person',
	مواطنا: 'person'
};
/** «أحد جنودها», «أحد عناصره»: one of a side's soldiers. */
const ONE_OF = /^(?:جنود|عناصر|عسكريي|مقاتلي)(?:ه|ها|هم|نا)$/;

/**
 * «أن جندياً أرمينياً قُتل وأصيب …», «أن أحد جنودها أصيب بجروح»: one person named as the subject of a
 * passive verb of harm (after «أنّ» or a clause break, a nationality adjective allowed between). The
 * verb must not take an object («أن جندياً قتل مدنياً» is the soldier killing).
 */
function harmedSubject(
	text: string,
	tokens: Token[],
	i: number,
	nationality: (k: number) => boolean
): QuantityMatch | null {
	const t = tokens[i];
	if (!t) return null;
	const one = ONE_PERSON[t.key];
	const oneOf = t.key === 'احد' && ONE_OF.test(tokens[i + 1]?.key ?? '');
	if (!one && !oneOf) return null;
	const prev = tokens[i - 1];
	const opens =
		!prev || /^[وف]?ب?ان$/.test(prev.key) || /[،,.:؛]/.test(text.slice(prev.end, t.start));
	if (!opens) return null;
	let v = oneOf ? i + 2 : i + 1;
	// «جندياً أرمينياً», «جندياً أذربيجانياً»: an adjective agreeing with the accusative noun.
	if (!oneOf && (nationality(v) || /يا$/.test(tokens[v]?.key ?? ''))) v++;
	const verb = tokens[v];
	if (!verb || !HARMED.test(verb.key)) return null;
	const next = tokens[v + 1];
	const closes = !next || /[،,.:؛]/.test(text.slice(verb.end, next.start));
	if (!closes && !AFTER_HARMED.test(next.key)) return null;
	const last = tokens[v - 1] ?? t;
	return {
		quantity: {
			value: 1,
			qualifier: 'exact',
			unit: one ?? 'soldier',
			text: text.slice(t.start, last.end)
		},
		start: t.start,
		end: last.end,
		from: i,
		to: v,
		unitFrom: oneOf ? i + 1 : i,
		unitTo: oneOf ? i + 2 : i + 1
	};
}

/** Words that may follow the decade «عقد» (and not the verbal noun «عقد» = holding). */
const AFTER_DECADE = new Set(['من', 'علي', 'ونصف', 'تقريبا', 'كامل']);

/** The single time noun at token i, or null. */
function singleTimeUnit(text: string, tokens: Token[], i: number): string | null {
	const t = tokens[i];
	if (!t) return null;
	const unit = SINGLE_TIME[t.key];
	if (unit) return unit;
	// «أكثر من عقد»: the singular «عقد» is also «held» or «holding» («نحو عقد اتفاق»), so it is a
	// decade only at a clause's end or before «من»/«على».
	if (t.key !== 'عقد') return null;
	const next = tokens[i + 1];
	const closes = !next || /[،,.؛:)»"]/.test(text.slice(t.end, next.start));
	return closes || AFTER_DECADE.has(next.key) ? 'decade' : null;
}

function impliedAt(text: string, tokens: Token[], i: number): QuantityMatch | null {
	const t = tokens[i];
	if (!t) return null;
	// Almost every token is none of the three cases below: the qualifier before it is looked for only
	// once one of them holds.
	const dual = dualUnit(t.key) ?? constructDual(text, tokens, i);
	if (dual) {
		const before = qualifierBefore(tokens, i);
		const key = t.key.replace(/^[وف]/, '');
		const start = t.start + (t.key.length - key.length);
		return {
			quantity: {
				value: 2,
				qualifier: before?.qualifier ?? 'exact',
				unit: dual,
				text: text.slice(start, t.end)
			},
			start,
			end: t.end,
			from: before?.from ?? i,
			to: i + 1,
			unitFrom: i,
			unitTo: i + 1
		};
	}
	const fraction = LEADING_FRACTIONS[t.key.replace(/^[وف]/, '')];
	if (fraction !== undefined) {
		const unit = SINGLE_TIME[tokens[i + 1]?.key ?? ''];
		const noun = tokens[i + 1];
		if (!unit || !noun) return null;
		const before = qualifierBefore(tokens, i);
		return {
			quantity: {
				value: fraction,
				qualifier: before?.qualifier ?? 'exact',
				unit,
				text: text.slice(t.start, noun.end)
			},
			start: t.start,
			end: noun.end,
			from: before?.from ?? i,
			to: i + 2,
			unitFrom: i + 1,
			unitTo: i + 2
		};
	}
	const one = singleCasualty(tokens, i);
	if (one) return one;
	const unit = singleTimeUnit(text, tokens, i);
	if (!unit) return null;
	const before = qualifierBefore(tokens, i);
	// «وبعد أسبوع من القمة»: the frame word may carry «و».
	const framed = SINGLE_FRAME.has((tokens[i - 1]?.key ?? '').replace(/^[وف]/, ''));
	const qualified = before && SINGLE_QUALIFIERS.has(before.qualifier);
	// «كان مقرراً لها ساعة ونصف»: a time noun with a fraction after it counts one and the fraction.
	const halved = FRACTIONS[tokens[i + 1]?.key ?? ''] !== undefined;
	if (framed || qualified || halved) {
		return {
			quantity: {
				value: 1,
				qualifier: qualified && before ? before.qualifier : 'exact',
				unit,
				text: t.text
			},
			start: t.start,
			end: t.end,
			from: qualified && before ? before.from : i,
			to: i + 1,
			unitFrom: i,
			unitTo: i + 1
		};
	}
	return null;
}

/**
 * Adds «ونصف» / «وربع» (optionally «ونصف الساعة») after a time unit: «ساعة ونصف» is 1.5 hours.
 * A count written as the noun itself («ساعة ونصف») takes the fraction into its answer span.
 */
function withFraction(text: string, tokens: Token[], m: QuantityMatch): QuantityMatch {
	const q = m.quantity;
	if (!q.unit || !TIME_UNITS.has(q.unit) || m.unitTo !== m.to) return m;
	if (q.max !== undefined || q.alternatives || !Number.isInteger(q.value)) return m;
	const add = FRACTIONS[tokens[m.to]?.key ?? ''];
	if (add === undefined) return m;
	let to = m.to + 1;
	// «ونصف الساعة», «ونصف العام»: the unit repeated, definite.
	const again = tokens[to];
	if (again && /^ال/.test(again.key) && unitOf(again.key.slice(2)) === q.unit) to++;
	const last = tokens[to - 1];
	const end = last?.end ?? m.end;
	const nounIsNumber = m.start >= (tokens[m.unitFrom]?.start ?? Infinity);
	return {
		...m,
		quantity: { ...q, value: q.value + add, text: text.slice(m.start, end) },
		end: nounIsNumber ? end : m.end,
		to
	};
}

/**
 * Whether a percentage («18 في المئة», «18 بالمئة», «18%», «18 ٪», a qualifier after it included) ends
 * just before token k: «… في المئة من الأراضي» is a share, read with the spellings quantities know.
 */
export function percentEndsAt(quantities: readonly QuantityMatch[], k: number): boolean {
	return quantities.some((q) => q.quantity.unit === 'percent' && q.to === k);
}

/**
 * «حرب الأيام الأربعة والأربعين», «خلال السنوات الثلاث الماضية»: a definite span of time and its number
 * after it as a definite adjective («ال» on every word of the number); from three on (the dual counts
 * two). Not people or things («القادة الثلاثة», «الدول الثلاث»): those point back to ones named before.
 */
function definiteCount(text: string, tokens: Token[], i: number): QuantityMatch | null {
	const t = tokens[i];
	const n = tokens[i + 1];
	if (!t || !n || !/^ال/.test(t.key) || !/^ال/.test(n.key)) return null;
	const unit = unitOf(t.key);
	if (!unit || !TIME_UNITS.has(unit) || !/^\s+$/.test(text.slice(t.end, n.start))) return null;
	// The number's words without their «ال» («الأربعة والأربعين» → «أربعة وأربعين»).
	const bare: Token[] = [];
	for (let k = i + 1; k < Math.min(tokens.length, i + 4); k++) {
		const w = tokens[k]!;
		const m = /^(و?)ال(.+)$/.exec(w.key);
		if (!m || (k > i + 1 && !m[1])) break;
		bare.push({ ...w, key: `${m[1]}${m[2]}` });
	}
	const read = readNumber(bare, 0);
	if (!read || read.digits || read.vague || read.value < 3 || !Number.isInteger(read.value))
		return null;
	const last = tokens[i + read.to];
	if (!last) return null;
	return {
		quantity: { value: read.value, qualifier: 'exact', unit, text: text.slice(t.start, last.end) },
		start: t.start,
		end: last.end,
		from: i,
		to: i + 1 + read.to,
		unitFrom: i,
		unitTo: i + 1
	};
}

/** «اثنين», «اثنتين»: the number two written after its noun, as an adjective. */
const TWO_AFTER = /^(اثنين|اثنان|اثنتين|اثنتان)$/;

/**
 * «عسكريين أذربيجانيين اثنين», «جنديين اثنين»: a counted noun, up to two agreeing adjectives
 * (plural or dual endings), then «اثنين»: two of the noun, the whole phrase the answer.
 */
function nounThenTwo(text: string, tokens: Token[], i: number): QuantityMatch | null {
	const t = tokens[i];
	if (!t || !/(ين|ان)$/.test(t.key)) return null;
	const unit = unitOf(t.key) ?? dualUnit(t.key);
	if (!unit) return null;
	for (let k = i + 1; k <= i + 3; k++) {
		const w = tokens[k];
		if (!w || /[،,.:؛]/.test(text.slice(tokens[k - 1]?.end ?? 0, w.start))) return null;
		if (TWO_AFTER.test(w.key)) {
			return {
				quantity: { value: 2, qualifier: 'exact', unit, text: text.slice(t.start, w.end) },
				start: t.start,
				end: w.end,
				from: i,
				to: k + 1,
				unitFrom: i,
				unitTo: i + 1
			};
		}
		if (!/(يين|يان|ين|ان)$/.test(w.key)) return null;
	}
	return null;
}

/** A meeting's ordinal from the second up: «الثامن», «العشرين» («الحادي» only before «عشر», below). */
function countingOrdinal(key: string): number | undefined {
	if (key === 'الاول' || key === 'الحادي') return undefined;
	return key === 'العشرين' ? 20 : ORDINAL_WORDS[key];
}
/** A meeting noun of a pair or a body: «الاجتماع», «اجتماعهما», «لقاء» (not «القمة», whose ordinal
 * names a series: «القمة الثانية للمجموعة السياسية الأوروبية»). */
const COUNTED_MEETING = /^(?:ال)?(?:اجتماع|لقاء)(?:ه|ها|هم|هما)?$/;

/**
 * «الاجتماع الثامن للجنة», «خلال اجتماعهما الحادي عشر», «في لقاء هو السادس من نوعه»: the ordinal of a
 * meeting counts the meetings held so far (from the second on; «الأول» starts no count). The answer
 * is the ordinal itself.
 */
function meetingOrdinal(text: string, tokens: Token[], i: number): QuantityMatch | null {
	const t = tokens[i];
	if (!t || !COUNTED_MEETING.test(t.key.replace(/^[وفب]/, ''))) return null;
	let k = i + 1;
	if (/^(هو|وهو)$/.test(tokens[k]?.key ?? '')) k++;
	const o = tokens[k];
	if (!o) return null;
	// «الحادي عشر», «الثالث عشر»: a teen ordinal; «الحادي» alone counts nothing.
	const teen = tokens[k + 1]?.key === 'عشر';
	const unitValue = o.key === 'الحادي' ? (teen ? 1 : undefined) : countingOrdinal(o.key);
	if (unitValue === undefined) return null;
	const value = teen && unitValue < 10 ? unitValue + 10 : unitValue;
	const last = teen && unitValue < 10 ? (tokens[k + 1] ?? o) : o;
	const to = teen && unitValue < 10 ? k + 2 : k + 1;
	return {
		quantity: { value, qualifier: 'exact', unit: 'meeting', text: text.slice(o.start, last.end) },
		start: o.start,
		end: last.end,
		from: i,
		to,
		unitFrom: i,
		unitTo: i + 1
	};
}

/** Finds quantities, skipping tokens inside `blocked` ranges (dates found earlier). */
export function findQuantities(
	text: string,
	tokens: Token[],
	blocked: { from: number; to: number }[] = [],
	nationality: (k: number) => boolean = () => false
): QuantityMatch[] {
	const out: QuantityMatch[] = [];
	const isBlocked = (k: number): boolean => blocked.some((b) => k >= b.from && k < b.to);
	let i = 0;
	while (i < tokens.length) {
		const m = isBlocked(i)
			? null
			: (nounThenTwo(text, tokens, i) ??
				definiteCount(text, tokens, i) ??
				meetingOrdinal(text, tokens, i) ??
				quantityAt(text, tokens, i, isBlocked, nationality) ??
				impliedAt(text, tokens, i) ??
				harmedSubject(text, tokens, i, nationality));
		if (m) {
			const whole = withFraction(text, tokens, m);
			out.push(whole);
			i = whole.to;
			continue;
		}
		i++;
	}
	return out;
}

/** The high end of a range after its low end, token k being the joiner: «و5», «و 5», «إلى 20 ألفاً». */
function rangeEnd(tokens: Token[], k: number): { read: NumberRead; to: number } | null {
	const joiner = tokens[k];
	if (!joiner) return null;
	if (/^و\d/.test(joiner.key)) {
		// «و30 ألف»: the conjunction is glued to the digits; the multiplier may follow.
		const rest = [{ ...joiner, key: joiner.key.slice(1) }, ...tokens.slice(k + 1, k + 3)];
		const read = readNumber(rest, 0);
		return read ? { read, to: k + read.to } : null;
	}
	if (!/^(الي|و|حتي)$/.test(joiner.key)) return null;
	const read = readNumber(tokens, k + 1);
	return read ? { read, to: read.to } : null;
}

function quantityAt(
	text: string,
	tokens: Token[],
	i: number,
	isBlocked: (k: number) => boolean,
	nationality: (k: number) => boolean
): QuantityMatch | null {
	const first = readNumber(tokens, i);
	if (!first) return null;
	const reads: NumberRead[] = [first];
	let max: number | undefined;
	let k = first.to;
	// «10 أو 15 أو 20», «بين 3 و5»
	while (tokens[k]?.key === 'او' && !isBlocked(k + 1)) {
		const alt = readNumber(tokens, k + 1);
		if (!alt) break;
		reads.push(alt);
		k = alt.to;
	}
	const prevKey = tokens[i - 1]?.key;
	let low = first.value;
	if (reads.length === 1 && !first.vague && (prevKey === 'من' || prevKey === 'بين')) {
		const high = rangeEnd(tokens, k);
		if (high) {
			// «بين 25 و30 ألف شخص»: the multiplier written once after the high end scales both.
			const m = high.read.multiplier;
			const scaled = m && !first.multiplier ? first.value * m : first.value;
			if (high.read.value > scaled) low = scaled;
			if (high.read.value > low) {
				max = high.read.value;
				k = high.to;
			}
		}
	}
	const last = tokens[k - 1];
	let unit: string | null = null;
	const unitFrom = k;
	let unitTo = k;
	let textEnd: number | undefined;
	const next = tokens[k];
	const sign = last ? /^\s?[%٪]/.exec(text.slice(last.end)) : null;
	if (sign && last) {
		// «20%», «20 ٪»: the sign is no token, so the unit ends the number.
		unit = 'percent';
		textEnd = last.end + sign[0].length;
	} else if (next?.key === 'في' && /^(الميه|المايه)$/.test(tokens[k + 1]?.key ?? '')) {
		// «20 في المئة»
		unit = 'percent';
		unitTo = k + 2;
	} else if (next) {
		unit = unitOf(next.key);
		if (unit) unitTo = k + 1;
		// «50 من جنودها»: the counted noun after «من».
		const after = tokens[k + 1];
		if (
			!unit &&
			next.key === 'من' &&
			after &&
			/^(ال)?[\u0621-\u064a]+(ها|هم|هما|نا|ه)?$/.test(after.key)
		) {
			unit = unitOf(after.key);
			if (unit) unitTo = k + 2;
		}
	}
	// «بمساحتي 86600 و29800 كيلومتر مربع»: two numbers joined by «و» share the unit after the second.
	if (!unit && next && /^و\d/.test(next.key) && !first.vague) {
		const second = readNumber(
			[{ ...next, key: next.key.slice(1) }, ...tokens.slice(k + 1, k + 3)],
			0
		);
		const noun = second ? tokens[k + second.to] : undefined;
		const shared = noun ? unitOf(noun.key) : null;
		const square = /^مربع[اه]?$/.test(tokens[k + (second?.to ?? 0) + 1]?.key ?? '');
		if (shared && shared !== 'percent') unit = square && shared === 'km' ? 'square-km' : shared;
	}
	// «29 ألفاً و800 كيلومتر مربع»: an area, not a distance.
	if ((unit === 'km' || unit === 'm') && /^مربع[اه]?$/.test(tokens[unitTo]?.key ?? '')) {
		unit = unit === 'km' ? 'square-km' : 'square-m';
		if (unitTo > k) unitTo++;
	}
	// «100 ألف أرمني»: a nationality noun is the counted unit (people).
	if (!unit && next && nationality(k)) {
		unit = 'person';
		unitTo = k + 1;
	}
	// A vague «آلاف» needs a counted noun or a following genitive to be a quantity.
	if (first.vague && !unit && !/^ال/.test(next?.key ?? '')) return null;
	// A bare year-like number with no unit is a date, handled elsewhere.
	if (
		!unit &&
		first.digits &&
		first.value >= 1900 &&
		first.value <= 2100 &&
		Number.isInteger(first.value)
	)
		return null;
	let qualifier: Qualifier = first.vague ?? 'exact';
	let from = i;
	const before = qualifierBefore(tokens, i);
	if (before && !first.vague) {
		qualifier = before.qualifier;
		from = before.from;
	}
	let to = unitTo;
	// «135 جنديا أرمينيا على الأقل»: the qualifier binds across the unit's nationality adjective.
	const after =
		qualifierAfter(tokens, unitTo) ??
		(nationality(unitTo) ? qualifierAfter(tokens, unitTo + 1) : null);
	if (after && qualifier === 'exact') {
		qualifier = after.qualifier;
		to = after.to;
	}
	// «و135», «بـ90»: what is glued before the digits (a tatweel included) is not the number.
	// Arabic-Indic digits are no \d: «و٢٩٨٠٠» keeps its digits in the answer.
	const glued = /^[وفب]\d/.test(tokens[i]?.key ?? '')
		? (/^[^\d\u0660-\u0669\u06f0-\u06f9]+/.exec(tokens[i]?.text ?? '')?.[0].length ?? 0)
		: 0;
	const start = (tokens[i]?.start ?? 0) + glued;
	const end = last?.end ?? start;
	const quantity: Quantity = {
		value: low,
		qualifier,
		unit,
		text: text.slice(start, textEnd ?? (tokens[unitTo - 1] ?? last)?.end ?? end)
	};
	if (max !== undefined) quantity.max = max;
	if (reads.length > 1) quantity.alternatives = reads.map((r) => r.value);
	return { quantity, start, end, from, to, unitFrom, unitTo };
}
