// A small QR code encoder for the join link: byte mode, error correction level M, versions 1 to 10
// (up to 213 bytes, plenty for an address with a code), drawn as an SVG string. It follows the
// QR specification (ISO/IEC 18004) step by step; the numbered steps in `encodeQr` say why the order
// matters. No decoder: the unit tests check the parts against values worked out from the standard.

export interface QrCode {
	version: number;
	size: number;
	mask: number;
	/** modules[y][x]: true for a dark module. */
	modules: boolean[][];
}

/** Per version 1..10 at level M: error correction codewords per block, and data codewords per block. */
const levelM: { ec: number; blocks: number[] }[] = [
	{ ec: 10, blocks: [16] },
	{ ec: 16, blocks: [28] },
	{ ec: 26, blocks: [44] },
	{ ec: 18, blocks: [32, 32] },
	{ ec: 24, blocks: [43, 43] },
	{ ec: 16, blocks: [27, 27, 27, 27] },
	{ ec: 18, blocks: [31, 31, 31, 31] },
	{ ec: 22, blocks: [38, 38, 39, 39] },
	{ ec: 22, blocks: [36, 36, 36, 37, 37] },
	{ ec: 26, blocks: [43, 43, 43, 43, 44] }
];

const alignmentCentres: number[][] = [
	[],
	[6, 18],
	[6, 22],
	[6, 26],
	[6, 30],
	[6, 34],
	[6, 22, 38],
	[6, 24, 42],
	[6, 26, 46],
	[6, 28, 50]
];

export const maxQrVersion = levelM.length;

/** Level M's two format bits, as the standard numbers them (L=01, M=00, Q=11, H=10). */
const levelMBits = 0b00;

// ---- Reed–Solomon over GF(256) with the QR polynomial x^8 + x^4 + x^3 + x^2 + 1 ----

export function gfMultiply(x: number, y: number): number {
	let z = 0;
	for (let i = 7; i >= 0; i--) {
		z = (z << 1) ^ ((z >>> 7) * 0x11d);
		z ^= ((y >>> i) & 1) * x;
	}
	return z & 0xff;
}

/** The generator polynomial (x − α^0)(x − α^1)…(x − α^(degree−1)), without its leading 1. */
function rsDivisor(degree: number): number[] {
	const result: number[] = Array.from({ length: degree }, (_, i) => (i === degree - 1 ? 1 : 0));
	let root = 1;
	for (let i = 0; i < degree; i++) {
		for (let j = 0; j < result.length; j++) {
			result[j] = gfMultiply(result[j] as number, root);
			if (j + 1 < result.length) result[j] = (result[j] as number) ^ (result[j + 1] as number);
		}
		root = gfMultiply(root, 0x02);
	}
	return result;
}

/** The error correction codewords for one block of data codewords. */
export function reedSolomon(data: readonly number[], degree: number): number[] {
	const divisor = rsDivisor(degree);
	const result = Array.from({ length: degree }, () => 0);
	for (const byte of data) {
		const factor = byte ^ (result.shift() as number);
		result.push(0);
		for (const [i, coefficient] of divisor.entries()) {
			result[i] = (result[i] as number) ^ gfMultiply(coefficient, factor);
		}
	}
	return result;
}

// ---- Data: mode indicator, length, bytes, terminator, padding ----

function dataCapacity(version: number): number {
	return (levelM[version - 1] as { blocks: number[] }).blocks.reduce((sum, n) => sum + n, 0);
}

function countBits(version: number): number {
	return version < 10 ? 8 : 16;
}

/** The smallest version that holds `length` bytes, or null when none up to 10 does. */
export function versionFor(length: number): number | null {
	for (let version = 1; version <= maxQrVersion; version++) {
		if (4 + countBits(version) + 8 * length <= dataCapacity(version) * 8) return version;
	}
	return null;
}

/** The data codewords for `bytes` in byte mode, padded to the version's capacity. */
export function dataCodewords(bytes: Uint8Array, version: number): number[] {
	const bits: number[] = [];
	const push = (value: number, length: number) => {
		for (let i = length - 1; i >= 0; i--) bits.push((value >>> i) & 1);
	};
	const capacity = dataCapacity(version) * 8;
	push(0b0100, 4);
	push(bytes.length, countBits(version));
	for (const byte of bytes) push(byte, 8);
	push(0, Math.min(4, capacity - bits.length));
	push(0, (8 - (bits.length % 8)) % 8);
	const codewords: number[] = [];
	for (let i = 0; i < bits.length; i += 8) {
		codewords.push(bits.slice(i, i + 8).reduce((byte, bit) => (byte << 1) | bit, 0));
	}
	for (let pad = 0xec; codewords.length < capacity / 8; pad ^= 0xec ^ 0x11) codewords.push(pad);
	return codewords;
}

