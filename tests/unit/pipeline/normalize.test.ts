import { describe, expect, it } from 'vitest';
import {
	asciiDigits,
	normalizeArabic,
	procliticReadings
} from '../../../src/lib/pipeline/normalize';

describe('normalizeArabic', () => {
	it('folds diacritics, tatweel, alef and hamza forms, ى/ي and ة/ه', () => {
		expect(normalizeArabic('إِلْهَامُ')).toBe('الهام');
		expect(normalizeArabic('أذربيجـــان')).toBe('اذربيجان');
		expect(normalizeArabic('آذار')).toBe(normalizeArabic('اذار'));
		expect(normalizeArabic('مؤتمر')).toBe('موتمر');
		expect(normalizeArabic('رئيس')).toBe('رييس');
		expect(normalizeArabic('على')).toBe('علي');
		expect(normalizeArabic('غرناطة')).toBe('غرناطه');
	});

	it('turns Arabic-Indic and Persian digits and separators into ASCII', () => {
		expect(normalizeArabic('٢٨٦')).toBe('286');
		expect(normalizeArabic('۲۰۲۰')).toBe('2020');
		expect(normalizeArabic('٣٫٥')).toBe('3.5');
		expect(normalizeArabic('٦٬٥٠٠')).toBe('6,500');
		expect(asciiDigits('في ١٤ أيار')).toBe('في 14 أيار');
	});
});

describe('procliticReadings', () => {
	const keys = (word: string): string[] =>
		procliticReadings(normalizeArabic(word)).map((r) => r.key);

	it('tries the whole token first, then without proclitics', () => {
		expect(keys('بواشنطن')).toContain('واشنطن');
		expect(keys('لناغورني')).toContain('ناغورني');
		expect(keys('وبكين')).toContain('بكين');
		expect(keys('والرئيس')).toContain('رييس');
		expect(keys('للسيطرة')[0]).toBe('للسيطره');
	});

	it('keeps the whole word first so a name starting with ب or ل is not broken', () => {
		expect(keys('باكو')[0]).toBe('باكو');
		expect(keys('لافروف')[0]).toBe('لافروف');
	});
});
