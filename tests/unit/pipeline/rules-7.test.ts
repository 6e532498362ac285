// General rules read from the misses left in held-out sets 5 and 6 (a meeting verb's object after its
// date and place, inviters, offices of international bodies, places of things that are not meetings).
// Sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extractText, names } from './helpers';

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
