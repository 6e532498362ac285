// Offices named without their holder («يعتزم رئيس المجلس الأوروبي عقد اجتماع»): the office itself is
// the entity. Holders change, so an office is never resolved to the person the lexicon says holds it.
import { englishRunning } from './english';
import { officeWordStart, type RoleMatch } from './roles';
import type { Token } from './tokens';
import type { EntityRef, Lexicon } from './types';

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

/**
 * The offices the lexicon gives its people («الرئيس الروسي» / "President of Russia"), as office
 * entities: only those whose English reads «<title> of <a lexicon country or body>», and only in
 * the masculine, the form that names the office rather than one holder («الرئيسة المولدوفية»).
 */
export function lexiconOffices(lexicon: Lexicon): { office: EntityRef; holder: string }[] {
	const byEnglish = new Map(lexicon.entries.map((e) => [e.en.toLowerCase(), e]));
	const out: { office: EntityRef; holder: string }[] = [];
	for (const entry of lexicon.entries) {
		const o = entry.office;
		const m = o ? /^(.+?) of (?:the )?(.+)$/.exec(o.en) : null;
		const key = m?.[1] ? OFFICE_BY_TITLE.get(m[1].toLowerCase()) : undefined;
		const body = m?.[2] ? byEnglish.get(m[2].toLowerCase()) : undefined;
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
