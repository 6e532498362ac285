import { describe, expect, test } from 'vitest';
import { safeRedirectTarget } from '../../../src/lib/safe-redirect';

describe('safeRedirectTarget', () => {
	test('keeps same-site paths with their query', () => {
		expect(safeRedirectTarget('/')).toBe('/');
		expect(safeRedirectTarget('/play/abc?x=1')).toBe('/play/abc?x=1');
	});

	test('sends anything else home', () => {
		for (const bad of [
			'//evil.example',
			'/\\evil.example',
			'https://evil.example',
			'play',
			'',
			null,
			42
		]) {
			expect(safeRedirectTarget(bad)).toBe('/');
		}
	});
});
