// Lookups over the fact base, built once per fact list: facts by kind and by the sentences that
// state them, in the list's own order. Question rules ask "which facts of this kind / in this
// sentence …" for every fact; scanning the whole list each time made generation grow with the
// square of the corpus.
import type { Evidence, Fact, FactKind } from '../pipeline/types';

interface FactIndex {
	position: Map<Fact, number>;
	byKind: Map<FactKind, Fact[]>;
	bySentence: Map<string, Fact[]>;
}


/** Appends `value` to the list `key` holds in `map`, starting the list when there is none. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

function sentenceKey(e: Evidence): string {
	return `${e.article}#${e.sentence}`;
}

const indexOf = oncePerFacts((facts): FactIndex => {
	const index: FactIndex = { position: new Map(), byKind: new Map(), bySentence: new Map() };
	facts.forEach((f, i) => {
		index.position.set(f, i);
		pushTo(index.byKind, f.kind, f);
		for (const key of new Set(f.evidence.map(sentenceKey))) pushTo(index.bySentence, key, f);
	});
	return index;
});

/** The facts of one kind, in list order. */
export function factsOfKind(facts: readonly Fact[], kind: FactKind): readonly Fact[] {
	return indexOf(facts).byKind.get(kind) ?? [];
}

/** The facts of a kind that some sentence of `evidence` states, each once, in list order. */
export function factsInSentences(
	facts: readonly Fact[],
	evidence: readonly Evidence[],
	kind?: FactKind
): Fact[] {
	const index = indexOf(facts);
	const found = new Set<Fact>();
	for (const e of evidence) {
		for (const f of index.bySentence.get(sentenceKey(e)) ?? []) if (!kind || f.kind === kind) found.add(f);
	}
	return [...found].sort((a, b) => (index.position.get(a) ?? 0) - (index.position.get(b) ?? 0));
}

/** Work out a value once per object (a corpus, a list of dates), kept as long as the object lives. */
export function oncePer<K extends object, T>(compute: (key: K) => T): (key: K) => T {
	const cache = new WeakMap<K, T>();
	return (key) => {
		if (cache.has(key)) return cache.get(key) as T;
		const value = compute(key);
		cache.set(key, value);
		return value;
	};
}

/** Work out a value once per fact list (corpus-wide tallies every question reads). */
export function oncePerFacts<T>(compute: (facts: readonly Fact[]) => T): (facts: readonly Fact[]) => T {
	return oncePer(compute);
}
