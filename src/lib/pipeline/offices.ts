// Offices named without their holder («يعتزم رئيس المجلس الأوروبي عقد اجتماع»): the office itself is
// the entity. Holders change, so an office is never resolved to the person the lexicon says holds it.
import { englishRunning } from './english';
import { officeWordStart, type RoleMatch } from './roles';
import type { Token } from './tokens';
import type { EntityRef, Lexicon, LexiconEntry } from './types';

/** How high an office stands: wrong options for an office are offices of the same rank. */
export type OfficeRank = 'head' | 'deputy' | 'minister' | 'envoy';

/** Offices an agent may be named by, with their English title (as the lexicon writes offices). */
const OFFICE_TITLES: Record<string, { en: string; rank: OfficeRank }> = {
	president: { en: 'President', rank: 'head' },
	'prime-minister': { en: 'Prime Minister', rank: 'head' },
	chancellor: { en: 'Chancellor', rank: 'head' },
	'secretary-general': { en: 'Secretary General', rank: 'head' },
	'vice-president': { en: 'Vice President', rank: 'deputy' },
	'deputy-prime-minister': { en: 'Deputy Prime Minister', rank: 'deputy' },
	'foreign-minister': { en: 'Foreign Minister', rank: 'minister' },
	'defense-minister': { en: 'Defence Minister', rank: 'minister' },
	'interior-minister': { en: 'Interior Minister', rank: 'minister' },
	'special-envoy': { en: 'Special Envoy', rank: 'envoy' }
};

const OFFICE_BY_TITLE = new Map(
	Object.entries(OFFICE_TITLES).map(([key, t]) => [t.en.toLowerCase(), key])
);

export function officeRank(office: string | undefined): OfficeRank | null {
	return (office && OFFICE_TITLES[office]?.rank) || null;
}

export function officeId(office: string, body: string): string {
	return `office:${office}:${body}`;
}

/**
 * The office a role phrase names when it names no holder («رئيس المجلس الأوروبي», «وزير الخارجية
 * التركي»): null when the phrase names a person, names no country or body, or the office has no title.
 */
export function officeOfRole(
	role: RoleMatch,
	sentence: { text: string; tokens: readonly Token[] }
): { ref: EntityRef; start: number; end: number } | null {
	if (role.person || role.candidate || !role.country?.id || !role.country.en) return null;
	const title = OFFICE_TITLES[role.office];
	const first = sentence.tokens[role.from];
	if (!title || !first) return null;
	const start = officeWordStart(first);
	const written = sentence.text.slice(start, role.labelEnd);
	return { ref: officeRef(role, title.en, written), start, end: role.labelEnd };
}

function officeRef(role: RoleMatch, title: string, written: string): EntityRef {
	const country = role.country as EntityRef & { id: string; en: string };
	return {
		id: officeId(role.office, country.id),
		type: 'office',
		ar: written,
		arCanonical: written,
		en: `${title} of ${englishRunning(country.en, country.type)}`,
		country: country.id,
		office: role.office
	};
}

const entriesByEnglish = new WeakMap<Lexicon, Map<string, LexiconEntry>>();

/**
 * The title and the body of an office as the lexicon writes it in English, «<title> of [the] <body>»
 * cut at the first «of», the body being a lexicon entry: "Prime Minister of Armenia" → Prime Minister,
 * Armenia; "President of the European Council" → President, the European Council. Null for an office
 * written otherwise ("Kremlin spokesman") or of something the lexicon does not hold.
 */
export function parseOfficeTitle(
	office: { en: string } | undefined,
	lexicon: Lexicon
): { title: string; body: LexiconEntry } | null {
	const m = office ? /^(.+?) of (?:the )?(.+)$/.exec(office.en) : null;
	if (!m?.[1] || !m[2]) return null;
	let byEnglish = entriesByEnglish.get(lexicon);
	if (!byEnglish) {
		byEnglish = new Map(lexicon.entries.map((e) => [e.en.toLowerCase(), e]));
		entriesByEnglish.set(lexicon, byEnglish);
	}
	const body = byEnglish.get(m[2].toLowerCase());
	return body ? { title: m[1], body } : null;
}

/**
 * The offices the lexicon gives its people («الرئيس الروسي» / "President of Russia"), as office
 * entities: only those whose English reads «<title> of <a lexicon country or body>», and only in
 * the masculine, the form that names the office rather than one holder («الرئيسة المولدوفية»).
 */
export function lexiconOffices(lexicon: Lexicon): { office: EntityRef; holder: string }[] {
	const out: { office: EntityRef; holder: string }[] = [];
	for (const entry of lexicon.entries) {
		const o = entry.office;
		const parsed = parseOfficeTitle(o, lexicon);
		const key = parsed ? OFFICE_BY_TITLE.get(parsed.title.toLowerCase()) : undefined;
		const body = parsed?.body;
		if (!o || !key || !body || (body.type !== 'country' && body.type !== 'organization')) continue;
		const head = o.ar.split(/\s+/)[0] ?? '';
		if (/[ةه]$/.test(head)) continue;
		out.push({
			office: {
				id: officeId(key, body.id),
				type: 'office',
				ar: o.ar,
				arCanonical: o.ar,
				en: o.en,
				country: body.id,
				office: key
			},
			holder: entry.id
		});
	}
	return out;
}
