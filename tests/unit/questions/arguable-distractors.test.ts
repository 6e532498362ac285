// A wrong option must be false for every event the question may describe, not only for those the fact
// base says it does; and a claim's two false statements never claim one thing in two wordings.
// Sentences written for these tests, run through the real extractor, lexicon and generator.
import { describe, expect, it } from 'vitest';
import { built } from './made-up';
import { buildReal } from './real-bank';

const optionsOf = (b: ReturnType<typeof built>, relation: string, answerEn: string) =>
	b.bank.questions
		.filter((q) => q.relation === relation && q.options[q.answer]?.en === answerEn)
		.flatMap((q) => q.options.map((o) => o.en));

describe('a wrong option an event silent on a detail may make true', () => {
	it('is no wrong month when a summit of the same people names the arranger without a role', () => {
		const b = built(
			'رتب الرئيس الفرنسي إيمانويل ماكرون محادثات بين باشينيان وعلييف في بروكسل في أغسطس الماضي.\n' +
				'وقال قصر الإليزيه إن ماكرون وعلييف "يأملان الحفاظ على تنسيق وثيق في أعقاب قمة براغ" التي جمعت في السادس من أكتوبر علييف وباشينيان.\n' +
				// Another meeting in Brussels: the talks are told apart by their arranger.
				'وعقد باشينيان وعلييف اجتماعا آخر في بروكسل في 14 مايو.\n' +
				// A month of the corpus, which wrong dates are drawn from first.
				'وسيعقد اجتماع آخر في شهر أكتوبر المقبل في غرناطة.'
		);
		const q = b.bank.questions.find((x) => x.relation === 'date' && x.options[x.answer]?.en === 'August');
		expect(q?.prompt.en).toContain('arranged by Emmanuel Macron');
		const options = q?.options.map((o) => o.en) ?? [];
		// Macron may have arranged the Prague summit: «talks arranged by Macron in October» is arguable.
		expect(options).not.toContain('October');
	});

	it('is no wrong city when a meeting the same host arranged names no one at its table', () => {
		const b = built(
			'استضاف وزير الخارجية الأميركي أنتوني بلينكن محادثات بين أرمينيا وأذربيجان في واشنطن.\n' +
				'وسبق لوزيري خارجية البلدين أن التقيا خلال سبتمبر في نيويورك بتدبير من وزير الخارجية الأميركي أنتوني بلينكن.\n' +
				'واستضاف بوتين قمة في سوتشي بين باشينيان وعلييف.\nوعقد باشينيان وعلييف اجتماعا في براغ.'
		);
		const options = optionsOf(b, 'place', 'Washington');
		expect(options).toContain('Washington');
		expect(options).not.toContain('New York');
	});
});

describe('a wrong city a meeting with people it does not name may make true', () => {
	it('is not the city of a meeting of «the two leaders» whose sentence names only its guests', () => {
		const b = built(
			'والتقى باشينيان وعلييف في بروكسل عدة مرات برعاية الاتحاد الأوروبي.\n' +
				'ويعتزم رئيس المجلس الأوروبي عقد اجتماع آخر موسع للزعيمين الأرميني والأذربيجاني بمشاركة المستشار الألماني أولاف شولتس والرئيس الفرنسي إيمانويل ماكرون في العاصمة المولدافية كيشيناو.\n' +
				'واستضاف وزير الخارجية الأميركي أنتوني بلينكن محادثات بين أرمينيا وأذربيجان في واشنطن.'
		);
		const options = optionsOf(b, 'place', 'Brussels');
		expect(options).toContain('Brussels');
		// The EU's Council president convenes it and the two leaders sit there: «they met in Chisinau
		// under the EU's auspices» is not false by the article.
		expect(options).not.toContain('Chisinau');
	});

	it('is not the city of a meeting that names some of the same people', () => {
		const b = built(
			'والتقى باشينيان وعلييف ورئيس المجلس الأوروبي شارل ميشيل في بروكسل.\n' +
				'وكانت قمة براغ قد جمعت علييف وباشينيان في السادس من أكتوبر.\n' +
				'واستضاف وزير الخارجية الأميركي أنتوني بلينكن محادثات بين أرمينيا وأذربيجان في واشنطن.'
		);
		const options = optionsOf(b, 'place', 'Brussels');
		expect(options).toContain('Brussels');
		// The article does not say Michel was not in Prague.
		expect(options).not.toContain('Prague');
	});
});

describe('the false statements of a claim', () => {
	// The names, numbers and months a statement gives, whatever its wording.
	const details = (text: string): string =>
		[...text.matchAll(/[A-Z][\p{L}-]+|\d+/gu)]
			.map((m) => m[0])
			.filter((w) => !['A', 'The', 'Talks'].includes(w))
			.sort()
			.join(' ');

	it('never claim one thing in two wordings (an option with a twin cannot be the one true statement)', () => {
		const { bank } = buildReal();
		const twins = bank.questions
			.filter((q) => q.kind === 'claim')
			.flatMap((q) => {
				const wrong = q.options.filter((_, i) => i !== q.answer).map((o) => o.en ?? '');
				return wrong.length === 2 && details(wrong[0] as string) === details(wrong[1] as string) ? [`${q.id}: ${wrong.join(' | ')}`] : [];
			});
		expect(twins).toEqual([]);
	});
});

describe('Arabic a native editor would write', () => {
	// «نقطة تفتيش» is indefinite: a relative «التي» after it is ungrammatical («أين أُقيمت نقطة تفتيش التي …»).
	it('asks where a checkpoint was set up without a relative clause after an indefinite noun', () => {
		const { bank } = buildReal();
		const q = bank.questions.find((x) => x.template === 'location_checkpoint');
		expect(q?.prompt.ar).toBe('أين أُقيمت نقطة تفتيش بحسب المقال؟');
	});
});
