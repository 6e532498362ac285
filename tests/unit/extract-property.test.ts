// Property test: the pipeline never throws on arbitrary text, and every offset it returns is consistent.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../src/lib/pipeline/extract';
import { lexicon } from './pipeline/helpers';

const arabicWords = [
	'عقدت',
	'أذربيجان',
	'وأرمينيا',
	'قمة',
	'في',
	'بروكسل',
	'يوم',
	'السبت',
	'برعاية',
	'الرئيس',
	'الروسي',
	'فلاديمير',
	'بوتين',
	'أولاف.',
	'شولتز',
	'286',
	'٢٨٦',
	'قتيلاً',
	'على',
	'الأقل',
	'نحو',
	'30',
	'ألف',
	'من',
	'1',
	'إلى',
	'4',
	'أيار/مايو',
	'تشرين',
	'الأول',
	'(أكتوبر)',
	'مطلع',
	'الثمانينيات',
	'عام',
	'2020',
	'بوساطة',
	'روسية',
	'استضاف',
	'ممر',
	'لاتشين',
	'يربط',
	'بناغورنو',
	'كاراباخ',
	'“',
	'”',
	'"',
	'«',
	'»',
	'.',
	'. .',
	'،',
	'؟',
	'…',
	'\n',
	'\r\n',
	'اقرأ أيضا:',
	'مشاركة',
	'10 أو 15 أو 20 عامًا',
	'ثلاثة',
	'أيام',
	'ً',
	'ـ'
];

const arabicText = fc
	.array(fc.constantFrom(...arabicWords), { maxLength: 80 })
	.map((w) => w.join(' '));
const mixed = fc.oneof(
	fc.string({ maxLength: 300 }),
	fc.string({ unit: 'grapheme', maxLength: 200 }),
	fc.string({
		unit: fc.integer({ min: 0x0600, max: 0x06ff }).map((c) => String.fromCharCode(c)),
		maxLength: 300
	}),
	arabicText,
	fc.tuple(arabicText, fc.string({ maxLength: 50 }), arabicText).map((p) => p.join(''))
);

describe('extractCorpus on random text', () => {
	it('never throws, and every sentence and evidence span is consistent', () => {
		fc.assert(
			fc.property(fc.array(mixed, { minLength: 1, maxLength: 3 }), (texts) => {
				const inputs = texts.map((text, i) => ({ id: `r${i}`, text }));
				const result = extractCorpus(inputs, lexicon);
				for (const article of result.articles) {
					article.sentences.forEach((s, i) => {
						expect(s.index).toBe(i);
						expect(article.raw.slice(s.start, s.end)).toBe(s.text);
					});
				}
				for (const fact of result.facts) {
					for (const ev of fact.evidence) {
						const sentence = result.articles.find((a) => a.id === ev.article)?.sentences[
							ev.sentence
						];
						expect(sentence).toBeDefined();
						const [start, end] = ev.span;
						expect(0 <= start && start < end && end <= (sentence?.text.length ?? 0)).toBe(true);
					}
				}
			}),
			{ numRuns: 300 }
		);
	});
});
