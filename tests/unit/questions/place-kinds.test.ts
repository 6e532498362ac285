// Wrong places of the right kind: a corridor against routes and crossings, not against a palace; and
// never a place that lies on the right one (the Hakari bridge is on the Lachin corridor).
import { describe, expect, it } from 'vitest';
import { pickEntityDistractors } from '../../../src/lib/questions/distractors';
import { World } from '../../../src/lib/questions/events';
import { placeKind } from '../../../src/lib/questions/place-kinds';
import { entityFromLexicon } from '../../../src/lib/questions/render';
import { lexicon } from './made-up';

const entity = (id: string) => {
	const entry = lexicon.entries.find((e) => e.id === id);
	if (!entry) throw new Error(`no lexicon entry ${id}`);
	return entityFromLexicon(entry);
};

describe('the kind of a named place', () => {
	it('reads routes, venues and waters by their first word, and nothing from other words', () => {
		expect(placeKind(entity('lachin_corridor'))).toBe('route');
		expect(placeKind(entity('hakari_bridge'))).toBe('route');
		expect(placeKind(entity('margara'))).toBe('route');
		expect(placeKind(entity('white_house'))).toBe('venue');
		expect(placeKind(entity('lake_sevan'))).toBe('water');
		expect(placeKind(entity('tsitsernakaberd'))).toBeNull();
		expect(placeKind(entity('yerevan'))).toBeNull();
	});

	it('offers places of another kind only when those of the same kind run out', () => {
		const answer = entity('lachin_corridor');
		const pool = ['white_house', 'lake_sevan', 'zangezur_corridor', 'margara', 'trump_route'].map(
			(id) => ({ entity: entity(id), tier: 0 })
		);
		const picked = pickEntityDistractors(answer, pool, () => false, 'seed', 3);
		expect(picked?.values.map((e) => e.id).sort()).toEqual(['margara', 'trump_route', 'zangezur_corridor']);
		const fewer = pickEntityDistractors(answer, pool.slice(0, 3), () => false, 'seed', 3);
		expect(fewer?.values.map((e) => e.id)).toContain('zangezur_corridor');
		expect(fewer?.values).toHaveLength(3);
	});
});

describe('a place on another place', () => {
	it('relates the Hakari bridge and the Lachin corridor both ways, one by one and against a pool', () => {
		const world = new World(lexicon, []);
		const bridge = entity('hakari_bridge');
		const corridor = entity('lachin_corridor');
		expect(world.related(bridge, corridor)).toBe(true);
		expect(world.related(corridor, bridge)).toBe(true);
		expect(world.relatedToAny([corridor])(bridge)).toBe(true);
		expect(world.relatedToAny([bridge])(corridor)).toBe(true);
		expect(world.related(entity('zangezur_corridor'), corridor)).toBe(false);
	});
});
