// More general rules of Arabic news language: guests after a date and «نظيريه» (after a receiving
// or a meeting verb), duals of thousands,
// «العاصمة الأمريكية», a venue before the meeting it hosts, «جنيف السويسرية», offices such as
// «مستشار الأمن القومي» and «رئيسها». Sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { analyze, extractText, names, of } from './helpers';

describe('a receiving verb', () => {
	it('takes the guests after a date and «نظيريه», each led by a nationality', () => {
		const r = extractText(
			'استقبل وزير الخارجية الفرنسي جان نويل بارو أمس نظيريه الأرميني أرارات ميرزويان والأذربيجاني جيهون بيراموف في باريس.'
		);
		expect(names(r.facts, 'participant')).toEqual(
			expect.arrayContaining(['Ararat Mirzoyan', 'Jeyhun Bayramov'])
		);
		expect(names(r.facts, 'host')).not.toContain('Ararat Mirzoyan');
	});

	it('takes the guest after the venue («استقبل بوتين في الكرملين باشينيان»)', () => {
		const r = extractText(
			'استقبل الرئيس الروسي فلاديمير بوتين في الكرملين رئيس الوزراء الأرميني نيكول باشينيان.'
		);
		expect(names(r.facts, 'host')).toEqual(['Vladimir Putin']);
		expect(names(r.facts, 'participant')).toContain('Nikol Pashinyan');
	});

	it('reads «أثناء استقبال A، والوزير B، أكد C»: A and B are the guests, C the host', () => {
		const r = extractText(
			'وخلال استقبال وزير الخارجية الأرميني أرارات ميرزويان، والوزير الأذربيجاني جيهون بيراموف، أكد لافروف أن موسكو مستعدة للمساعدة.'
		);
		expect(names(r.facts, 'host')).toEqual(['Sergei Lavrov']);
		expect(names(r.facts, 'participant')).toEqual(
			expect.arrayContaining(['Ararat Mirzoyan', 'Jeyhun Bayramov'])
		);
		expect(names(r.facts, 'participant')).not.toContain('Sergei Lavrov');
	});

	it('seats the subject written before «أجرى» («وكان بايدن قد أجرى اتصالاً مع علييف»)', () => {
		const r = extractText('وكان الرئيس الأمريكي جو بايدن قد أجرى اتصالاً هاتفياً مع علييف.');
		expect(names(r.facts, 'participant')).toEqual(
			expect.arrayContaining(['Joe Biden', 'Ilham Aliyev'])
		);
	});

	it('reads the future «سيستضيف» as hosting', () => {
		const r = extractText('وأعلن الكرملين أن بوتين سيستضيف قمة ثلاثية في سوتشي الشهر المقبل.');
		expect(names(r.facts, 'host')).toEqual(['Vladimir Putin']);
	});
});

describe('a meeting verb', () => {
	it('takes «نظيريه» and the names after it, each led by a nationality, as parties', () => {
		const r = extractText(
			'التقى وزير الخارجية الأمريكي أنتوني بلينكن نظيريه الأرميني أرارات ميرزويان والأذربيجاني جيهون بيراموف في واشنطن.'
		);
		expect(names(r.facts, 'participant')).toEqual(
			expect.arrayContaining(['Antony Blinken', 'Ararat Mirzoyan', 'Jeyhun Bayramov'])
		);
		const one = extractText('واجتمع لافروف مع نظيره الأذربيجاني جيهون بيراموف في موسكو.');
		expect(names(one.facts, 'participant')).toEqual(
			expect.arrayContaining(['Sergei Lavrov', 'Jeyhun Bayramov'])
		);
	});
});

describe('casualties', () => {
	it('reads a toll of the dead or the wounded («حصيلة القتلى … إلى 100 شخص»)', () => {
		const measures = (text: string) =>
			of(extractText(text).facts, 'casualties').map((f) => [
				f.subject.measure,
				f.value.type === 'quantity' ? f.value.quantity.value : null
			]);
		expect(measures('وارتفعت حصيلة القتلى في الاشتباكات إلى 100 شخص.')).toEqual([['killed', 100]]);
		expect(measures('وارتفعت حصيلة الجرحى إلى 40 شخصاً.')).toEqual([['wounded', 40]]);
	});
});

describe('numbers', () => {
	it('reads the dual in construct: «ألفي جندي» is 2000, «مليوني لاجئ» 2 million', () => {
		const r = extractText('وتنتشر في المنطقة قوة من نحو ألفي جندي روسي لحفظ السلام.');
		const values = of(r.facts, 'figure').map((f) =>
			f.value.type === 'quantity' ? f.value.quantity.value : 0
		);
		expect(values).toContain(2000);
	});
});

describe('places', () => {
	it('reads «العاصمة الأمريكية» as Washington, but «العاصمة الكازاخية أستانا» as Astana', () => {
		const us = extractText(
			'وعقدت الجولة السابقة من المحادثات بين أرمينيا وأذربيجان في العاصمة الأمريكية.'
		);
		expect(names(us.facts, 'place')).toEqual(['Washington']);
		const kz = extractText('وعقدت المحادثات بين أرمينيا وأذربيجان في العاصمة الكازاخية أستانا.');
		expect(names(kz.facts, 'place')).toEqual(['Astana']);
	});

	it('gives a meeting the venue written before it after a verb whose subject it is', () => {
		const r = extractText(
			'انطلقت في مدينة ألماتي، الأربعاء، محادثات بين وزيري خارجية أرمينيا وأذربيجان.'
		);
		expect(names(r.facts, 'place')).toEqual(['Almaty']);
	});

	it('places a city in the country whose adjective follows it, only when the lexicon agrees', () => {
		const r = extractText('وعقد الاجتماع في مدينة جنيف السويسرية بحضور ممثلين عن الطرفين.');
		expect(names(r.facts, 'location')).toEqual(['Switzerland']);
		const other = extractText('وعقد الاجتماع في جنيف الروسية الطابع.');
		expect(names(other.facts, 'location')).toEqual([]);
	});
});

describe('offices', () => {
	it('reads «مستشار الأمن القومي» and «نائب رئيس الوزراء» before the shorter titles', () => {
		const r = extractText('وقال مستشار الأمن القومي الأمريكي جيك سوليفان إن بلاده تدعم الحوار.');
		const role = of(r.facts, 'role')[0];
		expect(role?.subject.office).toBe('national-security-adviser');
		expect(role?.subject.country?.id).toBe('usa');
		const d = analyze('وترأس الوفد نائب رئيس الوزراء الأرميني مهير غريغوريان.');
		expect(d.roles.map((x) => [x.office, x.country?.id])).toEqual([
			['deputy-prime-minister', 'armenia']
		]);
	});

	it('gives «رئيسها» the country named before it, and keeps that country the mediator', () => {
		const r = extractText(
			'كما بذلت تركيا جهود وساطة، والتقى رئيسها، رجب طيب أردوغان، مؤخرًا مع علييف وباشينيان في براغ.'
		);
		const role = of(r.facts, 'role').find(
			(f) => f.value.type === 'entity' && f.value.entity.id === 'erdogan'
		);
		expect(role?.subject.country?.id).toBe('turkey');
		expect(names(r.facts, 'mediator')).toEqual(['Turkey']);
		expect(names(r.facts, 'participant')).toEqual(expect.arrayContaining(['Recep Tayyip Erdogan']));
	});
});
