// Countries of possessive offices («رافق باشينيان وزير خارجيته آرارات ميرزويان»): the owner's country,
// from the article's own role phrases («رئيس الوزراء الأرميني نيكول باشينيان») or else the lexicon's office.
import type { SentenceInfo } from './analyze';
import { entityRef, type LexiconIndex } from './lexicon';
import type { EntityRef, LexiconEntry } from './types';

const countriesByName = new WeakMap<LexiconIndex, Map<string, LexiconEntry>>();

/** «Prime Minister of Armenia» → Armenia's entry. */
function officeCountry(entry: LexiconEntry, index: LexiconIndex): EntityRef | null {
	const of = entry.office?.en.match(/ of (?:the )?(.+)$/)?.[1]?.toLowerCase();
	if (!of) return null;
	let byName = countriesByName.get(index);
	if (!byName) {
		byName = new Map(
			index.lexicon.entries.filter((e) => e.type === 'country').map((e) => [e.en.toLowerCase(), e])
		);
		countriesByName.set(index, byName);
	}
	const country = byName.get(of);
	return country ? entityRef(country, country.ar[0] ?? '') : null;
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
