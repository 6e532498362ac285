// Arabic agreement facts the templates need: the grammatical gender of a named entity and of an
// event noun, lists joined with «و», and English running-text names («the United States»).
import type { EntityRef, EventType } from '../pipeline/types';
import { normalizeArabic } from '../pipeline/normalize';

export { englishRunning } from '../pipeline/english';

export type Gender = 'm' | 'f';

/** Countries whose Arabic names are masculine; every other country is feminine. */
const MASCULINE_COUNTRIES = new Set(
	['لبنان', 'العراق', 'الأردن', 'السودان', 'المغرب', 'اليمن', 'البحرين'].map(normalizeArabic)
);

/** Feminine Russian-style surnames and first names («زاخاروفا», «ماريا»). */
const FEMININE_PERSON = /(?:وفا|يفا|ينا|سكايا|ايا)$/;
/** Normalised, like the first names they are tested on («أنجيلا» → «انجيلا»). */
const FEMININE_FIRST = /^(?:ماريا|ماري|انا|انغيلا|انجيلا|ميلوني|جورجيا|هيلاري|كامالا|اورسولا|كايا)$/;

/**
 * Gender for verb agreement («استضاف بوتين», «استضافت روسيا»). Cities and most countries are
 * feminine; an organisation takes the gender of its head noun («الاتحاد» m, «الأمم» and «منظمة» f).
 */
export function arabicGender(entity: EntityRef, overrides: Record<string, Gender> = {}): Gender {
	if (entity.id && overrides[entity.id]) return overrides[entity.id] as Gender;
	const name = normalizeArabic(entity.arCanonical).trim();
	const words = name.split(/\s+/);
	const head = words[0] ?? '';
	switch (entity.type) {
		case 'person': {
			const first = normalizeArabic(entity.arCanonical.split(/\s+/)[0] ?? '');
			if (FEMININE_FIRST.test(first) || FEMININE_PERSON.test(words[words.length - 1] ?? ''))
				return 'f';
			return 'm';
		}
		case 'country':
			return MASCULINE_COUNTRIES.has(name) ? 'm' : 'f';
		case 'city':
			return 'f';
		case 'organization':
		case 'region':
		case 'place':
			return head.endsWith('ه') || head === 'الامم' || head === 'امم' ? 'f' : 'm';
		// «رئيس المجلس الأوروبي»: the office noun's own gender («رئيسة» f).
		case 'office':
			return /^(?:ال)?\S+ه$/.test(head) ? 'f' : 'm';
	}
}

const EVENT_GENDER: Record<EventType, Gender> = {
	summit: 'f',
	talks: 'f',
	meeting: 'm',
	call: 'm',
	war: 'f',
	clashes: 'f',
	protest: 'm',
	ceasefire: 'm',
	other: 'm'
};

/** Gender of the Arabic event noun («القمة» f, «المحادثات» f as a non-human plural, «الاجتماع» m). */
export function eventGender(type: EventType): Gender {
	return EVENT_GENDER[type];
}

/** English number of the event noun: «the talks», «the clashes» take plural verbs. */
export function eventPlural(type: EventType): boolean {
	return type === 'talks' || type === 'clashes';
}

/** «أ وب وج» (the conjunction is written joined to the next word) / «A, B and C». */
export function joinList(items: readonly string[], lang: 'ar' | 'en'): string {
	if (lang === 'ar') return items.join(' و');
	if (items.length <= 2) return items.join(' and ');
	return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Capitalises the first letter of an English sentence built from a lower-case phrase. */
export function capitalize(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
