// Sentence splitting with offsets into the original text: a line break always ends a sentence,
// and full stops inside quotations, numbers, a name broken by a stray stop («أولاف. شولتز») or before
// an appositive that describes the place just named («في ستيباناكيرت. أكبر مدينة في …») do not.
import { normalizeArabic, procliticReadings } from './normalize';

export interface Span {
	start: number;
	end: number;
}

/**
 * Decides whether a full stop is a stray one: `before` is the word before it, `after` the text after it
 * (a few words, up to the line's end).
 */
export type NameBreakTest = (before: string, after: string) => boolean;

const OPENERS: Record<string, string> = { '“': '”', '«': '»', '„': '”', '‹': '›' };
const TERMINATORS = new Set(['.', '!', '?', '؟', '…']);
const QUOTE_MARKS = /[“«„‹"”»›]/g;
const STOPS = /[.!?؟…]/g;

/** Character ranges of the quotations of one line; an unclosed quotation protects nothing. */
export function quoteRanges(line: string): Span[] {
	const ranges: Span[] = [];
	let open: { at: number; closer: string } | null = null;
	// Jumps from quotation mark to quotation mark: only they change the state.
	for (const match of line.matchAll(QUOTE_MARKS)) {
		const i = match.index ?? 0;
		const ch = match[0];
		if (open) {
			if (
				ch === open.closer ||
				(open.closer === '"' && ch === '”') ||
				(open.closer === '”' && ch === '"')
			) {
				ranges.push({ start: open.at, end: i + 1 });
				open = null;
			}
			continue;
		}
		const closer = OPENERS[ch];
		if (closer) open = { at: i, closer };
		else if (ch === '"' || ch === '”') open = { at: i, closer: ch };
	}
	return ranges;
}

/** The letters just before `end` (scanned backwards: a regex anchored at $ would rescan the line). */
function lastWord(text: string, end: number): string {
	let start = end;
	while (start > 0 && /[\p{L}\p{M}]/u.test(text[start - 1] ?? '')) start--;
	return text.slice(start, end);
}

function firstWord(text: string): string {
	const m = /^\s*([\p{L}\p{M}]+)/u.exec(text);
	return m?.[1] ?? '';
}

/** True when the fragment has no letter or digit (". ." and the like). */
export function isPunctuationOnly(text: string): boolean {
	return !/[\p{L}\p{N}]/u.test(text);
}

/**
 * Splits one line (given by its offsets in `raw`) into trimmed sentence spans.
 * Stops are . ! ? ؟ … followed by a space or the line's end.
 */
export function splitLine(
	raw: string,
	lineStart: number,
	lineEnd: number,
	isNameBreak: NameBreakTest
): Span[] {
	const line = raw.slice(lineStart, lineEnd);
	const quotes = quoteRanges(line);
	const inQuote = (i: number): boolean => quotes.some((q) => i > q.start && i < q.end - 1);
	const cuts: number[] = [];
	STOPS.lastIndex = 0;
	for (let found = STOPS.exec(line); found; found = STOPS.exec(line)) {
		const i = found.index;
		const ch = found[0];
		let j = i;
		while (j + 1 < line.length && TERMINATORS.has(line[j + 1] ?? '')) j++;
		const next = line[j + 1];
		if (next !== undefined && !/\s/.test(next)) {
			STOPS.lastIndex = j + 1;
			continue;
		}
		if (inQuote(i)) {
			STOPS.lastIndex = j + 1;
			continue;
		}
		if (ch === '.' && j === i && isNameBreak(lastWord(line, i), line.slice(j + 1, j + AFTER))) {
			continue;
		}
		cuts.push(j + 1);
		STOPS.lastIndex = j + 1;
	}
	const spans: Span[] = [];
	let from = 0;
	for (const cut of capLength(line, [...cuts, line.length])) {
		const piece = line.slice(from, cut);
		const lead = piece.length - piece.trimStart().length;
		const trimmed = piece.trim();
		if (trimmed && !isPunctuationOnly(trimmed)) {
			const start = lineStart + from + lead;
			spans.push({ start, end: start + trimmed.length });
		}
		from = cut;
	}
	return spans;
}

/** Text without stops (a pasted table, a 5 MB line) is cut at a space every MAX_SENTENCE characters. */
export const MAX_SENTENCE = 2000;

function capLength(line: string, cuts: number[]): number[] {
	const out: number[] = [];
	let from = 0;
	for (const cut of cuts) {
		while (cut - from > MAX_SENTENCE) {
			const space = line.lastIndexOf(' ', from + MAX_SENTENCE);
			const at = space > from ? space : from + MAX_SENTENCE;
			out.push(at);
			from = at;
		}
		out.push(cut);
		from = cut;
	}
	return out;
}

/** How much text after a full stop the stray-stop test reads. */
const AFTER = 120;

/** Elatives that head an appositive describing a place («أكبر مدينة», «ثاني أكبر ميناء»), normalised. */
const ELATIVES = new Set([
	'اكبر',
	'اقدم',
	'اهم',
	'اصغر',
	'اغني',
	'اكثر',
	'اطول',
	'اعلي',
	'ابرز',
	'اشهر'
]);
const ORDINALS = new Set(['ثاني', 'ثالث', 'رابع', 'خامس']);
/** Nouns that head such an appositive by themselves («عاصمة إقليم …», «كبرى مدن …»). */
const HEADS = new Set(['عاصمه', 'كبري']);
/** At most this many words from the head to the comma or bracket that closes the appositive. */
const APPOSITIVE_WORDS = 7;
/** Place nouns a definite appositive describes a place by («المعبر الوحيد الذي …»), without «ال». */
const PLACE_NOUNS = new Set([
	'معبر',
	'ممر',
	'طريق',
	'منفذ',
	'شريان',
	'جسر',
	'مدينه',
	'ميناء',
	'مطار',
	'منطقه',
	'اقليم',
	'بلده',
	'قريه'
]);
/** «الوحيد», «الأكبر», «الرئيسي»: what singles the place out, normalised. */
const SINGLING = new Set(['الوحيد', 'الوحيده', 'الاكبر', 'الاقدم', 'الاهم', 'الرييسي', 'الرييسيه']);

/**
 * The words of a verbless appositive at the start of `after`, and the first word after it; null
 * when `after` opens otherwise. Either an elative or «عاصمة» heading a phrase a comma or a bracket
 * closes («أكبر مدينة في ناغورنو كاراباخ ،»: «أكبر مدينة في أذربيجان هي باكو.» is a sentence of its
 * own, with no comma after its subject), or a definite place noun singled out and described by a
 * relative clause («المعبر الوحيد الذي يربط أرمينيا بناغورنو كاراباخ …»).
 */
export function appositiveOpening(after: string): { words: string[]; next: string } | null {
	const lead = normalizeArabic(after)
		.split(/[^\p{L}\p{M}]+/u)
		.filter(Boolean)
		.slice(0, 3);
	const [place, only, pronoun] = lead;
	if (
		place?.startsWith('ال') &&
		PLACE_NOUNS.has(place.slice(2)) &&
		SINGLING.has(only ?? '') &&
		(pronoun === 'الذي' || pronoun === 'التي')
	)
		return { words: lead, next: '' };
	const m = /^\s*([^،,()."“”«»:؛;!?؟…]*)[،,(]\s*([\p{L}\p{M}]*)/u.exec(after);
	if (!m) return null;
	const words = normalizeArabic(m[1] ?? '')
		.split(/\s+/)
		.filter(Boolean);
	if (words.length < 2 || words.length > APPOSITIVE_WORDS) return null;
	const k = ORDINALS.has(words[0] ?? '') ? 1 : 0;
	const head = words[k] ?? '';
	const noun = words[k + 1] ?? '';
	const elative = ELATIVES.has(head) && !noun.startsWith('ال');
	if (!elative && !(k === 0 && HEADS.has(head))) return null;
	return { words, next: normalizeArabic(m[2] ?? '') };
}

/**
 * Builds the stray-stop test from known first names and full person names (normalised), and from the
 * first and last words of place names: a stop right after a place, before an appositive that
 * describes it, is stray («… في ستيباناكيرت. أكبر مدينة في ناغورنو كاراباخ ، تتطلب …»), unless a
 * place's name follows the appositive («عاصمة أذربيجان، باكو، …» names a subject of its own).
 */
export function nameBreakTest(
	firstNames: Set<string>,
	personNames: Set<string>,
	placeWords: { first: Set<string>; last: Set<string> } = { first: new Set(), last: new Set() }
): NameBreakTest {
	return (before, after) => {
		const next = firstWord(after);
		if (!before || !next) return false;
		const b = normalizeArabic(before);
		const a = normalizeArabic(next);
		if (b.length === 1) return true;
		if (firstNames.has(b)) return true;
		if (personNames.has(`${b} ${a}`)) return true;
		if (!procliticReadings(b).some((r) => placeWords.last.has(r.key))) return false;
		const appositive = appositiveOpening(after);
		return !!appositive && !placeWords.first.has(appositive.next);
	};
}
