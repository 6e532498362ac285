// A JSON file database on lowdb that never loses acknowledged data and never silently resets.
//
// Every change goes through the store: changes apply in order in memory, then are saved together
// (all changes waiting at that moment in one write), and each caller is answered only after the
// write that holds its change has reached the disk. If that write fails, the change is undone.
//
// A write is one of two kinds. Most changes (an answer, the next question) are described as data
// and saved by appending one line each to a journal beside the data file and flushing it: well
// under a millisecond, where rewriting the whole file took ten or more at the end of a large class.
// The whole file (lowdb, through DurableFile) is rewritten for changes that are not described as
// data, when the journal has grown as large as the file, at a clean shutdown, and at a start that
// found a journal. A start reads the file, then replays the journal's later lines through the same
// function that applied them in memory.
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { Low } from 'lowdb';
import { DurableFile, FullWriteError, splitSnapshot } from './durable-file';
import { JournalFile, journalLines, journalPath, parseJournal } from './journal';

const defaultRecovery = (file: string) =>
	'It has been left untouched. To recover, restore it from a backup, or move it aside (for example ' +
	`to ${file}.bad, with its journal ${journalPath(file)} if there is one) so that a new empty ` +
	'database is created on the next start.';

/** The data file or its journal is unreadable or invalid: the server must not start on it, nor overwrite it. */
export class DataFileError extends Error {
	constructor(
		readonly file: string,
		problem: string,
		described: { what: string; recovery: string } = {
			what: 'data file',
			recovery: defaultRecovery(file)
		}
	) {
		super(`The ${described.what} ${file} cannot be used: ${problem}. ${described.recovery}`);
		this.name = 'DataFileError';
	}
}

/** Saving failed (disk full, read-only folder…): the change was not kept. */
export class SaveError extends Error {
	constructor(
		readonly file: string,
		cause: unknown
	) {
		super(`Could not save to ${file}: ${message(cause)}`, { cause });
		this.name = 'SaveError';
	}
}

