// General rules of Arabic news language met in other outlets' styles: meeting subjects, officials'
// countries, unknown office holders, casualty lists, flight figures, relative dates, boilerplate,
// planned events, links and bounded conflicts. Sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../../src/lib/pipeline/extract';
import { MAX_CONFLICTS } from '../../../src/lib/pipeline/merge';
import { extractText, lexicon, names, of, summary } from './helpers';

describe('participants of meeting verbs', () => {
	it('takes the subject written before «قد التقى» as well as the object', () => {
		const r = extractText(
			'وكان رئيس الوزراء الأرميني نيكول باشينيان قد التقى الرئيس الأذربيجاني إلهام علييف في بروكسل.'
		);
		expect(names(r.facts, 'participant')).toEqual(
			expect.arrayContaining(['Nikol Pashinyan', 'Ilham Aliyev'])
		);
	});

	it('reads «اجتمع A مع B», «بحث A مع نظيره B», «أجرى A محادثات مع B» and «لقاء جمع A وB»', () => {
		const cases: [string, string[]][] = [
			['واجتمع باشينيان مع علييف في براغ.', ['Nikol Pashinyan', 'Ilham Aliyev']],
			[
				'وبحث وزير الخارجية الروسي سيرغي لافروف مع نظيره الأرميني أرارات ميرزويان الوضع في المنطقة.',
				['Sergei Lavrov', 'Ararat Mirzoyan']
			],
			[
				'وأجرى الرئيس الفرنسي إيمانويل ماكرون محادثات مع علييف في باريس.',
				['Emmanuel Macron', 'Ilham Aliyev']
			],
			['وفي لقاء جمع بوتين وعلييف في سوتشي، جرى بحث الوضع.', ['Vladimir Putin', 'Ilham Aliyev']],
			['باشينيان وعلييف يلتقيان في بروكسل الأسبوع المقبل', ['Nikol Pashinyan', 'Ilham Aliyev']]
		];
		for (const [text, expected] of cases)
			expect(names(extractText(text).facts, 'participant'), text).toEqual(
				expect.arrayContaining(expected)
			);
	});

	it('keeps two meetings of different people apart in neighbouring sentences', () => {
		const r = extractText(
			'واجتمع باشينيان مع علييف في براغ.\nوبحث وزير الخارجية الروسي سيرغي لافروف مع نظيره الأرميني أرارات ميرزويان الوضع.'
		);
		const ids = new Set(of(r.facts, 'participant').map((f) => f.subject.eventId));
		expect(ids.size).toBe(2);
	});
});

describe('countries as parties through their officials', () => {
	it('reads the countries after «أمناء مجالس الأمن في» as parties, not as the venue', () => {
		const r = extractText('واستضافت موسكو اجتماعا بين أمناء مجالس الأمن في أرمينيا وأذربيجان.');
		expect(names(r.facts, 'participant')).toEqual(
			expect.arrayContaining(['Armenia', 'Azerbaijan'])
		);
		expect(names(r.facts, 'place')).not.toContain('Armenia');
	});

	it('still reads a city after officials as the venue', () => {
		const r = extractText('وعقد اجتماع ثلاثي لوزراء الخارجية في موسكو.');
		expect(names(r.facts, 'place')).toContain('Moscow');
	});
});

