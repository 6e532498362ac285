// Hand-made facts over real sentences of the seed articles, following src/lib/pipeline/types.ts,
// so generation can be tested without the extractor. Spans are found with indexOf, never typed.
import type {
	Article,
	DateValue,
	EntityRef,
	EntityType,
	Fact,
	FactSubject,
	FactValue,
	Lexicon,
	LexiconEntry
} from '../../../src/lib/pipeline/types';

const entries: LexiconEntry[] = [
	{ id: 'putin', type: 'person', en: 'Vladimir Putin', ar: ['فلاديمير بوتين', 'بوتين'], office: { ar: 'الرئيس الروسي', en: 'President of Russia' } },
	{ id: 'aliyev', type: 'person', en: 'Ilham Aliyev', ar: ['إلهام علييف', 'علييف'], office: { ar: 'الرئيس الأذربيجاني', en: 'President of Azerbaijan' } },
	{ id: 'pashinyan', type: 'person', en: 'Nikol Pashinyan', ar: ['نيكول باشينيان', 'باشينيان'], office: { ar: 'رئيس الوزراء الأرميني', en: 'Prime Minister of Armenia' } },
	{ id: 'macron', type: 'person', en: 'Emmanuel Macron', ar: ['إيمانويل ماكرون', 'ماكرون'] },
	{ id: 'michel', type: 'person', en: 'Charles Michel', ar: ['شارل ميشيل', 'ميشيل'] },
	{ id: 'blinken', type: 'person', en: 'Antony Blinken', ar: ['أنتوني بلينكن', 'بلينكن'] },
	{ id: 'lavrov', type: 'person', en: 'Sergei Lavrov', ar: ['سيرغي لافروف', 'لافروف'] },
	{ id: 'bayramov', type: 'person', en: 'Jeyhun Bayramov', ar: ['جيهون بيراموف', 'بيراموف'] },
	{ id: 'mirzoyan', type: 'person', en: 'Ararat Mirzoyan', ar: ['أرارات ميرزويان', 'ميرزويان'] },
	{ id: 'zakharova', type: 'person', en: 'Maria Zakharova', ar: ['ماريا زاخاروفا', 'زاخاروفا'] },
	{ id: 'erdogan', type: 'person', en: 'Recep Tayyip Erdoğan', ar: ['رجب طيب أردوغان', 'أردوغان'] },
	{ id: 'scholz', type: 'person', en: 'Olaf Scholz', ar: ['أولاف شولتس', 'شولتس'] },
	{ id: 'russia', type: 'country', en: 'Russia', ar: ['روسيا'] },
	{ id: 'armenia', type: 'country', en: 'Armenia', ar: ['أرمينيا'] },
	{ id: 'azerbaijan', type: 'country', en: 'Azerbaijan', ar: ['أذربيجان'] },
	{ id: 'usa', type: 'country', en: 'United States', ar: ['الولايات المتحدة'] },
	{ id: 'france', type: 'country', en: 'France', ar: ['فرنسا'] },
	{ id: 'turkey', type: 'country', en: 'Turkey', ar: ['تركيا'] },
	{ id: 'lebanon', type: 'country', en: 'Lebanon', ar: ['لبنان'] },
	{ id: 'eu', type: 'organization', en: 'European Union', ar: ['الاتحاد الأوروبي'] },
	{ id: 'un', type: 'organization', en: 'United Nations', ar: ['الأمم المتحدة'] },
	{ id: 'sochi', type: 'city', en: 'Sochi', ar: ['سوتشي'], country: 'russia' },
	{ id: 'moscow', type: 'city', en: 'Moscow', ar: ['موسكو'], country: 'russia' },
	{ id: 'brussels', type: 'city', en: 'Brussels', ar: ['بروكسل'] },
	{ id: 'washington', type: 'city', en: 'Washington', ar: ['واشنطن'], country: 'usa' },
	{ id: 'prague', type: 'city', en: 'Prague', ar: ['براغ'] },
	{ id: 'granada', type: 'city', en: 'Granada', ar: ['غرناطة'] },
	{ id: 'newyork', type: 'city', en: 'New York', ar: ['نيويورك'], country: 'usa' }
];

export const lexicon: Lexicon = { entries };

export function ent(id: string): EntityRef {
	const e = entries.find((x) => x.id === id);
	if (!e) throw new Error(`no fixture entity ${id}`);
	return { id, type: e.type as EntityType, ar: e.ar[0] as string, arCanonical: e.ar[0] as string, en: e.en };
}

