// The store's journal: answers saved as appended lines, replayed exactly once at a start (a torn last
// line dropped, garbage refused), undone when an append fails, folded into the data file now and
// then; and a property test that crashes at random moments, with random write failures, and checks
// that a restart finds exactly the acknowledged changes (plus, at most, some of those in flight).
// The file system calls are watched, made to fail and "crashed" through a thin wrapper around the
// real node:fs/promises.
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import * as fs from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { DataFileError, SaveError, Store } from '../../../src/lib/server/store';
import { applyTestChange, as, journalSchema, type TestChange } from './journal-schema';
import type { TestData } from './test-schema';

type Op = 'open' | 'write' | 'sync' | 'datasync' | 'truncate' | 'rename' | 'rm';

const watch = vi.hoisted(() => ({
	log: [] as string[],
	/**
	 * Called before each watched call with its name and file: an error makes the call fail (a write
	 * first writes half its data, as on a full disk).
	 */
	before: null as ((op: Op, file: string) => NodeJS.ErrnoException | null) | null,
	/** Called after each watched call that succeeded. */
	after: null as ((op: Op, file: string) => void) | null
}));

vi.mock('node:fs/promises', async (importOriginal) => {
	const real = await importOriginal<typeof import('node:fs/promises')>();
	const name = (path: unknown) => String(path).split('/').pop() ?? '';
	const watched = async <R>(
		op: Op,
		path: unknown,
		call: () => Promise<R>,
		partial?: () => Promise<unknown>
	) => {
		const failure = watch.before?.(op, name(path)) ?? null;
		if (failure) {
			if (partial) await partial();
			throw failure;
		}
		const result = await call();
		watch.log.push(`${op} ${name(path)}`);
		watch.after?.(op, name(path));
		return result;
	};
	const open: typeof real.open = async (path, flags, mode) => {
		const handle = await watched('open', path, () => real.open(path, flags, mode));
		const writeFile = handle.writeFile.bind(handle);
		const sync = handle.sync.bind(handle);
		const datasync = handle.datasync.bind(handle);
		const truncate = handle.truncate.bind(handle);
		return Object.assign(handle, {
			writeFile: (data: string | Uint8Array) =>
				watched(
					'write',
					path,
					() => writeFile(data),
					() => writeFile(data.slice(0, Math.floor(data.length / 2)))
				),
			sync: () => watched('sync', path, () => sync()),
			datasync: () => watched('datasync', path, () => datasync()),
			truncate: (length?: number) => watched('truncate', path, () => truncate(length))
		});
	};
	const rename: typeof real.rename = (from, to) =>
		watched('rename', to, () => real.rename(from, to));
	const rm: typeof real.rm = (path, options) => watched('rm', path, () => real.rm(path, options));
	return { ...real, default: { ...real, open, rename, rm }, open, rename, rm };
});

function errno(code: string): NodeJS.ErrnoException {
	return Object.assign(new Error(`${code}: simulated`), { code });
}

/** Makes the next `op` on `file` fail with `code` (failures set up together apply in turn). */
function failNext(op: Op, file: string, code = 'EIO'): void {
	failures.push({ op, file, code });
	watch.before = (o, f) => {
		const index = failures.findIndex((failure) => failure.op === o && failure.file === f);
		if (index < 0) return null;
		const [failure] = failures.splice(index, 1);
		return errno(failure?.code ?? 'EIO');
	};
}
let failures: { op: Op; file: string; code: string }[] = [];

let dir: string;
let file: string;
let journal: string;

beforeEach(async () => {
	dir = await fs.mkdtemp(join(tmpdir(), 'tahaqqaq-journal-'));
	file = join(dir, 'db.json');
	journal = `${file}.journal`;
	Object.assign(watch, { log: [], before: null, after: null });
	failures = [];
});

afterEach(async () => {
	vi.restoreAllMocks();
	await fs.rm(dir, { recursive: true, force: true });
});

const open = (options: { journalBytes?: number } = {}) =>
	Store.open(file, journalSchema, { journalBytes: 1_000_000, ...options });
const add = (key: string, by = 1): TestChange => ({ op: 'add', key, by });

async function text(path: string): Promise<string | null> {
	return fs.readFile(path, 'utf8').catch(() => null);
}

