import { describe, expect, test } from 'vitest';
import { parseSetup, pickQuestions } from '../../../src/lib/game/setup';
import { questionKinds, type QuestionKind } from '../../../src/lib/game/types';

function form(entries: [string, string][]) {
	const data = new FormData();
	for (const [name, value] of entries) data.append(name, value);
	return data;
}

const articles = new Set(['a1', 'a2']);
const allKinds = questionKinds.map((kind): [string, string] => ['kind', kind]);

describe('parseSetup', () => {
	test('reads a complete setup', () => {
		const result = parseSetup(
			form([
				['count', '20'],
				...allKinds,
				['article', 'a2'],
				['timing', 'untimed'],
				['nickname', '  Layla  ']
			]),
			articles
		);
		expect(result).toEqual({
			ok: true,
			setup: {
				count: 20,
				kinds: [...questionKinds],
				article: 'a2',
				timed: false,
				nickname: 'Layla'
			}
		});
	});

	test('"all" articles and an empty nickname mean null', () => {
		const result = parseSetup(
			form([
				['count', '5'],
				['kind', 'date'],
				['article', 'all'],
				['timing', 'timed'],
				['nickname', '']
			]),
			articles
		);
		expect(result.ok && result.setup).toMatchObject({ article: null, nickname: null, timed: true });
	});

	test('names every wrong field and echoes what was sent', () => {
		const result = parseSetup(
			form([
				['count', '7'],
				['article', 'nope'],
				['timing', 'fast'],
				['nickname', 'x'.repeat(30)]
			]),
			articles
		);
		expect(result).toMatchObject({
			ok: false,
			errors: {
				count: 'count',
				kinds: 'noKind',
				article: 'article',
				timing: 'timing',
				nickname: 'nicknameLong'
			},
			values: { count: '7', kinds: [], article: 'nope', timing: 'fast' }
		});
		const odd = parseSetup(
			form([
				['count', '5'],
				['kind', 'weather'],
				['article', 'all'],
				['timing', 'timed'],
				['nickname', 'a\u202eb']
			]),
			articles
		);
		expect(odd).toMatchObject({
			ok: false,
			errors: { kinds: 'badKind', nickname: 'nicknameChars' }
		});
	});
});

describe('pickQuestions', () => {
	const pool = questionKinds.flatMap((kind) =>
		Array.from({ length: 4 }, (_, i) => ({ id: `${kind}-${i}`, kind }))
	);

	test('mixes kinds evenly and never repeats a question', () => {
		const picked = pickQuestions(pool, 7, Math.random);
		expect(new Set(picked.map((q) => q.kind)).size).toBe(7);
		expect(new Set(picked.map((q) => q.id)).size).toBe(7);
	});

	test('returns what there is when fewer match', () => {
		const few = pool.filter((q) => q.kind === ('claim' as QuestionKind));
		expect(pickQuestions(few, 20, Math.random)).toHaveLength(4);
		expect(pickQuestions([], 5, Math.random)).toEqual([]);
	});

	test('keeps questions on the same sentence apart while others are left', () => {
		const source = (sentence: number) => [{ article: 'a', sentence }];
		const shared = [
			{ id: 'who-met', kind: 'host' as QuestionKind, sources: source(1) },
			{ id: 'where-met', kind: 'place' as QuestionKind, sources: source(1) },
			{ id: 'when-met', kind: 'date' as QuestionKind, sources: [...source(2), ...source(1)] }
		];
		const others = [
			{ id: 'role', kind: 'role' as QuestionKind, sources: source(3) },
			{ id: 'figure', kind: 'figure' as QuestionKind, sources: source(4) }
		];
		for (let run = 0; run < 50; run++) {
			const picked = pickQuestions([...shared, ...others], 3, Math.random);
			expect(picked.filter((q) => shared.includes(q))).toHaveLength(1);
			expect(picked).toHaveLength(3);
		}
	});

	test('still fills the game from questions on used sentences when nothing else is left', () => {
		const same = ['host', 'place', 'date'].map((kind) => ({
			id: kind,
			kind: kind as QuestionKind,
			sources: [{ article: 'a', sentence: 1 }]
		}));
		expect(pickQuestions(same, 3, Math.random)).toHaveLength(3);
	});
});
