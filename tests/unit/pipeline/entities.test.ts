import { describe, expect, it } from 'vitest';
import { analyze, extractText, lexicon } from './helpers';

const names = (text: string): string[] =>
	analyze(text).mentions.map((m) => `${m.ref.en}${m.adjective ? '(adj)' : ''}=${m.ref.ar}`);

describe('findMentions', () => {
	it('matches every spelling of a name to one English name', () => {
		for (const text of [
			'ناغورنو كاراباخ',
			'ناغورني كاراباخ',
			'ناجورنو قره باغ',
			'ناجورنو قرة باغ',
			'إقليم قره باغ'
		])
			expect(analyze(`في ${text} اليوم`).mentions[0]?.ref.en).toBe('Nagorno-Karabakh');
		expect(analyze('شارل ميشيل وتشارلز ميشيل').mentions.map((m) => m.ref.en)).toEqual([
			'Charles Michel',
			'Charles Michel'
		]);
		expect(analyze('شولتز وشولتس').mentions.map((m) => m.ref.en)).toEqual([
			'Olaf Scholz',
			'Olaf Scholz'
		]);
		expect(analyze('بلينكن وبلينكين').mentions.map((m) => m.ref.en)).toEqual([
			'Antony Blinken',
			'Antony Blinken'
		]);
	});

	it('strips proclitics but keeps the span on the name itself', () => {
		expect(names('اجتماع بواشنطن وبكين لناغورني كاراباخ')).toEqual([
			'Washington=واشنطن',
			'Beijing=بكين',
			'Nagorno-Karabakh=ناغورني كاراباخ'
		]);
		expect(names('وصل لافروف إلى باكو')).toEqual(['Sergei Lavrov=لافروف', 'Baku=باكو']);
	});

	it('reads country adjectives in every gender and number', () => {
		expect(names('الرئيس الأذربيجاني والأذربايجاني والأذري وقوات أرمينية')).toEqual([
			'Azerbaijan(adj)=أذربيجاني',
			'Azerbaijan(adj)=أذربايجاني',
			'Azerbaijan(adj)=أذري',
			'Armenia(adj)=أرمينية'
		]);
	});

	it('prefers the longest spelling and records the country a capital stands for', () => {
		const [m] = analyze('في ممر لاتشين').mentions;
		expect(m?.ref.en).toBe('Lachin corridor');
		expect(analyze('دعا باكو ويريفان').mentions.map((x) => x.ref.country)).toEqual([
			'azerbaijan',
			'armenia'
		]);
	});
});

describe('lexicon candidates', () => {
	it('finds a person the lexicon does not know from a role cue', () => {
		const without = { entries: lexicon.entries.filter((e) => e.id !== 'hajiyev') };
		const result = extractText(
			'وأكد مساعد رئيس أذربيجان حكمت حجييف، موافقة بلاده على المشاركة.',
			without
		);
		expect(result.candidates).toEqual([
			expect.objectContaining({
				ar: 'حكمت حجييف',
				office: 'presidential-aide',
				country: 'azerbaijan'
			})
		]);
	});

	it('finds a spokeswoman named after a comma, and a minister before another name', () => {
		const without = {
			entries: lexicon.entries.filter((e) => e.id !== 'zakharova' && e.id !== 'lavrov')
		};
		const result = extractText(
			'أعلنت المتحدثة باسم وزارة الخارجية الروسية، ماريا زاخاروفا، إن الاجتماع سيعقد بين وزير الخارجية الروسي سيرغي لافروف ووزيري الخارجية.',
			without
		);
		expect(result.candidates.map((c) => [c.ar, c.office, c.country])).toEqual([
			['ماريا زاخاروفا', 'foreign-ministry-spokesperson', 'russia'],
			['سيرغي لافروف', 'foreign-minister', 'russia']
		]);
	});

	it('finds an unknown name whose first name is not on any list when speech follows it', () => {
		const result = extractText(
			'ونقلت الوكالة عن رئيس البرلمان الأرميني ألين سيمونيان قوله إن المفاوضات مستمرة.'
		);
		expect(result.candidates.map((c) => [c.ar, c.office, c.country])).toEqual([
			['ألين سيمونيان', 'parliament-speaker', 'armenia']
		]);
	});

	it('does not take common words after an office for a name', () => {
		const result = extractText('يعتزم رئيس المجلس الأوروبي عقد اجتماع آخر موسع للزعيمين.');
		expect(result.candidates).toEqual([]);
	});
});
