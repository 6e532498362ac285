// A JSON file database on lowdb that never loses acknowledged data and never silently resets.
// Every change goes through `update`: changes apply in order in memory, then are written together
// (one atomic write for all changes waiting at that moment), and each caller is answered only after
// the write that holds its change has reached the disk. If that write fails, the change is undone.
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { Low, type Adapter } from 'lowdb';

/** The data file is unreadable or invalid: the server must not start on it, nor overwrite it. */
export class DataFileError extends Error {
	constructor(
		readonly file: string,
		problem: string
	) {
		super(
			`The data file ${file} cannot be used: ${problem}. ` +
				'It has been left untouched. To recover, restore it from a backup, or move it aside ' +
				'(for example to db.json.bad) so that a new empty database is created on the next start.'
		);
		this.name = 'DataFileError';
	}
}

/** Saving failed (disk full, read-only folder…): the change was not kept. */
export class SaveError extends Error {
	constructor(
		readonly file: string,
		cause: unknown
	) {
		super(`Could not save to ${file}: ${cause instanceof Error ? cause.message : String(cause)}`, {
			cause
		});
		this.name = 'SaveError';
	}
}

export interface Schema<T> {
	/** Data for a file that does not exist yet. */
	empty(): T;
	/** Returns a description of what is wrong with `data`, or null when it is valid. */
	problem(data: unknown): string | null;
}

/**
 * The file as lowdb's adapter. A write goes to a temporary file next to the data file, is flushed to
 * the disk (fsync), then renamed over the data file, and the folder is flushed so the rename itself
 * survives a power cut. lowdb's own file adapter (steno) does the same without the flushes: after a
 * crash of the machine (not just of the process) the data file could then be empty or older than
 * what was acknowledged.
 */
class DurableFile<T> implements Adapter<T> {
	readonly #file: string;
	readonly #temp: string;
	readonly #parse: (text: string) => T;
	readonly #stringify: (data: T) => string;

	constructor(file: string, parse: (text: string) => T, stringify: (data: T) => string) {
		this.#file = file;
		this.#temp = join(dirname(file), `.${basename(file)}.tmp`);
		this.#parse = parse;
		this.#stringify = stringify;
	}

	async read(): Promise<T | null> {
		let text: string;
		try {
			text = await readFile(this.#file, 'utf8');
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
			throw error;
		}
		return this.#parse(text);
	}

	async write(data: T): Promise<void> {
		const text = this.#stringify(data);
		try {
			const handle = await open(this.#temp, 'w');
			try {
				await handle.writeFile(text, 'utf8');
				await handle.sync();
			} finally {
				await handle.close();
			}
		} catch (error) {
			// A half-written temporary file only takes room (on a full disk, room that is needed).
			await rm(this.#temp, { force: true }).catch(() => {});
			throw error;
		}
		await rename(this.#temp, this.#file);
		await syncFolder(dirname(this.#file));
	}
}

/** Flushes a folder's entries (a rename) to the disk; Windows cannot open folders, and needs not. */
async function syncFolder(folder: string): Promise<void> {
	if (process.platform === 'win32') return;
	const handle = await open(folder, 'r');
	try {
		await handle.sync();
	} finally {
		await handle.close();
	}
}

interface Pending {
	resolve(): void;
	reject(error: unknown): void;
}

export class Store<T> {
	readonly file: string;
	#db: Low<T>;
	#schema: Schema<T>;
	/** The last text known to be on disk: what the data is rolled back to when a write fails. */
	#saved = '';
	#lastWritten = '';
	#waiting: Pending[] = [];
	#writing: Promise<void> | null = null;
	/** Settles once every change applied so far is saved or undone. */
	#settled: Promise<void> = Promise.resolve();

	private constructor(file: string, schema: Schema<T>) {
		this.file = file;
		this.#schema = schema;
		const adapter = new DurableFile<T>(
			file,
			(text) => this.#parse(text),
			(data) => {
				this.#lastWritten = JSON.stringify(data);
				return this.#lastWritten;
			}
		);
		this.#db = new Low<T>(adapter, schema.empty());
	}

	/** Opens (or creates) the file. Throws DataFileError for a corrupt or hand-broken file. */
	static async open<T>(file: string, schema: Schema<T>): Promise<Store<T>> {
		const store = new Store(resolve(file), schema);
		await mkdir(dirname(store.file), { recursive: true });
		try {
			await store.#db.read();
		} catch (error) {
			if (error instanceof DataFileError) throw error;
			throw new DataFileError(
				store.file,
				`it cannot be read (${error instanceof Error ? error.message : String(error)})`
			);
		}
		store.#saved = JSON.stringify(store.#db.data);
		return store;
	}

	/** Read-only view of the current data. Do not mutate it: use `update`. */
	get data(): Readonly<T> {
		return this.#db.data;
	}

	/**
	 * Applies `change` to the data and resolves with its result once the change is on disk.
	 * `change` runs synchronously and alone, so read-check-write inside it is safe from races.
	 * It must make all its checks before its first mutation (as a form action validates before it
	 * saves): a change that throws is not written, and whatever it had already mutated stays in memory.
	 * A change that throws while earlier changes are still unsaved runs once more after they settle,
	 * so that a refusal never rests on a change that failed to save.
	 */
	update<R>(change: (data: T) => R): Promise<R> {
		try {
			return this.#enqueue(change(this.#db.data));
		} catch (error) {
			if (this.#waiting.length === 0 && this.#writing === null) return Promise.reject(error);
			// Refused on top of changes that are not on disk yet: if their write fails they are undone,
			// and the refusal would have been for a state that never existed (a "time's up" for an
			// answer that was never saved, say). Let them settle, then check once more.
			return this.#settled.then(() => this.#enqueue(change(this.#db.data)));
		}
	}

	#enqueue<R>(result: R): Promise<R> {
		const saved = new Promise<R>((resolve, reject) => {
			this.#waiting.push({ resolve: () => resolve(result), reject });
			this.#flushSoon();
		});
		this.#settled = saved.then(
			() => {},
			() => {}
		);
		return saved;
	}

	#flushSoon(): void {
		if (this.#writing) return;
		this.#writing = (async () => {
			// Writes one batch at a time; changes that arrive during a write wait for the next one.
			while (this.#waiting.length > 0) {
				const batch = this.#waiting;
				this.#waiting = [];
				try {
					await this.#db.write();
					this.#saved = this.#lastWritten;
					for (const pending of batch) pending.resolve();
				} catch (error) {
					// The batch is lost, and so are later changes already applied on top of it in memory:
					// go back to what is on disk and refuse them all, so nothing is acknowledged unsaved.
					this.#db.data = JSON.parse(this.#saved) as T;
					const refused = [...batch, ...this.#waiting];
					this.#waiting = [];
					const failure = new SaveError(this.file, error);
					// Players see "could not be saved"; whoever runs the server must learn why.
					console.error(`${failure.message} (${refused.length} change(s) refused)`);
					for (const pending of refused) pending.reject(failure);
				}
			}
			this.#writing = null;
		})();
	}

	#parse(text: string): T {
		if (text.trim() === '') throw new DataFileError(this.file, 'the file is empty');
		let data: unknown;
		try {
			data = JSON.parse(text);
		} catch (error) {
			const detail = error instanceof Error ? error.message : String(error);
			throw new DataFileError(this.file, `it is not valid JSON (${detail})`);
		}
		const problem = this.#schema.problem(data);
		if (problem) throw new DataFileError(this.file, problem);
		return data as T;
	}
}
