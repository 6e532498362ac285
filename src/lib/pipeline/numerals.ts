// Arabic numerals as words and digits: the shared reader behind quantities and dates.
import { normalizeArabic } from './normalize';
import { memoize } from './memo';
import type { Token } from './tokens';

/** Tables are written as Arabic is spelled; lookups use normalised keys («مئة» → «ميه»). */
function normalizedKeys<T>(table: Record<string, T>): Record<string, T> {
	return Object.fromEntries(Object.entries(table).map(([k, v]) => [normalizeArabic(k), v]));
}

/** Normalised number words (no «ال»). */
const UNITS: Record<string, number> = normalizedKeys({
	واحد: 1,
	واحده: 1,
	اثنان: 2,
	اثنين: 2,
	اثنتان: 2,
	اثنتين: 2,
	اثنا: 2,
	اثني: 2,
	ثلاث: 3,
	ثلاثه: 3,
	اربع: 4,
	اربعه: 4,
	خمس: 5,
	خمسه: 5,
	ست: 6,
	سته: 6,
	سبع: 7,
	سبعه: 7,
	ثماني: 8,
	ثمانيه: 8,
	ثمان: 8,
	تسع: 9,
	تسعه: 9,
	عشر: 10,
	عشره: 10
});
const TEEN_HEADS: Record<string, number> = { احد: 1, احدي: 1, ...UNITS };
const TENS: Record<string, number> = normalizedKeys({
	عشرون: 20,
	عشرين: 20,
	ثلاثون: 30,
	ثلاثين: 30,
	اربعون: 40,
	اربعين: 40,
	خمسون: 50,
	خمسين: 50,
	ستون: 60,
	ستين: 60,
	سبعون: 70,
	سبعين: 70,
	ثمانون: 80,
	ثمانين: 80,
	تسعون: 90,
	تسعين: 90
});
const HUNDREDS: Record<string, number> = normalizedKeys({
	مئة: 100,
	مائة: 100,
	مئتان: 200,
	مئتين: 200,
	مئتي: 200,
	مائتان: 200,
	مائتين: 200,
	مائتي: 200,
	ثلاثمئه: 300,
	ثلاثمائه: 300,
	اربعمئه: 400,
	اربعمائه: 400,
	خمسمئه: 500,
	خمسمائه: 500,
	ستمئه: 600,
	ستمائه: 600,
	سبعمئه: 700,
	سبعمائه: 700,
	ثمانمئه: 800,
	ثمانمائه: 800,
	تسعمئه: 900,
	تسعمائه: 900
});
const MULTIPLIERS: Record<string, number> = normalizedKeys({
	الف: 1000,
	الفا: 1000,
	الاف: 1000,
	الفان: 2000,
	الفين: 2000,
	// The dual in construct before its noun: «ألفي جندي», «مليوني لاجئ».
	الفي: 2000,
	مليون: 1e6,
	مليونان: 2e6,
	مليونين: 2e6,
	مليوني: 2e6,
	مليونا: 1e6,
	ملايين: 1e6,
	مليار: 1e9,
	مليارا: 1e9,
	ملياران: 2e9,
	مليارين: 2e9,
	ملياري: 2e9,
	مليارات: 1e9,
	// «1.3 تريليون دولار»: money in climate and budget reports.
	تريليون: 1e12,
	تريليونا: 1e12,
	تريليونات: 1e12,
	ترليون: 1e12
});
/** Vague counts: «عشرات», «مئات», «آلاف» (also «عشرات الآلاف»). */
export const VAGUE: Record<
	string,
	{ value: number; qualifier: 'tens-of' | 'hundreds-of' | 'thousands-of' }
> = normalizedKeys({
	عشرات: { value: 10, qualifier: 'tens-of' },
	مئات: { value: 100, qualifier: 'hundreds-of' },
	الاف: { value: 1000, qualifier: 'thousands-of' },
	الوف: { value: 1000, qualifier: 'thousands-of' },
	ملايين: { value: 1e6, qualifier: 'thousands-of' }
});

export interface NumberRead {
	value: number;
	/** Token range [from, to). */
	from: number;
	to: number;
	vague?: 'tens-of' | 'hundreds-of' | 'thousands-of';
	/** True when written with digits. */
	digits: boolean;
	/** The «ألف»/«مليون» that followed the number and multiplied it, when one did. */
	multiplier?: number;
}

/** The key without one leading conjunction or preposition («وثلاثة» → «ثلاثه»). */
function bare(key: string, table: Record<string, unknown>): string | null {
	if (key in table) return key;
	const first = key[0];
	if (first !== 'و' && first !== 'ف' && first !== 'ب' && first !== 'ل') return null;
	const rest = key.slice(1);
	return rest in table ? rest : null;
}

/** Whether a key can start a number written in words (or a vague «آلاف»), read once per key. */
const numberWord = memoize((key: string): boolean =>
	[HUNDREDS, MULTIPLIERS, TENS, TEEN_HEADS, UNITS, VAGUE].some((table) => bare(key, table) !== null)
);

