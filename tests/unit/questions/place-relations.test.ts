// Questions on where a city or region lies: a city's region («كابان. كبرى مدن إقليم سيونيك») and a
// region recognised internationally as part of a country. Sentences written for these tests, run
// through the real extractor and lexicon.
import { describe, expect, it } from 'vitest';
import { bankOf } from './made-up';

const questions = (...texts: string[]) =>
	bankOf(...texts).questions.filter((q) => q.relation === 'location' && q.template !== 'location_protest');

const kapan = 'ونظم المعارضون مسيرة حاشدة في كابان. كبرى مدن إقليم سيونيك ، للمطالبة بوقف ترسيم الحدود.';
const abkhazia = 'منطقة أبخازيا أعلنت انفصالها من جانب واحد، ولكن مع الاعتراف الدولي بها جزء من جورجيا.';

describe('a city in a region', () => {
	it('asks which region the city lies in, offering other regions of a known country', () => {
		const [q] = questions(kapan);
		expect(q?.template).toBe('location_city_region');
		expect(q?.prompt).toEqual({
			ar: 'في أيّ منطقة تقع مدينة كابان بحسب المقال؟',
			en: 'According to the article, in which region is the city of Kapan?'
		});
		expect(q?.options[q.answer]?.en).toBe('Syunik');
		expect(q?.options).toHaveLength(4);
		for (const o of q?.options ?? []) expect(o.en).not.toMatch(/Caucasus/);
	});

	it('cites the sentence that names the city, stray full stop and all', () => {
		const b = bankOf(kapan);
		const [q] = b.questions.filter((x) => x.template === 'location_city_region');
		const s = q?.sources[0];
		expect(b.articles[0]?.sentences[s?.sentence ?? -1]?.ar).toContain('كابان');
	});

	it('is not asked when another article puts the city in another region', () => {
		expect(questions(kapan, 'وتجمع المئات في كابان، أكبر مدينة في إقليم تافوش، أمس.')).toEqual([]);
	});
});

describe('a region recognised as part of a country', () => {
	it('says whose view the answer is, in both languages', () => {
		const [q] = questions(abkhazia);
		expect(q?.template).toBe('location_recognised_part_of');
		expect(q?.prompt).toEqual({
			ar: 'من أيّ بلد تُعدّ منطقة أبخازيا جزءًا بحسب الاعتراف الدولي الذي يذكره المقال؟',
			en: 'According to the article, which country is Abkhazia internationally recognised as part of?'
		});
		expect(q?.options[q.answer]?.en).toBe('Georgia');
		expect(q?.options).toHaveLength(4);
	});

	it('asks plainly when the sentence states it as its own («ناخيتشيفان جزء من أذربيجان»)', () => {
		const [q] = questions('ناخيتشيفان جزء من أذربيجان رغم أنها لا تتصل بأراضيها برا.');
		expect(q?.prompt.en).toBe('According to the article, which country is Nakhchivan part of?');
		expect(q?.options[q.answer]?.en).toBe('Azerbaijan');
	});
});

describe('where a corridor lies and what it links', () => {
	it('are separate questions: one does not make the other ambiguous', () => {
		const qs = questions(
			'ممر لاتشين جزء من أذربيجان منذ عام 2023.',
			'ويقع ممر لاتشين الذي يربط أرمينيا بناغورنو كاراباخ تحت سيطرة القوات الروسية.'
		);
		expect(qs.map((q) => [q.template, q.options[q.answer]?.en])).toEqual(
			expect.arrayContaining([
				['location_corridor_country', 'Armenia'],
				['location_corridor_region', 'Nagorno-Karabakh']
			])
		);
		expect(qs.map((q) => q.options[q.answer]?.en)).not.toContain('Azerbaijan');
	});
});

describe('wrong places the sentence itself names', () => {
	it('offers first the countries named beside the place, a capital standing for its country', () => {
		// Ankara brings Turkey and Moscow Russia: both named beside the place, both close.
		const [q] = questions(
			'منطقة أبخازيا يغلب عليها الأبخاز، ولكن مع الاعتراف الدولي بها جزء من جورجيا، وتراقب أنقرة وموسكو الوضع فيها.'
		);
		expect(q?.template).toBe('location_recognised_part_of');
		const wrong = (q?.options ?? []).filter((_, i) => i !== q?.answer).map((o) => o.en);
		expect(wrong).toEqual(expect.arrayContaining(['Turkey', 'Russia']));
	});

	it('still never offers a place the fact base makes true', () => {
		const [q] = questions('وعقدت القمة في سوتشي (جنوب روسيا) بحضور وزير خارجية أرمينيا.');
		expect(q?.template).toBe('location_city');
		const wrong = (q?.options ?? []).filter((_, i) => i !== q?.answer).map((o) => o.en);
		expect(q?.options[q.answer]?.en).toBe('Russia');
		expect(wrong).toContain('Armenia');
		expect(wrong).not.toContain('Russia');
	});
});

describe('what a corridor links', () => {
	it('is asked from a sentence that names the corridor, another one backing it', () => {
		const b = bankOf(
			'أغلقت أذربيجان ممر لاتشين.\nويربط الممر أرمينيا بناغورنو كاراباخ.\nوقال الوسيط إن ممر لاتشين يربط أرمينيا بناغورنو كاراباخ.'
		);
		const asked = b.questions.filter((q) => q.template.startsWith('location_corridor_'));
		expect(asked).toHaveLength(2);
		for (const q of asked) expect(q.sources.map((s) => s.sentence)).toEqual([2, 1]);
	});

	it('is not asked when no sentence stating it names the corridor («ويربط الممر …»)', () => {
		const b = bankOf('أغلقت أذربيجان ممر لاتشين.\nويربط الممر أرمينيا بناغورنو كاراباخ.');
		expect(b.questions.filter((q) => q.template.startsWith('location_corridor_'))).toEqual([]);
	});
});
