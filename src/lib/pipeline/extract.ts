// The pipeline's public entry: articles in, typed facts with evidence out. Deterministic: the same
// input gives the same output, fact ids and order included.
import { analyzeSentence, type SentenceInfo } from './analyze';
import { extractCasualties } from './facts/casualties';
import type { Draft } from './facts/draft';
import { evidence } from './facts/draft';
import { extractFigures } from './facts/figures';
import { extractLocations } from './facts/locations';
import { clauseDates, extractEventDates } from './facts/event-dates';
import { withTolls } from './facts/accounts';
import { extractMeetings, findMeetingCues, meetingCueKey } from './facts/meetings';
import { extractRoles } from './facts/role-facts';
import { ingestArticle } from './ingest';
import { buildLexiconIndex, type LexiconIndex } from './lexicon';
import { mergeDrafts } from './merge';
import { COMMON_FIRST_NAMES } from './names';
import { resolveOwners } from './role-owners';
import { nameBreakTest } from './sentences';
import type { Article, ExtractionResult, Lexicon, LexiconCandidate } from './types';

export { ingestArticle } from './ingest';
export { splitLine, nameBreakTest } from './sentences';
export { normalizeArabic, procliticReadings } from './normalize';
export { findMentions } from './entities';
export { findQuantities } from './numbers';
export { findDates } from './dates';
export { findRoles } from './roles';
export { buildLexiconIndex } from './lexicon';
export { analyzeSentence } from './analyze';

/** Reads articles into sentences with the lexicon's names guarding stray full stops. */
export function ingestAll(inputs: { id: string; text: string }[], index: LexiconIndex): Article[] {
	const isNameBreak = nameBreakTest(index.firstNames, index.personNames, index.placeWords);
	return inputs.map((input) => ingestArticle(input.id, input.text, isNameBreak));
}

/** Facts of one article's analysed sentences (meetings are grouped across the article). */
export function extractArticleDrafts(infos: SentenceInfo[]): Draft[] {
	const drafts: Draft[] = [];
	infos.forEach((info, i) => {
		const casualties = extractCasualties(info);
		drafts.push(...extractRoles(info), ...casualties, ...extractFigures(info));
		drafts.push(...withTolls(extractEventDates(info, findMeetingCues(info)), casualties));
		drafts.push(...extractLocations(info, i > 0 ? (infos[i - 1] ?? null) : null));
	});
	// A date tied to a meeting («ناقش الاجتماع … خلال الوساطة الروسية العام الماضي») learns the
	// meeting's event id once the article's meetings are grouped; without one it is not tied.
	const tiedKey = (d: Draft): string =>
		meetingCueKey(d.evidence.article, d.evidence.sentence, d.tiedTo ?? -1);
	const tied = drafts.filter((d) => d.tiedTo !== undefined);
	const eventOf = new Map<string, string>();
	drafts.push(...extractMeetings(infos, new Set(tied.map(tiedKey)), eventOf));
	for (const d of tied) {
		const eventId = eventOf.get(tiedKey(d));
		const { tie, ...subject } = d.subject;
		d.subject = eventId && tie ? { ...subject, tie: { ...tie, eventId } } : subject;
		delete d.tiedTo;
	}
	// The dates no rule above tied to an event still date their own clause.
	const claimed = new Map<number, Set<number>>();
	for (const d of drafts) {
		if (d.kind !== 'date') continue;
		const set = claimed.get(d.evidence.sentence) ?? new Set<number>();
		set.add(d.evidence.span[0]);
		claimed.set(d.evidence.sentence, set);
	}
	for (const info of infos)
		drafts.push(...clauseDates(info, claimed.get(info.sentence.index) ?? new Set()));
	return drafts;
}

function collectCandidates(infos: SentenceInfo[]): LexiconCandidate[] {
	const byName = new Map<string, LexiconCandidate>();
	for (const info of infos) {
		for (const r of info.roles) {
			if (!r.candidate) continue;
			const key = r.candidate.ar;
			const ev = evidence(info, r.candidate.start, r.candidate.end);
			const found = byName.get(key);
			if (found) found.evidence.push(ev);
			else
				byName.set(key, {
					ar: r.candidate.ar,
					office: r.office,
					country: r.country?.id ?? null,
					evidence: [ev]
				});
		}
	}
	return [...byName.values()];
}

export function extractCorpus(
	inputs: { id: string; text: string }[],
	lexicon: Lexicon
): ExtractionResult {
	const index = buildLexiconIndex(lexicon, COMMON_FIRST_NAMES);
	const warnings: string[] = [];
	const sorted = [...inputs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	const articles = ingestAll(sorted, index);
	const drafts: Draft[] = [];
	const allInfos: SentenceInfo[] = [];
	for (const article of articles) {
		if (!article.sentences.length) warnings.push(`${article.id}: no sentences found`);
		// «من العام نفسه» in a sentence that names no year refers to the last year named before it.
		let yearBefore: number | undefined;
		const infos = article.sentences.map((s) => {
			const info = analyzeSentence(article.id, s, index, yearBefore);
			for (const d of info.dates) if (d.date.year !== undefined) yearBefore = d.date.year;
			return info;
		});
		resolveOwners(infos, index);
		allInfos.push(...infos);
		drafts.push(...extractArticleDrafts(infos));
	}
	return {
		articles,
		facts: mergeDrafts(drafts),
		candidates: collectCandidates(allInfos),
		warnings
	};
}
