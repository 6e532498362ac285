// Countries of possessive offices («رافق باشينيان وزير خارجيته آرارات ميرزويان»): the owner's country,
// from the article's own role phrases («رئيس الوزراء الأرميني نيكول باشينيان») or else the lexicon's office.
import type { SentenceInfo } from './analyze';
import { entityRef, type LexiconIndex } from './lexicon';
import { parseOfficeTitle } from './offices';
import type { EntityRef, LexiconEntry } from './types';

/** «Prime Minister of Armenia» → Armenia (an office of a body that is no country gives none). */
function officeCountry(entry: LexiconEntry, index: LexiconIndex): EntityRef | null {
	const country = parseOfficeTitle(entry.office, index.lexicon)?.body;
	return country?.type === 'country' ? entityRef(country, country.ar[0] ?? '') : null;
}

/** Gives each possessive office of an article its owner's country (one pass over the article's roles). */
export function resolveOwners(infos: SentenceInfo[], index: LexiconIndex): void {
	const known = new Map<string, EntityRef>();
	for (const info of infos) {
		for (const r of info.roles) {
			if (!r.country && r.owner) {
				const own = known.get(r.owner.entry.id) ?? officeCountry(r.owner.entry, index);
				if (own) r.country = own;
			}
			if (r.person && r.country && !r.office.startsWith('former-') && !known.has(r.person.entry.id))
				known.set(r.person.entry.id, r.country);
		}
	}
}
