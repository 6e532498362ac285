// The data file as lowdb's adapter: the whole data, written so that a crash never leaves it half
// written. It also carries the journal's sequence number up to which it holds every change (see
// journal.ts), so that a restart replays only the journal lines that came after it.
import { open, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';

/** The key under which the data file records its journal sequence number (absent means 0). */
const seqKey = 'journalSeq';

/** A full write failed; `replaced` says whether the new file had already been renamed into place. */
export class FullWriteError extends Error {
	constructor(
		readonly replaced: boolean,
		cause: unknown
	) {
		super(cause instanceof Error ? cause.message : String(cause), { cause });
		this.name = 'FullWriteError';
	}
}

/** The text of the data file for `data` holding the journal up to `seq`. */
export function snapshotText<T extends object>(data: T, seq: number): string {
	// A file that never had a journal stays plain lowdb JSON.
	return JSON.stringify(seq > 0 ? { [seqKey]: seq, ...data } : data);
}

/** Splits a parsed data file into its sequence number and the data; a problem is thrown as text. */
export function splitSnapshot(parsed: unknown): { seq: number; data: unknown } {
	if (typeof parsed !== 'object' || parsed === null || !(seqKey in parsed)) {
		return { seq: 0, data: parsed };
	}
	const { [seqKey]: seq, ...data } = parsed as Record<string, unknown>;
	if (!Number.isSafeInteger(seq) || (seq as number) < 0) {
		throw new Error(`"${seqKey}" is not a whole number ≥ 0`);
	}
	return { seq: seq as number, data };
}

/**
 * A write goes to a temporary file next to the data file, is flushed to the disk (fsync), then
 * renamed over the data file, and the folder is flushed so the rename itself survives a power cut.
 * lowdb's own file adapter (steno) does the same without the flushes: after a crash of the machine
 * (not just of the process) the data file could then be empty or older than what was acknowledged.
 */
export class DurableFile<T extends object> implements Adapter<T> {
	readonly #file: string;
	readonly #temp: string;
	readonly #parse: (text: string) => T;
	readonly #seq: () => number;
	/** The text of the last read or write: what the data goes back to when a later save fails. */
	lastText = '';

	constructor(file: string, parse: (text: string) => T, seq: () => number) {
		this.#file = file;
		this.#temp = join(dirname(file), `.${basename(file)}.tmp`);
		this.#parse = parse;
		this.#seq = seq;
	}

	async read(): Promise<T | null> {
		let text: string;
		try {
			text = await readFile(this.#file, 'utf8');
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
			throw error;
		}
		const data = this.#parse(text);
		this.lastText = text;
		return data;
	}

	/** Turns the data into text at once (callers rely on that), then writes it. */
	async write(data: T): Promise<void> {
		const text = snapshotText(data, this.#seq());
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
			throw new FullWriteError(false, error);
		}
		try {
			await rename(this.#temp, this.#file);
		} catch (error) {
			await rm(this.#temp, { force: true }).catch(() => {});
			throw new FullWriteError(false, error);
		}
		try {
			await syncFolder(dirname(this.#file));
		} catch (error) {
			throw new FullWriteError(true, error);
		}
		this.lastText = text;
	}
}

/** Flushes a folder's entries (a rename, a new file) to the disk; Windows cannot open folders, and needs not. */
export async function syncFolder(folder: string): Promise<void> {
	if (process.platform === 'win32') return;
	const handle = await open(folder, 'r');
	try {
		await handle.sync();
	} finally {
		await handle.close();
	}
}
