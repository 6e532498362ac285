// «الهدنة التي أُبرمت قبل ثلاثة أيام», «بوتين، الذي كان قلقًا منذ ثمانية أشهر …»: a span counted back
// from the article's own time, asked when a relative clause says what it is about. Sentences written
// for these tests, run through the real extractor, lexicon and generator.
import { describe, expect, it } from 'vitest';
import { built } from './made-up';
import { englishSinceFromTranslation } from '../../../src/lib/questions/spans-ago';
import { entityFromLexicon } from '../../../src/lib/questions/render';
import { lexicon } from './made-up';
import { extractCorpus } from '../../../src/lib/pipeline/extract';
import { buildBank } from '../../../src/lib/questions';

const spans = (b: ReturnType<typeof built>) => b.bank.questions.filter((q) => /^span_/.test(q.template));
const clauses = (b: ReturnType<typeof built>) =>
	b.facts.filter((f) => f.kind === 'figure').map((f) => f.subject.clause ?? null);
const days = (en: string): number => {
	const [n, unit] = en.replace(/ before the article$/, '').split(' ');
	return Number(n) * { day: 1, week: 7, month: 30, year: 365 }[(unit ?? '').replace(/s$/, '') as 'day'];
};

describe('a span in a relative clause about an event', () => {
	it('asks when the event happened, «قبل» kept in the options', () => {
		const b = built('وجدد الوسيط دعوته إلى احترام وقف إطلاق النار الذي أعلن قبل أسبوعين في المنطقة.');
		const [q] = spans(b);
		expect(q?.prompt.ar).toBe('متى أُعلن وقف إطلاق النار بحسب المقال؟');
		expect(q?.prompt.en).toBe('According to the article, when was the ceasefire announced?');
		expect(q?.relation).toBe('figure');
		expect(q?.options[q.answer]).toEqual({ ar: 'قبل أسبوعين', en: '2 weeks before the article' });
		const wrong = (q?.options ?? []).filter((_, i) => i !== q?.answer).map((o) => o.en ?? '');
		expect(new Set(wrong).size).toBe(3);
		// Same scale, on both sides of the answer.
		expect(wrong.some((w) => days(w) < 14)).toBe(true);
		expect(wrong.some((w) => days(w) > 14)).toBe(true);
		for (const o of q?.options ?? []) expect(o.ar).toMatch(/^قبل /);
	});

	it('keeps the noun phrase and names a plural event with its verb in English', () => {
		const [q] = spans(built('وأسفرت الاشتباكات الحدودية التي اندلعت قبل خمسة أيام عن سقوط جرحى.'));
		expect(q?.prompt.ar).toBe('متى اندلعت الاشتباكات الحدودية بحسب المقال؟');
		expect(q?.prompt.en).toBe('According to the article, when did the border clashes break out?');
		expect(q?.options[q.answer]?.ar).toBe('قبل 5 أيام');
	});

	it('leaves out the words after the span, which may be the main clause going on', () => {
		const [q] = spans(built('وقال الوسيط إن وقف إطلاق النار الذي أعلن قبل ثلاثة أسابيع صامد حتى الآن.'));
		expect(q?.prompt.ar).toBe('متى أُعلن وقف إطلاق النار بحسب المقال؟');
	});

	it('is not read from a verb outside the known list, a negated clause, a quotation or another event', () => {
		const b = built(
			'وقال المراقبون إن الهدنة التي انهارت قبل يومين كانت هشة.',
			'ودعا الوسيط إلى احترام الهدنة التي لم تبرم منذ عامين.',
			'وقال الوزير: "إن الهدنة التي أبرمت قبل يومين صامدة".',
			'وعقد الوزيران اجتماعًا قبل يومين من القمة في باريس.',
			'وقال الوزير قبل ثلاثة أيام إن الوضع هادئ.'
		);
		expect(clauses(b).filter((c) => c !== null)).toEqual([]);
		expect(spans(b)).toEqual([]);
	});

	it('is not asked when two reports give the same clause different spans', () => {
		const b = built(
			'ودعا الوسيط إلى احترام الهدنة الجديدة التي أبرمت قبل أربعة أيام.',
			'ودعا الوسيط إلى احترام الهدنة الجديدة التي أبرمت قبل أسبوع.'
		);
		expect(spans(b)).toEqual([]);
	});
});

describe('a span in a relative clause about a person', () => {
	const erdogan = 'والتقى الوزير الرئيس التركي رجب طيب أردوغان، الذي يقود حزبه منذ عشرين عامًا، في أنقرة.';

	it('asks since when, with the person named in full and the clause copied', () => {
		const [q] = spans(built(erdogan));
		expect(q?.prompt.ar).toBe('منذ متى يقود رجب طيب أردوغان حزبه بحسب المقال؟');
		// No translation: the English of the copied clause is unknown.
		expect(q?.prompt.en).toBeNull();
		expect(q?.options[q.answer]).toEqual({ ar: 'منذ 20 عامًا', en: '20 years' });
	});

	it('takes the English from the translation when it has the same clause', () => {
		const person = entityFromLexicon(lexicon.entries.find((e) => e.id === 'erdogan')!);
		const span = { value: 20, unit: 'year' as const };
		expect(
			englishSinceFromTranslation(
				'The minister met Turkish President Erdogan, who has led his party for twenty years, in Ankara.',
				person,
				span
			)
		).toBe('According to the article, for how long has Recep Tayyip Erdogan led his party?');
		// «منذ» read as «ago» by the translator, or another clause: no English.
		expect(englishSinceFromTranslation('Erdogan, who took office twenty years ago, said …', person, span)).toBeNull();
		expect(englishSinceFromTranslation('Erdogan has led his party for twenty years.', person, span)).toBeNull();
	});

	// The translations are passed into generation: a prompt neither a template nor the translation can
	// word in English is reported as missing, like any other.
	it('words the English from the sentence’s translation, or reports it missing', () => {
		const { articles, facts } = extractCorpus([{ id: 'made-up-0', text: erdogan }], lexicon);
		const sentence = articles[0]?.sentences[0]?.text ?? '';
		const bank = (en: string | null) =>
			buildBank({
				articles,
				facts,
				lexicon,
				translations: en === null ? [] : [{ article: 'made-up-0', title: null, sentences: [{ ar: sentence, en }] }]
			});
		const translated = bank('The minister met Turkish President Erdogan, who has led his party for twenty years, in Ankara.');
		const [q] = translated.bank.questions.filter((x) => /^span_/.test(x.template));
		expect(q?.prompt.en).toBe('According to the article, for how long has Recep Tayyip Erdogan led his party?');
		expect(translated.notes.filter((n) => n.kind === 'missing-english' && n.factId === q?.factId)).toEqual([]);
		for (const other of [null, 'The minister met Erdogan in Ankara.']) {
			const missing = bank(other);
			const [p] = missing.bank.questions.filter((x) => /^span_/.test(x.template));
			expect(p?.prompt.en).toBeNull();
			expect(missing.notes).toContainEqual({ kind: 'missing-english', factId: p?.factId, message: 'no English for the prompt' });
		}
	});

	it('is not asked when the pronoun is another noun’s: a genitive head, or the other gender', () => {
		const b = built(
			'وقال مكتب بايدن، الذي يعمل منذ عامين على الملف، إن المحادثات مستمرة.',
			'وقالت ابنة بايدن، التي تعيش منذ ثلاثة أعوام في روما، إنها متفائلة.',
			'وقال بايدن الذي يعمل منذ عامين على الملف إن المحادثات مستمرة.'
		);
		expect(spans(b)).toEqual([]);
	});
});
