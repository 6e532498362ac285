import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../../src/lib/pipeline/extract';
import { fnv1a } from '../../../src/lib/pipeline/hash';
import { extractText, lexicon, summary } from './helpers';

describe('meeting facts', () => {
	it('reads host, participants and date in the style of other outlets', () => {
		const r = extractText(
			'استضافت العاصمة الكازاخية أستانا يوم الخميس محادثات بين وزيري خارجية أرمينيا وأذربيجان.'
		);
		expect(summary(r.facts)).toEqual(
			expect.arrayContaining([
				'host:Astana',
				'date:يوم الخميس',
				'participant:Armenia',
				'participant:Azerbaijan'
			])
		);
	});

	it('reads a sponsor named by an adjective, and a place written with a proclitic', () => {
		const r = extractText('انطلقت محادثات برعاية أمريكية بواشنطن بين باشينيان وعلييف.');
		expect(summary(r.facts)).toEqual(
			expect.arrayContaining([
				'sponsor:United States',
				'place:Washington',
				'participant:Nikol Pashinyan',
				'participant:Ilham Aliyev'
			])
		);
	});

	it('reads mediators, arrangers and chairs', () => {
		expect(summary(extractText('عقدت جولة مفاوضات بوساطة قطرية في الدوحة.').facts)).toEqual(
			expect.arrayContaining(['mediator:Qatar', 'place:Doha'])
		);
		expect(
			summary(extractText('رتب الرئيس الأمريكي دونالد ترامب قمة في البيت الأبيض.').facts)
		).toEqual(expect.arrayContaining(['arranger:Donald Trump']));
		expect(
			summary(extractText('روسيا تترأس اجتماعاً يضم أرمينيا وأذربيجان في موسكو اليوم\nنص.').facts)
		).toEqual(
			expect.arrayContaining([
				'chair:Russia',
				'place:Moscow',
				'participant:Armenia',
				'participant:Azerbaijan',
				'date:اليوم'
			])
		);
	});

	it('groups the facts of one meeting under one event id with its context', () => {
		const r = extractText(
			'عقدت أذربيجان وأرمينيا قمة في براغ في السادس من أكتوبر.\nواستضاف الرئيس التشيكي بيتر بافيل القمة.'
		);
		const ids = new Set(r.facts.filter((f) => f.subject.eventId).map((f) => f.subject.eventId));
		expect(ids.size).toBe(1);
		const place = r.facts.find((f) => f.kind === 'place');
		expect(place?.subject).toMatchObject({
			eventType: 'summit',
			place: { en: 'Prague' },
			date: { day: 6, month: 10 }
		});
		expect(place?.subject.participants?.map((p) => p.en)).toEqual(['Azerbaijan', 'Armenia']);
	});

	it('reads a call held with «بحث … مع نظيره … في اتصال هاتفي»', () => {
		const r = extractText(
			'بحث الرئيس الروسي فلاديمير بوتين مع نظيره الأذربيجاني إلهام علييف في اتصال هاتفي الوضع في قره باغ.'
		);
		expect(summary(r.facts.filter((f) => f.kind === 'participant'))).toEqual([
			'participant:Vladimir Putin',
			'participant:Ilham Aliyev'
		]);
		expect(r.facts.find((f) => f.kind === 'participant')?.subject.eventType).toBe('call');
		expect(r.facts.filter((f) => f.kind === 'role').map((f) => f.subject.country?.en)).toEqual([
			'Russia',
			'Azerbaijan'
		]);
	});

	it('keeps an unknown sponsor as a candidate entity, and reads a two-day range', () => {
		const r = extractText(
			'وعقد وزيرا خارجية البلدين جيهون بيراموف وأرارات ميرزويان جولة محادثات في ألماتي يومي 10 و11 مايو برعاية وزير الخارجية الكازاخي مراد بيكتاييف.'
		);
		expect(summary(r.facts)).toEqual(
			expect.arrayContaining([
				'participant:Jeyhun Bayramov',
				'participant:Ararat Mirzoyan',
				'place:Almaty',
				'sponsor:مراد بيكتاييف'
			])
		);
		expect(r.facts.find((f) => f.kind === 'date')?.value).toMatchObject({
			date: { day: 10, dayEnd: 11, month: 5 }
		});
		expect(r.candidates.map((c) => c.ar)).toEqual(['مراد بيكتاييف']);
	});

	it('reads a phone call and its date', () => {
		const r = extractText('في 12 نوفمبر الجاري، أجرى ماكرون محادثة هاتفية مع علييف.');
		expect(summary(r.facts)).toEqual([
			'date:12 نوفمبر الجاري',
			'participant:Emmanuel Macron',
			'participant:Ilham Aliyev'
		]);
		expect(r.facts[0]?.subject.eventType).toBe('call');
	});
});