/** Splits data into blocks, adds each block's error correction, and interleaves them. */
export function interleave(data: readonly number[], version: number): number[] {
	const { ec, blocks } = levelM[version - 1] as { ec: number; blocks: number[] };
	const dataBlocks: number[][] = [];
	let offset = 0;
	for (const length of blocks) {
		dataBlocks.push(data.slice(offset, offset + length));
		offset += length;
	}
	const ecBlocks = dataBlocks.map((block) => reedSolomon(block, ec));
	const result: number[] = [];
	const longest = Math.max(...blocks);
	for (let i = 0; i < longest; i++) {
		for (const block of dataBlocks) if (i < block.length) result.push(block[i] as number);
	}
	for (let i = 0; i < ec; i++) for (const block of ecBlocks) result.push(block[i] as number);
	return result;
}

// ---- Format and version information (BCH codes) ----

/** The 15 format bits for level M and `mask`, with the standard's XOR mask applied. */
export function formatBits(mask: number, level = levelMBits): number {
	const data = (level << 3) | mask;
	let rem = data;
	for (let i = 0; i < 10; i++) rem = (rem << 1) ^ ((rem >>> 9) * 0x537);
	return ((data << 10) | rem) ^ 0x5412;
}

/** The 18 version bits (versions 7 and up). */
export function versionBits(version: number): number {
	let rem = version;
	for (let i = 0; i < 12; i++) rem = (rem << 1) ^ ((rem >>> 11) * 0x1f25);
	return (version << 12) | rem;
}

// ---- The matrix ----

class Matrix {
	readonly size: number;
	readonly modules: boolean[][];
	readonly reserved: boolean[][];

	constructor(readonly version: number) {
		this.size = version * 4 + 17;
		this.modules = Array.from({ length: this.size }, () => Array<boolean>(this.size).fill(false));
		this.reserved = Array.from({ length: this.size }, () => Array<boolean>(this.size).fill(false));
	}

	fixed(x: number, y: number, dark: boolean): void {
		(this.modules[y] as boolean[])[x] = dark;
		(this.reserved[y] as boolean[])[x] = true;
	}

	drawFunctionPatterns(): void {
		const { size } = this;
		for (let i = 0; i < size; i++) {
			this.fixed(6, i, i % 2 === 0);
			this.fixed(i, 6, i % 2 === 0);
		}
		for (const [cx, cy] of [
			[3, 3],
			[size - 4, 3],
			[3, size - 4]
		] as const) {
			for (let dy = -4; dy <= 4; dy++) {
				for (let dx = -4; dx <= 4; dx++) {
					const x = cx + dx;
					const y = cy + dy;
					if (x < 0 || y < 0 || x >= size || y >= size) continue;
					const ring = Math.max(Math.abs(dx), Math.abs(dy));
					this.fixed(x, y, ring !== 2 && ring !== 4);
				}
			}
		}
		const centres = alignmentCentres[this.version - 1] as number[];
		const last = centres.length - 1;
		for (const [i, cx] of centres.entries()) {
			for (const [j, cy] of centres.entries()) {
				// The three corners hold finder patterns.
				if ((i === 0 && j === 0) || (i === 0 && j === last) || (i === last && j === 0)) continue;
				for (let dy = -2; dy <= 2; dy++) {
					for (let dx = -2; dx <= 2; dx++) {
						this.fixed(cx + dx, cy + dy, Math.max(Math.abs(dx), Math.abs(dy)) !== 1);
					}
				}
			}
		}
		this.drawFormat(0);
		if (this.version >= 7) {
			const bits = versionBits(this.version);
			for (let i = 0; i < 18; i++) {
				const dark = ((bits >>> i) & 1) === 1;
				const a = size - 11 + (i % 3);
				const b = Math.floor(i / 3);
				this.fixed(a, b, dark);
				this.fixed(b, a, dark);
			}
		}
	}

	drawFormat(mask: number): void {
		const bits = formatBits(mask);
		const bit = (i: number) => ((bits >>> i) & 1) === 1;
		const { size } = this;
		for (let i = 0; i <= 5; i++) this.fixed(8, i, bit(i));
		this.fixed(8, 7, bit(6));
		this.fixed(8, 8, bit(7));
		this.fixed(7, 8, bit(8));
		for (let i = 9; i < 15; i++) this.fixed(14 - i, 8, bit(i));
		for (let i = 0; i < 8; i++) this.fixed(size - 1 - i, 8, bit(i));
		for (let i = 8; i < 15; i++) this.fixed(8, size - 15 + i, bit(i));
		this.fixed(8, size - 8, true);
	}

	/** Places the codewords in the two-column zigzag, bottom-right first, skipping function modules. */
	placeCodewords(codewords: readonly number[]): void {
		const { size } = this;
		let i = 0;
		for (let right = size - 1; right >= 1; right -= 2) {
			if (right === 6) right = 5;
			for (let vertical = 0; vertical < size; vertical++) {
				for (let j = 0; j < 2; j++) {
					const x = right - j;
					const upward = ((right + 1) & 2) === 0;
					const y = upward ? size - 1 - vertical : vertical;
					if ((this.reserved[y] as boolean[])[x]) continue;
					const byte = codewords[i >>> 3];
					// Remainder bits past the last codeword stay light.
					(this.modules[y] as boolean[])[x] =
						byte !== undefined && ((byte >>> (7 - (i & 7))) & 1) === 1;
					i++;
				}
			}
		}
	}

