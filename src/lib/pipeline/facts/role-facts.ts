// Role facts («Sergei Lavrov is Russia's foreign minister») from the role phrases of a sentence.
import type { SentenceInfo } from '../analyze';
import type { Mention } from '../entities';
import { evidence, type Draft } from './draft';

export function extractRoles(info: SentenceInfo): Draft[] {
	const drafts: Draft[] = [];
	for (const r of info.roles) {
		const person: Mention | null = r.person;
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
