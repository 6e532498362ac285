// Shared state and helpers of question generation: the context every question builder reads, option
// assembly with a seeded order, sources, prompts in both languages and the notes of dropped facts.
import type { Article, EntityRef, Evidence, Fact, FactValue, Lexicon } from '../pipeline/types';
import { entityKey, World, type Descriptor, type EventRecord, type Slot } from './events';
import type { EntityCandidate } from './distractors';
import { eventGender, eventPlural, type Gender } from './grammar';
import { tq, type Lang } from './i18n';
import { entityFromLexicon } from './render';
import { seededShuffle } from './seed';
import { difficultyOf } from './difficulty';
import type { BankQuestion, Editorial, GenerationNote, Localized } from './types';
import { isPlanned } from './tense';
import { lexiconOfficeEntities } from './offices';

/** A generated question before translations give its English highlight and the bank counts its articles. */
export type DraftQuestion = Omit<BankQuestion, 'sources' | 'confirmedBy'> & {
	sources: Evidence[];
	/** The answer's English text, to find in the translated sentence. */
	highlightEn: string | null;
};

export interface GenerateInput {
	articles: readonly Article[];
	facts: readonly Fact[];
	lexicon: Lexicon;
	editorial?: Editorial;
	/** The team's English translation of a sentence, null when there is none; a prompt the templates
	 * cannot word (a clause copied from the Arabic) may be cut from it. */
	translationOf?: (e: Evidence) => string | null;
}

export interface Context {
	facts: readonly Fact[];
	sentenceOf: (e: Evidence) => string;
	/** The team's English translation of the sentence, or null. */
	translationOf: (e: Evidence) => string | null;
	events: EventRecord[];
	eventOfFact: Map<string, EventRecord>;
	world: World;
	lexicon: Lexicon;
	corpusEntities: EntityRef[];
	agentKeys: Set<string>;
	placeKeys: Set<string>;
	genders: Record<string, Gender>;
	notes: GenerationNote[];
	/** Wrong values each specific question proved false for its event, reused by statement claims. */
	alterations: Alteration[];
}

/** A specific meeting question's event, how it was described, and the values proved false for its slot. */
export interface Alteration {
	event: EventRecord;
	descriptor: Descriptor;
	slot: Slot;
	planned: boolean;
	wrong: FactValue[];
	article: string;
}

export const both = <T>(f: (lang: Lang) => T): { ar: T; en: T } => ({ ar: f('ar'), en: f('en') });

export function evidenceKey(e: Evidence): string {
	return `${e.article}#${e.sentence}`;
}

/** Primary evidence first, then one per other sentence, in corpus order. */
export function mergeSources(primary: Evidence, others: readonly Evidence[]): Evidence[] {
	const seen = new Set([evidenceKey(primary)]);
	const rest = [...others]
		.filter((e) => {
			const k = evidenceKey(e);
			if (seen.has(k)) return false;
			seen.add(k);
			return true;
		})
		.sort((a, b) => (a.article === b.article ? a.sentence - b.sentence : a.article < b.article ? -1 : 1));
	return [primary, ...rest];
}

/**
 * A date question about one fact alone, sourced from that fact's own sentences and from those of
 * `also`: other reports of the same event with the same date.
 */
export function oneFactDateQuestion(
	fact: Fact,
	q: { id: string; template: string; prompt: Localized; right: Localized; wrong: Localized[]; close: boolean },
	also: readonly Fact[] = []
): DraftQuestion {
	return oneFactQuestion(
		fact,
		{ ...q, kind: 'date', relation: 'date', highlightEn: q.right.en, difficultyKind: 'host' },
		also
	);
}

/**
 * A question on one fact alone: its first report is the primary source, later ones back it, and the
 * difficulty comes from how close the wrong options are and how many articles tell the fact.
 */
export function oneFactQuestion(
	fact: Fact,
	q: {
		id: string;
		kind: DraftQuestion['kind'];
		relation: DraftQuestion['relation'];
		template: string;
		prompt: Localized;
		right: Localized;
		wrong: Localized[];
		close: boolean;
		highlightEn: string | null;
		difficultyKind: Parameters<typeof difficultyOf>[0]['kind'];
	},
	also: readonly Fact[] = []
): DraftQuestion {
	const sources = mergeSources(fact.evidence[0] as Evidence, [
		...fact.evidence.slice(1),
		...also.flatMap((f) => f.evidence)
	]);
	return assemble(
		{
			id: q.id,
			kind: q.kind,
			relation: q.relation,
			template: q.template,
			factId: fact.id,
			factIds: [fact.id, ...also.map((f) => f.id)],
			prompt: q.prompt,
			sources,
			highlightEn: q.highlightEn
		},
		q.right,
		q.wrong,
		difficultyOf({ close: q.close, confirmedBy: distinctArticles(sources), kind: q.difficultyKind })
	);
}

/**
 * Later reports of a question already made: gathered as they come, then merged into its sources and
 * fact ids once (merging on every report made a fact told in k articles cost k² steps).
 */
