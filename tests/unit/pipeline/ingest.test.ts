import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../../src/lib/pipeline/ingest';
import { nameBreakTest } from '../../../src/lib/pipeline/sentences';
import { index } from './helpers';

const isNameBreak = nameBreakTest(index.firstNames, index.personNames);

describe('ingestArticle', () => {
	const raw = [
		'',
		'نزاع إقليم قره باغ.. أذربيجان تعلن مشاركتها في الاجتماع',
		'',
		'103',
		'أذربيجان',
		'',
		'نزاع إقليم قره باغ.. أذربيجان تعلن مشاركتها في الاجتماع',
		'أعلنت السلطات في أذربيجان قبولها المشاركة. وقال مصدر إن الاجتماع سيعقد.',
		'اقرأ أيضاً: الكرملين يحضّ على ضبط النفس',
		'وساطة منفصلة',
		'التقى بوتين باشينيان وعلييف.',
		'. .',
		'اترك تعليقاً',
		'لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *',
		'زر الذهاب إلى الأعلى',
		'مشاركة'
	].join('\n');
	const article = ingestArticle('a', raw, isNameBreak);

	it('reads the title (after a leading blank line) as sentence 0 with heading', () => {
		expect(article.title).toBe('نزاع إقليم قره باغ.. أذربيجان تعلن مشاركتها في الاجتماع');
		expect(article.sentences[0]).toMatchObject({ index: 0, heading: true, text: article.title });
	});

	it('drops counters, category labels, the repeated headline, teasers and comment forms, with reasons', () => {
		const reasons = article.dropped.map((d) => [raw.slice(d.start, d.end), d.reason]);
		expect(reasons).toEqual([
			['103', 'view counter'],
			['أذربيجان', 'category label'],
			['نزاع إقليم قره باغ.. أذربيجان تعلن مشاركتها في الاجتماع', 'repeated headline'],
			['اقرأ أيضاً: الكرملين يحضّ على ضبط النفس', 'read-also teaser'],
			['. .', 'punctuation only'],
			['اترك تعليقاً', 'comment form'],
			['لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *', 'comment form'],
			['زر الذهاب إلى الأعلى', 'navigation'],
			['مشاركة', 'share label']
		]);
	});

	it('keeps sentences with offsets into the raw text and marks subheadings', () => {
		for (const s of article.sentences) expect(raw.slice(s.start, s.end)).toBe(s.text);
		expect(article.sentences.map((s) => s.text)).toEqual([
			article.title,
			'أعلنت السلطات في أذربيجان قبولها المشاركة.',
			'وقال مصدر إن الاجتماع سيعقد.',
			'وساطة منفصلة',
			'التقى بوتين باشينيان وعلييف.'
		]);
		expect(article.sentences[3]?.heading).toBe(true);
		expect(article.sentences[4]?.heading).toBeUndefined();
	});

	it('gives no title to an article whose first line is a sentence', () => {
		const a = ingestArticle(
			'b',
			'عقدت أذربيجان وأرمينيا جولة جديدة من المحادثات.\nوقال ميشيل إن المحادثات صريحة.',
			isNameBreak
		);
		expect(a.title).toBeNull();
		expect(a.sentences).toHaveLength(2);
	});

	it('drops bylines, timestamps and share rows of other sites, but not a sentence starting alike', () => {
		const a = ingestArticle(
			'e',
			[
				'عنوان الخبر هنا',
				'2023-05-19 10:20',
				'١٩/٠٥/٢٠٢٣ - ١٠:٢٠',
				'المصدر: وكالات',
				'فيسبوك تويتر واتساب',
				'كتب المحلل مقالاً طويلاً عن المفاوضات بين البلدين في بروكسل أمس.'
			].join('\n'),
			isNameBreak
		);
		expect(a.dropped.map((d) => d.reason)).toEqual([
			'timestamp',
			'timestamp',
			'byline',
			'share label'
		]);
		expect(a.sentences.map((s) => s.text)).toEqual([
			'عنوان الخبر هنا',
			'كتب المحلل مقالاً طويلاً عن المفاوضات بين البلدين في بروكسل أمس.'
		]);
	});

	it('survives empty and whitespace-only text', () => {
		expect(ingestArticle('c', '', isNameBreak).sentences).toEqual([]);
		expect(ingestArticle('d', ' \n\r\n ', isNameBreak).sentences).toEqual([]);
	});
});
