// Merges drafts that state the same fact (same kind, subject and value) into one fact with all their
// evidence, unless their sentences contradict each other about the event (another toll, other parties,
// another place: see facts/accounts.ts), gives each a stable hash id, and links facts that disagree
// about the same subject.
import type { Draft } from './facts/draft';
import { datesCompatible } from './date-values';
import { fnv1a } from './hash';
import type { Evidence, Fact, FactKind, FactValue } from './types';
import { accountDetail, accountKey, accountsAgree, type Account } from './facts/accounts';

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
	if (a.value.type === 'date' && b.value.type === 'date')
		return !datesCompatible(a.value.date, b.value.date);
	if (a.value.type === 'quantity' && b.value.type === 'quantity') {
		const x = a.value.quantity;
		const y = b.value.quantity;
		// «لمدة تصل إلى 20 عامًا» and «10 أو 15 أو 20 عامًا» are ranges of the same offer, not a dispute.
		if (x.alternatives || y.alternatives || x.qualifier === 'up-to' || y.qualifier === 'up-to')
			return false;
	}
	return true;
}

/** One fact being gathered: the reports that agree with each other about their event. */
interface Entry {
	fact: Fact;
	subjectKey: string;
	valueKey: string;
	/** Where its first report stands among the drafts (its subject and value are that report's). */
	first: number;
	seen: Set<string>;
	/** The distinct accounts of its reports (at most MAX_ACCOUNTS are compared). */
	accounts: Map<string, Account>;
	/** Holds reports that fit more than one of the other entries: none of them claims them. */
	unattributed?: boolean;
}

/** A report joins a fact when it agrees with this many of the fact's distinct accounts. */
const MAX_ACCOUNTS = 8;
/** And it is compared with this many facts of the same subject and value before it starts its own. */
const MAX_SPLITS = 16;

function agreesWith(entry: Entry, account: Account | undefined): boolean {
	if (!account || entry.unattributed) return !entry.unattributed;
	let n = 0;
	for (const other of entry.accounts.values()) {
		if (n++ === MAX_ACCOUNTS) break;
		if (!accountsAgree(account, other)) return false;
	}
	return true;
}

/**
 * Drafts with the same kind, subject and value, split into the facts of events their sentences do
 * not contradict each other about («12 قتيلاً» and «40 قتيلاً» in the same month are not one clash).
 * The reports that say most about their event go first; one that fits several of the facts made is
 * claimed by none of them. The fact that starts earliest in the corpus keeps the plain id.
 */
function splitByAccount(
	drafts: readonly { d: Draft; i: number }[],
	metonymic: Set<Evidence>
): Entry[] {
	const ordered = [...drafts].sort(
		(a, b) => accountDetail(b.d.account) - accountDetail(a.d.account) || a.i - b.i
	);
	const entries: Entry[] = [];
	let unattributed: Entry | null = null;
	const start = (d: Draft, i: number, flag = false): Entry => {
		const entry: Entry = {
			fact: { id: '', kind: d.kind, subject: d.subject, value: d.value, evidence: [] },
			subjectKey: d.subjectKey,
			valueKey: d.valueKey,
			first: i,
			seen: new Set(),
			accounts: new Map(),
			...(flag ? { unattributed: true } : {})
		};
		entries.push(entry);
		return entry;
	};
	for (const { d, i } of ordered) {
		const fits = entries.slice(0, MAX_SPLITS).filter((e) => agreesWith(e, d.account));
		const entry =
			fits.length === 1
				? (fits[0] as Entry)
				: fits.length === 0
					? start(d, i)
					: (unattributed ??= start(d, i, true));
		// A side named through its capital («اتفقت باكو ويريفان») never gives the fact its written
		// form while a report names the side outright.
		const plainer = viaMetonym(entry.fact.value) && !viaMetonym(d.value);
		if (i < entry.first && (plainer || !viaMetonym(d.value) || viaMetonym(entry.fact.value))) {
			entry.first = i;
			entry.fact.subject = d.subject;
			entry.fact.value = d.value;
		} else if (plainer) entry.fact.value = d.value;
		if (viaMetonym(d.value)) metonymic.add(d.evidence);
		const evKey = `${d.evidence.article}#${d.evidence.sentence}#${d.evidence.span[0]}#${d.evidence.span[1]}`;
		if (!entry.seen.has(evKey)) {
			entry.seen.add(evKey);
			entry.fact.evidence.push(d.evidence);
		}
		const aKey = accountKey(d.account);
		if (d.account && accountDetail(d.account) > 0 && !entry.accounts.has(aKey))
			entry.accounts.set(aKey, d.account);
	}
	entries.sort((a, b) => a.first - b.first);
	entries.forEach((e, n) => {
		e.fact.id = factId(e.fact.kind, e.subjectKey, n === 0 ? e.valueKey : `${e.valueKey}\u0000${n}`);
	});
	return entries;
}

/** A value written as a capital speaking for its side, not as the side's own name. */
function viaMetonym(v: FactValue): boolean {
	return v.type === 'entity' && v.entity.via !== undefined;
}

export function mergeDrafts(drafts: Draft[]): Fact[] {
	// The reports that name their value only through a capital («اتفقت باكو ويريفان»).
	const metonymic = new Set<Evidence>();
	const byId = new Map<string, { d: Draft; i: number }[]>();
	drafts.forEach((d, i) => {
		const id = factId(d.kind, d.subjectKey, d.valueKey);
		const group = byId.get(id);
		if (group) group.push({ d, i });
		else byId.set(id, [{ d, i }]);
	});
	const entries = [...byId.values()].flatMap((group) => splitByAccount(group, metonymic));
	// Evidence that names the value only through a capital comes after evidence naming it outright.
	const byKind = (a: Evidence, b: Evidence): number =>
		Number(metonymic.has(a)) - Number(metonymic.has(b)) || compareEvidence(a, b);
	for (const e of entries) e.fact.evidence.sort(metonymic.size ? byKind : compareEvidence);
	const bySubject = new Map<string, Entry[]>();
	for (const entry of entries) {
		if (!SINGLE_VALUED.has(entry.fact.kind)) continue;
		const key = `${entry.fact.kind}\u0000${entry.subjectKey}`;
		const group = bySubject.get(key);
		if (group) group.push(entry);
		else bySubject.set(key, [entry]);
	}
	for (const [key, group] of bySubject) {
		if (group.length < 2) continue;
		// Facts are compared with a bounded window of their group so a subject stated thousands of times
		// stays linear; the group key lets a reader find all of them.
		const conflictGroup = `c-${fnv1a(key)}`;
		const sample = group.slice(0, MAX_CONFLICTS + 1);
		for (const entry of group) {
			const fact = entry.fact;
			// Reports of one value split by what else they say are other events, not another value.
			const others = sample
				.filter((o) => o !== entry && o.valueKey !== entry.valueKey && disagree(fact, o.fact))
				.map((o) => o.fact.id)
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
