// Offices as answers («مَن سيعقد الاجتماع في كيشيناو؟» → «رئيس المجلس الأوروبي»): wrong options are
// other offices of the same rank (heads of state, government or a body against heads), from the
// corpus and the offices the lexicon gives its people, never one the question's meetings make true.
import { lexiconOffices, officeRank } from '../pipeline/offices';
import type { EntityRef, Lexicon } from '../pipeline/types';
import { normalizeArabic } from '../pipeline/normalize';
import { entityKey, type EventRecord, type World } from './events';
import { oncePer } from './fact-index';

/** The offices the lexicon names, once per lexicon. */
export const lexiconOfficeEntities = oncePer((lexicon: Lexicon): EntityRef[] => {
	const seen = new Set<string>();
	const out: EntityRef[] = [];
	for (const { office } of lexiconOffices(lexicon)) {
		if (seen.has(entityKey(office))) continue;
		seen.add(entityKey(office));
		out.push(office);
	}
	return out;
});

/**
 * Offices that cannot be wrong options for `answer`: another rank, or one a meeting the question may
 * describe involves: its country or body is named there (the French president beside Macron, the
 * Moldovan president for a meeting in Chisinau) or in the source sentence itself («للزعيمين الأرميني
 * والأذربيجاني»: not the Armenian prime minister), or someone who holds it is.
 */
export function officeExcluded(
	world: World,
	answer: EntityRef,
	events: readonly EventRecord[],
	mentioned: readonly EntityRef[],
	named: Iterable<string>
): (e: EntityRef) => boolean {
	const rank = officeRank(answer.office);
	const present = new Set<string>(named);
	const add = (m: EntityRef): void => {
		present.add(entityKey(m));
		const country = world.country(m);
		if (country) present.add(country);
	};
	for (const m of mentioned) add(m);
	for (const e of events) {
		for (const m of [...e.participants, ...e.agents.map((a) => a.entity)]) add(m);
		if (e.place) add(e.place);
	}
	const written = new Set([normalizeArabic(answer.arCanonical)]);
	return (e) =>
		e.type !== 'office' ||
		officeRank(e.office) !== rank ||
		written.has(normalizeArabic(e.arCanonical)) ||
		present.has(entityKey(e)) ||
		(!!e.country && present.has(e.country)) ||
		[...world.holders(e)].some((h) => present.has(h));
}
