// Join codes: six digits, easy to read off a projector and to type on a phone keyboard in either
// language (Arabic-Indic and Persian digits are accepted and read as the same code).

export const joinCodeLength = 6;

const easternDigits = /[\u0660-\u0669\u06F0-\u06F9]/gu;

/** The code as typed, with any digit style, spaces or dashes, as six ASCII digits; null if it is not one. */
export function normalizeJoinCode(input: string): string | null {
	const ascii = input.replace(easternDigits, (digit) =>
		String((digit.codePointAt(0) as number) & 0xf)
	);
	const code = ascii.replace(/[\s-]/gu, '');
	return new RegExp(`^[0-9]{${joinCodeLength}}$`).test(code) ? code : null;
}

/** A new code not in `taken`; `random` returns numbers in [0, 1). */
export function newJoinCode(random: () => number, taken: (code: string) => boolean): string {
	for (let attempt = 0; attempt < 1000; attempt++) {
		let code = '';
		for (let i = 0; i < joinCodeLength; i++) code += String(Math.floor(random() * 10) % 10);
		// A leading zero is easy to drop when read aloud: start with 1 to 9.
		if (code.startsWith('0') || taken(code)) continue;
		return code;
	}
	throw new Error('No free join code left');
}

/** "123 456": the code as shown on screen, in two groups that are easier to read aloud. */
export function groupJoinCode(code: string): string {
	const half = Math.ceil(code.length / 2);
	return `${code.slice(0, half)} ${code.slice(half)}`;
}
