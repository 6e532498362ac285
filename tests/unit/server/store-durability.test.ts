// The Store's writes against a machine crash, a full disk and a failing disk: what reaches the disk,
// in which order, and when the caller is told. The file system calls are watched (and made to fail
// on demand) through a thin wrapper around the real node:fs/promises.
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import * as fs from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { SaveError, Store } from '../../../src/lib/server/store';
import { testSchema, type TestData } from './test-schema';

const watch = vi.hoisted(() => ({
	log: [] as string[],
	/** Makes the next write into a file fail after writing half of it (like a full disk). */
	failWrite: null as NodeJS.ErrnoException | null,
	/** Makes the next fsync fail. */
	failSync: null as NodeJS.ErrnoException | null,
	/** How long a folder's fsync takes. */
	folderSyncMs: 0
}));

vi.mock('node:fs/promises', async (importOriginal) => {
	const real = await importOriginal<typeof import('node:fs/promises')>();
	const name = (path: unknown) => String(path).split('/').pop();
	const open: typeof real.open = async (path, flags, mode) => {
		const handle = await real.open(path, flags, mode);
		watch.log.push(`open ${name(path)} ${String(flags)}`);
		const writeFile = handle.writeFile.bind(handle);
		const sync = handle.sync.bind(handle);
		return Object.assign(handle, {
			writeFile: async (data: string) => {
				const failure = watch.failWrite;
				if (failure) {
					watch.failWrite = null;
					await writeFile(data.slice(0, data.length / 2));
					throw failure;
				}
				await writeFile(data);
				watch.log.push(`write ${name(path)}`);
			},
			sync: async () => {
				const failure = watch.failSync;
				if (failure) {
					watch.failSync = null;
					throw failure;
				}
				if (flags === 'r') await new Promise((resolve) => setTimeout(resolve, watch.folderSyncMs));
				await sync();
				watch.log.push(`sync ${name(path)}`);
			}
		});
	};
	const rename: typeof real.rename = async (from, to) => {
		await real.rename(from, to);
		watch.log.push(`rename ${name(from)} ${name(to)}`);
	};
	return { ...real, default: { ...real, open, rename }, open, rename };
});

function errno(code: string): NodeJS.ErrnoException {
	return Object.assign(new Error(`${code}: simulated`), { code });
}

let dir: string;
let file: string;

beforeEach(async () => {
	dir = await fs.mkdtemp(join(tmpdir(), 'tahaqqaq-durable-'));
	file = join(dir, 'db.json');
	Object.assign(watch, { log: [], failWrite: null, failSync: null, folderSyncMs: 0 });
});

afterEach(async () => {
	vi.restoreAllMocks();
	await fs.rm(dir, { recursive: true, force: true });
});

async function saved(): Promise<TestData> {
	return JSON.parse(await fs.readFile(file, 'utf8')) as TestData;
}