describe('roles of people the lexicon does not know', () => {
	it('emits role facts for candidates with a null id and the name as written', () => {
		const cases: [string, string, string, string][] = [
			[
				'والتقى رئيس الوزراء الجورجي إيراكلي غاريباشفيلي باشينيان في تبليسي.',
				'إيراكلي غاريباشفيلي',
				'prime-minister',
				'georgia'
			],
			[
				'وقال وزير الخارجية الإيراني حسين أمير عبد اللهيان إن بلاده تدعم السلام.',
				'حسين أمير عبد اللهيان',
				'foreign-minister',
				'iran'
			],
			[
				'وقال المتحدث باسم الخارجية الأمريكية فيدانت باتيل إن واشنطن ترحب بالاتفاق.',
				'فيدانت باتيل',
				'foreign-ministry-spokesperson',
				'usa'
			],
			[
				'وقال وزير الخارجية القطري محمد بن عبد الرحمن آل ثاني إن الدوحة مستعدة للوساطة.',
				'محمد بن عبد الرحمن آل ثاني',
				'foreign-minister',
				'qatar'
			],
			[
				'وقال رئيس الوزراء الكندي جاستن ترودو، إن بلاده تدعم الحوار.',
				'جاستن ترودو',
				'prime-minister',
				'canada'
			]
		];
		for (const [text, name, office, country] of cases) {
			const role = of(extractText(text).facts, 'role').find(
				(f) => f.value.type === 'entity' && f.value.entity.ar === name
			);
			expect(role, text).toBeDefined();
			expect(role?.subject.office).toBe(office);
			expect(role?.subject.country?.id).toBe(country);
			expect(role?.value.type === 'entity' && role.value.entity.id).toBe(null);
			expect(role?.value.type === 'entity' && role.value.entity.en).toBe(null);
		}
	});

	it('derives adjectives of lexicon countries by the regular nisba', () => {
		const r = extractText('وقال وزير الخارجية السويدي توبياس بيلستروم، إن بلاده تتابع الوضع.');
		expect(of(r.facts, 'role')[0]?.subject.country?.id).toBe('sweden');
	});
});

describe('casualty lists and flight figures', () => {
	it('reads both items of a casualty list; a trailing qualifier binds to the nearest number', () => {
		const r = extractText(
			'واندلعت الحرب، وقُتل فيها 207 جنود أذربيجانيين و135 جنديا أرمينيا على الأقل.'
		);
		const q = of(r.facts, 'casualties').map((f) =>
			f.value.type === 'quantity'
				? `${f.value.quantity.value}/${f.value.quantity.qualifier}/${f.value.quantity.unit}`
				: ''
		);
		expect(q).toEqual(['207/exact/soldier', '135/at-least/soldier']);
	});

	it('reads people who fled as a displaced figure, residents and nationality nouns as people', () => {
		const r = extractText('وفر أكثر من 100 ألف من سكان الإقليم إلى أرمينيا.');
		const f = of(r.facts, 'figure')[0];
		expect(f?.subject.measure).toBe('displaced');
		expect(f?.value.type === 'quantity' && f.value.quantity).toMatchObject({
			value: 100000,
			qualifier: 'more-than',
			unit: 'person'
		});
		const n = of(extractText('ونزح نحو 100 ألف أرمني من الإقليم.').facts, 'figure')[0];
		expect(n?.subject.measure).toBe('displaced');
		expect(n?.value.type === 'quantity' && n.value.quantity.unit).toBe('person');
	});

	it('reads «أسفر عن مقتل» and «لقي حتفه» as killed', () => {
		expect(summary(extractText('وأسفر القصف عن مقتل 12 مدنيا في القرية.').facts)).toContain(
			'casualties:12'
		);
		expect(
			of(extractText('ولقي 5 جنود حتفهم في الاشتباكات.').facts, 'casualties')[0]?.subject.measure
		).toBe('killed');
	});

	it('dates a casualty figure from its sentence and gives the clashes their parties', () => {
		const r = extractText(
			'كما حصل في سبتمبر، حين سقط 286 شخصاً على الأقل في مواجهات على الحدود بين أرمينيا وأذربيجان.'
		);
		const c = of(r.facts, 'casualties')[0];
		expect(c?.subject.date?.month).toBe(9);
		expect(c?.subject.eventType).toBe('clashes');
		expect(c?.subject.label).toBe('مواجهات على الحدود');
		expect(c?.subject.participants?.map((p) => p.id)).toEqual(['armenia', 'azerbaijan']);
	});
});

