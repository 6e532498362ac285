import { describe, expect, it } from 'vitest';
import { arabicGender } from '../../../src/lib/questions/grammar';
import { renderQuantity } from '../../../src/lib/questions/render';
import { generateQuestions } from '../../../src/lib/questions';
import { articles, ent, fact, facts, lexicon } from './fixtures';
import { tq } from '../../../src/lib/questions/i18n';

describe('Arabic gender', () => {
	it('gives men, feminine names, countries, cities and organisations their gender', () => {
		expect(arabicGender(ent('putin'))).toBe('m');
		expect(arabicGender(ent('zakharova'))).toBe('f');
		// First names written with a hamza are matched through their normalised form.
		const person = (ar: string) => ({ id: null, type: 'person' as const, ar, arCanonical: ar, en: null });
		expect(arabicGender(person('أنجيلا ميركل'))).toBe('f');
		expect(arabicGender(person('أورسولا فون دير لاين'))).toBe('f');
		expect(arabicGender(ent('russia'))).toBe('f');
		expect(arabicGender(ent('usa'))).toBe('f');
		expect(arabicGender(ent('lebanon'))).toBe('m');
		expect(arabicGender(ent('sochi'))).toBe('f');
		expect(arabicGender(ent('eu'))).toBe('m');
		expect(arabicGender(ent('un'))).toBe('f');
	});

	it('lets the editorial file override a guess', () => {
		expect(arabicGender(ent('putin'), { putin: 'f' })).toBe('f');
	});
});

describe('claims agree with their subject', () => {
	const extra = fact(
		'f-role-extra',
		'role',
		['a004', 0, 'جيهون بيراموف'],
		{ type: 'entity', entity: ent('bayramov') },
		{ office: 'spokesperson', country: ent('azerbaijan') }
	);
	const { questions } = generateQuestions({ articles, facts: [...facts, extra], lexicon });
	const texts = questions.filter((q) => q.kind === 'claim').flatMap((q) => q.options.map((o) => o.ar));

	it('uses «استضاف» for a man, never «استضافت»', () => {
		expect(texts.some((t) => t.startsWith('استضاف فلاديمير بوتين'))).toBe(true);
		expect(texts.some((t) => /استضافت (?:فلاديمير|إيمانويل|شارل|أنتوني)/.test(t))).toBe(false);
	});

	it('makes the office agree with a woman: «ماريا زاخاروفا هي المتحدثة باسم …»', () => {
		expect(texts).toContain('ماريا زاخاروفا هي المتحدثة باسم وزارة خارجية روسيا.');
		expect(texts.some((t) => t.startsWith('ماريا زاخاروفا هو'))).toBe(false);
	});

	it('uses the feminine verb for a country or city and the masculine for «الاتحاد الأوروبي»', () => {
		const verb = (id: string): string => tq('ar', `claim.sponsor_${arabicGender(ent(id))}`, { agent: '', event: '' });
		expect(verb('russia').startsWith('رعت')).toBe(true);
		expect(verb('usa').startsWith('رعت')).toBe(true);
		expect(verb('eu').startsWith('رعى')).toBe(true);
		expect(verb('putin').startsWith('رعى')).toBe(true);
	});
});

describe('Arabic counted nouns follow Intl plural classes', () => {
	const q = (value: number, unit: string, measure?: string): string | null =>
		renderQuantity({ value, qualifier: 'exact', unit }, measure, 'ar');

	it('1, 2, 3–10, 11–99 and 100+', () => {
		expect(q(1, 'year')).toBe('عام واحد');
		expect(q(2, 'year')).toBe('عامان');
		expect(q(3, 'km')).toBe('3 كيلومترات');
		expect(q(10, 'soldier')).toBe('10 جنود');
		expect(q(11, 'year')).toBe('11 عامًا');
		expect(q(20, 'year')).toBe('20 عامًا');
		expect(q(286, 'person', 'killed')).toBe('286 قتيلًا');
		expect(q(100, 'person', 'killed')).toBe('100 قتيل');
		expect(q(6500, 'person', 'killed')).toBe('6500 قتيل');
		expect(q(103, 'person')).toBe('103 أشخاص');
	});

	it('writes round thousands with the thousand word agreeing', () => {
		expect(q(30000, 'person', 'killed')).toBe('30 ألف قتيل');
		expect(q(10000, 'person', 'killed')).toBe('10 آلاف قتيل');
	});

	it('keeps qualifiers and English plurals', () => {
		expect(renderQuantity({ value: 6500, qualifier: 'more-than', unit: 'person' }, 'killed', 'ar')).toBe('أكثر من 6500 قتيل');
		expect(renderQuantity({ value: 286, qualifier: 'at-least', unit: 'person' }, 'killed', 'ar')).toBe('286 قتيلًا على الأقل');
		expect(renderQuantity({ value: 20, qualifier: 'up-to', unit: 'year' }, undefined, 'en')).toBe('up to 20 years');
		expect(renderQuantity({ value: 1, qualifier: 'exact', unit: 'year' }, undefined, 'en')).toBe('1 year');
	});
});
