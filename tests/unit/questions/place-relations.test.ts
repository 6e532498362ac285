// Questions on where a city lies: its region («كابان. كبرى مدن إقليم سيونيك»). Sentences written for
// these tests, run through the real extractor and lexicon.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../../src/lib/pipeline/extract';
import type { Lexicon } from '../../../src/lib/pipeline/types';
import { buildBank } from '../../../src/lib/questions';

const lexicon = JSON.parse(readFileSync('questions/lexicon.json', 'utf8')) as Lexicon;

function questions(...texts: string[]) {
	const ex = extractCorpus(
		texts.map((text, i) => ({ id: `made-up-${i}`, text })),
		lexicon
	);
	return buildBank({ articles: ex.articles, facts: ex.facts, lexicon, translations: [] }).bank.questions.filter(
		(q) => q.relation === 'location' && q.template !== 'location_protest'
	);
}

const kapan = 'ونظم المعارضون مسيرة حاشدة في كابان. كبرى مدن إقليم سيونيك ، للمطالبة بوقف ترسيم الحدود.';

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

	it('is not asked when another article puts the city in another region', () => {
		expect(questions(kapan, 'وتجمع المئات في كابان، أكبر مدينة في إقليم تافوش، أمس.')).toEqual([]);
	});
});