describe('dates and boilerplate of other outlets', () => {
	it('reads yesterday, tomorrow and weeks relative to the article', () => {
		const rel = (text: string): string | undefined =>
			of(extractText(text).facts, 'date')[0]?.value.type === 'date'
				? (of(extractText(text).facts, 'date')[0]?.value as { date: { relative?: string } }).date
						.relative
				: undefined;
		expect(rel('والتقى باشينيان علييف أمس في بروكسل.')).toBe('yesterday');
		expect(rel('ويلتقي باشينيان علييف غداً في بروكسل.')).toBe('tomorrow');
		expect(rel('وعقدت محادثات في واشنطن الأسبوع الماضي.')).toBe('last-week');
	});

	it('drops share rows, bylines, captions and teasers, and keeps a dateline as published', () => {
		const text = [
			'باشينيان وعلييف يلتقيان في بروكسل',
			'الأحد 17 سبتمبر 2023',
			'كتب: أحمد علي',
			'شارك',
			'(صورة أرشيفية) الرئيس الأذربيجاني',
			'التقى باشينيان علييف في بروكسل.',
			'الرئيسان خلال اللقاء في بروكسل (رويترز)',
			'شارك عبر',
			'طباعة',
			'تابعونا على فيسبوك',
			'الأكثر قراءة',
			'مواضيع ذات صلة',
			'اقرأ المزيد',
			'بقلم محمد حسن',
			'المصدر: وكالات'
		].join('\n');
		const a = extractText(text).articles[0];
		expect(a?.published).toMatchObject({ day: 17, month: 9, year: 2023, weekday: 0 });
		expect(a?.sentences.map((s) => s.text)).toEqual([
			'باشينيان وعلييف يلتقيان في بروكسل',
			'التقى باشينيان علييف في بروكسل.'
		]);
		expect(a?.dropped).toHaveLength(13);
	});
});

describe('planned events, links and conflicts', () => {
	it('keeps an offered summit apart from the talks of the same sentence', () => {
		const r = extractText(
			'عقدت أذربيجان وأرمينيا جولة جديدة من المحادثات في بروكسل يوم السبت، حيث عرضت موسكو استضافة قمة.'
		);
		const host = of(r.facts, 'host')[0];
		const place = of(r.facts, 'place')[0];
		expect(host?.subject.eventId).not.toBe(place?.subject.eventId);
		expect(host?.subject.status).toBe('planned');
		expect(place?.subject.status).toBeUndefined();
	});

	it('does not give a pledge made at a later summit to the talks named before it', () => {
		const r = extractText(
			'وعقدت أرمينيا وأذربيجان محادثات في واشنطن.\nوتعهد باشينيان وعلييف قبيل الاجتماع بعدم اللجوء للقوة، خلال قمة في روسيا مع بوتين.'
		);
		const washington = of(r.facts, 'place').find(
			(f) => f.value.type === 'entity' && f.value.entity.id === 'washington'
		);
		const people = of(r.facts, 'participant').filter(
			(f) => f.subject.eventId === washington?.subject.eventId
		);
		expect(people.map((f) => f.value.type === 'entity' && f.value.entity.id)).not.toContain(
			'pashinyan'
		);
	});

	it('says a corridor links places rather than lies in them', () => {
		const r = extractText('ويعد ممر لاتشين المعبر الوحيد الذي يربط أرمينيا بناغورنو كاراباخ.');
		const links = of(r.facts, 'location');
		expect(links.length).toBeGreaterThan(0);
		for (const f of links) {
			expect(f.subject.relation).toBe('links');
			expect(f.subject.measure).toBe('links');
		}
	});

	it('bounds conflict lists and groups them under one key', () => {
		const inputs = Array.from({ length: 40 }, (_, i) => ({
			id: `a${String(i).padStart(2, '0')}`,
			text: `خلفت حرب 2020 نحو ${7000 + i} قتيل.`
		}));
		const facts = extractCorpus(inputs, lexicon).facts.filter((f) => f.kind === 'casualties');
		expect(facts).toHaveLength(40);
		for (const f of facts) expect(f.conflicts?.length).toBeLessThanOrEqual(MAX_CONFLICTS);
		expect(new Set(facts.map((f) => f.conflictGroup)).size).toBe(1);
	});
});
