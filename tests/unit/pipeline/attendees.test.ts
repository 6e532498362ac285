// Who attended a meeting told with the verb first («شارك في الاجتماع … نواب …», «حضر اللقاء … وزير …»),
// offices over a list of holders led by their countries, and the head of an intelligence service.
// Sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extractText, names, of } from './helpers';

describe('attendees after «شارك في» and «حضر» and the meeting they attended', () => {
	it('reads the attendees past a relative clause between commas, up to the next comma', () => {
		const facts = extractText(
			'وشارك في الاجتماع، الذي استمر نحو ساعتين، نواب رؤساء وزراء الدول الثلاث: الروسي أليكسي أوفرتشوك والأذربيجاني شاهين مصطفاييف والأرميني مهير غريغوريان، الذين يقودون مجموعة العمل.'
		).facts;
		expect(names(facts, 'participant')).toEqual([
			'Alexei Overchuk',
			'Shahin Mustafayev',
			'Mher Grigoryan'
		]);
		// Each deputy head of government is of the country whose adjective leads his name.
		expect(
			of(facts, 'role').map((f) =>
				f.value.type === 'entity' ? `${f.value.entity.en}: ${f.subject.office ?? ''}` : ''
			)
		).toEqual([
			'Alexei Overchuk: deputy-prime-minister',
			'Shahin Mustafayev: deputy-prime-minister',
			'Mher Grigoryan: deputy-prime-minister'
		]);
	});

	it('reads «حضر اللقاء» with offices and names, and the head of an intelligence service', () => {
		const facts = extractText(
			'حضر اللقاء وزير الخارجية هاكان فيدان ورئيس جهاز الاستخبارات التركي إبراهيم قالن، فيما غاب آخرون.'
		).facts;
		expect(names(facts, 'participant')).toEqual(['Hakan Fidan', 'Ibrahim Kalin']);
		expect(of(facts, 'role').map((f) => f.subject.office)).toEqual(['intelligence-chief']);
	});

	it('needs the verb right before the meeting: «حضر» elsewhere names no attendee', () => {
		const facts = extractText('وقال فيدان إن الاجتماع الذي حضر له الوزراء كان مثمراً.').facts;
		expect(names(facts, 'participant')).toEqual([]);
	});
});
