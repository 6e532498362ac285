// The journal beside the data file: one JSON line per saved change, `{"seq":N,"change":{...}}`,
// appended and flushed before the change is acknowledged. Sequence numbers only grow; the data file
// records the last one it holds (durable-file.ts), so a restart replays only the lines after it.
import { open, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { syncFolder } from './durable-file';

export function journalPath(dataFile: string): string {
	return `${dataFile}.journal`;
}

export interface JournalEntry {
	/** 1-based line number in the file, for messages. */
	line: number;
	seq: number;
	change: unknown;
}

export interface ReadJournal {
	entries: JournalEntry[];
	/** Bytes of the whole lines (everything before a torn last line). */
	wholeBytes: number;
	/** A last line without its line break (an append cut off by a crash), or null. */
	torn: string | null;
}

/** A line of the journal that is not what this program writes. */
export class JournalLineError extends Error {
	constructor(
		readonly line: number,
		problem: string
	) {
		super(`line ${line} ${problem}`);
		this.name = 'JournalLineError';
	}
}

/** The text of `changes` (each already JSON) as journal lines numbered from `firstSeq`. */
export function journalLines(firstSeq: number, changes: readonly string[]): string {
	let text = '';
	for (const [i, change] of changes.entries()) {
		text += `{"seq":${firstSeq + i},"change":${change}}\n`;
	}
	return text;
}

/**
 * Reads the journal's lines. Every line ends with a line break, so only the last one can be torn
 * (a crash in the middle of an append, which was never acknowledged): it is returned apart. Any
 * other line that is not a numbered change, or numbers that do not grow, throw JournalLineError.
 */
export function parseJournal(text: string): ReadJournal {
	const entries: JournalEntry[] = [];
	const end = text.lastIndexOf('\n') + 1;
	let start = 0;
	let line = 0;
	let previous = -1;
	while (start < end) {
		const stop = text.indexOf('\n', start);
		line += 1;
		const entry = parseLine(text.slice(start, stop), line);
		if (entry.seq <= previous) {
			throw new JournalLineError(line, `has sequence number ${entry.seq}, not above ${previous}`);
		}
		previous = entry.seq;
		entries.push(entry);
		start = stop + 1;
	}
	return {
		entries,
		wholeBytes: Buffer.byteLength(text.slice(0, end), 'utf8'),
		torn: end < text.length ? text.slice(end) : null
	};
}

function parseLine(text: string, line: number): JournalEntry {
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch (error) {
		const detail = error instanceof Error ? error.message : String(error);
		throw new JournalLineError(line, `is not valid JSON (${detail})`);
	}
	if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
		throw new JournalLineError(line, 'is not a JSON object');
	}
	const { seq, change } = parsed as { seq?: unknown; change?: unknown };
	if (!Number.isSafeInteger(seq) || (seq as number) < 1) {
		throw new JournalLineError(line, 'has no sequence number ("seq", a whole number ≥ 1)');
	}
	if (change === undefined) throw new JournalLineError(line, 'has no "change"');
	return { line, seq: seq as number, change };
}

/**
 * The journal file as the store writes it: appends that are flushed before they count, and undone
 * (cut back) when they fail. It is opened for each append, so a file moved away or a folder that
 * turned read-only is noticed at once instead of writing into a file nobody will read.
 */
export class JournalFile {
	readonly path: string;
	#exists: boolean;
	/** Bytes of whole lines in the file: where a failed append is cut back to. */
	#length: number;
	/** False when the file may end in lines or bytes that were refused (a failed append not undone). */
	#clean: boolean;
	/** Whether the file's entry in its folder is known to be on the disk. */
	#entryFlushed: boolean;

	constructor(path: string, state: { exists: boolean; length: number; clean: boolean }) {
		this.path = path;
		this.#exists = state.exists;
		this.#length = state.length;
		this.#clean = state.clean;
		this.#entryFlushed = state.exists;
	}

	get exists(): boolean {
		return this.#exists;
	}

	/** Whether appending is safe: the file holds only whole lines that were saved (or nothing). */
	get clean(): boolean {
		return this.#clean;
	}

	/** Appends `text` and flushes it to the disk; on failure the file is cut back to what it was. */
	async append(text: string): Promise<void> {
		if (!this.#clean)
			throw new Error(`${this.path} may end in refused lines; it is not appended to`);
		const bytes = Buffer.from(text, 'utf8');
		const handle = await open(this.path, 'a');
		this.#exists = true;
		try {
			await handle.writeFile(bytes);
			await handle.datasync();
			// A new file is only found after a power cut if its folder entry reached the disk too.
			if (!this.#entryFlushed) {
				await syncFolder(dirname(this.path));
				this.#entryFlushed = true;
			}
		} catch (error) {
			// Lines of a refused save must not come back at the next start: cut them off again.
			try {
				await handle.truncate(this.#length);
				await handle.datasync();
			} catch {
				this.#clean = false;
			}
			throw error;
		} finally {
			await handle.close().catch(() => {});
		}
		this.#length += bytes.length;
	}

	/** Deletes the file once the data file holds every line of it. Throws if that fails. */
	async remove(): Promise<void> {
		await rm(this.path, { force: true });
		this.#exists = false;
		this.#length = 0;
		this.#clean = true;
		this.#entryFlushed = false;
	}
}
