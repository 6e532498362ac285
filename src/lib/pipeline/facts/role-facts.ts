// Role facts («Sergei Lavrov is Russia's foreign minister») from the role phrases of a sentence.
import type { SentenceInfo } from '../analyze';
import type { Mention } from '../entities';
import type { RoleMatch } from '../roles';
import { evidence, type Draft } from './draft';

/** A candidate name (not in the lexicon) as a person reference without an id. */
function candidateMention(r: RoleMatch): Pick<Mention, 'ref' | 'start' | 'end'> | null {
	const c = r.candidate;
	if (!c) return null;
	return {
		ref: { id: null, type: 'person', ar: c.ar, arCanonical: c.ar, en: null },
		start: c.start,
		end: c.end
	};
}

export function extractRoles(info: SentenceInfo): Draft[] {
	const drafts: Draft[] = [];
	for (const r of info.roles) {
		const person: Pick<Mention, 'ref' | 'start' | 'end'> | null = r.person ?? candidateMention(r);
		if (!person || !r.country || r.office === 'unknown') continue;
		drafts.push({
			kind: 'role',
			subjectKey: `${r.office}:${r.country.id}`,
			subject: {
				office: r.office,
				country: r.country,
				label: info.text.slice(r.labelStart, r.labelEnd)
			},
			value: { type: 'entity', entity: person.ref },
			valueKey: person.ref.id ?? person.ref.ar,
			evidence: evidence(info, person.start, person.end)
		});
	}
	return drafts;
}
