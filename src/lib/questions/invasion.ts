// «منذ غزوها أوكرانيا في أواخر فبراير», «غزو روسيا لأوكرانيا في 24 فبراير», «الغزو الروسي لأوكرانيا
// عام 2022»: an invasion whose aggressor and victim its own sentence names, right before its date.
// Such a war is singled out by its two sides, whatever the corpus's main conflict is: «when did Russia
// invade Ukraine?», unless another report dates a war or clashes between the same two countries with
// another value.
import type { DateValue, EntityRef, Evidence, Fact, LexiconEntry } from '../pipeline/types';
import { findMentions, type Mention } from '../pipeline/entities';
import { eventStem } from '../pipeline/facts/event-dates';
import { normalizeArabic, procliticReadings } from '../pipeline/normalize';
import { tokenize, type Token } from '../pipeline/tokens';
import type { Context } from './context';
import { datesOverlap } from './events';
import { factsOfKind, oncePer, pushTo } from './fact-index';
import { arabicGender, type Gender } from './grammar';
import { lexiconIndex, namedInSentences } from './named-nearby';
import { entityFromLexicon } from './render';

export interface Invasion {
	aggressor: EntityRef;
	victim: EntityRef;
}

/** Nouns of invading: the war word the date belongs to must be one of them. */
const INVASION_STEMS = ['غزو', 'اجتياح'];

/** Words that may stand between the victim and the date («غزوها أوكرانيا في أواخر فبراير»). */
const LINK_WORDS = new Set(['في', 'خلال', 'منذ', 'عام', 'العام', 'سنه', 'شهر', 'يوم'].map(normalizeArabic));

/**
 * Whether a token is an invasion noun, and the gender of the pronoun it carries: «غزوها» (her, so a
 * feminine country), «غزوه» (his), «الغزو» / «غزو» (none: the aggressor follows). A written «ة»
 * («غزوة», a raid) is no pronoun.
 */
function invasionNoun(token: Token): { pronoun: Gender | null } | null {
	for (const reading of procliticReadings(token.key)) {
		for (const stem of INVASION_STEMS) {
			if (!reading.key.startsWith(stem)) continue;
			const rest = reading.key.slice(stem.length);
			if (rest === '') return { pronoun: null };
			if (rest === 'ها') return { pronoun: 'f' };
			if (rest === 'ه' && !token.text.endsWith('ة')) return { pronoun: 'm' };
		}
	}
	return null;
}

/** The country a mention stands for: itself, the country of its adjective, or the side a capital speaks for. */
function countryOf(m: Mention, byId: Map<string, LexiconEntry>): LexiconEntry | null {
	if (m.entry.type === 'country') return m.entry;
	const side = m.entry.metonymFor ? byId.get(m.entry.metonymFor) : undefined;
	return side?.type === 'country' ? side : null;
}

/** What a pronoun can refer to: a mention's country when it has one, else the mention itself. */
function referentOf(m: Mention, byId: Map<string, LexiconEntry>): LexiconEntry {
	return countryOf(m, byId) ?? m.entry;
}

/** Only link words (no punctuation, at most two words) between the victim and the date. */
function adjoins(text: string, from: number, to: number): boolean {
	if (to < from) return false;
	const gap = text.slice(from, to);
	if (/[،,.؛;:!?()«»"]/.test(gap)) return false;
	const words = normalizeArabic(gap).split(/\s+/).filter(Boolean);
	return words.length <= 2 && words.every((w) => LINK_WORDS.has(w));
}

/** The invasion the date in `evidence` belongs to, when the sentence names both its sides; else null. */
export function invasionAt(ctx: Context, evidence: Evidence): Invasion | null {
	const text = ctx.sentenceOf(evidence);
	const dateStart = evidence.span[0];
	// Most war dates have no invasion noun before them: no need to read their sentence's names.
	const before = normalizeArabic(text.slice(0, dateStart));
	if (!INVASION_STEMS.some((stem) => before.includes(stem))) return null;
	const tokens = tokenize(text);
	// The war word the date belongs to: the last event word before it, as the extractor reads it.
	let at = -1;
	tokens.forEach((t, i) => {
		if (t.end <= dateStart && eventStem(t.key)) at = i;
	});
	const noun = at >= 0 ? invasionNoun(tokens[at] as Token) : null;
	if (!noun) return null;
	const index = lexiconIndex(ctx.lexicon);
	const mentions = findMentions(text, tokens, index);
	const startingAt = (i: number): Mention | undefined => mentions.find((m) => m.from === i);
	let aggressor: LexiconEntry | null = null;
	let victimMention: Mention | undefined;
	if (noun.pronoun) {
		// «منذ غزوها أوكرانيا»: the victim follows; the aggressor is the one thing named before that
		// the pronoun can stand for (same gender, not the victim), or nothing is asked.
		victimMention = startingAt(at + 1);
		if (!victimMention || victimMention.adjective || victimMention.entry.type !== 'country') return null;
		const victim = victimMention.entry;
		const referents = new Map<string, LexiconEntry>();
		for (const m of mentions) {
			if (m.to > at) break;
			const r = referentOf(m, index.byId);
			if (r.id === victim.id) continue;
			if (arabicGender(entityFromLexicon(r), ctx.genders) === noun.pronoun) referents.set(r.id, r);
		}
		const [only, ...more] = [...referents.values()];
		if (!only || more.length || only.type !== 'country') return null;
		aggressor = only;
	} else {
		// «غزو روسيا لأوكرانيا», «الغزو الروسي لأوكرانيا»: the aggressor, then the victim.
		const first = startingAt(at + 1);
		aggressor = first ? countryOf(first, index.byId) : null;
		victimMention = first ? startingAt(first.to) : undefined;
		if (!aggressor || !victimMention || victimMention.adjective || victimMention.entry.type !== 'country')
			return null;
	}
	const victim = victimMention.entry;
	if (aggressor.id === victim.id || !adjoins(text, victimMention.end, dateStart)) return null;
	return { aggressor: entityFromLexicon(aggressor), victim: entityFromLexicon(victim) };
}

function pairKey(a: string, b: string): string {
	return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/**
 * Dates of wars and clashes by the pair of countries their sentence names (any two countries it
 * names, so a rival is never missed), worked out once per generation.
 */
const conflictDatesByPair = oncePer((ctx: Context) => {
	const byId = lexiconIndex(ctx.lexicon).byId;
	const out = new Map<string, DateValue[]>();
	for (const f of factsOfKind(ctx.facts, 'date')) {
		const type = f.subject.eventType;
		if ((type !== 'war' && type !== 'clashes') || f.value.type !== 'date') continue;
		const countries = [...namedInSentences(ctx, f.evidence)].filter((id) => byId.get(id)?.type === 'country').sort();
		for (let i = 0; i < countries.length; i++)
			for (let j = i + 1; j < countries.length; j++)
				pushTo(out, pairKey(countries[i] as string, countries[j] as string), f.value.date);
	}
	return out;
});

/** Another report dating a war or clashes between the same two countries with another value, if any. */
export function rivalInvasionDate(ctx: Context, fact: Fact, invasion: Invasion): DateValue | null {
	if (fact.value.type !== 'date') return null;
	const date = fact.value.date;
	const key = pairKey(invasion.aggressor.id ?? '', invasion.victim.id ?? '');
	return conflictDatesByPair(ctx).get(key)?.find((d) => !datesOverlap(d, date)) ?? null;
}