export function parseDigits(key: string): number | null {
	if (!/^\d/.test(key)) return null;
	if (/^\d{1,3}(,\d{3})+$/.test(key)) return Number(key.replace(/,/g, ''));
	if (/^\d+(\.\d+)?$/.test(key)) return Number(key);
	if (/^\d+,\d+$/.test(key)) return Number(key.replace(',', '.'));
	return null;
}

/** Reads a number starting at token i: digits or words, with «ألف»/«مليون» multipliers. */
export function readNumber(tokens: Token[], i: number): NumberRead | null {
	const t = tokens[i];
	if (!t) return null;
	// «و135 جنديا»: a conjunction glued to the digits of the second item of a list; «بـ90 ناقلة»: «بـ».
	let value: number | null =
		parseDigits(t.key) ?? (/^[وفب]\d/.test(t.key) ? parseDigits(t.key.slice(1)) : null);
	let to = i + 1;
	const digits = value !== null;
	if (value === null && !numberWord(t.key)) return null;
	if (value === null) {
		const words = readWords(tokens, i);
		if (words) {
			value = words.value;
			to = words.to;
		}
	}
	if (value === null) {
		const vague = VAGUE[bare(t.key, VAGUE) ?? ''];
		if (!vague) return null;
		let v = vague.value;
		let end = i + 1;
		// «عشرات الآلاف»: tens of thousands.
		const next = tokens[i + 1];
		if (next && (next.key === 'الالاف' || next.key === 'الاف')) {
			v *= 1000;
			end++;
		}
		return { value: v, from: i, to: end, vague: vague.qualifier, digits: false };
	}
	const next = tokens[to];
	const mult = next ? MULTIPLIERS[bare(next.key, MULTIPLIERS) ?? ''] : undefined;
	if (next && mult && !/^(الفان|الفين)$/.test(next.key)) {
		const multiplier = mult >= 1e6 ? mult : 1000;
		// «100 ألف و417 شخصاً»: the rest below the multiplier, joined by «و» (not a second «… ألف»).
		const rest = /^و(\d+)$/.exec(tokens[to + 1]?.key ?? '');
		const after = tokens[to + 2];
		const restValue = rest ? Number(rest[1]) : NaN;
		if (
			rest &&
			restValue < multiplier &&
			!(after && MULTIPLIERS[bare(after.key, MULTIPLIERS) ?? ''])
		)
			return { value: value * multiplier + restValue, from: i, to: to + 2, digits, multiplier };
		// «ستة وثمانين ألفاً وستمئة»: the rest in words, joined by «و» (a number written out in full).
		const words = !digits && tokens[to + 1]?.key.startsWith('و') ? readWords(tokens, to + 1) : null;
		const wordsAfter = words ? tokens[words.to] : undefined;
		if (
			words &&
			words.value < multiplier &&
			!(wordsAfter && MULTIPLIERS[bare(wordsAfter.key, MULTIPLIERS) ?? ''])
		)
			return {
				value: value * multiplier + words.value,
				from: i,
				to: words.to,
				digits,
				multiplier
			};
		return { value: value * multiplier, from: i, to: to + 1, digits, multiplier };
	}
	return { value, from: i, to, digits };
}

function readWords(tokens: Token[], i: number): { value: number; to: number } | null {
	const t = tokens[i];
	if (!t) return null;
	const key = t.key;
	const hundred = bare(key, HUNDREDS);
	if (hundred) {
		// «ثلاثمئة وخمسون», «مئة وخمسة وعشرون»: the hundreds and the rest below them, joined by «و».
		const rest = tokens[i + 1]?.key.startsWith('و') ? readWords(tokens, i + 1) : null;
		const value = HUNDREDS[hundred] ?? 0;
		if (rest && rest.value < 100) return { value: value + rest.value, to: rest.to };
		return { value, to: i + 1 };
	}
	const mult = bare(key, MULTIPLIERS);
	if (mult && !key.endsWith('الاف') && (MULTIPLIERS[mult] ?? 0) <= 2000)
		return { value: MULTIPLIERS[mult] ?? 0, to: i + 1 };
	const tens = bare(key, TENS);
	if (tens) return { value: TENS[tens] ?? 0, to: i + 1 };
	const head = bare(key, TEEN_HEADS);
	const next = tokens[i + 1];
	if (head && next && /^عشر[ه]?$/.test(next.key) && head !== 'عشر' && head !== 'عشره')
		return { value: 10 + (TEEN_HEADS[head] ?? 0), to: i + 2 };
	const unit = bare(key, UNITS);
	if (!unit) return null;
	let value = UNITS[unit] ?? 0;
	let to = i + 1;
	// «خمسة وعشرون»: unit and tens joined by و.
	if (next && next.key.startsWith('و') && next.key.slice(1) in TENS) {
		value += TENS[next.key.slice(1)] ?? 0;
		to++;
	}
	return { value, to };
}

/**
 * Definite ordinal words of the units and of ten, with their numbers («الثاني» 2, «العاشر» 10), as
 * tokens spell them; «الحادي» is the 1 of «الحادي عشر» and «الحادي والعشرين».
 */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
	الاول: 1,
	الحادي: 1,
	الثاني: 2,
	الثالث: 3,
	الرابع: 4,
	الخامس: 5,
	السادس: 6,
	السابع: 7,
	الثامن: 8,
	التاسع: 9,
	العاشر: 10
};
