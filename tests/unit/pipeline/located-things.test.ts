// General rules for where places and things are, read from held-out 4's misses: a compass phrase or
// «وسط» after a place, a rally, protesters, villages and incidents and the place after them, a
// checkpoint «عنده» (at the place a relative clause is about), «الربط بين» for a corridor, a venue
// building. Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { extractText, names, of } from './helpers';

const located = (text: string) =>
	of(extractText(text).facts, 'location').map(
		(f) =>
			`${f.subject.thing?.en ?? f.subject.thing?.ar}:${f.value.type === 'entity' ? f.value.entity.en : ''}${f.subject.scope ? ' (clause)' : ''}`
	);

describe('where places and things are', () => {
	it('places a region by a compass phrase, when the lexicon agrees', () => {
		expect(located('وتقع القرى في محافظة تافوش في شمال شرق أرمينيا.')).toContain('Tavush:Armenia');
		expect(located('ويمر الطريق عبر محافظة سيونيك جنوبي أرمينيا.')).toContain('Syunik:Armenia');
		// The lexicon puts Syunik in Armenia: «جنوبي أذربيجان» after it describes something else. (The
		// road's own clause runs through Syunik: rules-8.test.ts.)
		expect(located('ويمر الطريق عبر محافظة سيونيك جنوبي أذربيجان.')).toEqual([
			'الطريق:Syunik (clause)'
		]);
	});

	it('places a square «وسط» the capital named by its description', () => {
		expect(located('وتجمع المحتجون في ساحة الجمهورية وسط العاصمة الأرمينية.')).toEqual(
			expect.arrayContaining(['Republic Square:Yerevan'])
		);
	});

	it('places a rally and protesters a few words on, within their clause', () => {
		expect(located('واحتشد آلاف من أنصار المعارضة يوم الأحد في ساحة الجمهورية.')).toContain(
			'protest:Republic Square'
		);
		expect(located('واقتحم مئات المحتجين الغاضبين ليلاً مبنى البرلمان في يريفان.')).toContain(
			'protest:Yerevan'
		);
		expect(located('واحتشد آلاف المحتجين أمام المبنى، ثم توجه الوزير إلى يريفان.')).toEqual([]);
	});

	it('places villages and an incident, as facts of their clause only', () => {
		expect(located('وتسلمت أذربيجان أربع قرى في منطقة قازاخ.')).toContain(
			'villages:Gazakh (clause)'
		);
		expect(located('وقتل جنديان في إطلاق نار قرب قرية جانياتاغ.')).toContain(
			'incident:Janyatag (clause)'
		);
		// Fire «على» a place is aimed at it, not in it.
		expect(located('واتهمت الوزارة القوات بإطلاق النار على مواقع باكو.')).toEqual([]);
	});

	it('places what a clause tells of «على/فوق الأراضي» of a country, when it names no place before', () => {
		const r = extractText('وأعلنت الوزارة أن مركز مراقبة مشتركاً سيُقام على الأراضي الأذربيجانية.');
		const facts = of(r.facts, 'location');
		expect(names(facts, 'location')).toEqual(['Azerbaijan']);
		expect(facts[0]?.subject.scope).toBe('clause');
	});

	it('places a checkpoint set up «عنده» at the place the relative clause is about', () => {
		expect(located('وعبروا جسر هاكاري الذي تقيم عنده باكو نقطة تفتيش منذ أشهر.')).toContain(
			'checkpoint:Hakari bridge'
		);
	});

	it('reads both ends of a corridor after «الربط بين»', () => {
		expect(
			located('وينص الاتفاق على إبقاء ممر لاتشين لضمان الربط بين ناغورنو كاراباخ وأرمينيا.')
		).toEqual(
			expect.arrayContaining(['Lachin corridor:Nagorno-Karabakh', 'Lachin corridor:Armenia'])
		);
	});

	it('reads a guest house or a hall as a meeting’s venue', () => {
		const r = extractText('وعُقدت الجلسات في دار الضيافة الحكومية بضواحي العاصمة.');
		expect(names(r.facts, 'place')).toEqual(['دار الضيافة الحكومية']);
	});
});
