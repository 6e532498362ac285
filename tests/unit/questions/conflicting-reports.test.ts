// Two sentences that date the same kind of event to the same month are one event told twice only
// when nothing else they say of it differs: another toll, other parties or another place make them
// two events (or two accounts that disagree), never one fact «confirmed by 2 articles». A floor
// («على الأقل») agrees with any count it does not rule out. Articles written for these tests.
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../src/lib/pipeline/types';
import { built } from './made-up';

const talks = 'وعقد وزيرا خارجية تركيا واليونان محادثات في أنقرة يوم الاثنين.';

/** The date facts of the clashes of a month, each with the articles that report it. */
function clashDates(facts: readonly Fact[], month: number): string[][] {
	return facts
		.filter(
			(f) =>
				f.kind === 'date' &&
				f.subject.eventType === 'clashes' &&
				f.value.type === 'date' &&
				f.value.date.month === month
		)
		.map((f) => [...new Set(f.evidence.map((e) => e.article))]);
}

function tollQuestions(bank: ReturnType<typeof built>['bank']) {
	return bank.questions.filter((q) => q.template === 'date_toll');
}

const articlesOf = (q: { sources: { article: string }[] }): string[] => [...new Set(q.sources.map((s) => s.article))];

describe('reports of clashes in the same month', () => {
	it('are two facts when they give different tolls, each question backed by its own article', () => {
		const { facts, bank } = built(
			`${talks}\nوقُتل 9 أشخاص في اشتباكات على الحدود بين الهند وباكستان في أغسطس 2019.`,
			'وقُتل 35 شخصاً في اشتباكات على الحدود بين الهند وباكستان في أغسطس 2019.'
		);
		expect(clashDates(facts, 8)).toEqual([['made-up-0'], ['made-up-1']]);
		const questions = tollQuestions(bank);
		expect(questions.length).toBeGreaterThan(0);
		for (const q of questions) {
			expect(articlesOf(q)).toHaveLength(1);
			expect(q.confirmedBy).toBe(1);
		}
		const nine = questions.find((q) => q.prompt.ar.includes('9 قتلى'));
		if (nine) expect(articlesOf(nine)).toEqual(['made-up-0']);
	});

	it('are one fact when one toll is a floor the other meets («على الأقل»)', () => {
		const { facts, bank } = built(
			`${talks}\nوقُتل 75 شخصاً في اشتباكات على الحدود بين الهند وباكستان في أغسطس 2019.`,
			'وقُتل 60 شخصاً على الأقل في اشتباكات على الحدود بين الهند وباكستان في أغسطس 2019.'
		);
		expect(clashDates(facts, 8)).toEqual([['made-up-0', 'made-up-1']]);
		const q = tollQuestions(bank)[0];
		expect(q && articlesOf(q)).toEqual(['made-up-0', 'made-up-1']);
	});

	it('are two facts when the floor is above the other count', () => {
		const { facts } = built(
			`${talks}\nوقُتل 75 شخصاً في اشتباكات على الحدود بين الهند وباكستان في أغسطس 2019.`,
			'وقُتل 90 شخصاً على الأقل في اشتباكات على الحدود بين الهند وباكستان في أغسطس 2019.'
		);
		expect(clashDates(facts, 8)).toHaveLength(2);
	});

	it('are one fact when they give the same toll, and the question is confirmed by both articles', () => {
		const { facts, bank } = built(
			`${talks}\nوقُتل 75 شخصاً في اشتباكات على الحدود بين الهند وباكستان في أغسطس 2019.`,
			'وأسفرت اشتباكات بين الهند وباكستان في أغسطس 2019 عن مقتل 75 شخصاً.'
		);
		expect(clashDates(facts, 8)).toEqual([['made-up-0', 'made-up-1']]);
		const q = tollQuestions(bank)[0];
		expect(q?.confirmedBy).toBe(2);
	});

	it('are two facts when they name other parties', () => {
		const { facts } = built(
			`${talks}\nوتجددت الاشتباكات بين الهند وباكستان في أغسطس 2019.`,
			'وتجددت الاشتباكات بين إسرائيل ولبنان في أغسطس 2019.'
		);
		expect(clashDates(facts, 8)).toHaveLength(2);
	});

	it('are two facts when they place the clashes in other countries', () => {
		const { facts } = built(
			`${talks}\nوتجددت الاشتباكات في سوريا في أغسطس 2019.`,
			'وتجددت الاشتباكات في العراق في أغسطس 2019.'
		);
		expect(clashDates(facts, 8)).toHaveLength(2);
	});

	it('leave a bare report that fits two tolls to neither of them', () => {
		const { facts, bank } = built(
			`${talks}\nوقُتل 9 أشخاص في اشتباكات على الحدود بين الهند وباكستان في أغسطس 2019.`,
			'وقُتل 35 شخصاً في اشتباكات على الحدود بين الهند وباكستان في أغسطس 2019.',
			'وتتواصل الاشتباكات المتقطعة منذ أغسطس 2019 دون توقف.'
		);
		const dates = clashDates(facts, 8);
		expect(dates).toContainEqual(['made-up-2']);
		for (const q of tollQuestions(bank)) expect(articlesOf(q)).not.toContain('made-up-2');
	});

	it('keep a single count between the same parties merged across articles (same casualties fact)', () => {
		const { facts } = built(
			`${talks}\nوقُتل 75 شخصاً في اشتباكات بين الهند وباكستان عام 2019.`,
			'وقُتل 75 شخصاً في اشتباكات بين الهند وباكستان عام 2019 بحسب مصادر رسمية.'
		);
		const tolls = facts.filter((f) => f.kind === 'casualties');
		expect(tolls).toHaveLength(1);
		expect(new Set(tolls[0]?.evidence.map((e) => e.article)).size).toBe(2);
	});
});

describe('two meetings a question fits', () => {
	const placeQuestion = (bank: ReturnType<typeof built>['bank']) =>
		bank.questions.find((q) => q.template === 'place_city' && q.prompt.ar.includes('اليونان وتركيا'));

	it('do not confirm each other when their dates differ, even with the same answer', () => {
		const { bank } = built(
			'وعقد وزيرا خارجية اليونان وتركيا محادثات في جنيف في 3 مارس 2022 لبحث ملف الحدود البحرية.',
			'وكان وزيرا خارجية اليونان وتركيا قد عقدا محادثات في جنيف في نوفمبر 2021.'
		);
		const q = placeQuestion(bank);
		expect(q?.options[q.answer]?.ar).toBe('جنيف');
		expect(q && articlesOf(q)).toHaveLength(1);
		for (const claim of bank.questions.filter((x) => x.template === 'claim_place'))
			expect(articlesOf(claim)).toHaveLength(1);
	});

	it('confirm each other when their dates agree («3 مارس 2022» and «مارس 2022»)', () => {
		const { bank } = built(
			'وعقد وزيرا خارجية اليونان وتركيا محادثات في جنيف في 3 مارس 2022 لبحث ملف الحدود البحرية.',
			'وعقد وزيرا خارجية اليونان وتركيا محادثات في جنيف في مارس 2022.'
		);
		expect(placeQuestion(bank)?.confirmedBy).toBe(2);
	});
});
