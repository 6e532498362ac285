// Every sentence a true/false statement cites states what the statement says: the same parties, place
// and date. A conflict's date with no sides in its sentence may borrow them from another report of a
// conflict of that date, but never from one between other countries than those named beside the date;
// a toll between other parties is another count. Articles written for these tests.
import { describe, expect, it } from 'vitest';
import { bankOf } from './made-up';

const talks = 'وعقد وزيرا خارجية تركيا واليونان محادثات في أنقرة يوم الاثنين.';

type Bank = ReturnType<typeof bankOf>;

/** The claims (statements and true/false questions) that cite a sentence of `article`, with their true statement. */
function claimsCiting(bank: Bank, article: string): string[] {
	return bank.questions
		.filter((q) => q.kind === 'claim' && q.sources.some((s) => s.article === article))
		.map((q) => q.options[q.answer]?.ar ?? '');
}

describe('the sources of a statement', () => {
	it('never include a sentence about clashes on another border (the sides borrowed from elsewhere)', () => {
		const bank = bankOf(
			`${talks}\nوتجددت المواجهات على الحدود الهندية الباكستانية في مايو 2021.`,
			'وقُتل 40 شخصاً في اشتباكات بين إسرائيل ولبنان في مايو 2021.'
		);
		for (const statement of claimsCiting(bank, 'made-up-0')) {
			expect(statement).not.toMatch(/إسرائيل|لبنان/);
		}
	});

	it('never include a sentence that names the clashes’ own parties when the statement names others', () => {
		const bank = bankOf(
			`${talks}\nوتجددت المواجهات على الحدود بين الهند وباكستان في مايو 2021.`,
			'وقُتل 40 شخصاً في اشتباكات بين إسرائيل ولبنان في مايو 2021.'
		);
		for (const statement of claimsCiting(bank, 'made-up-0')) {
			expect(statement).not.toMatch(/إسرائيل|لبنان/);
		}
	});

	it('still borrow the sides from a report of the same war that names the country of the date’s sentence', () => {
		const bank = bankOf(
			`${talks}\nوتنازلت باكستان عن مواقع حدودية بعد هزيمتها في حرب خريف 2019.`,
			'وخلفت الحرب بين الهند وباكستان عام 2019 أكثر من 500 قتيل.'
		);
		const q = bank.questions.find((x) => x.template === 'statement_date');
		expect(q?.options[q.answer]?.ar).toBe('اندلعت حرب بين الهند وباكستان عام 2019.');
		expect(q?.sources.map((s) => s.article)).toEqual(['made-up-0', 'made-up-1']);
	});

	it('are not kept from borrowing by a country the sentence names in another clause, far from the date', () => {
		const bank = bankOf(
			`${talks}\nوتنازلت باكستان عن مواقع حدودية بعد هزيمتها في حرب خريف 2019، في وقت كانت فيه أنظار المراقبين في المنطقة كلها متجهة إلى الانتخابات الرئاسية المرتقبة في إيران.`,
			'وخلفت الحرب بين الهند وباكستان عام 2019 أكثر من 500 قتيل.'
		);
		const q = bank.questions.find((x) => x.template === 'statement_date');
		expect(q?.options[q.answer]?.ar).toBe('اندلعت حرب بين الهند وباكستان عام 2019.');
	});

	it('of a toll never include the same count of clashes between other parties', () => {
		const bank = bankOf(
			`${talks}\nوقُتل 12 شخصاً في اشتباكات على الحدود بين الهند وباكستان في مايو 2021.`,
			'وقُتل 12 شخصاً في اشتباكات على الحدود بين إسرائيل ولبنان في مايو 2021.'
		);
		const tolls = bank.questions.filter((q) => q.template === 'claim_casualties' || q.kind === 'casualties');
		expect(tolls.length).toBeGreaterThan(0);
		for (const q of tolls) {
			const articles = [...new Set(q.sources.map((s) => s.article))];
			expect(articles).toHaveLength(1);
			const named = q.prompt.ar + (q.options[q.answer]?.ar ?? '');
			if (articles[0] === 'made-up-0') expect(named).not.toMatch(/إسرائيل|لبنان/);
			else expect(named).not.toMatch(/الهند|باكستان/);
		}
	});

	it('of a war never say the war was proposed because the sentence calls for restraint', () => {
		const bank = bankOf(
			`${talks}\nوتنازلت باكستان عن مواقع حدودية بعد هزيمتها في حرب خريف 2019، فيما كانت إيران تدعو إلى ضبط النفس.`,
			'وخلفت الحرب بين الهند وباكستان عام 2019 أكثر من 500 قتيل.'
		);
		for (const q of bank.questions.filter((x) => x.kind === 'claim'))
			for (const o of q.options) expect(o.ar).not.toMatch(/اقتُرح عقد حرب/);
	});
});
