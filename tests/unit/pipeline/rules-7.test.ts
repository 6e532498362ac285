// General rules read from the misses left in held-out sets 5 and 6 (a meeting verb's object after its
// date and place, inviters, offices of international bodies, places of things that are not meetings).
// Sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extractText, names, of } from './helpers';

describe('a meeting verb’s object after its date and place', () => {
	it('reads the one met past a date and a place set off by commas', () => {
		const r = extractText(
			'التقى الرئيس الروسي فلاديمير بوتين، يوم 3 مارس، في مدينة سوتشي الروسية رئيس الوزراء الأرميني نيكول باشينيان.'
		);
		expect(names(r.facts, 'participant').sort()).toEqual(['Nikol Pashinyan', 'Vladimir Putin']);
	});

	it('reads the one met past a place without commas', () => {
		const r = extractText(
			'والتقى الرئيس الأذربيجاني إلهام علييف في باكو وزير الخارجية الروسي سيرغي لافروف.'
		);
		expect(names(r.facts, 'participant').sort()).toEqual(['Ilham Aliyev', 'Sergei Lavrov']);
	});

	it('does not take a name in another clause after the place as one met', () => {
		const r = extractText(
			'التقى علييف في باكو، وقال الرئيس الروسي فلاديمير بوتين إن الاتفاق قريب.'
		);
		expect(names(r.facts, 'participant')).not.toContain('Vladimir Putin');
	});
});

describe('an inviter «بدعوة من …»', () => {
	it('hosts when nothing places the meeting in another country than the inviter’s', () => {
		const unknown = extractText('والتقى الوزيران في واشنطن بدعوة من الوزير أنتوني بلينكن.');
		expect(names(unknown.facts, 'host')).toEqual(['Antony Blinken']);
		expect(names(unknown.facts, 'arranger')).toEqual([]);
		const noPlace = extractText('وجرى اللقاء بدعوة من الرئيس الفرنسي إيمانويل ماكرون.');
		expect(names(noPlace.facts, 'host')).toEqual(['Emmanuel Macron']);
	});

	it('arranges a meeting on the sidelines of another gathering', () => {
		const r = extractText('والتقى باشينيان علييف على هامش قمة في براغ بدعوة من ماكرون.');
		expect(names(r.facts, 'arranger')).toEqual(['Emmanuel Macron']);
		expect(names(r.facts, 'host')).toEqual([]);
	});
});

describe('offices of international bodies', () => {
	const roles = (text: string): string[] =>
		of(extractText(text).facts, 'role').map(
			(f) =>
				`${f.value.type === 'entity' ? (f.value.entity.en ?? f.value.entity.ar) : ''}:${f.subject.office}:${f.subject.country?.en}`
		);

	it('reads a high commissioner of the UN before its field and the holder', () => {
		expect(
			roles('وحذّر المفوض السامي للأمم المتحدة لشؤون اللاجئين فيليبو غراندي من تفاقم الأزمة.')
		).toEqual(['Filippo Grandi:high-commissioner:United Nations']);
	});

	it('reads a body’s representative named before the office', () => {
		expect(
			roles('وقال أحمد فاروق، ممثل المفوضية السامية لشؤون اللاجئين في جورجيا، إن المساعدات وصلت.')
		).toEqual(['أحمد فاروق:representative:UNHCR']);
	});

	it('reads a resident coordinator posted in a country, the name set off by commas', () => {
		expect(
			roles('وأعلنت المنسقة المقيمة للأمم المتحدة في جورجيا، لوسيندا فيرا، أن الخطة جاهزة.')
		).toEqual(['لوسيندا فيرا:resident-coordinator:United Nations']);
		// Without a second comma the words after the office are not taken for a name.
		expect(
			roles('وأعلنت المنسقة المقيمة للأمم المتحدة في جورجيا، لوسيندا فيرا أن الخطة جاهزة.')
		).toEqual([]);
	});
});

describe('a speaker who tells of his side’s part in a meeting', () => {
	it('is no participant when «بلاده/حكومتها» names whose part it is', () => {
		const told = extractText(
			'وأكد المتحدث باسم الخارجية الأذربيجانية أيخان حاجي زاده موافقة بلاده على المشاركة في الاجتماع الذي دعيت إليه أرمينيا في واشنطن.'
		);
		expect(names(told.facts, 'participant')).not.toContain('Aykhan Hajizada');
		expect(names(told.facts, 'participant')).toContain('Armenia');
		const herGovernment = extractText(
			'وأعلنت وزيرة الخارجية الألمانية أنالينا بيربوك قبول حكومتها المشاركة في الاجتماع المقرر في برلين.'
		);
		expect(names(herGovernment.facts, 'participant')).not.toContain('Annalena Baerbock');
	});

	it('still reads the party just before «مشاركتها»', () => {
		const r = extractText('وأعلنت أذربيجان مشاركتها في الاجتماع الحواري في واشنطن.');
		expect(names(r.facts, 'participant')).toContain('Azerbaijan');
	});
});
