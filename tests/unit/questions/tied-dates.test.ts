// «ناقش الاجتماع الاتفاقات التي تم التوصل إليها خلال الوساطة الروسية العام الماضي»: a relative date of
// an earlier event that a sentence ties to a meeting it names. Sentences written for these tests, run
// through the real extractor, lexicon and generator.
import { describe, expect, it } from 'vitest';
import { built } from './made-up';

const SOCHI =
	'استضاف الرئيس الروسي فلاديمير بوتين قمة في سوتشي يوم الاثنين بمشاركة باشينيان وعلييف.\n';

const tied = (b: ReturnType<typeof built>) => b.bank.questions.filter((q) => q.template === 'statement_tied_date');
const ties = (b: ReturnType<typeof built>) => b.facts.flatMap((f) => (f.subject.tie ? [f.subject.tie] : []));

describe('a relative date tied to a meeting', () => {
	it('reads the meeting, its verb, the words up to the date and their English', () => {
		const b = built(SOCHI + 'وناقش الاجتماع الاتفاقات التي تم التوصل إليها خلال الوساطة الروسية العام الماضي.');
		const [tie] = ties(b);
		expect(tie?.rest).toBe('الاتفاقات التي تم التوصل إليها خلال الوساطة الروسية');
		expect(tie?.object).toBe('the agreements reached');
		expect(tie?.noun).toBe('mediation');
		expect(tie?.agents.map((a) => a.id)).toEqual(['russia']);
		const summit = b.facts.find((f) => f.kind === 'place' && f.value.type === 'entity' && f.value.entity.id === 'sochi');
		expect(tie?.eventId).toBe(summit?.subject.eventId);
	});

	it('is asked as a claim about the meeting, with no wrong year that another Russian meeting falls in', () => {
		const b = built(SOCHI + 'وناقش الاجتماع الاتفاقات التي تم التوصل إليها خلال الوساطة الروسية العام الماضي.');
		const [q] = tied(b);
		expect(q?.kind).toBe('claim');
		expect(q?.options[q.answer]).toEqual({
			ar: 'ناقشت القمة في سوتشي الاتفاقات التي تم التوصل إليها خلال الوساطة الروسية العام الماضي.',
			en: "The summit in Sochi discussed the agreements reached during Russia's mediation last year."
		});
		// The Sochi summit itself, hosted by Putin on Monday, is a Russian mediation of this year.
		const wrong = (q?.options ?? []).filter((_, i) => i !== q?.answer).map((o) => o.en ?? '');
		expect(wrong.sort()).toEqual([
			"The summit in Sochi discussed the agreements reached during Russia's mediation next year.",
			"The summit in Sochi discussed the agreements reached during Russia's mediation the year before last."
		]);
		expect(q?.sources[0]?.sentence).toBe(1);
	});

	it('reads talks a meeting recalls as an earlier event, not as the meeting, and words their owners in English', () => {
		const b = built(
			'عقد باشينيان وعلييف اجتماعا في براغ.\nوالاجتماع بحث التفاهمات التي تم التوصل إليها خلال المحادثات الأمريكية العام قبل الماضي.'
		);
		// The Prague meeting gets no date from the talks it recalls.
		expect(b.facts.filter((f) => f.kind === 'date' && f.subject.eventId)).toEqual([]);
		const [q] = tied(b);
		expect(q?.options[q.answer]).toEqual({
			ar: 'بحث الاجتماع في براغ التفاهمات التي تم التوصل إليها خلال المحادثات الأمريكية العام قبل الماضي.',
			en: "The meeting in Prague discussed the understandings reached during the United States' talks the year before last."
		});
		// No other event of the United States is placed in a year: any two other years of the scale.
		const years = (q?.options ?? []).map((o) => o.en?.replace(/^.* talks /, '') ?? '');
		expect(new Set(years).size).toBe(3);
		for (const y of years) expect(['the year before last.', 'last year.', 'this year.', 'next year.']).toContain(y);
	});

	it('is backed only by its own article: another article’s «last year» counts from another day', () => {
		const tie = 'وناقش الاجتماع الاتفاقات التي تم التوصل إليها خلال الوساطة الروسية العام الماضي.';
		const b = built(SOCHI + tie, 'عقد باشينيان وعلييف اجتماعا في براغ.\n' + tie);
		const [q] = tied(b);
		expect(q).toBeDefined();
		expect(new Set(q?.sources.map((s) => s.article))).toEqual(new Set(['made-up-0']));
	});

	it('is not read across punctuation, in a quotation, when negated, from another verb or with a calendar year', () => {
		const b = built(
			SOCHI +
				'وناقش الاجتماع الاتفاقات، خلال الوساطة الروسية العام الماضي.\n' +
				'وقال بوتين: "ناقش الاجتماع الاتفاقات التي تم التوصل إليها خلال الوساطة الروسية العام الماضي".\n' +
				'ولم يناقش الاجتماع الاتفاقات التي لم تنفذ خلال الوساطة الروسية العام الماضي.\n' +
				'وانتقد الاجتماع الاتفاقات التي تم التوصل إليها خلال الوساطة الروسية العام الماضي.\n' +
				'وناقش الاجتماع الاتفاقات التي تم التوصل إليها خلال الوساطة الروسية عام 2021.'
		);
		expect(ties(b)).toEqual([]);
		expect(tied(b)).toEqual([]);
	});
});
