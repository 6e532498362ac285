// Countries of role phrases that name none, and holders of offices named without a name, read over a
// whole article: a possessive office («رافق باشينيان وزير خارجيته آرارات ميرزويان») takes its owner's
// country, from the article's own role phrases («رئيس الوزراء الأرميني نيكول باشينيان») or else the
// lexicon's office; see resolveOwners for the rest.
import type { SentenceInfo } from './analyze';
import type { Mention } from './entities';
import { entityRef, type LexiconIndex } from './lexicon';
import { parseOfficeTitle } from './offices';
import type { RoleMatch } from './roles';
import type { EntityRef, LexiconEntry } from './types';

/** «Prime Minister of Armenia» → Armenia (an office of a body that is no country gives none). */
function officeCountry(entry: LexiconEntry, index: LexiconIndex): EntityRef | null {
	const country = parseOfficeTitle(entry.office, index.lexicon)?.body;
	return country?.type === 'country' ? entityRef(country, country.ar[0] ?? '') : null;
}

/** The region an article names most often («الإقليم» in its role phrases is that one), or null. */
function articleRegion(infos: SentenceInfo[]): EntityRef | null {
	const counts = new Map<string, { ref: EntityRef; n: number }>();
	for (const info of infos)
		for (const m of info.mentions) {
			if (m.adjective || m.entry.type !== 'region') continue;
			const c = counts.get(m.entry.id) ?? { ref: entityRef(m.entry, m.entry.ar[0] ?? ''), n: 0 };
			c.n++;
			counts.set(m.entry.id, c);
		}
	let best: { ref: EntityRef; n: number } | null = null;
	for (const c of counts.values()) if (!best || c.n > best.n) best = c;
	return best?.ref ?? null;
}

/**
 * Countries of an article's role phrases that name none, from the article's own words or the lexicon:
 * a possessive office takes its owner's («رافق باشينيان وزير خارجيته»); «رئيس الإقليم الانفصالي» the
 * region the article names most; a named holder written with a bare office («رئيس البرلمان أرارات
 * ميرزويان», «نائب رئيس الوزراء مهير غريغوريان») the country the article or the lexicon gives that
 * person (a nationality, not an office: it holds when the office changes). And «نظيره الكازاخستاني»
 * with no name is the person this article named in that office for that country, if it did.
 */
export function resolveOwners(infos: SentenceInfo[], index: LexiconIndex): void {
	const known = new Map<string, EntityRef>();
	/** `${office}|${country}` → the person the article named in it. */
	const holders = new Map<string, Mention>();
	/** A person's office as the article gives it. */
	const offices = new Map<string, string>();
	let region: EntityRef | null | undefined;
	for (const info of infos) {
		for (const r of info.roles) {
			if (!r.country && r.owner) {
				const own = known.get(r.owner.entry.id) ?? officeCountry(r.owner.entry, index);
				if (own) r.country = own;
			}
			if (!r.country && r.regionAt !== undefined) {
				region ??= articleRegion(infos);
				if (region) r.country = region;
			}
			if (!r.country && r.person && !r.owner && !SHARED_OFFICES.test(r.office)) {
				const own = known.get(r.person.entry.id) ?? officeCountry(r.person.entry, index);
				if (own) r.country = own;
			}
			// «تلبية لدعوة من نظيره البيلاروسي ألكسندر لوكاشينكو»: a named counterpart holds the office the
			// person named before him holds in this article (or in the lexicon).
			if ((r.person || r.candidate) && r.country?.id && r.office === 'unknown') {
				const counterpart = counterpartOf(info, r.from, offices);
				if (counterpart) r.office = counterpart;
			}
			if (!r.person && !r.candidate && r.country?.id && r.office === 'unknown') {
				const counterpart = counterpartOf(info, r.from, offices);
				const holder = counterpart ? holders.get(`${counterpart}|${r.country.id}`) : undefined;
				if (holder) r.person = named(info, r, holder);
			}
			if (r.person && r.country && !r.office.startsWith('former-') && !known.has(r.person.entry.id))
				known.set(r.person.entry.id, r.country);
			if (r.person && r.country?.id && !r.office.startsWith('former-') && r.office !== 'unknown') {
				holders.set(`${r.office}|${r.country.id}`, r.person);
				offices.set(r.person.entry.id, r.office);
			}
		}
	}
}

/** Offices of bodies above countries («الأمين العام», «الممثل الأعلى»): no nationality makes them. */
const SHARED_OFFICES =
	/^(?:secretary-general|high-representative|special-representative|high-commissioner|resident-coordinator|commission-president|unknown|counterpart)$/;

/** The office of the person named last before token p (the one whose counterpart is meant). */
function counterpartOf(info: SentenceInfo, p: number, offices: Map<string, string>): string | null {
	const before = info.mentions
		.filter((m) => m.to <= p && !m.adjective && m.entry.type === 'person')
		.pop();
	if (!before) return null;
	const own = offices.get(before.entry.id);
	if (own) return own;
	const title = before.entry.office?.en.match(/^(.+?) of /)?.[1]?.toLowerCase();
	return title ? (TITLE_OFFICES[title] ?? null) : null;
}

/** The lexicon's office titles, as role keys. */
const TITLE_OFFICES: Record<string, string> = {
	president: 'president',
	'prime minister': 'prime-minister',
	'foreign minister': 'foreign-minister',
	'defence minister': 'defense-minister',
	'defense minister': 'defense-minister'
};

/** The holder, as named by the words of the role phrase («نظيره الكازاخستاني»). */
function named(info: SentenceInfo, r: RoleMatch, holder: Mention): Mention {
	const start = info.tokens[r.from]?.start ?? 0;
	const end = info.tokens[r.to - 1]?.end ?? start;
	return {
		...holder,
		ref: entityRef(holder.entry, info.text.slice(start, end)),
		start,
		end,
		from: r.from,
		to: r.to
	};
}
