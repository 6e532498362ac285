// Deterministic randomness: every choice that looks random is seeded from a stable string
// (the question id), so rebuilding the bank gives byte-identical output.
import { fnv1a } from '../pipeline/hash';

export function stableHash(text: string): string {
	return fnv1a(text);
}

/** mulberry32 over a 32-bit seed taken from the text. */
export function seededRandom(seedText: string): () => number {
	let state = parseInt(fnv1a(seedText), 16) >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Fisher–Yates with a seeded generator; returns a new array. */
export function seededShuffle<T>(items: readonly T[], seedText: string): T[] {
	const out = [...items];
	const random = seededRandom(seedText);
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j] as T, out[i] as T];
	}
	return out;
}

/** A question id from what it asks, never from its position: kind, template and fact id(s). */
export function questionId(kind: string, template: string, factIds: readonly string[]): string {
	return `${kind}-${fnv1a([kind, template, ...factIds].join('|'))}`;
}
