// "Under whose auspices was the peace agreement that ended the 2020 war concluded?": the sponsor of
// a peace agreement, asked only when its sentence says the war ended with it and dates that war.
import type { EntityRef, Evidence, Fact } from '../pipeline/types';
import { normalizeArabic } from '../pipeline/normalize';
import {
	assemble,
	distinctArticles,
	drop,
	entityCandidates,
	localizedPrompt,
	mergeSources,
	sameCountry,
	type Context,
	type DraftQuestion
} from './context';
import { sides } from './conflict-dates';
import { difficultyOf } from './difficulty';
import { pickEntityDistractors } from './distractors';
import { tq } from './i18n';
import { entityOption } from './render';
import { questionId } from './seed';
import { factsInSentences, factsOfKind, oncePer } from './fact-index';

/** «وانتهت بهزيمة … واتفاق سلام برعاية موسكو»: the war ended with an agreement under X's auspices. */
const ENDED_WITH_AGREEMENT = /انتهت[^.،]*اتفاق سلام\s*$/;

/** The year of the war the same sentence dates, when exactly one year is given. */
function warYear(ctx: Context, evidence: Evidence): number | null {
	const years = new Set<number>();
	for (const f of factsInSentences(ctx.facts, [evidence], 'date')) {
		if (f.subject.eventType !== 'war' || f.value.type !== 'date') continue;
		if (f.value.date.year !== undefined) years.add(f.value.date.year);
	}
	return years.size === 1 ? ([...years][0] as number) : null;
}

/** Whether a sponsor fact is the sponsor of a peace agreement that ended a dated war. */
export function isPeaceSponsor(ctx: Context, fact: Fact): boolean {
	const judged = peaceSponsors(ctx);
	let known = judged.get(fact);
	if (known === undefined) judged.set(fact, (known = judgePeaceSponsor(ctx, fact)));
	return known;
}

/** Judgements per generation: whether a sponsor ended a dated war depends on the corpus's other facts. */
const peaceSponsors = oncePer((_ctx: Context) => new Map<Fact, boolean>());

function judgePeaceSponsor(ctx: Context, fact: Fact): boolean {
	const e = fact.evidence[0] as Evidence;
	const before = normalizeArabic(ctx.sentenceOf(e).slice(0, e.span[0])).replace(/برعايه\s*$/, '');
	return fact.kind === 'sponsor' && ENDED_WITH_AGREEMENT.test(before) && warYear(ctx, e) !== null;
}

/** Every sponsor fact of a peace agreement that ended a dated war, once per generation. */
const allPeaceSponsors = oncePer((ctx: Context) =>
	factsOfKind(ctx.facts, 'sponsor').filter((f) => isPeaceSponsor(ctx, f))
);

export function peaceSponsorQuestion(ctx: Context, fact: Fact): DraftQuestion | null {
	if (fact.value.type !== 'entity') return null;
	const answer = fact.value.entity;
	const evidence = fact.evidence[0] as Evidence;
	const year = warYear(ctx, evidence);
	if (year === null) return drop(ctx, fact, 'the war the agreement ended is not dated: not specific');
	// Another sponsor the corpus gives for an agreement ending a war of that year would also answer.
	const rivals = allPeaceSponsors(ctx).filter(
		(f) =>
			f !== fact &&
			f.value.type === 'entity' &&
			warYear(ctx, f.evidence[0] as Evidence) === year &&
			!ctx.world.related(f.value.entity, answer)
	);
	if (rivals.length) return drop(ctx, fact, 'two sponsors for one peace agreement: not specific');
	const template = 'sponsor_peace';
	const prompt = localizedPrompt(ctx, fact, (lang) => tq(lang, `prompt.${template}`, { year }));
	if (!prompt) return drop(ctx, fact, 'no Arabic prompt');
	const id = questionId('host', template, [fact.id]);
	const picked = pickEntityDistractors(
		answer,
		entityCandidates(ctx, () => 0),
		(e: EntityRef) =>
			ctx.world.related(e, answer) ||
			sameCountry(ctx, e, answer) ||
			// Only a capital that stands for a government can sponsor («برعاية موسكو»).
			(e.type === 'city' && !ctx.lexicon.entries.some((x) => x.id === e.id && x.metonymFor)) ||
			// The warring sides do not sponsor their own peace.
			sides(ctx).some((side) => ctx.world.related(e, side) || sameCountry(ctx, e, side)),
		id,
		3,
		true
	);
	if (!picked) return drop(ctx, fact, `fewer than 3 distractors for ${answer.arCanonical}`);
	const sources = mergeSources(evidence, fact.evidence.slice(1));
	return assemble(
		{
			id,
			kind: 'host',
			relation: 'sponsor',
			template,
			factId: fact.id,
			factIds: [fact.id],
			prompt,
			sources,
			highlightEn: answer.en
		},
		entityOption(answer),
		picked.values.map(entityOption),
		difficultyOf({ close: picked.close, confirmedBy: distinctArticles(sources), kind: 'host' })
	);
}
