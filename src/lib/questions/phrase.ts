// Describes an event in running text from a descriptor: «القمة بين باشينيان وعلييف في سوتشي يوم
// الاثنين» / «the summit between Nikol Pashinyan and Ilham Aliyev in Sochi on Monday».
import type { EntityRef, EventType } from '../pipeline/types';
import type { Descriptor } from './events';
import { englishRunning, joinList } from './grammar';
import { hasTemplate, tq, type Lang } from './i18n';
import { dateGranularity, datePhrase } from './render';

/** An entity's name inside a sentence, or null when it has no English name yet. */
export function runningName(entity: EntityRef, lang: Lang): string | null {
	if (lang === 'ar') return entity.arCanonical;
	return entity.en ? englishRunning(entity.en, entity.type) : null;
}

/** «حرب عام 2020» / «the 2020 war»: a war named by its year or decade alone. */
function datedWar(type: EventType, d: Descriptor, lang: Lang): string | null {
	if (type !== 'war' || !d.date || d.place || d.agents.length) return null;
	const g = dateGranularity(d.date);
	let war: string | null = null;
	if (g === 'year') war = tq(lang, 'event_dated.war_year', { year: d.date.year });
	if (g === 'decade' && hasTemplate(lang, `decade_bare.${d.date.decade}`))
		war = tq(lang, 'event_dated.war_decade', { decade: tq(lang, `decade_bare.${d.date.decade}`) });
	if (war === null || !d.participants?.length) return war;
	const sides = sidesPhrase(d.participants, lang);
	return sides === null ? null : `${war} ${sides}`;
}

/** «بين أرمينيا وأذربيجان» / "between Armenia and Azerbaijan": the sides of a war or of clashes. */
function sidesPhrase(participants: readonly EntityRef[], lang: Lang): string | null {
	const names = participants.map((p) => runningName(p, lang));
	if (names.some((n) => n === null)) return null;
	return tq(lang, 'phrase.between_sides', { list: joinList(names as string[], lang) });
}

const SIDED: readonly EventType[] = ['war', 'clashes', 'ceasefire'];

/** The event in running text; `noun` names a narrower event noun («border_clashes») when the text gives one. */
export function eventPhrase(type: EventType, d: Descriptor, lang: Lang, noun?: string): string | null {
	const dated = datedWar(type, d, lang);
	if (dated !== null) return dated;
	const parts: string[] = [tq(lang, `event.${noun ?? type}`)];
	if (d.participants?.length && SIDED.includes(type)) {
		const sides = sidesPhrase(d.participants, lang);
		if (sides === null) return null;
		parts.push(sides);
	} else if (d.participants?.length) {
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
