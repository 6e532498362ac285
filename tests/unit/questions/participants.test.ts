import { describe, expect, it } from 'vitest';
import { closedList } from '../../../src/lib/questions/participants';

/** The [start, end) spans of each name in the sentence, in order. */
function spans(sentence: string, names: string[]): [number, number][] {
	return names.map((n) => {
		const at = sentence.indexOf(n);
		return [at, at + n.length];
	});
}

describe('a participant list closed by its sentence', () => {
	it('accepts «اجتماع ثلاثي … بين A وB وC» with titles between the names', () => {
		const s =
			'وسبق ذلك اجتماع ثلاثي في بروكسل بين رئيس الوزراء الأرميني نيكول باشينيان والرئيس الأذربايجاني إلهام علييف ورئيس المجلس الأوروبي شارل ميشيل.';
		expect(closedList(s, spans(s, ['نيكول باشينيان', 'إلهام علييف', 'شارل ميشيل']))).toBe(true);
	});

	it('accepts the subjects of «التقى» and «وزراء خارجية A وB وC سيعقدون»', () => {
		const met = 'والتقى باشينيان وعلييف في بروكسل عدة مرات.';
		expect(closedList(met, spans(met, ['باشينيان', 'علييف']))).toBe(true);
		const fms = 'إنّ وزراء خارجية روسيا وأرمينيا وأذربيجان سيعقدون اجتماعاً ثلاثياً في موسكو.';
		expect(closedList(fms, spans(fms, ['روسيا', 'أرمينيا', 'أذربيجان']))).toBe(true);
	});

	it('refuses «بمشاركة» lists, separate bilateral meetings and names a place or clause splits', () => {
		const extra = 'عقد اجتماع آخر موسع للزعيمين بمشاركة المستشار الألماني أولاف شولتس والرئيس الفرنسي إيمانويل ماكرون.';
		expect(closedList(extra, spans(extra, ['أولاف شولتس', 'إيمانويل ماكرون']))).toBe(false);
		const separate = 'إلى جانب اجتماعات ثنائية منفصلة بين سيرغي لافروف وجيهون بيراموف.';
		expect(closedList(separate, spans(separate, ['سيرغي لافروف', 'جيهون بيراموف']))).toBe(false);
		const split = 'التقى باشينيان في بروكسل ثم علييف.';
		expect(closedList(split, spans(split, ['باشينيان', 'علييف']))).toBe(false);
	});

	it('needs at least two names', () => {
		const s = 'التقى باشينيان نظيره.';
		expect(closedList(s, spans(s, ['باشينيان']))).toBe(false);
	});
});
