// spanClause: the relative clause a span after «قبل» or «منذ» stands in. Only the spans questions ask
// about (days to years) are read, and never in quoted speech. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { spanClause } from '../../../src/lib/pipeline/facts/span-clauses';
import { analyze } from './helpers';

function clauseOf(text: string): ReturnType<typeof spanClause> {
	const info = analyze(text);
	const q = info.quantities[0];
	if (!q) throw new Error(`no quantity in «${text}»`);
	return spanClause(info, q, 'ago');
}

describe('spanClause', () => {
	it('reads the clause of a span in days, weeks, months or years', () => {
		expect(clauseOf('وصمدت الهدنة الجديدة التي أبرمت قبل ثلاثة أيام في المنطقة.')).toMatchObject({
			frame: 'ago',
			gender: 'f',
			holder: { ar: 'الهدنة الجديدة', en: 'the new truce' }
		});
		expect(clauseOf('وصمدت الهدنة التي أبرمت قبل عامين.')?.holder).toMatchObject({ ar: 'الهدنة' });
	});

	it('reads none for a span no question asks: hours, minutes, decades', () => {
		expect(clauseOf('وصمدت الهدنة الجديدة التي أبرمت قبل ثلاث ساعات في المنطقة.')).toBeNull();
		expect(clauseOf('وصمدت الهدنة الجديدة التي أبرمت قبل عشر دقائق في المنطقة.')).toBeNull();
		expect(clauseOf('وانتهت الحرب التي اندلعت قبل ثلاثة عقود.')).toBeNull();
	});

	it('reads none in quoted speech or after «من» («قبل يومين من القمة»)', () => {
		expect(clauseOf('وقال الوسيط: «الهدنة التي أبرمت قبل ثلاثة أيام صامدة».')).toBeNull();
		expect(clauseOf('وصمدت الهدنة التي أبرمت قبل ثلاثة أيام من القمة.')).toBeNull();
	});
});
