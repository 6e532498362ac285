import { describe, expect, it } from 'vitest';
import { checkNickname, nicknameKey, suggestNickname } from '$lib/classroom/nickname';

describe('nicknames', () => {
	it('accepts Arabic and English names, tidying spaces', () => {
		expect(checkNickname('  سارة   أحمد ')).toEqual({ ok: true, nickname: 'سارة أحمد' });
		expect(checkNickname('Sam')).toEqual({ ok: true, nickname: 'Sam' });
	});

	it('refuses empty, too long, markup and invisible characters', () => {
		expect(checkNickname('   ')).toEqual({ ok: false, problem: 'empty' });
		expect(checkNickname('x'.repeat(25))).toEqual({ ok: false, problem: 'long' });
		expect(checkNickname('<b>hi</b>')).toEqual({ ok: false, problem: 'markup' });
		expect(checkNickname('<img src=x onerror=alert(1)>')).toEqual({ ok: false, problem: 'markup' });
		expect(checkNickname('a\u202Eb')).toEqual({ ok: false, problem: 'chars' });
		expect(checkNickname('a\u0007b')).toEqual({ ok: false, problem: 'chars' });
	});

	it('counts names that look alike as one', () => {
		expect(nicknameKey('Sara')).toBe(nicknameKey(' sara'));
		expect(nicknameKey('ＳＡＲＡ')).toBe(nicknameKey('Sara'));
		expect(nicknameKey('Sa ra')).toBe(nicknameKey('Sara'));
	});

	it('suggests a free variant within the length limit', () => {
		const taken = new Set([nicknameKey('Sara'), nicknameKey('Sara 2')]);
		expect(suggestNickname('Sara', (key) => taken.has(key))).toBe('Sara 3');
		const long = 'x'.repeat(24);
		const suggestion = suggestNickname(long, () => false);
		expect([...suggestion].length).toBeLessThanOrEqual(24);
		expect(suggestion.endsWith(' 2')).toBe(true);
	});
});
