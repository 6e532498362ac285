// A bare report of a conflict («… كما حدث في مايو الماضي») backs the question another report's toll
// makes about the same conflict (same type, same date, same noun, nothing named that the tolled report
// does not name), when the corpus gives such conflicts a single toll. Articles written for these
// tests, run through the real extractor and lexicon.
import { describe, expect, it } from 'vitest';
import { bankOf } from './made-up';


const talks = 'وعقد وزيرا خارجية تركيا واليونان محادثات في أنقرة يوم الاثنين.';
const tolled = `${talks}\nوتجددت الاشتباكات على الحدود بين إسرائيل ولبنان في مايو، حين قُتل 40 شخصاً على الأقل من الجانبين.`;

/** The articles whose sentences back the question on the clashes' date. */
function tollQuestionArticles(bank: ReturnType<typeof bankOf>): string[] {
	const q = bank.questions.find((x) => x.template === 'date_toll');
	expect(q?.prompt.ar).toBe('متى وقعت الاشتباكات الحدودية التي خلّفت 40 قتيلًا على الأقل بحسب المقال؟');
	expect(q?.options[q.answer]?.ar).toBe('مايو');
	return [...new Set(q?.sources.map((s) => s.article))];
}

describe('another report of the same conflict', () => {
	it('backs the toll question when it names nothing else and calls the clashes by the same noun', () => {
		const bank = bankOf(
			tolled,
			'ولا تزال المواجهات المتقطعة مستمرة على طول حدود لبنان الجنوبية، كما حدث في مايو الماضي.'
		);
		expect(tollQuestionArticles(bank)).toEqual(['made-up-0', 'made-up-1']);
		expect(bank.questions.find((q) => q.template === 'date_toll')?.factIds).toHaveLength(2);
	});

	it('is left out when the corpus gives clashes of that date another toll', () => {
		const bank = bankOf(
			tolled,
			'ولا تزال المواجهات المتقطعة مستمرة على طول حدود لبنان الجنوبية، كما حدث في مايو الماضي.',
			'وقُتل 12 شخصاً في اشتباكات على الحدود بين إسرائيل ولبنان في مايو.'
		);
		expect(tollQuestionArticles(bank)).not.toContain('made-up-1');
	});

	it('is left out when it names a country the tolled report does not', () => {
		const bank = bankOf(
			tolled,
			'ولا تزال المواجهات المتقطعة مستمرة على طول حدود سوريا الجنوبية، كما حدث في مايو الماضي.'
		);
		expect(tollQuestionArticles(bank)).toEqual(['made-up-0']);
	});

	it('is left out when it does not speak of the border, as the question does', () => {
		const bank = bankOf(tolled, 'ولا تزال المواجهات المتقطعة مستمرة في جنوب لبنان، كما حدث في مايو الماضي.');
		expect(tollQuestionArticles(bank)).toEqual(['made-up-0']);
	});
});
