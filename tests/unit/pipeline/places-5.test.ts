// Where meetings and incidents are, in other outlets' words: «في الكرملين», «بمدينة إسطنبول»,
// «بضواحي واشنطن», «في ضاحية أرلينغتون»; incidents «قرب» a village or town, an exchange near a region,
// mines in a region, a checkpoint «عند مدخل» a corridor past a date or «الذي أقامت عليه». Sentences are
// written for these tests.
import { describe, expect, it } from 'vitest';
import { extractText, names, of } from './helpers';

const places = (text: string): string[] => names(extractText(text).facts, 'place');
const locations = (text: string): string[] =>
	of(extractText(text).facts, 'location').map((f) =>
		f.value.type === 'entity' ? `${f.subject.thing?.en ?? ''}: ${f.value.entity.en ?? ''}` : ''
	);

describe('places of meetings', () => {
	it('reads a seat of government, «بمدينة», «بضواحي» and «في ضاحية» as the venue', () => {
		expect(places('استضاف الرئيس الروسي فلاديمير بوتين في الكرملين اجتماعاً ثلاثياً.')).toEqual([
			'Kremlin'
		]);
		expect(
			places('استقبل الرئيس التركي رجب طيب أردوغان باشينيان في مكتبه بمدينة إسطنبول.')
		).toEqual(['Istanbul']);
		expect(places('والتقى وزيرا الخارجية من 1 إلى 4 مايو بضواحي واشنطن.')).toEqual(['Washington']);
		expect(places('وجرت محادثات استمرت أربعة أيام في ضاحية أرلينغتون.')).toEqual(['Arlington']);
	});
});

describe('where incidents and checkpoints are', () => {
	it('places a clash, a wounding and an exchange near a village, a town or a region', () => {
		expect(locations('أدى اشتباك قرب قرية تيغ إلى مقتل أربعة جنود.')).toEqual(['incident: Tegh']);
		expect(locations('وأعلنت الوزارة إصابة جندي بنيران أذربيجانية قرب بلدة سوتك.')).toEqual([
			'incident: Sotk'
		]);
		expect(locations('في عملية تبادل جرت على الحدود بين البلدين قرب منطقة قازاخ.')).toEqual([
			'incident: Gazakh'
		]);
		// An exchange of views is no incident.
		expect(locations('وجرى تبادل الآراء في موسكو.')).toEqual([]);
	});

	it('leaves a place far after the incident word to what stands next to it', () => {
		expect(
			locations(
				'ولكن مواجهات متقطعة استمرت رغم وجود قوات روسية سواء في ناغورنو كاراباخ أو عند الحدود.'
			)
		).toEqual([]);
	});

	it('places mines, and a checkpoint past a date or set up «عليه»', () => {
		expect(locations('وسلّمت خرائط لنحو 97 ألف لغم مزروع في منطقة آغدام.')).toEqual([
			'mines: Aghdam'
		]);
		expect(
			locations(
				'واعتبر أن نقطة التفتيش التي أقامتها بلاده في 23 أبريل الماضي عند مدخل ممر لاتشين حق سيادي.'
			)
		).toEqual(['checkpoint: Lachin corridor']);
		expect(locations('وممر لاتشين الذي أقامت عليه باكو نقطة تفتيش في 23 أبريل.')).toEqual([
			'checkpoint: Lachin corridor'
		]);
	});

	it('reads what a corridor links from an apposition calling it a road «بين» two places', () => {
		expect(
			locations(
				'ويشكو الجانب الأرميني من أن ممر لاتشين، الطريق البري الوحيد بين أرمينيا وقره باغ، يخضع لقيود.'
			)
		).toEqual(['Lachin corridor: Armenia', 'Lachin corridor: Nagorno-Karabakh']);
		// Without the comma the road is no apposition of the corridor.
		expect(locations('وتحدث عن ممر لاتشين والطريق بين أرمينيا وقره باغ.')).toEqual([]);
	});
});