describe('Store writes', () => {
	test('flush the new file, rename it over the old one, flush the folder, and only then answer', async () => {
		const store = await Store.open(file, testSchema);
		watch.log = [];
		watch.folderSyncMs = 30;
		await store.update((data) => {
			data.games.one = { score: 1 };
		});
		watch.log.push('acknowledged');
		expect(watch.log).toEqual([
			'open .db.json.tmp w',
			'write .db.json.tmp',
			'sync .db.json.tmp',
			'rename .db.json.tmp db.json',
			`open ${basename(dir)} r`,
			`sync ${basename(dir)}`,
			'acknowledged'
		]);
		expect(await saved()).toEqual({ version: 1, games: { one: { score: 1 } } });
	});

	test('a disk that fills up mid-write: refused, logged, no leftover, saved data intact', async () => {
		const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
		const store = await Store.open(file, testSchema);
		await store.update((data) => {
			data.games.kept = { score: 1 };
		});
		watch.failWrite = errno('ENOSPC');
		const [lost, alsoLost] = await Promise.allSettled([
			store.update((data) => {
				data.games.lost = { score: 2 };
			}),
			store.update((data) => {
				data.games.alsoLost = { score: 3 };
			})
		]);
		expect(lost.status === 'rejected' && lost.reason).toBeInstanceOf(SaveError);
		expect(alsoLost.status === 'rejected' && alsoLost.reason).toBeInstanceOf(SaveError);
		expect(store.data.games).toEqual({ kept: { score: 1 } });
		expect(await saved()).toEqual({ version: 1, games: { kept: { score: 1 } } });
		// The half-written temporary file is gone: on a full disk, its room is needed.
		expect(await fs.readdir(dir)).toEqual(['db.json']);
		expect(errors).toHaveBeenCalledWith(expect.stringContaining(`Could not save to ${file}`));
		expect(errors).toHaveBeenCalledWith(expect.stringContaining('ENOSPC'));

		// Once there is room again, the next change is saved.
		await store.update((data) => {
			data.games.later = { score: 4 };
		});
		expect(await saved()).toEqual({
			version: 1,
			games: { kept: { score: 1 }, later: { score: 4 } }
		});
	});

	test('a failed flush is a failed save: the change is refused and undone, not acknowledged', async () => {
		vi.spyOn(console, 'error').mockImplementation(() => {});
		const store = await Store.open(file, testSchema);
		await store.update((data) => {
			data.games.kept = { score: 1 };
		});
		watch.failSync = errno('EIO');
		await expect(
			store.update((data) => {
				data.games.lost = { score: 2 };
			})
		).rejects.toThrow(/Could not save .*EIO/);
		expect(store.data.games).toEqual({ kept: { score: 1 } });
		expect(await saved()).toEqual({ version: 1, games: { kept: { score: 1 } } });
	});
});

describe('refusals', () => {
	/** A change refused when `games.first` exists, as "already answered" would be. */
	const second = (data: TestData) => {
		if (data.games.first) throw new Error('already there');
		data.games.second = {};
		return 'second';
	};

	test('a change refused on top of unsaved changes is checked again once they failed to save', async () => {
		vi.spyOn(console, 'error').mockImplementation(() => {});
		const store = await Store.open(file, testSchema);
		watch.failWrite = errno('ENOSPC');
		const first = store.update((data) => {
			data.games.first = {};
		});
		// Refused while `first` is only in memory; `first` then fails to save: checked again without
		// it, the second change is accepted, and saved by the next write.
		const later = store.update(second);
		await expect(first).rejects.toBeInstanceOf(SaveError);
		await expect(later).resolves.toBe('second');
		expect(await saved()).toEqual({ version: 1, games: { second: {} } });
	});

	test('a change refused on top of unsaved changes that do get saved stays refused', async () => {
		const store = await Store.open(file, testSchema);
		const first = store.update((data) => {
			data.games.first = {};
		});
		await expect(store.update(second)).rejects.toThrow('already there');
		await first;
		expect(await saved()).toEqual({ version: 1, games: { first: {} } });
		// With nothing unsaved, a refusal is immediate.
		await expect(store.update(second)).rejects.toThrow('already there');
	});

	test('a refusal waits for the changes queued before it, not for those that keep coming after', async () => {
		const store = await Store.open(file, testSchema);
		const first = store.update((data) => {
			data.games.first = {};
		});
		const refused = store.update(second);
		// Unrelated changes keep arriving every millisecond, so the store is never idle, until the
		// refusal settles or a thousand have come.
		let queued = 0;
		let settledAfter = -1;
		const others: Promise<void>[] = [];
		const done = refused.catch(() => (settledAfter = queued));
		await new Promise<void>((resolve) => {
			const timer = setInterval(() => {
				if (settledAfter >= 0 || queued >= 1000) {
					clearInterval(timer);
					resolve();
					return;
				}
				queued += 1;
				const n = queued;
				others.push(
					store.update((data) => {
						data.games[`other${n}`] = {};
					})
				);
			}, 1);
		});
		await done;
		await first;
		await expect(refused).rejects.toThrow('already there');
		// It settled once `first` was saved, long before the stream of later changes ended.
		expect(settledAfter).toBeGreaterThanOrEqual(0);
		expect(settledAfter).toBeLessThan(1000);
		await Promise.all(others);
	});
});
