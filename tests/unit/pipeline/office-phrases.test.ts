// Office phrases in other outlets' styles: a press secretary speaking for an office, a field after the
// country, a minister of state, former holders of a region's office over a list of names.
// Sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extractText, of } from './helpers';

/** Role facts as «person: office of country». */
const roles = (text: string): string[] =>
	of(extractText(text).facts, 'role').map((f) =>
		f.value.type === 'entity'
			? `${f.value.entity.en ?? f.value.entity.ar}: ${f.subject.office ?? ''} of ${f.subject.country?.en ?? ''}`
			: ''
	);

describe('office phrases', () => {
	it('reads a press secretary of an office, the name set off by commas', () => {
		expect(
			roles('وصرح السكرتير الصحفي للرئيس الروسي، دميتري بيسكوف، بأن موسكو مستعدة للمساعدة.')
		).toEqual(['Dmitry Peskov: spokesperson of Russia']);
	});

	it('reads the field of an office after its country («… الأذربيجاني للشؤون الخارجية»)', () => {
		expect(
			roles('وأوضح مساعد الرئيس الأذربيجاني للشؤون الخارجية حكمت حاجييف أن البيان ثمرة مفاوضات.')
		).toEqual(['Hikmet Hajiyev: presidential-aide of Azerbaijan']);
	});

	it('reads former holders of the region’s offices, one plural office over several names', () => {
		expect(
			roles(
				'وتحتجز باكو قادة إقليم قره باغ، ومنهم وزير الدولة السابق في الإقليم روبن فاردانيان، والرؤساء السابقون للإقليم أركادي غوكاسيان وباكو ساهاكيان وأرايك هاروتيونيان.'
			)
		).toEqual([
			'Ruben Vardanyan: former-state-minister of Nagorno-Karabakh',
			'Arkadi Ghukasyan: former-president of Nagorno-Karabakh',
			'Bako Sahakyan: former-president of Nagorno-Karabakh',
			'Arayik Harutyunyan: former-president of Nagorno-Karabakh'
		]);
	});
});