describe('casualties and figures', () => {
	it('reads casualties with qualifier and the event they belong to', () => {
		const r = extractText(
			'قُتل 12 جنديا على الأقل في اشتباكات حدودية.\nوخلفت حرب 2020 أكثر من 6500 قتيل.'
		);
		const c = r.facts.filter((f) => f.kind === 'casualties');
		expect(
			c.map((f) => [
				f.value.type === 'quantity' && f.value.quantity.value,
				f.subject.eventType,
				f.subject.measure
			])
		).toEqual([
			[12, 'clashes', 'killed'],
			[6500, 'war', 'killed']
		]);
	});

	it('reads casualties written with «مقتل», «لقي حتفه» and «آخرين»', () => {
		const r = extractText(
			'أسفر القصف عن مقتل 5 جنود وإصابة 10 آخرين.\nولقي ثلاثة مدنيين حتفهم في المواجهات.'
		);
		expect(
			r.facts.map((f) => [f.subject.measure, f.value.type === 'quantity' && f.value.quantity.value])
		).toEqual([
			['killed', 5],
			['wounded', 10],
			['killed', 3]
		]);
	});

	it('reads a count written «50 من جنودها»', () => {
		const r = extractText('وقالت باكو إن 50 من جنودها قتلوا.');
		expect(r.facts.map((f) => [f.kind, f.subject.measure])).toEqual([['casualties', 'killed']]);
	});

	it('reads wounded, troops, mandates and zone widths', () => {
		const r = extractText(
			'أصيب 40 شخصا.\nنشرت روسيا 2000 جندي حفظ سلام لمدة خمس سنوات في منطقة عازلة بعرض 3 كيلومترات.'
		);
		expect(r.facts.map((f) => f.subject.measure)).toEqual([
			'wounded',
			'peacekeepers',
			'mandate-years',
			'zone-width-km'
		]);
	});
});

describe('roles and locations', () => {
	it('reads offices from apposition in both orders', () => {
		const r = extractText(
			'قال وزير الخارجية التركي هاكان فيدان إن الحوار مهم.\nوأكد حكمت حجييف، مساعد الرئيس الأذربيجاني، ذلك.'
		);
		const roles = r.facts
			.filter((f) => f.kind === 'role')
			.map((f) => [
				f.value.type === 'entity' && f.value.entity.en,
				f.subject.office,
				f.subject.country?.en
			]);
		expect(roles).toEqual([
			['Hakan Fidan', 'foreign-minister', 'Turkey'],
			['Hikmet Hajiyev', 'presidential-aide', 'Azerbaijan']
		]);
	});

	it('reads where a protest or checkpoint is and what a corridor links', () => {
		const r = extractText(
			'تظاهر آلاف الأشخاص في ستيباناكيرت.\nأقامت أذربيجان نقطة تفتيش عند مدخل ممر لاتشين الذي يربط أرمينيا بناغورنو كاراباخ.'
		);
		expect(summary(r.facts.filter((f) => f.kind === 'location'))).toEqual([
			'location:Stepanakert',
			'location:Lachin corridor',
			'location:Armenia',
			'location:Nagorno-Karabakh'
		]);
	});
});

describe('merging, conflicts and ids', () => {
	it('merges the same fact from two articles with all evidence', () => {
		const r = extractCorpus(
			[
				{ id: 'a', text: 'قال رئيس الوزراء الأرميني نيكول باشينيان إنه مستعد.' },
				{ id: 'b', text: 'وأكد رئيس الوزراء الأرميني نيكول باشينيان ذلك.' }
			],
			lexicon
		);
		const role = r.facts.filter((f) => f.kind === 'role');
		expect(role).toHaveLength(1);
		expect(role[0]?.evidence.map((e) => e.article)).toEqual(['a', 'b']);
	});

	it('keeps disagreeing figures and links them as conflicts', () => {
		const r = extractCorpus(
			[
				{ id: 'a', text: 'خلفت حرب 2020 أكثر من 6500 قتيل.' },
				{ id: 'b', text: 'خلفت حرب 2020 نحو 7000 قتيل.' }
			],
			lexicon
		);
		const [x, y] = r.facts.filter((f) => f.kind === 'casualties');
		expect(x?.conflicts).toEqual([y?.id]);
		expect(y?.conflicts).toEqual([x?.id]);
	});

	it('gives stable ids that do not depend on input order', () => {
		const inputs = [
			{ id: 'a', text: 'عقدت أذربيجان وأرمينيا محادثات في بروكسل يوم السبت.' },
			{ id: 'b', text: 'خلفت حرب 2020 أكثر من 6500 قتيل.' }
		];
		const one = extractCorpus(inputs, lexicon);
		const two = extractCorpus([...inputs].reverse(), lexicon);
		expect(JSON.stringify(two)).toBe(JSON.stringify(one));
		expect(fnv1a('')).toBe('811c9dc5');
		expect(fnv1a('a')).toBe('e40c292c');
	});
});