const texts: Record<string, string[]> = {
	a002: [
		'استضاف الرئيس الروسي فلاديمير بوتين ، الاثنين ، زعماء أرمينيا وأذربيجان لإجراء محادثات في أعقاب اشتباكات مسلحة عنيفة بين دولتي القوقاز ، حيث تسعى موسكو لإعادة تأكيد نفوذها.',
		'وتأتي هذه القمة في سوتشي (جنوب روسيا) بعد شهر من الاشتباكات الحدودية التي خلفت 286 قتيلاً ، وهي أكبر حصيلة منذ حرب 2020 للسيطرة على منطقة ناغورنو كاراباخ المتنازع عليها بين الجمهوريتين السوفييتية السابقتين منذ التسعينيات.',
		'خلفت حرب خريف 2020 بين أرمينيا وأذربيجان أكثر من 6500 قتيل من الجانبين وانتهت بهزيمة عسكرية أرمينية واتفاق سلام برعاية موسكو.',
		'رتب رئيس المجلس الأوروبي تشارلز ميشيل والرئيس الفرنسي إيمانويل ماكرون محادثات بين باشينيان وعلييف في بروكسل في أغسطس الماضي.',
		'قبل المفاوضات ، أعلن باشينيان أنه مستعد لتمديد وجود 2000 جندي حفظ سلام روسي لمدة تصل إلى 20 عامًا.'
	],
	a003: [
		'قال رئيس أذربيجان إلهام علييف، الجمعة، إن اللقاء المقرر مع رئيس وزراء أرمينيا نيكول باشينيان في بروكسل في 7 ديسمبر "لن يُعقد".',
		'تخوض أذربيجان وأرمينيا عدة مواجهات منذ عقود ضمن نزاع للسيطرة على منطقة ناجورنو قره باغ، كان من أشدها معارك في عام 2020، خلّفت أكثر من 6500 ضحية من الجانبين وانتهت بهزيمة عسكرية أرمينية، واتفاق سلام برعاية موسكو، وفقاً لـ"فرانس برس".',
		'ولكن مواجهات متقطعة استمرت رغم وجود قوات روسية سواء في ناجورنو قره باغ أو عند الحدود المعترف بها بين البلدين، كما حصل في سبتمبر، حين سقط 286 شخصاً على الأقل في مواجهات على الحدود بين أرمينيا وأذربيجان.',
		'والتقى باشينيان وعلييف في بروكسل عدة مرات برعاية الاتحاد الأوروبي، وسبق لوزيري خارجية البلدين أن التقيا خلال سبتمبر في نيويورك بتدبير من وزير الخارجية الأميركي أنتوني بلينكن، وفقاً لـ"فرانس برس".',
		'وقال قصر الإليزيه إن ماكرون وعلييف "يأملان الحفاظ على تنسيق وثيق في أعقاب قمة براغ" التي جمعت في السادس من أكتوبر علييف وباشينيان، على هامش الاجتماع الأول للمجموعة السياسية الأوروبية.',
		'مطلع الشهر الجاري، عقدت أرمينيا وأذربيجان جلسة محادثات في واشنطن برعاية الولايات المتحدة بعد ساعات من تبادل الطرفين الاتهامات بشأن جولة قصف جديدة على طول حدودهما.',
		'واستضاف وزير الخارجية الأميركي أنتوني بلينكن وزيري خارجية البلدين المتحاربين.',
		'وقال باشينيان لمجلس الوزراء خلال اجتماع: "لقد تقدمت بمبادرة لإنشاء منطقة منزوعة السلاح حول ناجورنو قره باغ"، مشيراً إلى أن بلاده "ستقدم أيضاً مبادرة لإقامة منطقة منزوعة السلاح تمتد على 3 كيلومترات على طول الحدود الأرمينية - الأذربيجانية"، بحسب وكالة "فرانس برس".'
	],
	a004: [
		'أعلنت المتحدثة باسم وزارة الخارجية الروسية، ماريا زاخاروفا، إنّ وزراء خارجية روسيا وأرمينيا وأذربيجان سيعقدون اجتماعاً ثلاثياً في موسكو، اليوم الجمعة، إلى جانب اجتماعات ثنائية منفصلة بين وزير الخارجية الروسي سيرغي لافروف ووزيري الخارجية الأذربيجاني والأرميني جيهون بيراموف وأرارات ميرزويان.'
	]
};

