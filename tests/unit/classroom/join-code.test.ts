import { describe, expect, it } from 'vitest';
import { groupJoinCode, newJoinCode, normalizeJoinCode } from '$lib/classroom/join-code';

describe('join codes', () => {
	it('reads six digits in any digit style, with spaces or dashes', () => {
		expect(normalizeJoinCode('123456')).toBe('123456');
		expect(normalizeJoinCode(' 123 456 ')).toBe('123456');
		expect(normalizeJoinCode('123-456')).toBe('123456');
		expect(normalizeJoinCode('١٢٣٤٥٦')).toBe('123456');
		expect(normalizeJoinCode('۱۲۳۴۵۶')).toBe('123456');
	});

	it('refuses anything else', () => {
		for (const bad of ['', '12345', '1234567', 'abcdef', '12345x', '<script>']) {
			expect(normalizeJoinCode(bad)).toBeNull();
		}
	});

	it('makes codes that do not start with 0 and are not taken', () => {
		const values = [0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.9];
		let i = 0;
		const random = () => values[i++ % values.length] as number;
		const code = newJoinCode(random, (c) => c === '123456');
		expect(code).toMatch(/^[1-9][0-9]{5}$/);
		expect(code).not.toBe('123456');
	});

	it('groups a code for reading aloud', () => {
		expect(groupJoinCode('123456')).toBe('123 456');
	});
});
