// A node:http server in the test's own process that runs a fast route as start.ts does (the route
// first, with the protocol header start.ts sets), and answers 599 for every request the route leaves
// to SvelteKit, so a test can tell the two apart.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastRoute } from '../../../src/lib/server/fast-route';

/** The status of a request the route left to SvelteKit. */
export const declined = 599;

export async function serveRoute(route: FastRoute): Promise<{ server: Server; base: string }> {
	const server = createServer((req, res) => {
		// As start.ts does: this server speaks plain http and says so in its own header.
		req.headers['x-tahaqqaq-protocol'] = 'http';
		if (route(req, res)) return;
		req.resume();
		res.statusCode = declined;
		res.end('left to SvelteKit');
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}
