// Describes an event in running text from a descriptor: «القمة بين باشينيان وعلييف في سوتشي يوم
// الاثنين» / «the summit between Nikol Pashinyan and Ilham Aliyev in Sochi on Monday».
import type { EntityRef, EventType } from '../pipeline/types';
import type { Descriptor } from './events';
import { englishRunning, joinList } from './grammar';
import { tq, type Lang } from './i18n';
import { datePhrase } from './render';

/** An entity's name inside a sentence, or null when it has no English name yet. */
export function runningName(entity: EntityRef, lang: Lang): string | null {
	if (lang === 'ar') return entity.arCanonical;
	return entity.en ? englishRunning(entity.en, entity.type) : null;
}

export function eventPhrase(type: EventType, d: Descriptor, lang: Lang): string | null {
	const parts: string[] = [tq(lang, `event.${type}`)];
	if (d.participants?.length) {
		const names = d.participants.map((p) => runningName(p, lang));
		if (names.some((n) => n === null)) return null;
		parts.push(tq(lang, 'phrase.between', { list: joinList(names as string[], lang) }));
	}
	if (d.place) {
		const place = runningName(d.place, lang);
		if (place === null) return null;
		parts.push(tq(lang, 'phrase.in', { place }));
	}
	if (d.date) {
		const date = datePhrase(d.date, lang);
		if (date === null) return null;
		parts.push(date);
	}
	for (const agent of d.agents) {
		const name = runningName(agent.entity, lang);
		if (name === null) return null;
		parts.push(tq(lang, `phrase.by_${agent.relation}`, { name }));
	}
	return parts.join(' ');
}