/** The journal's lines, parsed. */
async function lines(): Promise<{ seq: number; change: TestChange }[]> {
	const content = (await text(journal)) ?? '';
	return content
		.split('\n')
		.filter(Boolean)
		.map((line) => JSON.parse(line) as { seq: number; change: TestChange });
}

describe('journaled changes', () => {
	test('a batch is one append and one flush of the journal, acknowledged only after the flush', async () => {
		const store = await open();
		await store.update((data) => {
			data.games.start = { n: 0 };
		});
		const file0 = await text(file);
		watch.log = [];
		// The first change is written at once; the two sent while it is written go together after it.
		await Promise.all(
			['a', 'b', 'c'].map((key) =>
				store.record(as(add(key))).then(() => watch.log.push(`acknowledged ${key}`))
			)
		);
		expect(watch.log).toEqual([
			'open db.json.journal',
			'write db.json.journal',
			'datasync db.json.journal',
			// A new journal file is only found after a power cut once its folder entry is flushed.
			`open ${basename(dir)}`,
			`sync ${basename(dir)}`,
			'acknowledged a',
			'open db.json.journal',
			'write db.json.journal',
			'datasync db.json.journal',
			'acknowledged b',
			'acknowledged c'
		]);
		expect(await text(file)).toBe(file0);
		expect(await lines()).toEqual([
			{ seq: 1, change: add('a') },
			{ seq: 2, change: add('b') },
			{ seq: 3, change: add('c') }
		]);
		// The next batch appends to the file that is now known: no folder flush.
		watch.log = [];
		await store.record(as(add('a')));
		expect(watch.log).toEqual([
			'open db.json.journal',
			'write db.json.journal',
			'datasync db.json.journal'
		]);
		expect(store.data.games).toEqual({ start: { n: 0 }, a: { n: 2 }, b: { n: 1 }, c: { n: 1 } });
	});

	test('a restart replays the journal, then folds it into the data file', async () => {
		const store = await open();
		await Promise.all([store.record(as(add('x', 2))), store.record(as(add('y', 5)))]);
		await store.record(as(add('x', 3)));

		const again = await open();
		expect(again.data.games).toEqual({ x: { n: 5 }, y: { n: 5 } });
		expect(await text(journal)).toBeNull();
		expect(JSON.parse((await text(file)) ?? '')).toEqual({
			journalSeq: 3,
			version: 1,
			games: { x: { n: 5 }, y: { n: 5 } }
		});
		// Numbering goes on after the folded lines.
		await again.record(as(add('x')));
		expect(await lines()).toEqual([{ seq: 4, change: add('x') }]);
		expect((await open()).data.games).toEqual({ x: { n: 6 }, y: { n: 5 } });
	});

	test('the result is read right after the change is applied, and resolves once it is on disk', async () => {
		const store = await open();
		const result = await store.record(() => ({
			change: add('k', 4),
			result: (data: TestData) => (data.games.k as { n: number }).n
		}));
		expect(result).toBe(4);
	});

	test('lines at or before the data file’s number are skipped: a crash after a rewrite counts nothing twice', async () => {
		const store = await open({ journalBytes: 1 });
		await store.record(as(add('a')));
		// The journal as it was just before the next save rewrote the data file and removed it.
		const before = await text(journal);
		await store.record(as(add('a')));
		expect(await text(journal)).toBeNull();
		expect(JSON.parse((await text(file)) ?? '')).toMatchObject({ journalSeq: 2 });
		// A crash between the rename and the removal leaves the old journal beside the new file.
		await fs.writeFile(journal, before ?? '');
		const again = await open();
		expect(again.data.games).toEqual({ a: { n: 2 } });

		// Lines after the file's number still count, and numbers run on from the highest seen.
		await fs.writeFile(journal, `${before}{"seq":3,"change":${JSON.stringify(add('a', 10))}}\n`);
		const third = await open();
		expect(third.data.games).toEqual({ a: { n: 12 } });
		await third.record(as(add('b')));
		expect((await lines())[0]?.seq).toBe(4);
	});

	test('a torn last line (an append cut off by a crash, never acknowledged) is dropped with a log line', async () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const store = await open();
		await store.record(as(add('a')));
		await fs.appendFile(journal, '{"seq":2,"change":{"op":"add","ke');
		const again = await open();
		expect(again.data.games).toEqual({ a: { n: 1 } });
		expect(warn).toHaveBeenCalledWith(expect.stringContaining(`${journal}: dropped its last line`));
		// Folded and removed: the torn line cannot end up in the middle of later lines.
		expect(await text(journal)).toBeNull();
		await again.record(as(add('a')));
		expect((await open()).data.games).toEqual({ a: { n: 2 } });
	});

	for (const [name, content] of [
		['garbage', 'this is not json\n'],
		['a line that is not a change', '{"seq":2,"change":{"op":"drop"}}\n'],
		['numbers that do not grow', '{"seq":1,"change":{"op":"add","key":"z","by":1}}\n'],
		['a change that does not fit the data', '{"seq":2,"change":{"op":"put","key":"a","value":1}}\n']
	] as const) {
		test(`${name} before the last line refuses to start, naming the journal, and leaves both files untouched`, async () => {
			const store = await open();
			await store.record(as(add('a')));
			await fs.appendFile(journal, `${content}{"seq":9,"change":{"op":"add","key":"b","by":1}}\n`);
			const [data, log] = [await text(file), await text(journal)];
			const opening = open();
			await expect(opening).rejects.toBeInstanceOf(DataFileError);
			await expect(opening).rejects.toThrow(`The journal ${journal} cannot be used: line 2`);
			await expect(opening).rejects.toThrow(/left untouched.*move the journal aside/);
			expect(await text(file)).toBe(data);
			expect(await text(journal)).toBe(log);
		});
	}

	test('garbage in the middle of the journal is refused even when it is the last whole line', async () => {
		await open().then((store) => store.record(as(add('a'))));
		await fs.appendFile(journal, 'not json at all\n');
		await expect(open()).rejects.toThrow(/line 2 is not valid JSON/);
	});
});

