// Reads `questions/editorial.json` (already parsed JSON) into a checked Editorial, with clear errors.
import type { Editorial, Localized } from './types';

function isRecord(v: unknown): v is Record<string, unknown> {
	return !!v && typeof v === 'object' && !Array.isArray(v);
}

export function parseEditorial(json: unknown): Editorial {
	if (!isRecord(json)) throw new Error('editorial file: expected a JSON object');
	const reject: Record<string, string> = {};
	const correct: Editorial['correct'] = {};
	const gender: Editorial['gender'] = {};
	for (const [id, reason] of Object.entries(isRecord(json.reject) ? json.reject : {})) {
		if (typeof reason !== 'string') throw new Error(`editorial file: reject.${id} must be a reason string`);
		reject[id] = reason;
	}
	for (const [id, fix] of Object.entries(isRecord(json.correct) ? json.correct : {})) {
		if (!isRecord(fix)) throw new Error(`editorial file: correct.${id} must be an object`);
		const entry: Editorial['correct'][string] = {};
		if (isRecord(fix.prompt)) entry.prompt = pickLocalized(fix.prompt, `correct.${id}.prompt`);
		if (isRecord(fix.options)) {
			entry.options = {};
			for (const [ar, o] of Object.entries(fix.options)) {
				if (!isRecord(o)) throw new Error(`editorial file: correct.${id}.options must map text to {ar, en}`);
				entry.options[ar] = pickLocalized(o, `correct.${id}.options`);
			}
		}
		correct[id] = entry;
	}
	for (const [id, g] of Object.entries(isRecord(json.gender) ? json.gender : {})) {
		if (g !== 'm' && g !== 'f') throw new Error(`editorial file: gender.${id} must be "m" or "f"`);
		gender[id] = g;
	}
	return { reject, correct, gender };
}

function pickLocalized(v: Record<string, unknown>, where: string): Partial<Localized> {
	const out: Partial<Localized> = {};
	if (v.ar !== undefined) {
		if (typeof v.ar !== 'string') throw new Error(`editorial file: ${where}.ar must be text`);
		out.ar = v.ar;
	}
	if (v.en !== undefined) {
		if (typeof v.en !== 'string' && v.en !== null) throw new Error(`editorial file: ${where}.en must be text`);
		out.en = v.en;
	}
	return out;
}
