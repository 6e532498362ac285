// «بعد أسبوعين من المواجهات الحدودية»: a meeting placed a span after another event, asked as «how much
// time passed between …». Sentences written for these tests, run through the real extractor and lexicon.
import { describe, expect, it } from 'vitest';
import { built } from './made-up';
import { exactSpan, spanDistractors, type Span } from '../../../src/lib/questions/intervals';


const rome =
	'والتقى وزيرا خارجية إسرائيل ولبنان في روما يوم الخميس بحضور وزير الخارجية الأمريكي بعد أسبوعين من المواجهات الحدودية.';
const paris = 'وعقد وفدا إسرائيل ولبنان جولة محادثات في باريس برعاية فرنسا يوم الاثنين.';
const intervals = (b: ReturnType<typeof built>) => b.bank.questions.filter((q) => q.template === 'interval_after');

describe('a span after another event', () => {
	it('is read as counted from the event word after «من»', () => {
		const { facts } = built(rome);
		const span = facts.find((f) => f.kind === 'figure' && f.value.type === 'quantity' && f.value.quantity.unit === 'week');
		expect(span?.subject.measure).toBe('weeks-after');
		expect(span?.subject.eventType).toBe('clashes');
		// «بعد شهر من الاتفاق»: an agreement is no event a question can name as written.
		const agreement = built('والتقى وزيرا خارجية إسرائيل ولبنان في روما بعد شهر من الاتفاق.').facts.find(
			(f) => f.kind === 'figure'
		);
		expect(agreement?.subject.measure).not.toBe('months-after');
	});

	it('asks how much time passed between the event and the meeting the sentence names', () => {
		const [q] = intervals(built(rome, paris));
		expect(q?.prompt.ar).toBe('كم من الوقت فصل بين الاشتباكات الحدودية والاجتماع في روما بحسب المقال؟');
		expect(q?.prompt.en).toBe(
			'According to the article, how much time passed between the border clashes and the meeting in Rome?'
		);
		expect(q?.options[q.answer]).toEqual({ ar: 'أسبوعان', en: '2 weeks' });
		const wrong = (q?.options ?? []).filter((_, i) => i !== q?.answer);
		expect(wrong).toHaveLength(3);
		for (const o of wrong) expect(o.en).toMatch(/^\d+ weeks?$/);
	});

	it('is not asked when no meeting stands before the span in its sentence', () => {
		const b = built('وقال وزير الخارجية الأمريكي بعد ثلاثة أيام من الهدنة إن الوضع هادئ.', rome, paris);
		expect(intervals(b).map((q) => q.options[q.answer]?.en)).toEqual(['2 weeks']);
	});
});

describe('wrong spans', () => {
	const both = (answer: Span, picked: Span[] | null) => {
		const days = (s: Span) => s.value * { day: 1, week: 7, month: 30, year: 365 }[s.unit];
		expect(picked).toHaveLength(3);
		expect(picked?.some((s) => days(s) < days(answer))).toBe(true);
		expect(picked?.some((s) => days(s) > days(answer))).toBe(true);
	};

	it('lie on both sides of the answer, in its unit', () => {
		for (const seed of ['a', 'b', 'c']) {
			const eight: Span = { value: 8, unit: 'month' };
			const picked = spanDistractors(eight, seed);
			both(eight, picked);
			expect(picked?.every((s) => s.unit === 'month' && s.value !== 8)).toBe(true);
		}
	});

	it('take the unit below for a single unit, and give up on a single day', () => {
		const month: Span = { value: 1, unit: 'month' };
		const picked = spanDistractors(month, 'x');
		both(month, picked);
		expect(picked).toContainEqual({ value: 2, unit: 'week' });
		expect(spanDistractors({ value: 1, unit: 'day' }, 'x')).toBeNull();
	});
});

describe('exactSpan', () => {
	it('reads an exact count of days, weeks, months or years as a span', () => {
		expect(exactSpan({ value: 3, qualifier: 'exact', unit: 'day' })).toEqual({ value: 3, unit: 'day' });
		expect(exactSpan({ value: 8, qualifier: 'exact', unit: 'month' })).toEqual({ value: 8, unit: 'month' });
		expect(exactSpan({ value: 2, qualifier: 'exact', unit: 'year' })).toEqual({ value: 2, unit: 'year' });
	});

	it('gives null for a span no question asks: not exact, or of another unit', () => {
		expect(exactSpan({ value: 1, qualifier: 'more-than', unit: 'year' })).toBeNull();
		expect(exactSpan({ value: 2, qualifier: 'approximately', unit: 'week' })).toBeNull();
		expect(exactSpan({ value: 3, qualifier: 'exact', unit: 'hour' })).toBeNull();
		expect(exactSpan({ value: 3, qualifier: 'exact', unit: 'decade' })).toBeNull();
		expect(exactSpan({ value: 3, qualifier: 'exact', unit: null })).toBeNull();
	});
});
