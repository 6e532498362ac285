// What a data folder holds, read the way a restarted server reads it: the data file, then the lines
// of its journal that came after it. Tests that look at saved data while the server runs use this,
// since most answers are in the journal until the file is next written whole. It never writes.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { appStorage } from '../../src/lib/server/changes';
import type { AppData } from '../../src/lib/server/schema';
import { Store } from '../../src/lib/server/store';

async function text(file: string): Promise<string | null> {
	try {
		return await readFile(file, 'utf8');
	} catch (error) {
		// No file there (a test may have put a folder in its place to make writes fail).
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT' || code === 'EISDIR') return null;
		throw error;
	}
}

/** The saved data in the data file `file` and its journal. */
export async function readSavedFile(file: string): Promise<AppData> {
	for (;;) {
		const before = await text(file);
		const store = await Store.open(file, appStorage, { readOnly: true });
		// Rewritten meanwhile (the journal then goes away): read again, or changes would be missed.
		if ((await text(file)) === before) return store.data as AppData;
	}
}

/** The saved data in a server's data folder (`db.json` and its journal). */
export function readSavedData(dataDir: string): Promise<AppData> {
	return readSavedFile(join(dataDir, 'db.json'));
}

/** Everything saved in a data folder, byte for byte: to check that nothing at all was written. */
export async function savedBytes(dataDir: string): Promise<string> {
	const file = join(dataDir, 'db.json');
	return `${(await text(file)) ?? ''}\n--- journal ---\n${(await text(`${file}.journal`)) ?? ''}`;
}
