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

	it('never dates what a held meeting discussed after the article\'s day («العام المقبل» would give itself away)', () => {
		const b = built(SOCHI + 'وناقش الاجتماع الاتفاقات التي تم التوصل إليها خلال الوساطة الروسية العام الماضي.');
		const [q] = tied(b);
		expect(q?.kind).toBe('claim');
		expect(q?.options[q.answer]).toEqual({
			ar: 'ناقشت القمة في سوتشي الاتفاقات التي تم التوصل إليها خلال الوساطة الروسية العام الماضي.',
			en: "The summit in Sochi discussed the agreements reached during Russia's mediation last year."
		});
		for (const o of q?.options ?? []) {
			expect(o.ar).not.toContain('العام المقبل');
			expect(o.en).not.toContain('next year');
		}
		// The Sochi summit itself, hosted by Putin on Monday, is a Russian mediation of this year.
		for (const o of q?.options ?? []) expect(o.en).not.toContain('mediation this year');
		expect(q?.sources[0]?.sentence).toBe(1);
	});

	it('offers no other year when the fact base has an undated event of the same agents, and sets other claims\' false statements beside it', () => {
		const b = built(
			'عقد باشينيان وعلييف اجتماعا في براغ.\nوالاجتماع بحث التفاهمات التي تم التوصل إليها خلال المحادثات الأمريكية العام قبل الماضي.\n' +
				'وتوسطت الولايات المتحدة بين أرمينيا وأذربيجان.\n' +
				SOCHI
		);
		const [q] = tied(b);
		// The United States' mediation has no date: any year before the article's may be one of its talks.
		expect(q?.options[q.answer]?.en).toBe(
			"The meeting in Prague discussed the understandings reached during the United States' talks the year before last."
		);
		const wrong = (q?.options ?? []).filter((_, i) => i !== q?.answer);
		expect(wrong).toHaveLength(2);
		for (const o of wrong) expect(o.ar).not.toContain('التفاهمات التي تم التوصل إليها');
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
		// No other event of the United States is placed in a year, and the meeting is held: the two other
		// years up to the article's, never «next year».
		const years = (q?.options ?? []).map((o) => o.en?.replace(/^.* talks /, '') ?? '');
		expect(years.sort()).toEqual(['last year.', 'the year before last.', 'this year.']);
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
