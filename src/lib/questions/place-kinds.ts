// What kind of place a named place is, read from its Arabic head noun: a corridor is weighed against
// other routes and crossings, not against a palace or a lake («أين أُقيمت نقطة تفتيش؟» offers roads and
// bridges, never «البيت الأبيض»).
import { normalizeArabic } from '../pipeline/normalize';
import type { EntityRef } from '../pipeline/types';

export type PlaceKind = 'route' | 'venue' | 'water';

const HEADS: Record<string, PlaceKind> = {
	ممر: 'route',
	طريق: 'route',
	جسر: 'route',
	معبر: 'route',
	منفذ: 'route',
	البيت: 'venue',
	قصر: 'venue',
	ساحه: 'venue',
	مبني: 'venue',
	فندق: 'venue',
	قاعه: 'venue',
	مقر: 'venue',
	نصب: 'venue',
	بحيره: 'water',
	نهر: 'water',
	بحر: 'water'
};

/** The kind of a named place (type 'place') by its first word, or null when the word says nothing. */
export function placeKind(e: EntityRef): PlaceKind | null {
	if (e.type !== 'place') return null;
	const head = normalizeArabic(e.arCanonical).split(/\s+/u)[0] ?? '';
	return HEADS[head] ?? null;
}
