// Checks the QR encoder against values worked out by hand from the standard (ISO/IEC 18004) and the
// published "HELLO WORLD" 1-M example, without a decoder.
import { describe, expect, it } from 'vitest';
import {
	dataCodewords,
	encodeQr,
	formatBits,
	interleave,
	maskHit,
	qrSvg,
	reedSolomon,
	versionBits,
	versionFor,
	type QrCode
} from '$lib/classroom/qr';

describe('Reed–Solomon', () => {
	it('gives the error correction of the standard’s HELLO WORLD 1-M example', () => {
		const data = [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17];
		expect(reedSolomon(data, 10)).toEqual([196, 35, 39, 119, 235, 215, 231, 226, 93, 23]);
	});
});

describe('data codewords', () => {
	it('encodes "Hi" in byte mode as worked out by hand', () => {
		// 0100 (byte mode) · 00000010 (2 bytes) · 01001000 ("H") · 01101001 ("i") · 0000 (terminator)
		// = 0x40 0x24 0x86 0x90, then the pad bytes 0xEC 0x11 alternately up to 16 codewords.
		const expected = [0x40, 0x24, 0x86, 0x90];
		for (let i = 0; expected.length < 16; i++) expected.push(i % 2 === 0 ? 0xec : 0x11);
		expect(dataCodewords(new TextEncoder().encode('Hi'), 1)).toEqual(expected);
	});

	it('picks the smallest version that fits at level M', () => {
		expect(versionFor(14)).toBe(1);
		expect(versionFor(15)).toBe(2);
		expect(versionFor(213)).toBe(10);
		expect(versionFor(214)).toBeNull();
	});

	it('interleaves blocks: all first bytes, then all second bytes, then the error correction', () => {
		const data = Array.from({ length: 154 }, (_, i) => i % 256);
		const out = interleave(data, 8);
		expect(out).toHaveLength(242);
		// Version 8-M: blocks of 38, 38, 39, 39 data codewords.
		expect(out.slice(0, 4)).toEqual([0, 38, 76, 115]);
		expect(out.slice(152, 154)).toEqual([114, 153]);
	});
});

describe('format and version information', () => {
	it('matches the standard’s table', () => {
		expect(formatBits(0).toString(2).padStart(15, '0')).toBe('101010000010010');
		expect(formatBits(0, 0b01).toString(2).padStart(15, '0')).toBe('111011111000100');
		expect(versionBits(7).toString(16)).toBe('7c94');
	});
});

function module(code: QrCode, x: number, y: number): boolean {
	return code.modules[y]?.[x] === true;
}

describe('the symbol', () => {
	const link = 'http://192.168.1.20:3000/class?code=123456';
	const code = encodeQr(link) as QrCode;

	it('has the right size and three finder patterns with their separators', () => {
		expect(code.version).toBe(3);
		expect(code.size).toBe(29);
		for (const [cx, cy] of [
			[3, 3],
			[code.size - 4, 3],
			[3, code.size - 4]
		] as const) {
			for (let dy = -3; dy <= 3; dy++) {
				for (let dx = -3; dx <= 3; dx++) {
					const ring = Math.max(Math.abs(dx), Math.abs(dy));
					expect(module(code, cx + dx, cy + dy)).toBe(ring !== 2);
				}
			}
		}
		for (let i = 0; i < 8; i++) {
			expect(module(code, 7, i)).toBe(false);
			expect(module(code, i, 7)).toBe(false);
		}
	});

	it('has timing patterns, the dark module and an alignment pattern', () => {
		for (let i = 8; i < code.size - 8; i++) {
			expect(module(code, i, 6)).toBe(i % 2 === 0);
			expect(module(code, 6, i)).toBe(i % 2 === 0);
		}
		expect(module(code, 8, code.size - 8)).toBe(true);
		expect(module(code, 22, 22)).toBe(true);
		expect(module(code, 21, 22)).toBe(false);
		expect(module(code, 20, 22)).toBe(true);
	});

	it('carries its format bits twice, naming the mask it used', () => {
		const bits = formatBits(code.mask);
		const bit = (i: number) => ((bits >>> i) & 1) === 1;
		const first = [
			...[0, 1, 2, 3, 4, 5, 7, 8].map((y) => module(code, 8, y)),
			module(code, 7, 8),
			...[5, 4, 3, 2, 1, 0].map((x) => module(code, x, 8))
		];
		expect(first).toEqual(Array.from({ length: 15 }, (_, i) => bit(i)));
		const second = [
			...Array.from({ length: 8 }, (_, i) => module(code, code.size - 1 - i, 8)),
			...Array.from({ length: 7 }, (_, i) => module(code, 8, code.size - 7 + i))
		];
		expect(second).toEqual(Array.from({ length: 15 }, (_, i) => bit(i)));
	});

	it('holds the codewords: unmasking the first column pair gives back the first bytes', () => {
		const expected = interleave(dataCodewords(new TextEncoder().encode(link), 3), 3);
		// The first codeword sits in the bottom-right 2×4 modules, read upwards, right column first.
		const bits: boolean[] = [];
		const size = code.size;
		for (let vertical = 0; vertical < 4; vertical++) {
			for (const x of [size - 1, size - 2]) {
				const y = size - 1 - vertical;
				bits.push(module(code, x, y) !== maskHit(code.mask, x, y));
			}
		}
		const first = bits.reduce((byte, b) => (byte << 1) | (b ? 1 : 0), 0);
		expect(first).toBe(expected[0]);
		// Byte mode (0100) followed by the high nibble of the length.
		expect(first >>> 4).toBe(0b0100);
	});

	it('refuses text longer than version 10 holds, and renders as SVG', () => {
		expect(encodeQr('x'.repeat(300))).toBeNull();
		const svg = qrSvg(code, 'Join "class" <now>');
		expect(svg.startsWith('<svg')).toBe(true);
		expect(svg).toContain('viewBox="0 0 37 37"');
		expect(svg).toContain('aria-label="Join &#34;class&#34; &#60;now&#62;"');
	});
});
