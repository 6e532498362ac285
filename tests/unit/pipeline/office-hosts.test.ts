// Offices named without their holder as the agents of hosting and convening verbs («يعتزم رئيس
// الوزراء الإسباني عقد اجتماع للزعيمين …»), and capitals that agree for their side («اتفقت طهران
// وأنقرة»). Sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { parseOfficeTitle } from '../../../src/lib/pipeline/offices';
import { extractText, lexicon, names, of } from './helpers';

/** The host facts as «English name (type)» for short assertions. */
const hosts = (text: string): string[] =>
	of(extractText(text).facts, 'host').map((f) =>
		f.value.type === 'entity' ? `${f.value.entity.en} (${f.value.entity.type})` : ''
	);

describe('an office named without its holder', () => {
	it('convenes the meeting of others it intends to hold («يعتزم … عقد اجتماع للزعيمين»)', () => {
		const r = extractText(
			'وقرر رئيس الوزراء الإسباني عقد اجتماع ثلاثي للزعيمين الصربي والألباني في مدريد في الثالث من آذار/مارس المقبل.'
		);
		const host = of(r.facts, 'host');
		expect(host.map((f) => (f.value.type === 'entity' ? f.value.entity : null))).toEqual([
			expect.objectContaining({
				type: 'office',
				office: 'prime-minister',
				country: 'spain',
				en: 'Prime Minister of Spain',
				arCanonical: 'رئيس الوزراء الإسباني'
			})
		]);
		// The convener and the date and place of its meeting are one event.
		const event = host[0]?.subject.eventId;
		expect(of(r.facts, 'place').map((f) => f.subject.eventId)).toEqual([event]);
		expect(of(r.facts, 'date').map((f) => f.subject.eventId)).toEqual([event]);
	});

	it('convenes a meeting «بين» others with the verb first («عقد الأمين العام … اجتماعاً بين …»)', () => {
		expect(
			hosts('عقد الأمين العام للأمم المتحدة اجتماعاً بين وزيري خارجية اليونان وقبرص في جنيف.')
		).toEqual(['Secretary General of the United Nations (office)']);
	});

	it('leaves out the conjunction joined to the office word («وعقد رئيس …»)', () => {
		const r = extractText('وعقد رئيس الوزراء الإيطالي اجتماعاً للزعيمين في روما.');
		const host = of(r.facts, 'host')[0];
		const sentence = r.articles[0]?.sentences[0]?.text ?? '';
		expect(host && sentence.slice(...host.evidence[0]!.span)).toBe('رئيس الوزراء الإيطالي');
	});

	it('hosts as the subject of «استضاف» instead of standing for its country', () => {
		expect(
			hosts('استضاف وزير الخارجية الإيطالي، الخميس، اجتماعاً لوزراء خارجية صربيا وألبانيا في روما.')
		).toEqual(['Foreign Minister of Italy (office)']);
	});

	it('gives way to the person when the phrase names one', () => {
		expect(
			hosts('استضاف الرئيس الفرنسي إيمانويل ماكرون اجتماعاً للزعيمين الصربي والألباني في باريس.')
		).toEqual(['Emmanuel Macron (person)']);
	});

	// «للرؤساء» is read through its normalised key «روساء»: a list entry spelt with «ؤ» never matched.
	it('convenes a meeting held for presidents («عقد اجتماع للرؤساء الثلاثة»)', () => {
		expect(
			hosts('يعتزم رئيس الوزراء الإسباني عقد اجتماع للرؤساء الثلاثة في مدريد الشهر المقبل.')
		).toEqual(['Prime Minister of Spain (office)']);
	});

	it('convenes nothing when two subjects hold the meeting together', () => {
		expect(hosts('عقد الرئيس التركي والرئيس الإيراني اجتماعاً بين وفدي البلدين في أنقرة.')).toEqual(
			[]
		);
	});

	it('convenes nothing in a meeting «مع» someone: the subject is a party', () => {
		const r = extractText(
			'عقد رئيس الوزراء الإسباني اجتماعاً مع الرئيس الفرنسي إيمانويل ماكرون في مدريد.'
		);
		expect(of(r.facts, 'host')).toEqual([]);
		expect(names(r.facts, 'participant')).toContain('Emmanuel Macron');
	});

	it('convenes nothing when the intention is denied («لا يعتزم»)', () => {
		expect(
			hosts('ولا يعتزم رئيس الوزراء الإسباني عقد اجتماع للزعيمين الصربي والألباني في مدريد.')
		).toEqual([]);
	});

	it('convenes nothing when the meeting names no one it is for', () => {
		expect(hosts('يعتزم رئيس الوزراء الإسباني عقد اجتماع في مدريد الشهر المقبل.')).toEqual([]);
	});
});

describe('a capital that agrees for its side', () => {
	const text =
		'جمعت قمة في الدوحة يوم الأحد زعماء إيران وتركيا. واتفقت طهران وأنقرة على تشكيل لجنة مشتركة في ختام القمة.';

	it('is its side, the capital its evidence, after the side named outright', () => {
		const r = extractText(text);
		const iran = of(r.facts, 'participant').find(
			(f) => f.value.type === 'entity' && f.value.entity.id === 'iran'
		);
		expect(iran?.evidence.map((e) => e.sentence)).toEqual([0, 1]);
		const second = r.articles[0]?.sentences[1]?.text ?? '';
		expect(second.slice(...iran!.evidence[1]!.span)).toBe('طهران');
		// The fact keeps the side's own written name, not the capital's.
		expect(iran?.value.type === 'entity' && iran.value.entity.ar).toBe('إيران');
		expect(names(r.facts, 'participant')).not.toContain('Tehran');
		expect(names(r.facts, 'participant')).not.toContain('Ankara');
	});

	it('stays a city where it is the place of the meeting', () => {
		const r = extractText('واتفق الجانبان على عقد جولة محادثات جديدة في أنقرة الشهر المقبل.');
		expect(names(r.facts, 'participant')).not.toContain('Turkey');
		expect(names(r.facts, 'place')).toEqual(['Ankara']);
	});
});

describe('parseOfficeTitle', () => {
	const parsed = (en: string): string | null => {
		const p = parseOfficeTitle({ en }, lexicon);
		return p ? `${p.title} | ${p.body.id} (${p.body.type})` : null;
	};

	it('cuts «<title> of [the] <body>» at the first «of», the body a lexicon entry of any type', () => {
		expect(parsed('Prime Minister of Armenia')).toBe('Prime Minister | armenia (country)');
		expect(parsed('President of the European Council')).toMatch(
			/^President \| .+ \(organization\)$/
		);
		expect(parsed('Aide to the President of Russia')).toBe(
			'Aide to the President | russia (country)'
		);
		expect(parsed('foreign minister of azerbaijan')).toBe(
			'foreign minister | azerbaijan (country)'
		);
		expect(parsed('Speaker of the Milli Majlis of Azerbaijan')).toBe(
			'Speaker | milli_majlis (organization)'
		);
	});

	it('gives null for an office written otherwise or of something the lexicon does not hold', () => {
		expect(parsed('Kremlin spokesman')).toBeNull();
		expect(parsed('Governor of the Bank of Armenia')).toBeNull();
		expect(parsed('President of Atlantis')).toBeNull();
		expect(parseOfficeTitle(undefined, lexicon)).toBeNull();
	});
});