describe('failed appends', () => {
	test('a failed append is refused, undone in memory with the changes applied on top, and cut off the file', async () => {
		const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
		const store = await open();
		await store.record(as(add('kept', 1)));
		const saved = await text(journal);
		failNext('write', 'db.json.journal', 'ENOSPC');
		const first = store.record(as(add('kept', 10)));
		// Applied in memory on top of the failing one, while it is being written.
		const later = store.record(as(add('other', 1)));
		const results = await Promise.allSettled([first, later]);
		for (const result of results) {
			expect(result.status === 'rejected' && result.reason).toBeInstanceOf(SaveError);
		}
		expect(store.data.games).toEqual({ kept: { n: 1 } });
		// The half-written line is gone: the journal is exactly as before.
		expect(await text(journal)).toBe(saved);
		expect(errors).toHaveBeenCalledWith(expect.stringContaining(`Could not save to ${file}`));
		expect(errors).toHaveBeenCalledWith(expect.stringContaining('ENOSPC'));

		// Saving works again: the same change is accepted and counted once.
		await store.record(as(add('kept', 10)));
		expect((await open()).data.games).toEqual({ kept: { n: 11 } });
	});

	test('a failed flush is a failed save, and its line does not come back at the next start', async () => {
		vi.spyOn(console, 'error').mockImplementation(() => {});
		const store = await open();
		await store.record(as(add('a')));
		failNext('datasync', 'db.json.journal');
		await expect(store.record(as(add('a', 100)))).rejects.toThrow(/Could not save .*EIO/);
		expect(store.data.games).toEqual({ a: { n: 1 } });
		expect((await open()).data.games).toEqual({ a: { n: 1 } });
	});

	test('when a failed append cannot be cut off either, the next save rewrites the whole file', async () => {
		vi.spyOn(console, 'error').mockImplementation(() => {});
		const store = await open();
		await store.record(as(add('a')));
		failNext('datasync', 'db.json.journal');
		failNext('truncate', 'db.json.journal');
		await expect(store.record(as(add('a', 100)))).rejects.toBeInstanceOf(SaveError);
		// The refused line is still in the journal: nothing may be appended after it.
		expect((await lines()).map((line) => line.change)).toEqual([add('a'), add('a', 100)]);
		watch.log = [];
		await store.record(as(add('b')));
		expect(watch.log).toContain('rename db.json');
		expect(watch.log).toContain('rm db.json.journal');
		expect(await text(journal)).toBeNull();
		expect((await open()).data.games).toEqual({ a: { n: 1 }, b: { n: 1 } });
	});

	test('a journal that cannot be created (its path taken by a folder) refuses the change', async () => {
		vi.spyOn(console, 'error').mockImplementation(() => {});
		const store = await open();
		await fs.mkdir(journal);
		await expect(store.record(as(add('a')))).rejects.toThrow(`Could not save to ${file}: EISDIR`);
		expect(store.data.games).toEqual({});
		await fs.rm(journal, { recursive: true });
		await store.record(as(add('a')));
		expect((await open()).data.games).toEqual({ a: { n: 1 } });
	});
});

