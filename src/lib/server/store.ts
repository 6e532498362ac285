// A JSON file database on lowdb that never loses acknowledged data and never silently resets.
// Every change goes through `update`: changes apply in order in memory, then are written together
// (one atomic write for all changes waiting at that moment), and each caller is answered only after
// the write that holds its change has reached the disk. If that write fails, the change is undone.
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { Low } from 'lowdb';
import { DataFile } from 'lowdb/node';

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

	private constructor(file: string, schema: Schema<T>) {
		this.file = file;
		this.#schema = schema;
		const adapter = new DataFile<T>(file, {
			parse: (text) => this.#parse(text),
			stringify: (data) => {
				this.#lastWritten = JSON.stringify(data);
				return this.#lastWritten;
			}
		});
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
	 */
	update<R>(change: (data: T) => R): Promise<R> {
		let result: R;
		try {
			result = change(this.#db.data);
		} catch (error) {
			return Promise.reject(error);
		}
		return new Promise<R>((resolve, reject) => {
			this.#waiting.push({ resolve: () => resolve(result), reject });
			this.#flushSoon();
		});
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
					for (const pending of refused) pending.reject(new SaveError(this.file, error));
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
