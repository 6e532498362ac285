// Merges drafts that state the same fact (same kind, subject and value) into one fact with all their
// evidence, gives each a stable hash id, and links facts that disagree about the same subject.
import type { Draft } from './facts/draft';
import { fnv1a } from './hash';
import type { Evidence, Fact, FactKind } from './types';

/** Kinds where one subject has one true value, so two values disagree. */
/** At most this many conflicting ids are listed on one fact. */
export const MAX_CONFLICTS = 8;

const SINGLE_VALUED = new Set<FactKind>(['casualties', 'figure', 'date', 'place', 'role']);

export function factId(kind: string, subjectKey: string, valueKey: string): string {
	return `f-${fnv1a(`${kind}\u0000${subjectKey}\u0000${valueKey}`)}`;
}

function compareEvidence(a: Evidence, b: Evidence): number {
	return a.article < b.article
		? -1
		: a.article > b.article
			? 1
			: a.sentence - b.sentence || a.span[0] - b.span[0];
}

/** Two values disagree when no sentence states both (a list is not a contradiction) and,
 * for dates, some field both give differs («اليوم» and «اليوم الجمعة» agree). */
function disagree(a: Fact, b: Fact): boolean {
	const sentences = new Set(a.evidence.map((e) => `${e.article}#${e.sentence}`));
	if (b.evidence.some((e) => sentences.has(`${e.article}#${e.sentence}`))) return false;
	if (a.value.type === 'date' && b.value.type === 'date') {
		const x = a.value.date;
		const y = b.value.date;
		const fields = ['year', 'month', 'day', 'weekday', 'decade'] as const;
		return fields.some((f) => x[f] !== undefined && y[f] !== undefined && x[f] !== y[f]);
	}
	if (a.value.type === 'quantity' && b.value.type === 'quantity') {
		const x = a.value.quantity;
		const y = b.value.quantity;
		// «لمدة تصل إلى 20 عامًا» and «10 أو 15 أو 20 عامًا» are ranges of the same offer, not a dispute.
		if (x.alternatives || y.alternatives || x.qualifier === 'up-to' || y.qualifier === 'up-to')
			return false;
	}
	return true;
}

export function mergeDrafts(drafts: Draft[]): Fact[] {
	const byId = new Map<string, { fact: Fact; subjectKey: string; seen: Set<string> }>();
	for (const d of drafts) {
		const id = factId(d.kind, d.subjectKey, d.valueKey);
		const evKey = `${d.evidence.article}#${d.evidence.sentence}#${d.evidence.span[0]}#${d.evidence.span[1]}`;
		const found = byId.get(id);
		if (found) {
			if (!found.seen.has(evKey)) {
				found.seen.add(evKey);
				found.fact.evidence.push(d.evidence);
			}
			continue;
		}
		byId.set(id, {
			fact: { id, kind: d.kind, subject: d.subject, value: d.value, evidence: [d.evidence] },
			subjectKey: d.subjectKey,
			seen: new Set([evKey])
		});
	}
	const entries = [...byId.values()];
	for (const e of entries) e.fact.evidence.sort(compareEvidence);
	const bySubject = new Map<string, Fact[]>();
	for (const { fact, subjectKey } of entries) {
		if (!SINGLE_VALUED.has(fact.kind)) continue;
		const key = `${fact.kind}\u0000${subjectKey}`;
		const group = bySubject.get(key);
		if (group) group.push(fact);
		else bySubject.set(key, [fact]);
	}
	for (const [key, group] of bySubject) {
		if (group.length < 2) continue;
		// Facts are compared with a bounded window of their group so a subject stated thousands of times
		// stays linear; the group key lets a reader find all of them.
		const conflictGroup = `c-${fnv1a(key)}`;
		const sample = group.slice(0, MAX_CONFLICTS + 1);
		for (const fact of group) {
			const others = sample
				.filter((o) => o !== fact && disagree(fact, o))
				.map((o) => o.id)
				.sort()
				.slice(0, MAX_CONFLICTS);
			if (others.length) {
				fact.conflicts = others;
				fact.conflictGroup = conflictGroup;
			}
		}
	}
	const facts = entries.map((e) => e.fact);
	facts.sort(
		(a, b) =>
			compareEvidence(a.evidence[0]!, b.evidence[0]!) ||
			(a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0) ||
			(a.id < b.id ? -1 : 1)
	);
	return facts;
}
