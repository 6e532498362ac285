// `npm start`'s own server takes the timeouts adapter-node takes for `node build`, with its rules.
import { describe, expect, it } from 'vitest';
import { timeoutSeconds } from '../../../src/cli/start';

describe('timeoutSeconds', () => {
	it('reads whole seconds, and nothing when unset or empty', () => {
		expect(timeoutSeconds('KEEP_ALIVE_TIMEOUT', { KEEP_ALIVE_TIMEOUT: '60' })).toBe(60);
		expect(timeoutSeconds('HEADERS_TIMEOUT', { HEADERS_TIMEOUT: '0' })).toBe(0);
		expect(timeoutSeconds('KEEP_ALIVE_TIMEOUT', {})).toBeUndefined();
		expect(timeoutSeconds('KEEP_ALIVE_TIMEOUT', { KEEP_ALIVE_TIMEOUT: '' })).toBeUndefined();
	});

	it('refuses anything else with a message naming the setting', () => {
		for (const raw of ['-1', '1.5', '5s', ' 5', 'lots']) {
			expect(() => timeoutSeconds('KEEP_ALIVE_TIMEOUT', { KEEP_ALIVE_TIMEOUT: raw })).toThrow(
				`KEEP_ALIVE_TIMEOUT=${raw}: it should be a whole number of seconds`
			);
		}
	});
});