	applyMask(mask: number): void {
		for (let y = 0; y < this.size; y++) {
			for (let x = 0; x < this.size; x++) {
				if ((this.reserved[y] as boolean[])[x]) continue;
				if (maskHit(mask, x, y)) {
					(this.modules[y] as boolean[])[x] = !(this.modules[y] as boolean[])[x];
				}
			}
		}
	}
}

export function maskHit(mask: number, x: number, y: number): boolean {
	switch (mask) {
		case 0:
			return (x + y) % 2 === 0;
		case 1:
			return y % 2 === 0;
		case 2:
			return x % 3 === 0;
		case 3:
			return (x + y) % 3 === 0;
		case 4:
			return (Math.floor(x / 3) + Math.floor(y / 2)) % 2 === 0;
		case 5:
			return ((x * y) % 2) + ((x * y) % 3) === 0;
		case 6:
			return (((x * y) % 2) + ((x * y) % 3)) % 2 === 0;
		default:
			return (((x + y) % 2) + ((x * y) % 3)) % 2 === 0;
	}
}

/** The standard's penalty score: lower is easier for a camera to read. */
export function penalty(modules: readonly (readonly boolean[])[]): number {
	const size = modules.length;
	const at = (x: number, y: number) => (modules[y] as boolean[])[x] as boolean;
	let score = 0;
	const lines: boolean[][] = [];
	for (let i = 0; i < size; i++) {
		lines.push(Array.from({ length: size }, (_, j) => at(j, i)));
		lines.push(Array.from({ length: size }, (_, j) => at(i, j)));
	}
	const finderLike = [true, false, true, true, true, false, true];
	for (const line of lines) {
		// Rule 1: runs of five or more modules of one colour.
		let run = 1;
		for (let i = 1; i <= size; i++) {
			if (i < size && line[i] === line[i - 1]) run++;
			else {
				if (run >= 5) score += run - 2;
				run = 1;
			}
		}
		// Rule 3: a finder-like 1:1:3:1:1 pattern with four light modules on one side.
		for (let i = 0; i + 7 <= size; i++) {
			if (!finderLike.every((dark, k) => line[i + k] === dark)) continue;
			const lightBefore = i >= 4 && [1, 2, 3, 4].every((k) => line[i - k] === false);
			const lightAfter = i + 11 <= size && [7, 8, 9, 10].every((k) => line[i + k] === false);
			if (lightBefore || lightAfter) score += 40;
		}
	}
	// Rule 2: 2×2 blocks of one colour.
	for (let y = 0; y + 1 < size; y++) {
		for (let x = 0; x + 1 < size; x++) {
			const c = at(x, y);
			if (c === at(x + 1, y) && c === at(x, y + 1) && c === at(x + 1, y + 1)) score += 3;
		}
	}
	// Rule 4: how far the share of dark modules is from half.
	let dark = 0;
	for (const row of modules) for (const module of row) if (module) dark++;
	score += Math.floor(Math.abs((dark * 100) / (size * size) - 50) / 5) * 10;
	return score;
}

/** Encodes `text` (as UTF-8), or returns null when it is too long for version 10. */
export function encodeQr(text: string, forcedMask?: number): QrCode | null {
	const bytes = new TextEncoder().encode(text);
	// 1. The smallest version that fits decides the capacity, and so the padding.
	const version = versionFor(bytes.length);
	if (version === null) return null;
	// 2. Codewords: data padded to capacity, then per-block error correction, interleaved.
	const codewords = interleave(dataCodewords(bytes, version), version);
	// 3. Function patterns first, so that data placement knows which modules to skip.
	let best: QrCode | null = null;
	let bestScore = Infinity;
	for (const mask of forcedMask === undefined ? [0, 1, 2, 3, 4, 5, 6, 7] : [forcedMask]) {
		const matrix = new Matrix(version);
		matrix.drawFunctionPatterns();
		matrix.placeCodewords(codewords);
		// 4. Mask the data, then write the format bits that name the mask.
		matrix.applyMask(mask);
		matrix.drawFormat(mask);
		const score = penalty(matrix.modules);
		if (score < bestScore) {
			bestScore = score;
			best = { version, size: matrix.size, mask, modules: matrix.modules };
		}
	}
	return best;
}

/** The dark modules as SVG path data, inside a four-module light margin; `side` is the full width. */
export function qrPath(code: QrCode): { side: number; path: string } {
	const margin = 4;
	let path = '';
	for (const [y, row] of code.modules.entries()) {
		for (const [x, dark] of row.entries()) {
			if (dark) path += `M${x + margin} ${y + margin}h1v1h-1z`;
		}
	}
	return { side: code.size + margin * 2, path };
}

/** The code as a standalone SVG image. */
export function qrSvg(code: QrCode, label: string): string {
	const { side, path } = qrPath(code);
	const title = label.replace(/[&<>"]/gu, (c) => `&#${c.charCodeAt(0)};`);
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" role="img" ` +
		`aria-label="${title}" shape-rendering="crispEdges">` +
		`<rect width="${side}" height="${side}" fill="#fff"/><path fill="#000" d="${path}"/></svg>`
	);
}
