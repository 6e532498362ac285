// The one place that owns the app's data file: one store per server process.
// Path: DB_FILE, else DATA_DIR/db.json, else ./data/db.json (relative to where the server starts).
import { join } from 'node:path';
import { env } from '$env/dynamic/private';
import { appSchema, type AppData } from './schema';
import { Store } from './store';

export function dataFilePath(vars: { DB_FILE?: string; DATA_DIR?: string }): string {
	if (vars.DB_FILE) return vars.DB_FILE;
	return join(vars.DATA_DIR || 'data', 'db.json');
}

let opening: Promise<Store<AppData>> | null = null;

export function database(): Promise<Store<AppData>> {
	opening ??= Store.open(dataFilePath({ DB_FILE: env.DB_FILE, DATA_DIR: env.DATA_DIR }), appSchema);
	return opening;
}
