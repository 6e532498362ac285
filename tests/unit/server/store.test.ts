import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { appSchema } from '../../../src/lib/server/schema';
import { DataFileError, SaveError, Store } from '../../../src/lib/server/store';
import { testSchema, type TestData } from './test-schema';

let dir: string;
let file: string;

beforeEach(async () => {
	dir = await mkdtemp(join(tmpdir(), 'tahaqqaq-store-'));
	file = join(dir, 'nested', 'db.json');
});

afterEach(async () => {
	await rm(dir, { recursive: true, force: true });
});

async function savedGames(path: string): Promise<Record<string, unknown>> {
	return (JSON.parse(await readFile(path, 'utf8')) as TestData).games;
}

describe('Store', () => {
	test('creates the parent folder and starts empty when the file does not exist', async () => {
		const store = await Store.open(file, testSchema);
		expect(store.data).toEqual({ version: 1, games: {} });
		await store.update((data) => {
			data.games.first = { score: 1 };
		});
		expect(await savedGames(file)).toEqual({ first: { score: 1 } });
	});

	test('keeps every one of 1,000 concurrent updates', async () => {
		const store = await Store.open(file, testSchema);
		const updates = Array.from({ length: 1000 }, (_, i) =>
			store.update((data) => {
				data.games[`game-${i}`] = { index: i };
				return i;
			})
		);
		const results = await Promise.all(updates);
		expect(results).toEqual(Array.from({ length: 1000 }, (_, i) => i));

		const games = await savedGames(file);
		expect(Object.keys(games)).toHaveLength(1000);
		for (let i = 0; i < 1000; i++) expect(games[`game-${i}`]).toEqual({ index: i });

		// A second process opening the same file sees all of them.
		const reopened = await Store.open(file, testSchema);
		expect(Object.keys(reopened.data.games)).toHaveLength(1000);
	});

	test('read-modify-write inside update never loses an increment', async () => {
		const store = await Store.open(file, testSchema);
		await store.update((data) => {
			data.games.counter = { n: 0 };
		});
		await Promise.all(
			Array.from({ length: 500 }, () =>
				store.update((data) => {
					const counter = data.games.counter as { n: number };
					counter.n += 1;
				})
			)
		);
		expect((await savedGames(file)).counter).toEqual({ n: 500 });
	});

	test('refuses a file that is not JSON, naming the file, and leaves it untouched', async () => {
		await mkdir(join(dir, 'nested'), { recursive: true });
		const garbage = '{"version":1,"games":{"a":{"score":3}';
		await writeFile(file, garbage);
		const opening = Store.open(file, testSchema);
		await expect(opening).rejects.toBeInstanceOf(DataFileError);
		await expect(opening).rejects.toThrow(file);
		await expect(opening).rejects.toThrow(/not valid JSON/);
		await expect(opening).rejects.toThrow(/left untouched/);
		expect(await readFile(file, 'utf8')).toBe(garbage);
	});

	test('refuses an empty (truncated) file', async () => {
		await mkdir(join(dir, 'nested'), { recursive: true });
		await writeFile(file, '');
		await expect(Store.open(file, testSchema)).rejects.toThrow(/is empty/);
		expect(await readFile(file, 'utf8')).toBe('');
	});

	test('refuses a hand-edited file with the wrong shape and says what is wrong', async () => {
		await mkdir(join(dir, 'nested'), { recursive: true });
		await writeFile(file, JSON.stringify({ version: 1, games: [] }));
		await expect(Store.open(file, appSchema)).rejects.toThrow(
			/"games" is missing or is not an object/
		);
		await writeFile(file, JSON.stringify({ version: 7, games: {} }));
		await expect(Store.open(file, appSchema)).rejects.toThrow(/version is 7, expected 1/);
		await writeFile(file, JSON.stringify({ version: 1, games: { x: 'oops' } }));
		await expect(Store.open(file, appSchema)).rejects.toThrow(/games\["x"\] is not an object/);
	});

	test('a failed write is refused, undone in memory, and loses nothing saved before', async () => {
		const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
		const store = await Store.open(file, testSchema);
		await store.update((data) => {
			data.games.kept = { score: 1 };
		});
		// Block the atomic write: the temporary file's path is taken by a folder.
		const blocker = join(dir, 'nested', '.db.json.tmp');
		await mkdir(blocker);
		await expect(
			store.update((data) => {
				data.games.lost = { score: 2 };
			})
		).rejects.toBeInstanceOf(SaveError);
		expect(store.data.games).toEqual({ kept: { score: 1 } });
		expect(await savedGames(file)).toEqual({ kept: { score: 1 } });
		// Whoever runs the server learns which file could not be saved, and why.
		expect(errors).toHaveBeenCalledWith(
			expect.stringContaining(`Could not save to ${file}: EISDIR`)
		);
		errors.mockRestore();

		await rm(blocker, { recursive: true });
		await store.update((data) => {
			data.games.later = { score: 3 };
		});
		expect(await savedGames(file)).toEqual({ kept: { score: 1 }, later: { score: 3 } });
	});

	test('a change that throws is not written and its error reaches the caller', async () => {
		const store = await Store.open(file, testSchema);
		await expect(
			store.update(() => {
				throw new Error('answered twice');
			})
		).rejects.toThrow('answered twice');
		await store.update((data) => {
			data.games.ok = {};
		});
		expect(await savedGames(file)).toEqual({ ok: {} });
	});
});
