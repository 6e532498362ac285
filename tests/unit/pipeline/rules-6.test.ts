// General rules read from held-out set 6's misses (humanitarian counts, votes, casualties, offices of
// international bodies, lists of people before their offices). Sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extractText, names, quantityLines as figures } from './helpers';

describe('counted nouns of humanitarian reports and votes', () => {
	it('counts children, patients, blankets and beds', () => {
		expect(figures('ووصل إلى المخيم نحو 12 ألف طفل.')).toEqual([
			'figure 12000 child approximately «12 ألف»'
		]);
		expect(figures('ونقلت المنظمة أكثر من 40 مريضا إلى المستشفيات.')).toEqual([
			'figure 40 patient more-than «40»'
		]);
		expect(figures('ووزعت الوكالة 3 آلاف بطانية و900 سرير.')).toEqual([
			'figure 3000 blanket exact «3 آلاف»',
			'figure 900 bed exact «900»'
		]);
	});

	it('counts votes, mediators and commissions, duals included', () => {
		expect(figures('واعتُمد النص بأغلبية 11 صوتاً مقابل صوتين.')).toEqual([
			'figure 11 vote exact «11»',
			'figure 2 vote exact «صوتين»'
		]);
		expect(figures('وتتنافس أربعة وسطاء على الملف، واتفقوا على تشكيل لجنتين.')).toEqual([
			'figure 4 mediator exact «أربعة»',
			'figure 2 commission exact «لجنتين»'
		]);
	});
});

/** Casualty facts as «measure value «answer»». */
const tolls = (text: string): string[] => {
	const r = extractText(text);
	const s = r.articles[0]?.sentences[0]?.text ?? '';
	return r.facts
		.filter((f) => f.kind === 'casualties' && f.value.type === 'quantity')
		.map(
			(f) =>
				`${f.subject.measure ?? ''} ${f.value.type === 'quantity' ? f.value.quantity.value : ''} «${s.slice(...f.evidence[0]!.span)}»`
		);
};

describe('casualties in other outlets’ words', () => {
	it('reads martyrs as killed and the missing as missing', () => {
		expect(tolls('وأدى القصف إلى استشهاد 12 جنديا وفقدان نحو 5 آخرين.')).toEqual([
			'killed 12 «12»',
			'missing 5 «5»'
		]);
		expect(tolls('وقال المكتب إن 40 شخصاً لا يزالون في عداد المفقودين.')).toEqual([
			'missing 40 «40»'
		]);
	});

	it('keeps one count of the dead and the missing together, not as killed', () => {
		expect(tolls('وأعلنت الوزارة أن 31 من جنودها سقطوا بين قتيل ومفقود.')).toEqual([
			'fallen-or-missing 31 «31»'
		]);
	});

	it('counts one official killed and two guards wounded', () => {
		expect(tolls('وأسفر الهجوم عن مقتل مسؤول الأمن وإصابة اثنين من حراسه.')).toEqual([
			'killed 1 «مسؤول»',
			'wounded 2 «اثنين»'
		]);
	});
});

/** Role facts as «person: office country». */
const roleFacts = (text: string): string[] =>
	extractText(text)
		.facts.filter((f) => f.kind === 'role' && f.value.type === 'entity')
		.map(
			(f) =>
				`${f.value.type === 'entity' ? (f.value.entity.en ?? f.value.entity.ar) : ''}: ${f.subject.office ?? ''} ${f.subject.country?.en ?? ''}`
		);

describe('offices written after their holders, and dual offices', () => {
	it('gives a name in a list the office right after it', () => {
		expect(
			roleFacts(
				'وحضر الاجتماع السيد سيرغي لافروف وزير خارجية روسيا، والسيد هاكان فيدان وزير خارجية تركيا.'
			)
		).toEqual(['Sergei Lavrov: foreign-minister Russia', 'Hakan Fidan: foreign-minister Turkey']);
	});

	it('does not give the subject of a verb the office of its object', () => {
		expect(roleFacts('واستقبل بوتين وزير الخارجية الأرميني في الكرملين.')).toEqual([]);
	});

	it('reads a dual office with each country adjective before its holder', () => {
		expect(
			roleFacts(
				'واجتمعت اللجنتان برئاسة نائبي رئيسي الوزراء الأذربيجاني شاهين مصطفاييف والأرميني مهير غريغوريان.'
			)
		).toEqual([
			'Shahin Mustafayev: deputy-prime-minister Azerbaijan',
			'Mher Grigoryan: deputy-prime-minister Armenia'
		]);
	});

	it('reads a state’s full name between an office and its adjective', () => {
		expect(
			roleFacts('وقال وزير خارجية الجمهورية الإسلامية الإيرانية الدكتور حسين أمير عبداللهيان، إن')
		).toEqual(['حسين أمير عبداللهيان: foreign-minister Iran']);
	});
});

/** Participant facts by English name (Arabic for a name the lexicon lacks). */
const participants = (text: string): string[] => names(extractText(text).facts, 'participant');

describe('who took part, told around the meeting noun', () => {
	it('reads the attendees of «شارك فيها» after the meeting', () => {
		expect(
			participants(
				'وعقد مجلس الأمن جلسة طارئة بشأن الوضع، شارك فيها وزيرا خارجية أرمينيا أرارات ميرزويان وأذربيجان جيهون بيراموف.'
			)
		).toEqual(expect.arrayContaining(['Ararat Mirzoyan', 'Jeyhun Bayramov']));
	});

	it('reads whom a meeting gathered when the meeting is the verb’s subject', () => {
		expect(
			participants('وفي براغ جمعت قمة رباعية يوم الخميس علييف وباشينيان وماكرون وميشيل.')
		).toEqual(['Ilham Aliyev', 'Nikol Pashinyan', 'Emmanuel Macron', 'Charles Michel']);
	});

	it('reads the names in construct with the meeting noun', () => {
		expect(participants('وألغيت قمة علييف وباشينيان التي كانت مقررة في بروكسل.')).toEqual([
			'Ilham Aliyev',
			'Nikol Pashinyan'
		]);
	});
});