export class Confirmations {
	private readonly pending = new Map<DraftQuestion, { evidence: Evidence[]; ids: Set<string> }>();

	add(q: DraftQuestion, evidence: readonly Evidence[], factIds: readonly string[]): void {
		let p = this.pending.get(q);
		if (!p) this.pending.set(q, (p = { evidence: [], ids: new Set(q.factIds) }));
		for (const e of evidence) p.evidence.push(e);
		for (const id of factIds) p.ids.add(id);
	}

	settle(): void {
		for (const [q, p] of this.pending) {
			q.sources = mergeSources(q.sources[0] as Evidence, [...q.sources.slice(1), ...p.evidence]);
			q.factIds = [...p.ids];
		}
		this.pending.clear();
	}
}

export function collectEntities(facts: readonly Fact[]): EntityRef[] {
	const byKey = new Map<string, EntityRef>();
	const add = (e: EntityRef | undefined): void => {
		if (e && !byKey.has(entityKey(e))) byKey.set(entityKey(e), e);
	};
	for (const f of facts) {
		if (f.value.type === 'entity') add(f.value.entity);
		add(f.subject.place);
		add(f.subject.country);
		for (const p of f.subject.participants ?? []) add(p);
		for (const a of f.subject.agents ?? []) add(a.entity);
	}
	return [...byKey.values()].sort((a, b) => (entityKey(a) < entityKey(b) ? -1 : 1));
}

export function entityCandidates(ctx: Context, tierOf: (e: EntityRef) => number): EntityCandidate[] {
	const seen = new Set<string>();
	const out: EntityCandidate[] = [];
	for (const e of ctx.corpusEntities) {
		seen.add(entityKey(e));
		out.push({ entity: e, tier: tierOf(e) });
	}
	for (const entry of ctx.lexicon.entries) {
		if (seen.has(entry.id)) continue;
		out.push({ entity: entityFromLexicon(entry), tier: 2 + tierOf(entityFromLexicon(entry)) });
	}
	// The offices the lexicon's people hold, for an office named without its holder.
	for (const office of lexiconOfficeEntities(ctx.lexicon)) {
		if (seen.has(entityKey(office))) continue;
		out.push({ entity: office, tier: 2 + tierOf(office) });
	}
	return out;
}

/** Shuffles the options with a seed from the id; the answer's index follows it. */
export function assemble(
	base: Omit<DraftQuestion, 'options' | 'answer' | 'difficulty'>,
	right: Localized,
	wrong: Localized[],
	difficulty: 1 | 2 | 3
): DraftQuestion {
	const tagged = [{ o: right, right: true }, ...wrong.map((o) => ({ o, right: false }))];
	const shuffled = seededShuffle(tagged, base.id);
	return {
		...base,
		options: shuffled.map((t) => t.o),
		answer: shuffled.findIndex((t) => t.right),
		difficulty
	};
}

export function missingEnglish(ctx: Context, fact: Fact, what: string): void {
	ctx.notes.push({ kind: 'missing-english', factId: fact.id, message: `no English for ${what}` });
}

export function drop(ctx: Context, fact: Fact, message: string): null {
	ctx.notes.push({ kind: 'dropped', factId: fact.id, message });
	return null;
}

export function localizedPrompt(
	ctx: Context,
	fact: Fact,
	render: (lang: Lang) => string | null
): Localized | null {
	const ar = render('ar');
	if (ar === null) return null;
	const en = render('en');
	if (en === null) missingEnglish(ctx, fact, 'the prompt');
	return { ar, en };
}

export function heldVars(
	event: Pick<EventRecord, 'type'>,
	planned: boolean,
	lang: Lang
): Record<string, string> {
	const tense = planned ? 'future' : 'past';
	const verb = event.type === 'call' ? 'made' : 'held';
	if (lang === 'ar') return { held: tq('ar', `verb.${verb}_${tense}_${eventGender(event.type)}`) };
	return {
		aux: tq('en', `verb.aux_${tense}_${eventPlural(event.type) ? 'pl' : 'sg'}`),
		held: tq('en', `verb.${verb}_${tense}`)
	};
}

export function factPlanned(ctx: Context, fact: Fact): boolean {
	const primary = fact.evidence[0] as Evidence;
	return isPlanned(ctx.sentenceOf(primary), primary.span);
}

/** A fact of something planned: its event says so, or its sentence does. */
export function plannedFact(ctx: Context, fact: Fact): boolean {
	return fact.subject.status === 'planned' || factPlanned(ctx, fact);
}
/** A confusable neighbour: another entity of the answer's country. */
export function sameCountry(ctx: Context, a: EntityRef, b: EntityRef): boolean {
	const ca = ctx.world.country(a);
	return ca !== null && ca === ctx.world.country(b);
}

export function distinctArticles(sources: readonly Evidence[]): number {
	return new Set(sources.map((s) => s.article)).size;
}
