import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { direction, resolveLanguage, resources, translator } from '../../../src/lib/i18n';

describe('resolveLanguage', () => {
	test('the cookie wins over the browser', () => {
		expect(resolveLanguage('en', 'ar')).toBe('en');
		expect(resolveLanguage('ar', 'en-US,en;q=0.9')).toBe('ar');
	});

	test('then Accept-Language by weight, with region tags', () => {
		expect(resolveLanguage(undefined, 'en-GB,en;q=0.9')).toBe('en');
		expect(resolveLanguage(undefined, 'fr;q=0.9, en;q=0.5, ar;q=0.8')).toBe('ar');
		expect(resolveLanguage(undefined, 'ar-EG')).toBe('ar');
		expect(resolveLanguage(undefined, 'fr, de;q=0.5')).toBe('ar');
	});

	test('then Arabic, also for junk', () => {
		expect(resolveLanguage(undefined, null)).toBe('ar');
		expect(resolveLanguage('xx', ';;;q=abc,')).toBe('ar');
		expect(resolveLanguage(undefined, 'en;q=0')).toBe('ar');
	});

	test('any header: the same choice as sorting every tag by weight', () => {
		// The plain reading of Accept-Language (every tag, stably sorted by weight, the first one this
		// app speaks), written out in full: the server's one-pass version must always agree with it.
		const sorted = (header: string): string => {
			const tags = header
				.split(',')
				.map((part, order) => {
					const [tag = '', ...params] = part.trim().split(';');
					const q = params
						.map((p) => p.trim())
						.find((p) => p.startsWith('q='))
						?.slice(2);
					const weight = q === undefined ? 1 : Number(q);
					return { tag: tag.trim(), weight: Number.isFinite(weight) ? weight : 0, order };
				})
				.filter((entry) => entry.tag && entry.weight > 0)
				.sort((a, b) => b.weight - a.weight || a.order - b.order);
			for (const { tag } of tags) {
				const base = tag.split('-')[0]?.toLowerCase();
				if (base === 'ar' || base === 'en') return base;
			}
			return 'ar';
		};
		const piece = fc.constantFrom(
			'ar',
			'en',
			'EN',
			'ar-EG',
			'en-GB',
			'fr',
			'de-AT',
			'*',
			'',
			' ',
			'-',
			';',
			','
		);
		const weight = fc.constantFrom(
			'',
			';q=1',
			';q=0',
			';q=0.5',
			';q=0.50',
			' ; q=0.9',
			';q=abc',
			';q=',
			';level=1',
			';q=1e400'
		);
		const header = fc
			.array(fc.tuple(piece, weight, fc.constantFrom(',', ', ')), { maxLength: 6 })
			.map((parts) => parts.map(([tag, q, comma]) => tag + q + comma).join(''));
		fc.assert(
			fc.property(header, (h) => {
				expect(resolveLanguage(undefined, h)).toBe(sorted(h));
			}),
			{ numRuns: 2000 }
		);
	});

	test('direction follows the language', () => {
		expect(direction('ar')).toBe('rtl');
		expect(direction('en')).toBe('ltr');
	});
});

function keys(value: unknown, prefix = ''): string[] {
	if (typeof value !== 'object' || value === null) return [prefix];
	return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

/** Plural keys differ by language (Arabic has six forms), so compare the base key. */
function baseKeys(value: unknown): Set<string> {
	return new Set(keys(value).map((k) => k.replace(/_(zero|one|two|few|many|other)$/, '')));
}

describe('translations', () => {
	test('every namespace has the same keys in Arabic and English', () => {
		for (const namespace of Object.keys(resources.ar) as (keyof typeof resources.ar)[]) {
			expect([...baseKeys(resources.en[namespace])].sort()).toEqual(
				[...baseKeys(resources.ar[namespace])].sort()
			);
		}
	});

	test('translators are fixed per language and do not share state', () => {
		const ar = translator('ar');
		const en = translator('en');
		expect(en('app.name')).toBe('Tahaqqaq');
		expect(ar('app.name')).toBe('تحقّق');
		expect(en('app.name')).toBe('Tahaqqaq');
	});

	test('Arabic plural forms', () => {
		const t = translator('ar');
		expect(t('home.articles', { count: 0 })).toBe('لا توجد مقالات بعد');
		expect(t('home.articles', { count: 1 })).toBe('مقال واحد مصدرًا للأسئلة');
		expect(t('home.articles', { count: 2 })).toBe('مقالان مصدرًا للأسئلة');
		expect(t('home.articles', { count: 5 })).toBe('5 مقالات مصدرًا للأسئلة');
		expect(t('home.articles', { count: 11 })).toBe('11 مقالًا مصدرًا للأسئلة');
		expect(t('home.articles', { count: 100 })).toBe('100 مقال مصدرًا للأسئلة');
		expect(translator('en')('home.articles', { count: 1 })).toBe(
			'1 article as the source of the questions'
		);
	});
});
