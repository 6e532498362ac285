// Benchmark of saving one answer, on the data of a finished 500-student live class (10 answers each,
// the size the data file reaches at the end of the load benchmark's class): what the old way of
// saving cost (JSON.stringify of everything, then a write and fsync of the whole file, rename and
// folder fsync) against an append and fsync of one journal line, and the store's own two paths:
// `update` (rewrites the whole file) and `record` (appends one journal line).
import { mkdtempSync, rmSync } from 'node:fs';
import { open, rename } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newClassRecord, newStudent, recordLiveAnswer, seatStudent } from '$lib/classroom/record';
import { answerRecord } from '$lib/game/game';
import { appStorage, type SavedChange } from '../../src/lib/server/changes';
import { syncFolder } from '../../src/lib/server/durable-file';
import { emptyData, type AppData } from '../../src/lib/server/schema';
import { Store } from '../../src/lib/server/store';
import { percentile, random } from './pipeline';

export interface Timing {
	median: number;
	p95: number;
	runs: number;
}

export interface StoreReport {
	students: number;
	fileBytes: number;
	lineBytes: number;
	stringify: Timing;
	/** Write and fsync of the whole file into a temporary file. */
	writeSync: Timing;
	/** The whole save as before: stringify, write, fsync, rename, folder fsync. */
	fullSave: Timing;
	/** Append and fdatasync of one journal line (the file opened for each append, as the store does). */
	append: Timing;
	/** The store's `update` (whole-file rewrite) and `record` (journal line), one change at a time. */
	storeUpdate: Timing;
	storeRecord: Timing;
}

function timing(samples: number[]): Timing {
	const sorted = [...samples].sort((a, b) => a - b);
	return { median: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), runs: samples.length };
}

async function time(runs: number, run: () => Promise<unknown> | unknown): Promise<Timing> {
	const samples: number[] = [];
	for (let i = 0; i < runs; i++) {
		const started = performance.now();
		await run();
		samples.push(performance.now() - started);
	}
	return timing(samples);
}

function token(rand: () => number, length: number): string {
	const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
	return Array.from({ length }, () => letters[Math.floor(rand() * 64)]).join('');
}

/** A live class of `students` students who each answered all 10 questions, as the app saves it. */
export function finishedClass(students: number): AppData {
	const rand = random(7);
	const now = 1_763_900_000_000;
	const cls = newClassRecord(
		{
			id: token(rand, 22),
			code: '123456',
			teacherToken: token(rand, 43),
			mode: 'live',
			timed: false,
			questions: Array.from({ length: 10 }, (_, i) => ({
				id: `q-${i}-${token(rand, 12)}`,
				optionCount: 4
			})),
			deadline: null
		},
		now
	);
	cls.live = { phase: 'question', current: 9, shownAt: now, closedAt: null };
	for (let s = 0; s < students; s++) {
		const student = newStudent(cls, token(rand, 12), token(rand, 32), `Student ${s}`, now);
		seatStudent(cls, student);
		for (let q = 0; q < 10; q++) {
			const choice = Math.floor(rand() * 4);
			const score = {
				correct: choice === 0,
				points: choice === 0 ? 110 : 0,
				speedBonus: 0,
				streakBonus: 10,
				streak: 1
			};
			recordLiveAnswer(
				cls,
				student,
				q,
				answerRecord(cls.questions[q] ?? '', choice, score, 1234, now),
				1
			);
		}
	}
	return { ...emptyData(), classes: { [cls.id]: cls } };
}

export async function benchmarkStore(
	options: { students?: number; runs?: number } = {}
): Promise<StoreReport> {
	const students = options.students ?? 500;
	const runs = options.runs ?? 60;
	const data = finishedClass(students);
	const text = JSON.stringify(data);
	const dir = mkdtempSync(join(tmpdir(), 'tahaqqaq-store-bench-'));
	try {
		const temp = join(dir, 'temp.json');
		const stringify = await time(runs, () => JSON.stringify(data));
		const writeSync = await time(runs, async () => {
			const handle = await open(temp, 'w');
			await handle.writeFile(text, 'utf8');
			await handle.sync();
			await handle.close();
		});
		const fullSave = await time(runs, async () => {
			const handle = await open(temp, 'w');
			await handle.writeFile(JSON.stringify(data), 'utf8');
			await handle.sync();
			await handle.close();
			await rename(temp, join(dir, 'saved.json'));
			await syncFolder(dir);
		});

		// One answer's journal line, as the class answer writes it.
		const cls = Object.values(data.classes ?? {})[0];
		const studentId = cls?.roster[0] ?? '';
		const answer = cls?.students[studentId]?.answers[0];
		if (!cls || !answer) throw new Error('no class to answer in');
		const line = `${JSON.stringify({ seq: 1234, change: { kind: 'liveAnswer', classId: cls.id, studentId, index: 0, answer, streak: 1 } })}\n`;
		const append = await time(runs, async () => {
			const handle = await open(join(dir, 'journal'), 'a');
			await handle.writeFile(line);
			await handle.datasync();
			await handle.close();
		});

		// The store itself: the whole class saved, then one change at a time by each path. `record`
		// re-applies a known answer's change on a student whose slot is emptied first by `update`
		// in memory only (a rewrite), so that each record is a real, accepted answer.
		const file = join(dir, 'db.json');
		const store = await Store.open(file, appStorage, { journalBytes: Number.MAX_SAFE_INTEGER });
		await store.update((saved) => Object.assign(saved, structuredClone(data)));
		let flip = 0;
		const storeUpdate = await time(runs, () =>
			store.update((saved) => {
				const target = saved.classes?.[cls.id];
				if (target) target.hideLeaderboard = flip++ % 2 === 0;
			})
		);
		const changes: SavedChange[] = cls.roster.slice(0, runs).map((id) => ({
			kind: 'liveAnswer',
			classId: cls.id,
			studentId: id,
			index: 9,
			answer: { ...answer, question: cls.questions[9] ?? '' },
			streak: 1
		}));
		await store.update((saved) => {
			for (const id of cls.roster.slice(0, runs)) {
				const student = saved.classes?.[cls.id]?.students[id];
				if (student) student.answers[9] = null;
			}
		});
		let next = 0;
		const storeRecord = await time(runs, () =>
			store.record(() => ({ change: changes[next++] as SavedChange, result: () => undefined }))
		);
		return {
			students,
			fileBytes: Buffer.byteLength(text),
			lineBytes: Buffer.byteLength(line),
			stringify,
			writeSync,
			fullSave,
			append,
			storeUpdate,
			storeRecord
		};
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
