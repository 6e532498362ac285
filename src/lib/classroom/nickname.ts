// Nicknames in a class: shown to the whole class on the projector, so they are short, one line, and
// plain text. Two nicknames that look the same (case, width, spacing) count as the same.
import { maxNicknameLength } from '$lib/game/setup';

export { maxNicknameLength };

export type NicknameProblem = 'empty' | 'long' | 'chars' | 'markup';

export type NicknameResult =
	{ ok: true; nickname: string } | { ok: false; problem: NicknameProblem };

export function checkNickname(input: string): NicknameResult {
	const nickname = input.normalize('NFC').replace(/\s+/gu, ' ').trim();
	if (nickname === '') return { ok: false, problem: 'empty' };
	// Angle brackets are refused outright: a name that looks like markup is a prank on the projector.
	if (/[<>]/u.test(nickname)) return { ok: false, problem: 'markup' };
	if ([...nickname].length > maxNicknameLength) return { ok: false, problem: 'long' };
	if (/[\p{Cc}\p{Cf}\p{Co}\p{Cn}]/u.test(nickname)) return { ok: false, problem: 'chars' };
	return { ok: true, nickname };
}

/** The form used to compare nicknames: "Sara", "sara " and "ＳＡＲＡ" are one name. */
export function nicknameKey(nickname: string): string {
	return nickname.normalize('NFKC').toLocaleLowerCase('en').replace(/\s+/gu, '');
}

/** A free variant of a taken nickname ("Sara 2", "Sara 3"…), kept within the length limit. */
export function suggestNickname(nickname: string, isTaken: (key: string) => boolean): string {
	for (let n = 2; ; n++) {
		const suffix = ` ${n}`;
		const room = maxNicknameLength - suffix.length;
		const candidate = [...nickname].slice(0, room).join('').trim() + suffix;
		if (!isTaken(nicknameKey(candidate))) return candidate;
	}
}