describe('rewriting the whole file', () => {
	test('once the journal holds as many bytes as allowed, the next batch rewrites the file and empties the journal', async () => {
		const store = await open({ journalBytes: 200 });
		let rewrites = 0;
		watch.after = (op, name) => {
			if (op === 'rename' && name === 'db.json') rewrites += 1;
		};
		for (let i = 0; i < 40; i++) await store.record(as(add(`k${i % 3}`)));
		// About 60 bytes a line: a rewrite every four lines or so, not every line.
		expect(rewrites).toBeGreaterThanOrEqual(5);
		expect(rewrites).toBeLessThanOrEqual(15);
		expect((await lines()).length).toBeLessThan(5);
		expect((await open()).data.games).toEqual({ k0: { n: 14 }, k1: { n: 13 }, k2: { n: 13 } });
	});

	test('a change that is not described as data rewrites the file with the journaled changes before it', async () => {
		const store = await open();
		await store.record(as(add('a')));
		const pending = store.record(as(add('a')));
		await store.update((data) => {
			data.games.b = { n: 7 };
		});
		await pending;
		expect(await text(journal)).toBeNull();
		expect(JSON.parse((await text(file)) ?? '')).toEqual({
			journalSeq: 2,
			version: 1,
			games: { a: { n: 2 }, b: { n: 7 } }
		});
	});

	test('a rewrite that fails only delays the rewrite: the batch is journaled and acknowledged', async () => {
		const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
		const store = await open({ journalBytes: 1 });
		await store.record(as(add('a')));
		failNext('write', '.db.json.tmp', 'ENOSPC');
		await store.record(as(add('a')));
		expect(errors).toHaveBeenCalledWith(expect.stringContaining(`Could not rewrite ${file}`));
		expect((await lines()).map((line) => line.seq)).toEqual([1, 2]);
		expect((await open()).data.games).toEqual({ a: { n: 2 } });
	});

	test('a rewrite whose folder flush fails after the rename: its lines still count once', async () => {
		vi.spyOn(console, 'error').mockImplementation(() => {});
		const store = await open({ journalBytes: 1 });
		await store.record(as(add('a')));
		failNext('sync', basename(dir));
		// The new file (with this change, numbered 2) is in place; the line numbered 2 is journaled too.
		await store.record(as(add('a', 5)));
		expect((await lines()).map((line) => line.seq)).toEqual([1, 2]);
		expect(JSON.parse((await text(file)) ?? '')).toMatchObject({ journalSeq: 2 });
		expect((await open()).data.games).toEqual({ a: { n: 6 } });
	});

	test('compact() (at a clean shutdown) folds the journal into the file', async () => {
		const store = await open();
		await Promise.all([store.record(as(add('a'))), store.record(as(add('b')))]);
		await store.compact();
		expect(await text(journal)).toBeNull();
		expect(JSON.parse((await text(file)) ?? '')).toMatchObject({
			journalSeq: 2,
			games: { a: { n: 1 }, b: { n: 1 } }
		});
		watch.log = [];
		await store.compact();
		expect(watch.log).toEqual([]);
	});

	test('a read-only store replays in memory and writes nothing', async () => {
		const store = await open();
		await store.record(as(add('a')));
		const [data, log] = [await text(file), await text(journal)];
		const reader = await Store.open(file, journalSchema, { readOnly: true });
		expect(reader.data.games).toEqual({ a: { n: 1 } });
		await expect(reader.record(as(add('a')))).rejects.toThrow(/read-only/);
		expect([await text(file), await text(journal)]).toEqual([data, log]);
	});
});

