// The body SvelteKit answers an enhanced form post (`use:enhance`, Accept: application/json) with,
// for the fast answer route, which answers that post in SvelteKit's place and must be read by the
// page's `enhance` exactly like SvelteKit's own answer. The action's data is encoded as devalue
// (SvelteKit's serializer) encodes it; the data here are flat records of message keys and flags,
// and for those the encoding is short: a unit test compares it with devalue's own output.

type Flat = Record<string, string | boolean>;

const word = /^[A-Za-z][A-Za-z0-9]*$/u;

/**
 * devalue's `stringify` of a flat record: a list whose item 0 is the record with each value replaced
 * by the index of that value further down the list (each distinct value once, in order of first use).
 * Keys and string values must be plain words (message keys): anything else is a programming error.
 */
export function encodeFlat(data: Flat): string {
	const values: (string | boolean)[] = [];
	const record: Record<string, number> = {};
	for (const [name, value] of Object.entries(data)) {
		if (!word.test(name) || (typeof value === 'string' && !word.test(value))) {
			throw new Error(`encodeFlat takes plain words only, not ${name}: ${String(value)}`);
		}
		let at = values.indexOf(value);
		if (at === -1) at = values.push(value) - 1;
		record[name] = at + 1;
	}
	return JSON.stringify([record, ...values]);
}

/** A form action's outcome as SvelteKit's JSON answer: a success, or a failure with its status. */
export function actionResultBody(status: number, data: Flat): string {
	const type = status === 200 ? 'success' : 'failure';
	return JSON.stringify({ type, status, data: encodeFlat(data) });
}

/** An error as SvelteKit's JSON answer (sent with the error's own HTTP status). */
export function actionErrorBody(message: string): string {
	return JSON.stringify({ type: 'error', error: { message } });
}
