// The one place that owns the app's data file: one store per server process.
// Path: DB_FILE, else DATA_DIR/db.json, else ./data/db.json (relative to where the server starts).
import { join } from 'node:path';
import { env } from '$env/dynamic/private';
import { appStorage, type SavedChange } from './changes';
import type { AppData } from './schema';
import { Store } from './store';

export function dataFilePath(vars: { DB_FILE?: string; DATA_DIR?: string }): string {
	if (vars.DB_FILE) return vars.DB_FILE;
	return join(vars.DATA_DIR || 'data', 'db.json');
}

let opening: Promise<Store<AppData, SavedChange>> | null = null;
let opened: Store<AppData, SavedChange> | null = null;

/** The store once it is open (hooks.server.ts opens it at start), else null: for synchronous reads. */
export function openedDatabase(): Store<AppData, SavedChange> | null {
	return opened;
}

export function database(): Promise<Store<AppData, SavedChange>> {
	if (!opening) {
		opening = Store.open(
			dataFilePath({ DB_FILE: env.DB_FILE, DATA_DIR: env.DATA_DIR }),
			appStorage
		);
		// At a clean shutdown (adapter-node's event, once every request is answered) the journal is
		// folded into the data file, so the next start reads one file. After a crash, the next start does it.
		const store = opening;
		void store.then(
			(db) => (opened = db),
			() => {}
		);
		process.once('sveltekit:shutdown', () => {
			void store.then((db) => db.compact()).catch(() => {});
		});
	}
	return opening;
}