/** One step of a generated run: changes sent together (one or more batches), then awaited. */
type Step =
	{ kind: 'add'; key: string; by: number } | { kind: 'update'; key: string; value: number };

/** The files at the moment of a crash, and which changes had been answered by then. */
interface Crash {
	db: string | null;
	journal: string | null;
	acked: number[];
	pending: number[];
}

function applyModel(data: TestData, step: Step): void {
	if (step.kind === 'add') applyTestChange(data, { op: 'add', key: step.key, by: step.by });
	else data.games[step.key] = { n: step.value };
}

describe('crashes at random moments', () => {
	test('a restart finds exactly the acknowledged changes, plus at most a prefix of those in flight', async () => {
		vi.spyOn(console, 'error').mockImplementation(() => {});
		vi.spyOn(console, 'warn').mockImplementation(() => {});
		const step = fc.oneof(
			{
				weight: 4,
				arbitrary: fc.record({
					kind: fc.constant('add' as const),
					key: fc.constantFrom('a', 'b', 'c'),
					by: fc.integer({ min: 1, max: 9 })
				})
			},
			{
				weight: 1,
				arbitrary: fc.record({
					kind: fc.constant('update' as const),
					key: fc.constantFrom('a', 'd'),
					value: fc.integer({ min: 0, max: 99 })
				})
			}
		);
		await fc.assert(
			fc.asyncProperty(
				fc.array(fc.array(step, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 }),
				fc.nat({ max: 120 }),
				fc.array(fc.nat({ max: 120 }), { maxLength: 3 }),
				fc.integer({ min: 50, max: 400 }),
				async (waves, crashAt, failAt, journalBytes) => {
					await fs.rm(dir, { recursive: true, force: true });
					await fs.mkdir(dir);
					const store = await open({ journalBytes });
					const sent: { step: Step; state: 'pending' | 'acked' | 'refused' }[] = [];
					let crash = null as Crash | null;
					const capture = () => {
						const read = (path: string) => {
							try {
								return readFileSync(path, 'utf8');
							} catch {
								return null;
							}
						};
						crash = {
							db: read(file),
							journal: read(journal),
							acked: sent.flatMap((s, i) => (s.state === 'acked' ? [i] : [])),
							pending: sent.flatMap((s, i) => (s.state === 'pending' ? [i] : []))
						};
					};
					let calls = 0;
					// Failures only where the store can undo them; a failed undo is tested above.
					const failing = new Set(failAt);
					watch.before = (op) => {
						calls += 1;
						if (crash === null && calls === crashAt) capture();
						const undoable = ['write', 'datasync', 'rename'].includes(op);
						return undoable && failing.has(calls) ? errno('EIO') : null;
					};
					for (const wave of waves) {
						await Promise.allSettled(
							wave.map((s) => {
								const entry = { step: s, state: 'pending' as 'pending' | 'acked' | 'refused' };
								sent.push(entry);
								const saved =
									s.kind === 'add'
										? store.record(as({ op: 'add', key: s.key, by: s.by }))
										: store.update((data) => {
												data.games[s.key] = { n: s.value };
											});
								return saved.then(
									() => (entry.state = 'acked'),
									() => (entry.state = 'refused')
								);
							})
						);
					}
					watch.before = null;
					// No crash during the run: the files once everything settled.
					if (crash === null) capture();
					if (crash === null) throw new Error('no crash captured');
					const { db, journal: log, acked, pending } = crash;
					// A new process on the files as they were at the crash.
					await fs.rm(dir, { recursive: true, force: true });
					await fs.mkdir(dir);
					if (db !== null) await fs.writeFile(file, db);
					if (log !== null) await fs.writeFile(journal, log);
					const restarted = await open({ journalBytes });
					const states: unknown[] = [];
					for (let k = 0; k <= pending.length; k++) {
						const model: TestData = { version: 1, games: {} };
						for (const i of [...acked, ...pending.slice(0, k)]) applyModel(model, sent[i]!.step);
						states.push(model.games);
					}
					expect(states).toContainEqual(restarted.data.games);
				}
			),
			{ numRuns: 150 }
		);
	});
});