export const articles: Article[] = Object.entries(texts).map(([id, sentences]) => {
	let start = 0;
	const raw = sentences.join('\n');
	return {
		id,
		title: null,
		raw,
		dropped: [],
		sentences: sentences.map((text, index) => {
			const s = { index, text, start, end: start + text.length };
			start += text.length + 1;
			return s;
		})
	};
});

function span(article: string, sentence: number, written: string): [number, number] {
	const text = texts[article]?.[sentence] ?? '';
	const i = text.indexOf(written);
	if (i === -1) throw new Error(`fixture: «${written}» not in ${article}#${sentence}`);
	return [i, i + written.length];
}

export function fact(
	id: string,
	kind: Fact['kind'],
	at: [string, number, string],
	value: FactValue,
	subject: FactSubject
): Fact {
	const [article, sentence, written] = at;
	return { id, kind, subject, value, evidence: [{ article, sentence, span: span(article, sentence, written) }] };
}

const e = (id: string): FactValue => ({ type: 'entity', entity: ent(id) });
const d = (date: Omit<DateValue, 'text'>, text: string): DateValue => ({ ...date, text });

const sochi: FactSubject = {
	eventId: 'ev-sochi',
	eventType: 'summit',
	place: ent('sochi'),
	date: d({ weekday: 1 }, 'الاثنين'),
	participants: [ent('pashinyan'), ent('aliyev')]
};
const brusselsAug: FactSubject = {
	eventId: 'ev-brussels-aug',
	eventType: 'talks',
	place: ent('brussels'),
	date: d({ month: 8 }, 'أغسطس'),
	participants: [ent('pashinyan'), ent('aliyev')]
};
const brusselsDec: FactSubject = {
	eventId: 'ev-brussels-dec',
	eventType: 'meeting',
	place: ent('brussels'),
	date: d({ day: 7, month: 12 }, '7 ديسمبر'),
	participants: [ent('aliyev'), ent('pashinyan')]
};
const prague: FactSubject = {
	eventId: 'ev-prague',
	eventType: 'summit',
	place: ent('prague'),
	date: d({ day: 6, month: 10 }, 'السادس من أكتوبر'),
	participants: [ent('aliyev'), ent('pashinyan')]
};
const washington: FactSubject = {
	eventId: 'ev-washington',
	eventType: 'talks',
	place: ent('washington'),
	participants: [ent('armenia'), ent('azerbaijan')]
};
const newYork: FactSubject = {
	eventId: 'ev-newyork',
	eventType: 'meeting',
	place: ent('newyork'),
	date: d({ month: 9 }, 'سبتمبر'),
	participants: [ent('armenia'), ent('azerbaijan')]
};
const moscow: FactSubject = {
	eventId: 'ev-moscow',
	eventType: 'meeting',
	place: ent('moscow'),
	date: d({ weekday: 5 }, 'الجمعة'),
	participants: [ent('russia'), ent('armenia'), ent('azerbaijan')]
};

