// Sentence splitting with offsets into the original text: a line break always ends a sentence,
// and full stops inside quotations, numbers or a name broken by a stray stop («أولاف. شولتز») do not.
import { normalizeArabic } from './normalize';

export interface Span {
	start: number;
	end: number;
}

/** Decides whether a full stop between two words is a stray one inside a person's name. */
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
		if (
			ch === '.' &&
			j === i &&
			isNameBreak(lastWord(line, i), firstWord(line.slice(j + 1, j + 60)))
		) {
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

/** Builds the stray-stop test from known first names and full person names (normalised). */
export function nameBreakTest(firstNames: Set<string>, personNames: Set<string>): NameBreakTest {
	return (before, after) => {
		if (!before || !after) return false;
		const b = normalizeArabic(before);
		const a = normalizeArabic(after);
		if (b.length === 1) return true;
		if (firstNames.has(b)) return true;
		return personNames.has(`${b} ${a}`);
	};
}
