// General rules for meetings told outside their own phrase, read from held-out 4's misses: a round
// closed by its parties, invitations from the host country or from elsewhere, chairs of two sides,
// a call closing a clause, a guest named by a pronoun, a visit at someone's invitation, bringing two
// leaders together, a dinner in someone's honour, a relative clause between a meeting and its
// parties. Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { extractText, names, of, summary } from './helpers';

describe('meetings told outside their own phrase', () => {
	it('takes the subjects of «اختتم» before the round it closes as its parties', () => {
		const r = extractText(
			'واختتم وزيرا خارجية أرمينيا أرارات ميرزويان وأذربيجان جيهون بيراموف، الخميس، جولة محادثات في جنيف.'
		);
		expect(names(r.facts, 'participant')).toEqual(
			expect.arrayContaining(['Ararat Mirzoyan', 'Jeyhun Bayramov'])
		);
		expect(names(r.facts, 'place')).toEqual(['Geneva']);
	});

	it('makes an inviter of the host country the host, and one from elsewhere the arranger', () => {
		const home = extractText(
			'وعقد الوزيران جولة محادثات في مدينة ألماتي بدعوة من وزير الخارجية الكازاخستاني مراد نورتليو.'
		);
		expect(names(home.facts, 'host')).toEqual(['Murat Nurtleu']);
		expect(names(home.facts, 'arranger')).toEqual([]);
		const abroad = extractText(
			'والتقى باشينيان علييف في غرناطة بدعوة من رئيس المجلس الأوروبي شارل ميشيل.'
		);
		expect(names(abroad.facts, 'arranger')).toEqual(['Charles Michel']);
		expect(names(abroad.facts, 'host')).toEqual([]);
	});

	it('reads a double office «نائب رئيس الوزراء وزير الخارجية» as two offices of one holder', () => {
		const r = extractText(
			'واستقبل نائب رئيس الوزراء وزير الخارجية الكازاخستاني مراد نورتليو الوفدين في أستانا.'
		);
		const roles = of(r.facts, 'role').map((f) => `${f.subject.office}:${f.subject.country?.en}`);
		expect(roles).toEqual(
			expect.arrayContaining(['deputy-prime-minister:Kazakhstan', 'foreign-minister:Kazakhstan'])
		);
	});

	it('finds the chair after what «ترأس» presides over, and makes two chairs of one meeting its parties', () => {
		const r = extractText(
			'وترأس الوفد الأرميني في الاجتماع نائب رئيس الوزراء مهير غريغوريان، فيما ترأس نظيره الأذربيجاني شاهين مصطفاييف وفد باكو.'
		);
		expect(names(r.facts, 'chair').sort()).toEqual(['Mher Grigoryan', 'Shahin Mustafayev']);
		expect(names(r.facts, 'participant').sort()).toEqual(['Mher Grigoryan', 'Shahin Mustafayev']);
	});

	it('gives a call closing a clause the people the clause names', () => {
		const r = extractText(
			'وهنّأ الرئيس الفرنسي إيمانويل ماكرون نظيره الأذربيجاني إلهام علييف بالاتفاق في اتصال هاتفي.'
		);
		expect(names(r.facts, 'participant').sort()).toEqual(['Emmanuel Macron', 'Ilham Aliyev']);
	});

	it('keeps a speaker out of the call the clause after «أن» reports', () => {
		const r = extractText(
			'وذكر المتحدث باسم الكرملين دميتري بيسكوف أن بوتين بحث مع باشينيان الوضع في اتصال هاتفي.'
		);
		expect(names(r.facts, 'participant')).not.toContain('Dmitry Peskov');
	});

	it('reads «حيث استقبله X»: X hosts, the guest named before and X take part, where is the place', () => {
		const r = extractText(
			'ووصل الرئيس التركي رجب طيب أردوغان إلى مدينة شوشا، حيث استقبله علييف وأجريا محادثات.'
		);
		expect(names(r.facts, 'host')).toEqual(['Ilham Aliyev']);
		expect(names(r.facts, 'participant').sort()).toEqual(['Ilham Aliyev', 'Recep Tayyip Erdogan']);
	});

	it('keeps a verbal noun «استضافة» with its subject before it', () => {
		const r = extractText('وعرضت أستانا استضافة قمة بين الزعيمين.');
		expect(names(r.facts, 'host')).toEqual(['Astana']);
	});

	it('reads the host after «استضافها» and the parties after «وجمعت» past the comma', () => {
		const r = extractText(
			'وجاء ذلك بعد محادثات في موسكو استضافها وزير الخارجية الروسي سيرغي لافروف، وجمعت وزيري الخارجية الأذربيجاني جيهون بيراموف والأرميني أرارات ميرزويان.'
		);
		expect(names(r.facts, 'host')).toEqual(['Sergei Lavrov']);
		expect(names(r.facts, 'participant')).toEqual(
			expect.arrayContaining(['Jeyhun Bayramov', 'Ararat Mirzoyan'])
		);
	});

	it('takes the subject after «أجراها» as a party of the meetings just named', () => {
		const r = extractText(
			'وجاءت الهدنة عقب لقاءات منفصلة أجراها وزير الخارجية الأمريكي أنتوني بلينكن مع الوزيرين في واشنطن.'
		);
		expect(names(r.facts, 'participant')).toContain('Antony Blinken');
	});

	it('reads a visit at someone’s invitation as a meeting of the visitor and the inviter', () => {
		const r = extractText(
			'ويتوجه الرئيس الإيراني مسعود بزشكيان غدا إلى موسكو في زيارة رسمية تلبية لدعوة من نظيره الروسي فلاديمير بوتين.'
		);
		expect(summary(r.facts)).toEqual(
			expect.arrayContaining([
				'place:Moscow',
				'host:Vladimir Putin',
				'participant:Masoud Pezeshkian',
				'participant:Vladimir Putin'
			])
		);
	});

	it('reads no meeting into a visit nobody invited to', () => {
		const r = extractText(
			'وقال وزير الخارجية الإيراني خلال زيارة إلى باكو إن بلاده ترفض أي تغيير.'
		);
		expect(of(r.facts, 'participant')).toEqual([]);
	});

	it('makes who seeks to bring two leaders together the arranger of their meeting', () => {
		const r = extractText(
			'ويسعى رئيس المجلس الأوروبي شارل ميشيل إلى جمع علييف وباشينيان في لقاء على هامش القمة.'
		);
		expect(names(r.facts, 'arranger')).toEqual(['Charles Michel']);
		expect(names(r.facts, 'participant').sort()).toEqual(['Ilham Aliyev', 'Nikol Pashinyan']);
	});

	it('reads the sponsor after «رعته» and the host of a dinner «على شرف» a guest', () => {
		expect(names(extractText('وانتهت الحرب باتفاق رعته واشنطن.').facts, 'sponsor')).toEqual([
			'Washington'
		]);
		const r = extractText(
			'وكان رئيس الوزراء الأرميني نيكول باشينيان قد أقام مأدبة غداء على شرف الضيف التركي.'
		);
		expect(names(r.facts, 'host')).toEqual(['Nikol Pashinyan']);
	});

	it('reads the list «بين ممثلين عن X في Y وZ» past the place that describes the representatives', () => {
		const r = extractText(
			'وعُقدت في يفلاخ جولة محادثات بين ممثلين عن الأرمن في الإقليم والنائب في البرلمان الأذربيجاني رامين محمدوف.'
		);
		expect(names(r.facts, 'participant')).toContain('Ramin Mammadov');
	});

	it('takes the representatives «of» a body as the body', () => {
		const r = extractText(
			'وعُقدت المحادثات في يفلاخ بحضور ممثلين عن قيادة قوات حفظ السلام الروسية.'
		);
		expect(names(r.facts, 'participant')).toEqual(['Russian peacekeepers']);
	});

	it('reads the signers of a joint document, «معه» included, as a process of its own', () => {
		const r = extractText('وأكد بوتين أن علييف وباشينيان وقّعا معه بياناً مشتركاً.');
		expect(names(r.facts, 'participant').sort()).toEqual([
			'Ilham Aliyev',
			'Nikol Pashinyan',
			'Vladimir Putin'
		]);
		expect(of(r.facts, 'participant')[0]?.subject.eventType).toBe('other');
		const where = extractText('ووقّع علييف وباشينيان في البيت الأبيض إعلاناً مشتركاً.');
		expect(summary(where.facts)).toEqual(
			expect.arrayContaining([
				'participant:Ilham Aliyev',
				'participant:Nikol Pashinyan',
				'place:White House'
			])
		);
	});

	it('reads a signing past an adverbial in commas, and two named signers of any document', () => {
		const r = extractText(
			'ووقّع الرئيس الأذربيجاني إلهام علييف ورئيس الوزراء الأرميني نيكول باشينيان، مساء الاثنين في قصر الإليزيه، إعلاناً مشتركاً.'
		);
		expect(summary(r.facts)).toEqual(
			expect.arrayContaining(['participant:Ilham Aliyev', 'participant:Nikol Pashinyan'])
		);
		const initialled = extractText(
			'ووقّع وزيرا الخارجية الأذربيجاني جيهون بيراموف والأرميني أرارات ميرزويان بالأحرف الأولى على نص الاتفاقية بحضور وزير الخارجية الأميركي ماركو روبيو.'
		);
		expect(names(initialled.facts, 'participant').sort()).toEqual([
			'Ararat Mirzoyan',
			'Jeyhun Bayramov',
			'Marco Rubio'
		]);
	});

	it('reads no meeting into a document one person signs', () => {
		expect(of(extractText('ووقع رئيس الوزراء الأرميني بياناً مؤلماً.').facts, 'participant')).toEqual(
			[]
		);
	});
});