export const facts: Fact[] = [
	fact('f-host-sochi', 'host', ['a002', 0, 'الرئيس الروسي فلاديمير بوتين'], e('putin'), sochi),
	fact('f-place-sochi', 'place', ['a002', 1, 'سوتشي'], e('sochi'), sochi),
	fact('f-date-sochi', 'date', ['a002', 0, 'الاثنين'], { type: 'date', date: d({ weekday: 1 }, 'الاثنين') }, sochi),
	fact('f-arr-michel', 'arranger', ['a002', 3, 'تشارلز ميشيل'], e('michel'), brusselsAug),
	fact('f-arr-macron', 'arranger', ['a002', 3, 'إيمانويل ماكرون'], e('macron'), brusselsAug),
	fact('f-place-brusaug', 'place', ['a002', 3, 'بروكسل'], e('brussels'), brusselsAug),
	fact('f-date-brusdec', 'date', ['a003', 0, '7 ديسمبر'], { type: 'date', date: d({ day: 7, month: 12 }, '7 ديسمبر') }, brusselsDec),
	fact('f-place-brusdec', 'place', ['a003', 0, 'بروكسل'], e('brussels'), brusselsDec),
	fact('f-sponsor-eu', 'sponsor', ['a003', 3, 'الاتحاد الأوروبي'], e('eu'), { eventId: 'ev-brussels-many', eventType: 'meeting', place: ent('brussels'), participants: [ent('pashinyan'), ent('aliyev')] }),
	fact('f-arr-blinken-ny', 'arranger', ['a003', 3, 'أنتوني بلينكن'], e('blinken'), newYork),
	fact('f-place-ny', 'place', ['a003', 3, 'نيويورك'], e('newyork'), newYork),
	fact('f-place-prague', 'place', ['a003', 4, 'براغ'], e('prague'), prague),
	fact('f-date-prague', 'date', ['a003', 4, 'السادس من أكتوبر'], { type: 'date', date: d({ day: 6, month: 10 }, 'السادس من أكتوبر') }, prague),
	fact('f-sponsor-us', 'sponsor', ['a003', 5, 'الولايات المتحدة'], e('usa'), washington),
	fact('f-place-wash', 'place', ['a003', 5, 'واشنطن'], e('washington'), washington),
	fact('f-host-blinken', 'host', ['a003', 6, 'أنتوني بلينكن'], e('blinken'), { eventId: 'ev-washington-fm', eventType: 'meeting', participants: [ent('bayramov'), ent('mirzoyan')] }),
	fact('f-place-moscow', 'place', ['a004', 0, 'موسكو'], e('moscow'), moscow),
	fact('f-cas-sept-002', 'casualties', ['a002', 1, '286'], { type: 'quantity', quantity: { value: 286, qualifier: 'exact', unit: 'person', text: '286 قتيلاً' } }, { eventType: 'clashes', measure: 'killed', date: d({ month: 9 }, 'سبتمبر') }),
	fact('f-cas-sept-003', 'casualties', ['a003', 2, '286 شخصاً'], { type: 'quantity', quantity: { value: 286, qualifier: 'at-least', unit: 'person', text: '286 شخصاً على الأقل' } }, { eventType: 'clashes', measure: 'killed', date: d({ month: 9 }, 'سبتمبر') }),
	fact('f-cas-war-002', 'casualties', ['a002', 2, 'أكثر من 6500 قتيل'], { type: 'quantity', quantity: { value: 6500, qualifier: 'more-than', unit: 'person', text: 'أكثر من 6500 قتيل' } }, { eventType: 'war', measure: 'killed', date: d({ year: 2020 }, '2020'), participants: [ent('armenia'), ent('azerbaijan')] }),
	fact('f-cas-war-003', 'casualties', ['a003', 1, 'أكثر من 6500 ضحية'], { type: 'quantity', quantity: { value: 6500, qualifier: 'more-than', unit: 'person', text: 'أكثر من 6500 ضحية' } }, { eventType: 'war', measure: 'killed', date: d({ year: 2020 }, '2020'), participants: [ent('armenia'), ent('azerbaijan')] }),
	fact('f-fig-peace', 'figure', ['a002', 4, '2000 جندي'], { type: 'quantity', quantity: { value: 2000, qualifier: 'exact', unit: 'soldier', text: '2000 جندي' } }, { measure: 'peacekeepers', country: ent('russia') }),
	fact('f-fig-mandate', 'figure', ['a002', 4, 'تصل إلى 20 عامًا'], { type: 'quantity', quantity: { value: 20, qualifier: 'up-to', unit: 'year', text: 'تصل إلى 20 عامًا' } }, { measure: 'mandate-years' }),
	fact('f-fig-zone', 'figure', ['a003', 7, '3 كيلومترات'], { type: 'quantity', quantity: { value: 3, qualifier: 'exact', unit: 'km', text: '3 كيلومترات' } }, { measure: 'zone-width-km' }),
	fact('f-role-lavrov', 'role', ['a004', 0, 'سيرغي لافروف'], e('lavrov'), { office: 'foreign-minister', country: ent('russia') }),
	fact('f-role-bayramov', 'role', ['a004', 0, 'جيهون بيراموف'], e('bayramov'), { office: 'foreign-minister', country: ent('azerbaijan') }),
	fact('f-role-mirzoyan', 'role', ['a004', 0, 'أرارات ميرزويان'], e('mirzoyan'), { office: 'foreign-minister', country: ent('armenia') }),
	fact('f-role-blinken', 'role', ['a003', 6, 'أنتوني بلينكن'], e('blinken'), { office: 'foreign-minister', country: ent('usa') }),
	fact('f-role-zakharova', 'role', ['a004', 0, 'ماريا زاخاروفا'], e('zakharova'), { office: 'spokesperson', country: ent('russia') }),
	fact('f-role-aliyev', 'role', ['a003', 0, 'إلهام علييف'], e('aliyev'), { office: 'president', country: ent('azerbaijan') }),
	fact('f-role-putin', 'role', ['a002', 0, 'فلاديمير بوتين'], e('putin'), { office: 'president', country: ent('russia') })
];
