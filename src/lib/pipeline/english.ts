// English names as they read inside a sentence («the United States», «the European Council»), shared
// by the extractor (office names) and the question templates.
import type { EntityType } from './types';

const THE_NAMES = /^(?:United|European|Kremlin|Elys|Council|Organization|Collective|Islamic)/;

/** An English name as it reads inside a sentence: «the United States», «the European Union». */
export function englishRunning(name: string, type: EntityType): string {
	if (type === 'person' || type === 'city') return name;
	// «the President of the European Council»: an office is a common noun in running text.
	if (type === 'office') return name.startsWith('the ') ? name : `the ${name}`;
	const the = THE_NAMES.test(name) || (type === 'place' && /(?:corridor|House)$/.test(name));
	return the && !name.startsWith('the ') ? `the ${name}` : name;
}
