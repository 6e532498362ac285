// The hand-over between the app's server bundle and the node:http server of `npm start`
// (src/cli/start.ts). The bundle registers its fast route at start-up (hooks.server.ts `init`), and
// start.ts looks it up after importing the bundle, so the route runs with the bundle's own modules:
// the same store instance as every SvelteKit route (two stores on one data file would lose
// answers). A global symbol, because start.ts and the bundle are loaded separately. This module
// imports nothing of the app, so start.ts can import it as it is.
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Serves the request and returns true; or returns false having read and written nothing, and
 * SvelteKit serves the request as usual.
 */
export type FastRoute = (req: IncomingMessage, res: ServerResponse) => boolean;

const key = Symbol.for('tahaqqaq.fast-route');
const registry = globalThis as unknown as Record<symbol, unknown>;

export function registerFastRoute(route: FastRoute): void {
	registry[key] = route;
}

/** The route the bundle registered, or null (a build from before the route existed). */
export function registeredFastRoute(): FastRoute | null {
	const route = registry[key];
	return typeof route === 'function' ? (route as FastRoute) : null;
}

/** The routes tried in turn: the first that takes the request serves it. */
export function firstOf(...routes: FastRoute[]): FastRoute {
	return (req, res) => routes.some((route) => route(req, res));
}
