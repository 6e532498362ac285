// Finds lexicon entities in a sentence: longest spelling first, whole token before proclitic-stripped
// readings («باكو» stays Baku, «بواشنطن» is Washington), and country adjectives («الروسية» → Russia).
import { entityRef, type LexiconIndex } from './lexicon';
import { procliticReadings } from './normalize';
import { writtenOffset, type Token } from './tokens';
import type { EntityRef, LexiconEntry } from './types';

export interface Mention {
	entry: LexiconEntry;
	ref: EntityRef;
	/** Character range in the sentence, proclitics excluded. */
	start: number;
	end: number;
	/** Token range [first, last + 1). */
	from: number;
	to: number;
	/** True for an adjective («الروسي»), which names the country only as an attribute. */
	adjective: boolean;
}

export function findMentions(text: string, tokens: Token[], index: LexiconIndex): Mention[] {
	const mentions: Mention[] = [];
	let i = 0;
	while (i < tokens.length) {
		const capital = capitalAt(text, tokens, i, index);
		const found = capital ?? matchAt(text, tokens, i, index);
		if (found) {
			mentions.push(found);
			i = found.to;
		} else i++;
	}
	return mentions;
}

const CAPITAL_WORD = /^(?:[وف]?[بل]?ال|[وف]?ب?)?عاصمه$/;

/**
 * «العاصمة الأمريكية» names Washington: the capital word and a country's adjective, when no city's
 * name follows («العاصمة الكازاخية أستانا» is read as Astana itself, with the adjective before it).
 */
function capitalAt(text: string, tokens: Token[], i: number, index: LexiconIndex): Mention | null {
	const word = tokens[i];
	const adjToken = tokens[i + 1];
	if (!word || !adjToken || !CAPITAL_WORD.test(word.key)) return null;
	if (!/^\s+$/.test(text.slice(word.end, adjToken.start))) return null;
	const country = procliticReadings(adjToken.key)
		.map((r) => index.adjectives.get(r.key))
		.find((e) => e !== undefined);
	const capital = country?.capital ? index.byId.get(country.capital) : undefined;
	if (!country || country.type !== 'country' || !capital) return null;
	const next = tokens[i + 2];
	if (next && matchAt(text, tokens, i + 2, index)?.entry.type === 'city') return null;
	const dropped = word.text.length - word.text.replace(/^[وفبل]+(?=ال)/u, '').length;
	return build(text, word, adjToken, i, i + 2, capital, dropped, false);
}

function matchAt(text: string, tokens: Token[], i: number, index: LexiconIndex): Mention | null {
	const first = tokens[i];
	if (!first) return null;
	const readings = procliticReadings(first.key);
	for (const reading of readings) {
		for (const len of index.lengthsByFirst.get(reading.key) ?? []) {
			if (i + len > tokens.length) continue;
			const last = tokens[i + len - 1];
			if (!last) continue;
			// A name never runs across punctuation other than a hyphen or a stray full stop.
			if (len > 1 && !sameRun(text, tokens, i, i + len - 1)) continue;
			const rest = tokens.slice(i + 1, i + len).map((t) => t.key);
			const key = [reading.key, ...rest].join(' ');
			const entry = index.names.get(key);
			if (entry) return build(text, first, last, i, i + len, entry, reading.dropped, false);
		}
	}
	for (const reading of readings) {
		const entry = index.adjectives.get(reading.key);
		if (entry) return build(text, first, first, i, i + 1, entry, reading.dropped, true);
	}
	return null;
}

function sameRun(text: string, tokens: Token[], from: number, to: number): boolean {
	for (let k = from; k < to; k++) {
		const a = tokens[k];
		const b = tokens[k + 1];
		if (!a || !b) return false;
		if (!/^(\s*|\s*[-–]\s*|\.\s+)$/.test(text.slice(a.end, b.start))) return false;
	}
	return true;
}

function build(
	text: string,
	first: Token,
	last: Token,
	from: number,
	to: number,
	entry: LexiconEntry,
	dropped: number,
	adjective: boolean
): Mention {
	const start = first.start + writtenOffset(first.text, dropped);
	const written = text.slice(start, last.end);
	return { entry, ref: entityRef(entry, written), start, end: last.end, from, to, adjective };
}