function message(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

/** Changes that can be described as data, and the one function that applies them. */
export interface Journal<T, C> {
	/** What is wrong with a change (as read back from JSON), or null when it is well formed. */
	problem(change: unknown): string | null;
	/**
	 * Applies a change to the data, in memory now and again at every replay, so it must depend on
	 * nothing but its arguments. It throws (before mutating anything) if the change does not fit.
	 */
	apply(data: T, change: C): void;
}

export interface Schema<T, C = never> {
	/** Data for a file that does not exist yet. */
	empty(): T;
	/** Returns a description of what is wrong with `data`, or null when it is valid. */
	problem(data: unknown): string | null;
	/** The changes that may be journaled; without it every change rewrites the whole file. */
	journal?: Journal<T, C>;
}

export interface StoreOptions {
	/**
	 * Journal bytes after which the next save rewrites the whole file and empties the journal. The
	 * file's own size is used when it is larger, so that rewriting costs about as much as it spares.
	 */
	journalBytes?: number;
	/** Only read the data (the file, then its journal, in memory): never write, refuse every change. */
	readOnly?: boolean;
}

/** What a journaled change decided: the change to save, and what its caller learns once it is applied. */
export interface Decision<T, C, R> {
	change: C;
	result(data: T): R;
}

interface Pending {
	/** The change as JSON, for the journal; null for a change only a whole-file write can save. */
	change: string | null;
	resolve(): void;
	reject(error: unknown): void;
}

const defaultJournalBytes = 256 * 1024;

export class Store<T extends object, C = never> {
	readonly file: string;
	readonly journalFile: string;
	#db: Low<T>;
	#full: DurableFile<T>;
	#schema: Schema<T, C>;
	#journal: JournalFile;
	#journalBytesMin: number;
	#readOnly: boolean;
	/** The last sequence number given out: a line's, or the whole file's (which holds all before it). */
	#seq = 0;
	/** Changes journaled since the file was last written whole, as JSON: a failed save replays them. */
	#journaled: string[] = [];
	#journaledBytes = 0;
	/** Journal bytes at which the next save writes the whole file. */
	#rewriteAt: number;
	/** The whole file on disk may hold refused changes: only a whole-file write may follow. */
	#diskAhead = false;
	#waiting: Pending[] = [];
	/** The flush loop while it runs: it runs while any change waits. */
	#writing: Promise<void> | null = null;
	/** Changes queued, and changes settled (saved or refused), since the store opened: in queue order. */
	#queued = 0;
	#settledCount = 0;
	/** Why the store takes no more changes, when its memory may differ from its file (see #refuse). */
	#broken: string | null = null;
	/** Refused changes waiting for the changes queued before them to settle (see #attempt). */
	#afterSettled: { upTo: number; run: () => void }[] = [];

	private constructor(file: string, schema: Schema<T, C>, options: StoreOptions) {
		this.file = file;
		this.journalFile = journalPath(file);
		this.#schema = schema;
		this.#journalBytesMin = options.journalBytes ?? defaultJournalBytes;
		this.#readOnly = options.readOnly ?? false;
		this.#rewriteAt = this.#journalBytesMin;
		this.#full = new DurableFile<T>(
			file,
			(text) => {
				const read = this.#parse(text);
				this.#seq = read.seq;
				return read.data;
			},
			() => this.#seq
		);
		this.#db = new Low<T>(this.#full, schema.empty());
		this.#journal = new JournalFile(this.journalFile, { exists: false, length: 0, clean: true });
	}

	/** Opens (or creates) the file and replays its journal. Throws DataFileError for a corrupt or hand-broken file. */
	static async open<T extends object, C = never>(
		file: string,
		schema: Schema<T, C>,
		options: StoreOptions = {}
	): Promise<Store<T, C>> {
		const store = new Store(resolve(file), schema, options);
		if (!store.#readOnly) await mkdir(dirname(store.file), { recursive: true });
		try {
			await store.#db.read();
		} catch (error) {
			if (error instanceof DataFileError) throw error;
			throw new DataFileError(store.file, `it cannot be read (${message(error)})`);
		}
		await store.#replay();
		return store;
	}

	/** Read-only view of the current data. Do not mutate it: use `update` or `record`. */
	get data(): Readonly<T> {
		return this.#db.data;
	}

	/**
	 * Applies `change` to the data and resolves with its result once the change is on disk, in a
	 * rewrite of the whole file. `change` runs synchronously and alone, so read-check-write inside it
	 * is safe from races. It must make all its checks before its first mutation (as a form action
	 * validates before it saves): a change that throws is not written, and whatever it had already
	 * mutated stays in memory. A change that throws while earlier changes are still unsaved runs
	 * once more after they settle, so that a refusal never rests on a change that failed to save.
	 */
	update<R>(change: (data: T) => R): Promise<R> {
		return this.#attempt(() => this.#enqueue(null, change(this.#db.data)));
	}

	/**
	 * Like `update`, for a change described as data: `decide` checks the data (without changing
	 * it) and returns the change; the store applies it with the journal's `apply`, appends it to the
	 * journal, and resolves with `result` (read right after applying) once it is on disk.
	 */
	record<R>(decide: (data: Readonly<T>) => Decision<T, C, R>): Promise<R> {
		return this.#attempt(() => {
			const journal = this.#schema.journal;
			if (!journal) throw new Error(`${this.file} has no journal`);
			const decision = decide(this.#db.data);
			// What is applied now is what a replay will apply: the change as read back from its JSON.
			const text = JSON.stringify(decision.change);
			const change: unknown = JSON.parse(text);
			const problem = journal.problem(change);
			if (problem) throw new Error(`Not saving a malformed change: ${problem}`);
			journal.apply(this.#db.data, change as C);
			return this.#enqueue(text, decision.result(this.#db.data));
		});
	}

	/**
	 * Writes the whole file once every change so far is settled, so that the journal is empty: at a
	 * clean shutdown, so the next start reads one file. A failure is only logged (the journal stays).
	 */
	async compact(): Promise<void> {
		while (this.#writing) await this.#writing;
		if (!this.#journal.exists && this.#journaled.length === 0) return;
		await this.update(() => undefined).catch(() => {});
	}

	#attempt<R>(apply: () => Promise<R>): Promise<R> {
		if (this.#readOnly) return Promise.reject(new Error(`${this.file} was opened read-only`));
		if (this.#broken) return Promise.reject(new SaveError(this.file, new Error(this.#broken)));
		try {
			return apply();
		} catch (error) {
			if (this.#settledCount === this.#queued) return Promise.reject(error);
			// Refused on top of changes that are not on disk yet: if their write fails they are undone,
			// and the refusal would have been for a state that never existed (a "time's up" for an
			// answer that was never saved, say). Let those changes settle (not the ones queued after
			// them, which under steady traffic may never stop coming), then check once more.
			const upTo = this.#queued;
			return new Promise<void>((run) => this.#afterSettled.push({ upTo, run })).then(apply);
		}
	}

	/**
	 * Counts `count` more changes as settled and lets the refused ones that waited for them retry.
	 * Waiters join in queue order (`upTo` never falls), so the ready ones are at the front.
	 */
	#settled(count: number): void {
		this.#settledCount += count;
		while ((this.#afterSettled[0]?.upTo ?? Infinity) <= this.#settledCount) {
			this.#afterSettled.shift()!.run();
		}
	}

	#enqueue<R>(change: string | null, result: R): Promise<R> {
		return new Promise<R>((resolve, reject) => {
			this.#waiting.push({ change, resolve: () => resolve(result), reject });
			this.#queued += 1;
			this.#flushSoon();
		});
	}

	#flushSoon(): void {
		if (this.#writing) return;
		this.#writing = (async () => {
			// Writes one batch at a time; changes that arrive during a write wait for the next one.
			try {
				while (this.#waiting.length > 0) {
					const batch = this.#waiting;
					this.#waiting = [];
					try {
						await this.#save(batch);
						for (const pending of batch) pending.resolve();
						this.#settled(batch.length);
					} catch (error) {
						this.#refuse(batch, error);
					}
				}
			} finally {
				this.#writing = null;
			}
		})();
	}

	/**
	 * A batch is lost, and so are later changes already applied on top of it in memory: go back to
	 * what is on disk and refuse them all, so nothing is acknowledged unsaved.
	 */
	#refuse(batch: Pending[], error: unknown): void {
		const refused = [...batch, ...this.#waiting];
		this.#waiting = [];
		const failure = new SaveError(this.file, error);
		try {
			this.#db.data = this.#savedData();
		} catch (cause) {
			// Memory may now hold changes that are not on disk: take no more, rather than save them later.
			this.#broken = `could not go back to what ${this.file} holds after a failed save`;
			console.error(`${this.#broken}; taking no more changes`, cause);
		}
		// Players see "could not be saved"; whoever runs the server must learn why.
		console.error(`${failure.message} (${refused.length} change(s) refused)`);
		for (const pending of refused) pending.reject(failure);
		this.#settled(refused.length);
	}

	/**
	 * Saves a batch. It must be called in the same turn as the batch was taken: the data in memory is
	 * then exactly what is on disk plus the batch, which is what a whole-file write turns into text.
	 */
	async #save(batch: Pending[]): Promise<void> {
		const lines = batch.flatMap((pending) => (pending.change === null ? [] : [pending.change]));
		const firstSeq = this.#seq + 1;
		// Numbers are never given twice, even to a refused line: the whole file that holds a batch is
		// numbered after it, so its lines, if they also reach the journal, are skipped on replay.
		this.#seq += lines.length;
		const journalOnly = lines.length === batch.length && !this.#diskAhead && this.#journal.clean;
		if (journalOnly && this.#journaledBytes < this.#rewriteAt) {
			await this.#appendLines(firstSeq, lines);
			return;
		}
		try {
			await this.#writeFull();
			return;
		} catch (error) {
			if (!(error instanceof FullWriteError)) throw error;
			if (!journalOnly) {
				if (error.replaced) this.#diskAhead = true;
				throw error.cause;
			}
			// Only the periodic rewrite failed: the batch can still be journaled. Try again later.
			console.error(
				`Could not rewrite ${this.file} (${error.message}); changes go on to ${this.journalFile}`
			);
			this.#rewriteAt = this.#journaledBytes + this.#journalBytesMin;
			try {
				await this.#appendLines(firstSeq, lines);
			} catch (cause) {
				// The new file (holding this batch) may have reached the disk after all: only a whole
				// write may follow it. Had the append worked, its lines (numbered at or before that
				// file) would have counted once either way.
				if (error.replaced) this.#diskAhead = true;
				throw cause;
			}
		}
	}

	async #appendLines(firstSeq: number, lines: string[]): Promise<void> {
		const text = journalLines(firstSeq, lines);
		await this.#journal.append(text);
		this.#journaled.push(...lines);
		this.#journaledBytes += text.length;
	}

	/** Writes the whole file (turning the data into text before anything else), then drops the journal. */
	async #writeFull(): Promise<void> {
		await this.#db.write();
		this.#diskAhead = false;
		this.#journaled = [];
		this.#journaledBytes = 0;
		this.#rewriteAt = Math.max(this.#journalBytesMin, this.#full.lastText.length);
		if (!this.#journal.exists) return;
		try {
			await this.#journal.remove();
		} catch (error) {
			// Its lines are all numbered at or before the file's, so a start skips them; it is retried.
			console.error(`Could not remove ${this.journalFile}: ${message(error)}`);
		}
	}

	/** The data as it is on disk: the whole file, then the lines journaled after it. */
	#savedData(): T {
		const text = this.#full.lastText;
		const data = text === '' ? this.#schema.empty() : this.#parse(text).data;
		const journal = this.#schema.journal;
		if (journal) for (const change of this.#journaled) journal.apply(data, JSON.parse(change) as C);
		return data;
	}

	/** Applies the journal's lines that came after the whole file, then folds them into it. */
	async #replay(): Promise<void> {
		let text: string;
		try {
			text = await readFile(this.journalFile, 'utf8');
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
			throw this.#journalError(`it cannot be read (${message(error)})`);
		}
		let read;
		try {
			read = parseJournal(text);
		} catch (error) {
			throw this.#journalError(message(error));
		}
		const fileSeq = this.#seq;
		const later = read.entries.filter((entry) => entry.seq > fileSeq);
		const journal = this.#schema.journal;
		if (later.length > 0 && !journal) throw this.#journalError('this store takes no journal');
		for (const entry of later) {
			if (!journal) break;
			const problem = journal.problem(entry.change);
			if (problem) throw this.#journalError(`line ${entry.line}: ${problem}`);
			try {
				journal.apply(this.#db.data, entry.change as C);
			} catch (error) {
				throw this.#journalError(`line ${entry.line} does not fit the data (${message(error)})`);
			}
			const change = JSON.stringify(entry.change);
			this.#journaled.push(change);
			this.#journaledBytes += change.length;
		}
		if (later.length > 0) {
			const problem = this.#schema.problem(this.#db.data);
			if (problem) throw this.#journalError(`once its lines are applied, ${problem}`);
		}
		this.#seq = Math.max(fileSeq, read.entries.at(-1)?.seq ?? 0);
		if (read.torn !== null) {
			console.warn(
				`${this.journalFile}: dropped its last line, cut off by a crash before it was acknowledged ` +
					`(${read.torn.length} characters: ${JSON.stringify(read.torn.slice(0, 80))})`
			);
		}
		this.#journal = new JournalFile(this.journalFile, {
			exists: true,
			length: read.wholeBytes,
			clean: read.torn === null
		});
		if (this.#readOnly) return;
		try {
			if (later.length > 0) await this.#writeFull();
			else await this.#journal.remove();
		} catch (error) {
			// A read-only folder, say: the server still starts, and its saves will say what is wrong.
			console.error(`Could not fold ${this.journalFile} into ${this.file}: ${message(error)}`);
		}
	}

	#journalError(problem: string): DataFileError {
		const journal = this.journalFile;
		return new DataFileError(journal, problem, {
			what: 'journal',
			recovery:
				`It has been left untouched, and so has ${this.file}. To recover, restore both from a ` +
				`backup, or move the journal aside (for example to ${journal}.bad): the server then ` +
				`starts from ${this.file} alone, without the changes saved after it was last written whole.`
		});
	}

	#parse(text: string): { seq: number; data: T } {
		if (text.trim() === '') throw new DataFileError(this.file, 'the file is empty');
		let parsed: unknown;
		try {
			parsed = JSON.parse(text);
		} catch (error) {
			throw new DataFileError(this.file, `it is not valid JSON (${message(error)})`);
		}
		let split: { seq: number; data: unknown };
		try {
			split = splitSnapshot(parsed);
		} catch (error) {
			throw new DataFileError(this.file, message(error));
		}
		const problem = this.#schema.problem(split.data);
		if (problem) throw new DataFileError(this.file, problem);
		return { seq: split.seq, data: split.data as T };
	}
}
