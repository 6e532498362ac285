// The join QR code must scan: every version and mask the encoder can produce is rendered to pixels and
// read back by an independent decoder (jsQR), which must return the exact text.
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { encodeQr, maxQrVersion, type QrCode } from '../../../src/lib/classroom/qr';

/** Draws the code as RGBA pixels, `scale` pixels a module, with the 4-module quiet zone scanners need. */
function render(code: QrCode, scale = 4): { data: Uint8ClampedArray; side: number } {
	const quiet = 4;
	const side = (code.size + 2 * quiet) * scale;
	const data = new Uint8ClampedArray(side * side * 4).fill(255);
	for (let y = 0; y < code.size; y++) {
		for (let x = 0; x < code.size; x++) {
			if (!code.modules[y]?.[x]) continue;
			for (let dy = 0; dy < scale; dy++) {
				for (let dx = 0; dx < scale; dx++) {
					const px = (x + quiet) * scale + dx;
					const py = (y + quiet) * scale + dy;
					const at = (py * side + px) * 4;
					data[at] = data[at + 1] = data[at + 2] = 0;
				}
			}
		}
	}
	return { data, side };
}

function decode(code: QrCode): string | null {
	const { data, side } = render(code);
	return jsQR(data, side, side, { inversionAttempts: 'dontInvert' })?.data ?? null;
}

/** A join link padded to `length` characters. */
function link(length: number): string {
	const base = 'http://192.168.1.20:3000/class?code=';
	return base + '4'.repeat(Math.max(0, length - base.length));
}

describe('QR codes decode to the text they encode', () => {
	it('for a real join link in Arabic-free ASCII', () => {
		const text = 'http://192.168.1.20:3000/class?code=482913';
		const code = encodeQr(text);
		expect(code).not.toBeNull();
		expect(decode(code as QrCode)).toBe(text);
	});

	it('for every version from 1 to the largest', () => {
		const versions = new Set<number>();
		for (let length = 40; length <= 220; length += 6) {
			const text = link(length);
			const code = encodeQr(text);
			if (!code) continue;
			versions.add(code.version);
			expect(decode(code), `version ${code.version}, ${length} characters`).toBe(text);
		}
		expect([...versions].sort((a, b) => a - b)).toEqual(
			Array.from({ length: maxQrVersion - 2 }, (_, i) => i + 3)
		);
	});

	it('for short texts (versions 1 and 2)', () => {
		for (const text of ['482913', 'http://localhost:3000/class?code=123456']) {
			const code = encodeQr(text) as QrCode;
			expect(decode(code), `version ${code.version}`).toBe(text);
		}
	});

	it('for each of the eight masks', () => {
		const text = link(60);
		for (let mask = 0; mask < 8; mask++) {
			const code = encodeQr(text, mask) as QrCode;
			expect(code.mask).toBe(mask);
			expect(decode(code), `mask ${mask}`).toBe(text);
		}
	});

	it('for non-ASCII text in UTF-8 bytes', () => {
		const text = 'تحقّق 482913';
		expect(decode(encodeQr(text) as QrCode)).toBe(text);
	});
});
