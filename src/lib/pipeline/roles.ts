// Office holders from apposition: «<office> <country adjective|country|body> <name>»
// («وزير الخارجية الروسي سيرغي لافروف») and «<name>، <office> <country>». Unknown names become candidates.
import type { Mention } from './entities';
import {
	carryOffices,
	inheritCountries,
	pluralHolders,
	pluralOfficeList,
	possessiveOwner,
	type ListContext
} from './role-lists';
import { memoize } from './memo';
import type { LexiconIndex } from './lexicon';
import { writtenOffset, type Token } from './tokens';
import type { EntityRef } from './types';

export interface RoleMatch {
	office: string;
	country: EntityRef | null;
	/** The person: a lexicon mention, or a candidate name read from the text. */
	person: Mention | null;
	candidate: { ar: string; start: number; end: number } | null;
	/** For a possessive office («وزير خارجيته»): the person whose office it is; the country is theirs. */
	owner?: Mention;
	/** «رئيس الإقليم الانفصالي»: the token of «الإقليم», whose region the article names elsewhere. */
	regionAt?: number;
	/** Token range of the whole role phrase (office, country and name). */
	from: number;
	to: number;
	/** Character range of the office words («وزير الخارجية الروسي»), for display. */
	labelStart: number;
	labelEnd: number;
}

const OFFICES: [string[], string][] = [
	// Longer titles first: the first match wins («نائب رئيس الوزراء» before «نائب رئيس»).
	[['نايب', 'رييس', 'الوزراء'], 'deputy-prime-minister'],
	[['نايب', 'رييس', 'وزراء'], 'deputy-prime-minister'],
	[['نايبه', 'رييس', 'الوزراء'], 'deputy-prime-minister'],
	[['مستشار', 'الامن', 'القومي'], 'national-security-adviser'],
	[['مستشاره', 'الامن', 'القومي'], 'national-security-adviser'],
	[['مستشار', 'المرشد', 'الاعلي'], 'supreme-leader-adviser'],
	[['مستشار', 'المرشد'], 'supreme-leader-adviser'],
	[['المرشد', 'الاعلي'], 'supreme-leader'],
	// «رئيس جهاز الاستخبارات إبراهيم قالن»: the head of an intelligence service, not a president.
	[['رييس', 'جهاز', 'الاستخبارات'], 'intelligence-chief'],
	[['رييس', 'جهاز', 'المخابرات'], 'intelligence-chief'],
	[['مدير', 'جهاز', 'الاستخبارات'], 'intelligence-chief'],
	[['مدير', 'جهاز', 'المخابرات'], 'intelligence-chief'],
	[['رييس', 'الاستخبارات'], 'intelligence-chief'],
	[['رييس', 'المخابرات'], 'intelligence-chief'],
	[['مدير', 'الاستخبارات'], 'intelligence-chief'],
	[['مدير', 'المخابرات'], 'intelligence-chief'],
	[['امين', 'مجلس', 'الامن', 'القومي'], 'security-council-secretary'],
	[['امين', 'مجلس', 'الامن'], 'security-council-secretary'],
	[['سكرتير', 'مجلس', 'الامن', 'القومي'], 'security-council-secretary'],
	[['سكرتير', 'مجلس', 'الامن'], 'security-council-secretary'],
	// «نواب رؤساء وزراء الدول الثلاث: الروسي … والأذربيجاني …»: deputies of several heads of government.
	[['نواب', 'روساء', 'الوزراء'], 'deputy-prime-minister'],
	// «برئاسة نائبي رئيسي الوزراء الأذربيجاني … والأرميني …»: the dual of the same office.
	[['نايبي', 'رييسي', 'الوزراء'], 'deputy-prime-minister'],
	[['نايبا', 'رييسي', 'الوزراء'], 'deputy-prime-minister'],
	[['نواب', 'روساء', 'وزراء'], 'deputy-prime-minister'],
	// Two or more holders of one office, their countries and names after («الرئيسين التركي … والأذربيجاني …»).
	[['الرييسين'], 'president'],
	// «الرؤساء السابقون للإقليم A وB وC»: one office over a list of names (see pluralHolders).
	[['الروساء'], 'president'],
	[['الرييسان'], 'president'],
	[['رييسا', 'وزراء'], 'prime-minister'],
	[['وزيرا', 'الخارجيه'], 'foreign-minister'],
	[['وزيرا', 'خارجيه'], 'foreign-minister'],
	[['وزراء', 'الخارجيه'], 'foreign-minister'],
	[['وزراء', 'خارجيه'], 'foreign-minister'],
	[['وزيرا', 'الدفاع'], 'defense-minister'],
	[['وزيري', 'الدفاع'], 'defense-minister'],
	[['وزراء', 'الدفاع'], 'defense-minister'],
	// «رافق باشينيان وزير خارجيته»: the office of a person named before (see RoleMatch.owner).
	[['وزير', 'خارجيته'], 'foreign-minister'],
	[['وزير', 'دفاعه'], 'defense-minister'],
	[['رييس', 'وزرايه'], 'prime-minister'],
	[['وزير', 'الداخليه'], 'interior-minister'],
	[['وزيره', 'الداخليه'], 'interior-minister'],
	// «رئيسها», «وزير خارجيتها»: the office of a country named earlier in the sentence.
	[['رييسها'], 'president'],
	[['رييس', 'وزرايها'], 'prime-minister'],
	[['وزير', 'خارجيتها'], 'foreign-minister'],
	[['المبعوث', 'الخاص'], 'special-envoy'],
	[['المبعوثه', 'الخاصه'], 'special-envoy'],
	[['المبعوث'], 'special-envoy'],
	[['مبعوث'], 'special-envoy'],
	[['رييس', 'الوزراء'], 'prime-minister'],
	[['رييس', 'وزراء'], 'prime-minister'],
	// «الوزير الأول الأرميني»: the Maghrebi (and French-style) name of the head of government.
	[['الوزير', 'الاول'], 'prime-minister'],
	[['الوزيره', 'الاولي'], 'prime-minister'],
	[['رييسه', 'الوزراء'], 'prime-minister'],
	[['رييسه', 'وزراء'], 'prime-minister'],
	[['وزير', 'الخارجيه'], 'foreign-minister'],
	[['وزير', 'خارجيه'], 'foreign-minister'],
	[['وزيره', 'الخارجيه'], 'foreign-minister'],
	[['وزيره', 'خارجيه'], 'foreign-minister'],
	[['وزيري', 'الخارجيه'], 'foreign-minister'],
	[['وزيري', 'خارجيه'], 'foreign-minister'],
	[['وزير', 'الدفاع'], 'defense-minister'],
	[['وزيره', 'الدفاع'], 'defense-minister'],
	[['المتحدث', 'الرسمي', 'باسم'], 'spokesperson'],
	// «السكرتير الصحفي للرئيس الروسي، دميتري بيسكوف»: a press secretary speaks for the office after him.
	[['السكرتير', 'الصحفي'], 'spokesperson'],
	[['سكرتير', 'صحفي'], 'spokesperson'],
	[['السكرتيره', 'الصحفيه'], 'spokesperson'],
	// «وزير الدولة السابق في الإقليم»: a minister of state.
	[['وزير', 'الدوله'], 'state-minister'],
	[['وزيره', 'الدوله'], 'state-minister'],
	// «المتحدث باسمها»: the spokesperson of the country or body named before (see «ها» below).
	[['المتحدث', 'باسمها'], 'spokesperson'],
	[['المتحدثه', 'باسمها'], 'spokesperson'],
	[['الناطق', 'باسمها'], 'spokesperson'],
	[['الناطقه', 'باسمها'], 'spokesperson'],
	// «النائب في البرلمان الأذربيجاني», «عضو البرلمان الأرميني»: a member of parliament.
	[['النايب', 'في', 'البرلمان'], 'member-of-parliament'],
	[['نايب', 'في', 'البرلمان'], 'member-of-parliament'],
	[['النايبه', 'في', 'البرلمان'], 'member-of-parliament'],
	[['عضو', 'البرلمان'], 'member-of-parliament'],
	[['عضو', 'مجلس', 'النواب'], 'member-of-parliament'],
	// «أمين المظالم في الإقليم»: the ombudsman.
	[['امين', 'المظالم'], 'ombudsman'],
	[['امينه', 'المظالم'], 'ombudsman'],
	[['المتحدث', 'باسم'], 'spokesperson'],
	[['المتحدثه', 'باسم'], 'spokesperson'],
	[['الناطق', 'باسم'], 'spokesperson'],
	[['الناطقه', 'باسم'], 'spokesperson'],
	[['مساعد', 'رييس'], 'presidential-aide'],
	[['مساعد', 'الرييس'], 'presidential-aide'],
	[['مستشار', 'الرييس'], 'presidential-aide'],
	[['مستشار', 'رييس'], 'presidential-aide'],
	[['رييس', 'البرلمان'], 'parliament-speaker'],
	[['رييس', 'مجلس', 'النواب'], 'parliament-speaker'],
	[['رييسه', 'البرلمان'], 'parliament-speaker'],
	[['نايب', 'الرييس'], 'vice-president'],
	[['نايب', 'رييس'], 'vice-president'],
	[['الامين', 'العام'], 'secretary-general'],
	// Offices of international bodies («المفوض السامي للأمم المتحدة لشؤون اللاجئين», «المنسقة المقيمة
	// للأمم المتحدة في أرمينيا», «ممثلة المفوضية السامية لشؤون اللاجئين»): the body follows the office.
	[['المفوض', 'السامي'], 'high-commissioner'],
	[['المفوضه', 'الساميه'], 'high-commissioner'],
	[['المنسق', 'المقيم'], 'resident-coordinator'],
	[['المنسقه', 'المقيمه'], 'resident-coordinator'],
	[['ممثل'], 'representative'],
	[['ممثله'], 'representative'],
	// «الممثل الخاص للاتحاد الأوروبي لجنوب القوقاز»: a body's special representative.
	[['الممثل', 'الخاص'], 'special-representative'],
	[['الممثله', 'الخاصه'], 'special-representative'],
	[['الممثل', 'الاعلي'], 'high-representative'],
	[['الممثله', 'العليا'], 'high-representative'],
	[['رييس', 'المفوضيه'], 'commission-president'],
	[['رييسه', 'المفوضيه'], 'commission-president'],
	[['نظيره'], 'counterpart'],
	// «اتصل وزير الدفاع الروسي بنظيريه الأذربيجاني X والأرميني Y»: two counterparts, one country each.
	[['نظيريه'], 'counterpart'],
	[['نظيرته'], 'counterpart'],
	[['نظيرها'], 'counterpart'],
	[['السفير'], 'ambassador'],
	[['سفير'], 'ambassador'],
	[['المستشار'], 'chancellor'],
	[['المستشاره'], 'chancellor'],
	[['المتحدث'], 'spokesperson'],
	[['المتحدثه'], 'spokesperson'],
	[['الرييس'], 'president'],
	[['رييس'], 'president'],
	[['رييسه'], 'president'],
	[['الرييسه'], 'president']
];

/** Words of a body named between an office and its country («وزارة الخارجية الروسية»). */
const BODY_WORDS = new Set([
	'وزاره',
	'الخارجيه',
	'الرياسه',
	'الحكومه',
	'الدفاع',
	'الكرملين',
	'جمهوريه',
	'دوله',
	'الدوله',
	'الجمهوريه',
	// «وزير خارجية الجمهورية الإسلامية الإيرانية»: the state's full name before its adjective.
	'الاسلاميه',
	'السلطات'
]);

/** Words that cannot be part of a person's name: they end a candidate name. */
const NOT_NAME = new Set([
	'قوله',
	'قولها',
	'قال',
	'قالت',
	'ان',
	'انه',
	'انها',
	'في',
	'علي',
	'من',
	'عن',
	'مع',
	'الي',
	'خلال',
	'يوم',
	'اليوم',
	'امس',
	'الذي',
	'التي',
	'بعد',
	'قبل',
	'لقد',
	'قد',
	'كان',
	'كانت',
	'اكد',
	'اكدت',
	'اعلن',
	'اعلنت',
	'اعرب',
	'دعا',
	'وزير',
	'وزيري',
	'وزراء',
	'رييس',
	'نظيره',
	'نظيرته',
	'نظيريه',
	'بشان',
	'حول',
	'عبر',
	'لدي',
	'هو',
	'هي',
	'عقب',
	'اثناء',
	'امام',
	'بين',
	'منذ',
	'حتي',
	'ايضا',
	'كذلك',
	'اما',
	'ثم',
	'او',
	'لكن',
	'غير',
	'كل',
	'بعض',
	'الجمعه',
	'السبت',
	'الاحد',
	'الاثنين',
	'الثلاثاء',
	'الاربعاء',
	'الخميس',
	'مجددا',
	'سابقا',
	'حاليا',
	'السابق',
	'الحالي',
	'الجديد',
	'المنتخب',
	'المكلف',
	'بالوكاله',
	'شخصيا',
	'نفسه',
	'بدوره',
	'بدورها'
]);

/** «الاتحادي», «الاتحادية»: federal (an office or a state's name). */
const FEDERAL = /^(?:الاتحادي|الاتحاديه)$/;

/** «البلدين», «الدولتين», «الجانبين»: the two countries a dual office belongs to, not named. */
const OWN_COUNTRIES = /^(?:البلدين|الدولتين|الجانبين)$/;

/** Words that describe a holder named after his office and a comma («، الدبلوماسي الإستوني …»). */
const APPOSED_DESCRIPTORS = /^(?:الدبلوماسي|الدبلوماسيه|السفير|السفيره|السياسي|السياسيه|الجنرال)$/;

/** «للشؤون الخارجية», «لشؤون الأمن»: the field of an office, two words. */
const FIELD_WORDS = new Set(['للشوون', 'لشوون']);

/** Honorifics between an office and a name («الشيخ», «الأمير», «السيد»). */
const HONORIFICS = new Set([
	'الشيخ',
	'الشيخه',
	'الامير',
	'الاميره',
	'السيد',
	'السيده',
	'الدكتور',
	'الدكتوره',
	'المشير',
	'الجنرال'
]);

/** Words after an office's country that qualify it: «الخاص» keeps the office, «السابق» makes it former. */
const QUALIFIERS: Record<string, 'same' | 'former'> = {
	الخاص: 'same',
	الخاصه: 'same',
	الحالي: 'same',
	الحاليه: 'same',
	الجديد: 'same',
	الجديده: 'same',
	السابق: 'former',
	السابقه: 'former',
	السابقون: 'former',
	السابقين: 'former',
	الاسبق: 'former',
	الاسبقه: 'former',
	انذاك: 'former',
	حينذاك: 'former',
	حينها: 'former'
};

/** Qualifiers after an office and its country: «المبعوث التركي الخاص», «المستشار الألماني السابق». */
function skipQualifiers(
	tokens: Token[],
	k: number,
	office: string
): { to: number; office: string } {
	let to = k;
	let out = office;
	while (to < k + 2) {
		const q = QUALIFIERS[tokens[to]?.key ?? ''];
		if (!q) break;
		if (q === 'former' && !out.startsWith('former-')) out = `former-${out}`;
		to++;
	}
	return { to, office: out };
}

/** First words of compound Arabic names («عبد الله», «أبو الغيط»). */
const COMPOUND_HEADS = new Set(['عبد', 'ابو', 'بن', 'ابن', 'ال']);

const OFFICES_BY_FIRST = new Map<string, [string[], string][]>();
for (const entry of OFFICES) {
	const first = entry[0][0] ?? '';
	OFFICES_BY_FIRST.set(first, [...(OFFICES_BY_FIRST.get(first) ?? []), entry]);
}

/** «الإقليم» (the region): the one the article is about, named elsewhere in it. */
const REGION_WORD = /^(?:ال)?اقليم$/;
const SEPARATIST = /^(?:الانفصالي|الانفصاليه)$/;

/** The first word of an office held by two («وزيري», «نائبي», «رئيسا»): a dual or a plural. */
const DUAL_OFFICE = /^[وفبل]*(?:وزيري|وزيرا|نايبي|نايبا|رييسي|رييسا|الرييسين|الرييسان|وزراء|نواب)$/;

/** Offices a minister may hold besides his ministry, written first («نائب رئيس الوزراء وزير الخارجية»). */
const JOINT_FIRST = new Set(['deputy-prime-minister', 'prime-minister', 'vice-president']);

/** Words that follow a name in reported speech («… ألين سيمونيان قوله إن»). */
const SPEECH_AFTER = new Set([
	'قوله',
	'قولها',
	'ان',
	'انه',
	'انها',
	'قال',
	'قالت',
	'اكد',
	'اكدت',
	'اعلن',
	'اعلنت'
]);

/** Offices whose first word a token may be, behind «و», «ف», «ب», «ل»: read once per key. */
const officesFor = memoize((key: string): [string[], string][] => {
	const firsts = new Set([
		key,
		key.replace(/^[وف]/, ''),
		key.replace(/^[وف]?[بل]/, ''),
		key.replace(/^[وف]?لل/, 'ال')
	]);
	return [...firsts].flatMap((f) => OFFICES_BY_FIRST.get(f) ?? []);
});

/** «نائب وزير الخارجية», «مساعد وزير الخارجية»: a deputy or an assistant is not the minister. */
const RANKS: Record<string, string> = {
	نايب: 'deputy',
	مساعد: 'assistant',
	وكيل: 'undersecretary'
};

/** «وزير», «وزيرة», with a joined «و» or «ل»: a minister whose portfolio the words after name. */
const MINISTER = /^[وف]?[لب]?وزير[ه]?$/;

/**
 * «وزير البيئة والموارد الطبيعية الأذربيجاني», «وزيرة الصناعة والتكنولوجيا المتقدمة الإماراتية»: a
 * minister of a portfolio no office above names, one to four definite words (joined by «و» or
 * not) and then the country's adjective. The portfolio is not read: the office is «minister».
 */
function portfolioAt(
	tokens: Token[],
	i: number,
	byStart: Map<number, Mention>
): { office: string; to: number } | null {
	if (!MINISTER.test(tokens[i]?.key ?? '')) return null;
	let k = i + 1;
	while (k < i + 5 && !byStart.has(k) && /^و?ال\S{2,}/.test(tokens[k]?.key ?? '')) k++;
	const adj = byStart.get(k);
	if (k === i + 1 || !adj?.adjective || adj.entry.type !== 'country') return null;
	return { office: 'minister', to: k };
}

function matchOffice(tokens: Token[], i: number): { office: string; to: number } | null {
	const t0 = tokens[i];
	if (!t0) return null;
	const rank = RANKS[t0.key.replace(/^[وف]?[بل]?/, '')] ?? RANKS[t0.key.replace(/^[وف]/, '')];
	if (rank) {
		const inner = matchOfficeAt(tokens, i + 1);
		if (inner && /-minister$/.test(inner.office) && inner.office !== 'prime-minister')
			return { office: `${rank}-${inner.office}`, to: inner.to };
	}
	return matchOfficeAt(tokens, i);
}

/**
 * Where the office word itself starts in a role's first token, after a joined «و», «ف», «ب» or «ل»
 * («ورئيس» → «رئيس», «لوزير» → «وزير»), as a character offset in the sentence.
 */
export function officeWordStart(token: Token): number {
	const bare = [
		token.key,
		token.key.replace(/^[وف]/, ''),
		token.key.replace(/^[وف]?[بل]/, '')
	].find((k) => OFFICES_BY_FIRST.has(k) || RANKS[k] !== undefined);
	return token.start + writtenOffset(token.text, token.key.length - (bare ?? token.key).length);
}

function matchOfficeAt(tokens: Token[], i: number): { office: string; to: number } | null {
	const t0 = tokens[i];
	if (!t0) return null;
	const candidates = officesFor(t0.key);
	if (!candidates.length) return null;
	for (const [seq, office] of OFFICES) {
		if (!candidates.some((c) => c[0] === seq)) continue;
		// The first word is one of the forms officesFor read off the first token.
		const ok = seq.every((w, k) => k === 0 || tokens[i + k]?.key === w);
		if (ok) return { office, to: i + seq.length };
	}
	return null;
}

/** The name-like tokens that follow a role phrase: at most three, no function words. */
function candidateAt(
	text: string,
	tokens: Token[],
	i: number,
	index: LexiconIndex,
	afterComma: boolean,
	mentionAt: (k: number) => boolean
): { ar: string; start: number; end: number; to: number } | null {
	const first = tokens[i];
	if (!first) return null;
	const known = index.firstNames.has(first.key);
	let to = i;
	let limit = 3;
	while (to < tokens.length && to - i < limit) {
		const t = tokens[to];
		if (!t) break;
		if (to > i && !/^\s+$/.test(text.slice(tokens[to - 1]?.end ?? 0, t.start))) break;
		// A known name right after is another person («… غاريباشفيلي باشينيان»).
		if (to > i && mentionAt(to)) break;
		// «عبد اللهيان», «أبو الغيط»: the two words count as one part of the name.
		const compound = COMPOUND_HEADS.has(tokens[to - 1]?.key ?? '') && to > i;
		if (COMPOUND_HEADS.has(t.key)) limit++;
		if (
			NOT_NAME.has(t.key) ||
			(t.text.startsWith('ال') && !compound) ||
			/\d/.test(t.key) ||
			/[\u064b-\u064d]/.test(t.text)
		)
			break;
		if (t.key.startsWith('و') && !index.firstNames.has(t.key)) break;
		if (t.key.length < 2) break;
		to++;
	}
	if (to === i) return null;
	// An unknown first word is a name only when the phrase then closes («… حكمت حجييف، قال»).
	const after = text.slice(tokens[to - 1]?.end ?? 0, tokens[to]?.start ?? text.length);
	// «… سردار كيليتش ونظيره الأرميني»: a counterpart after the name closes it too.
	const closes =
		to >= tokens.length ||
		/[،,.:؛]/.test(after) ||
		SPEECH_AFTER.has(tokens[to]?.key ?? '') ||
		/^و(?:نظير|نظيره|نظيرته|نظيرها)$/.test(tokens[to]?.key ?? '');
	// «عبدالله بن زايد آل نهيان»: «بن», «آل», «عبد…» make a compound Arabic name.
	const compoundName =
		/^عبد\S/.test(first.key) || tokens.slice(i + 1, to - 1).some((t) => COMPOUND_HEADS.has(t.key));
	if (!known && (to - i < 2 || !(closes || compoundName))) return null;
	// After a comma an unknown name must be set off by a second comma too («المنسقة المقيمة للأمم
	// المتحدة في أرمينيا، فرانسواز جاكوب، أن …»): the apposition closes where the name does.
	if (afterComma && !known && !/[،,]/.test(after)) return null;
	const start = first.start;
	const end = tokens[to - 1]?.end ?? start;
	return { ar: text.slice(start, end), start, end, to };
}

export function findRoles(
	text: string,
	tokens: Token[],
	mentions: Mention[],
	index: LexiconIndex
): RoleMatch[] {
	const roles: RoleMatch[] = [];
	const byStart = new Map(mentions.map((m) => [m.from, m]));
	const lists: ListContext = {
		text,
		tokens,
		mentions,
		byStart,
		candidateAt: (k) => candidateAt(text, tokens, k, index, false, (x) => byStart.has(x))
	};
	const commaBefore = (n: number): boolean =>
		/^\s*[،,]\s*$/.test(text.slice(tokens[n - 1]?.end ?? 0, tokens[n]?.start ?? 0));
	/** The holder's token after a field «لـ…» and a comma (a describing word and a nationality may
	 * stand before the name); null when no known person stands there. */
	const holderAfterField = (k: number): number | null => {
		// The field: «لجنوب القوقاز …», or the rest of one «لشؤون …» already begun.
		const field =
			/^ل/.test(tokens[k]?.key ?? '') ||
			[k - 1, k - 2].some((n) => FIELD_WORDS.has(tokens[n]?.key ?? ''));
		if (!field || byStart.get(k)?.entry.type === 'person') return null;
		let j = k + 1;
		while (j < Math.min(tokens.length, k + 9) && !commaBefore(j)) {
			if (byStart.get(j)?.entry.type === 'person') return null;
			j++;
		}
		if (!commaBefore(j)) return null;
		if (APPOSED_DESCRIPTORS.test(tokens[j]?.key ?? '')) j++;
		const adj = byStart.get(j);
		if (adj?.adjective) j = adj.to;
		return byStart.get(j)?.entry.type === 'person' ? j : null;
	};
	let i = 0;
	while (i < tokens.length) {
		const found = matchOffice(tokens, i) ?? portfolioAt(tokens, i, byStart);
		if (!found) {
			i++;
			continue;
		}
		let office = found.office;
		let k = found.to;
		let country: EntityRef | null = null;
		let labelEnd = tokens[k - 1]?.end ?? 0;
		let regionAt = -1;
		// «أمين المظالم في الإقليم»: «في» before the region word.
		if (tokens[k]?.key === 'في' && REGION_WORD.test(tokens[k + 1]?.key ?? '')) k++;
		// «رئيسة المفوضية الأوروبية أورسولا فون دير لاين»: the office's last word opens the body's name.
		const body = byStart.get(k - 1);
		if (body && body.to > k && body.entry.type === 'organization' && !body.adjective) {
			country = body.ref;
			k = body.to;
			labelEnd = body.end;
		}
		// Country: an adjective, a country or a body, possibly after «وزارة الخارجية».
		for (let steps = 0; steps < 4 && k < tokens.length && !country; steps++) {
			const m = byStart.get(k);
			if (m && m.entry.type !== 'person' && m.entry.type !== 'region') {
				country = m.ref;
				k = m.to;
				labelEnd = m.end;
				break;
			}
			const t = tokens[k];
			// «مساعد الرئيس للشؤون الخارجية»: the field of an office, before or after its country.
			if (t && FIELD_WORDS.has(t.key) && tokens[k + 1]) {
				k += 2;
				continue;
			}
			// «الناطقة باسم رئيس الوزراء الأرميني، …»: a spokesperson speaks for an office of a country.
			const spokenFor = office === 'spokesperson' ? matchOfficeAt(tokens, k) : null;
			if (spokenFor && (/باسم$/.test(tokens[k - 1]?.key ?? '') || /^لل/.test(t?.key ?? ''))) {
				k = spokenFor.to;
				continue;
			}
			// «رئيس الإقليم الانفصالي», «أمين المظالم في الإقليم»: the region the article is about,
			// resolved from the article's own words (see role-owners).
			if (t && REGION_WORD.test(t.key) && !byStart.get(k + 1)?.adjective) {
				regionAt = k;
				k++;
				if (SEPARATIST.test(tokens[k]?.key ?? '')) k++;
				break;
			}
			// «وزيرا خارجية البلدين جيهون بيراموف وأرارات ميرزويان»: the two countries, by the holders.
			if (t && OWN_COUNTRIES.test(t.key) && DUAL_OFFICE.test(tokens[i]?.key ?? '')) {
				k++;
				break;
			}
			// «المستشار الاتحادي لجمهورية ألمانيا الاتحادية»: «federal» qualifies the office, and the
			// state's full name may follow with «لـ».
			if (t && (FEDERAL.test(t.key) || t.key === 'لجمهوريه')) {
				k++;
				continue;
			}
			if (t && BODY_WORDS.has(t.key)) {
				if (office === 'spokesperson' && t.key === 'الخارجيه')
					office = 'foreign-ministry-spokesperson';
				if (office === 'spokesperson' && (t.key === 'الرياسه' || t.key === 'الكرملين'))
					office = 'presidential-spokesperson';
				k++;
				continue;
			}
			break;
		}
		// «تركيا … والتقى رئيسها، رجب طيب أردوغان»: «ـها» points back to the last country named before,
		// or to a country's body («وأكدت الخارجية الأذربيجانية … المتحدث باسمها»).
		if (!country && /ها$/.test(tokens[k - 1]?.key ?? '')) {
			const antecedent = mentions
				.filter(
					(x) =>
						x.to <= i &&
						x.entry.type === 'country' &&
						(!x.adjective || BODY_WORDS.has(tokens[x.from - 1]?.key ?? ''))
				)
				.pop();
			if (antecedent) country = antecedent.ref;
		}
		// «السفير الإيراني لدى أرمينيا مهدي سبحاني»: where an envoy is posted comes before the name.
		// «المنسقة المقيمة للأمم المتحدة في أرمينيا، فرانسواز جاكوب»: an office of a body, posted in a country.
		const posted = byStart.get(k + 1);
		const postedIn =
			tokens[k]?.key === 'لدي' ||
			(tokens[k]?.key === 'في' &&
				country?.type === 'organization' &&
				posted?.entry.type === 'country');
		if (country && postedIn && posted && !posted.adjective) {
			k = posted.to;
		}
		// «مساعد الرئيس الأذربيجاني للشؤون الخارجية حكمت حاجييف»: the field may follow the country.
		if (country && FIELD_WORDS.has(tokens[k]?.key ?? '') && tokens[k + 1]) {
			k += 2;
			labelEnd = tokens[k - 1]?.end ?? labelEnd;
		}
		const qualified = skipQualifiers(tokens, k, office);
		if (qualified.to > k) {
			office = qualified.office;
			labelEnd = tokens[qualified.to - 1]?.end ?? labelEnd;
			k = qualified.to;
		}
		// «وزير الدولة السابق في الإقليم», «الرؤساء السابقون للإقليم»: the region after the qualifier.
		if (!country && regionAt < 0) {
			const at = tokens[k]?.key === 'في' ? k + 1 : k;
			const key = (tokens[at]?.key ?? '').replace(/^لل/, 'ال');
			if (REGION_WORD.test(key) && !byStart.get(at + 1)?.adjective) {
				regionAt = at;
				k = at + 1;
				if (SEPARATIST.test(tokens[k]?.key ?? '')) k++;
			}
		}
		const owner = country ? null : possessiveOwner(lists, i, found.to);
		if (country?.id === 'kremlin' && office === 'spokesperson')
			office = 'presidential-spokesperson';
		// «وزيري الخارجية الأذربيجاني والأرميني جيهون بيراموف وأرارات ميرزويان»: two offices, two names in order.
		const second = byStart.get(k);
		if (country && second?.adjective && (tokens[k]?.key ?? '').startsWith('و')) {
			const p1 = byStart.get(second.to);
			const p2 = p1 ? byStart.get(p1.to) : undefined;
			if (p1?.entry.type === 'person' && p2?.entry.type === 'person') {
				const labelStart = tokens[i]?.start ?? 0;
				roles.push({
					office,
					country,
					person: p1,
					candidate: null,
					from: i,
					to: p1.to,
					labelStart,
					labelEnd
				});
				roles.push({
					office,
					country: second.ref,
					person: p2,
					candidate: null,
					from: p1.to,
					to: p2.to,
					labelStart,
					labelEnd: second.end
				});
				i = p2.to;
				continue;
			}
		}
		// «نائبي رئيسي الوزراء الأذربيجاني شاهين مصطفاييف والأرميني مهير غريغوريان»: a dual office, each
		// country adjective followed by its holder.
		const p1 = byStart.get(k);
		const adj2 = p1 ? byStart.get(p1.to) : undefined;
		const p2 = adj2 ? byStart.get(adj2.to) : undefined;
		if (
			country &&
			p1?.entry.type === 'person' &&
			adj2?.adjective &&
			(tokens[p1.to]?.key ?? '').startsWith('و') &&
			p2?.entry.type === 'person' &&
			DUAL_OFFICE.test(tokens[i]?.key ?? '')
		) {
			const labelStart = tokens[i]?.start ?? 0;
			roles.push(
				{ office, country, person: p1, candidate: null, from: i, to: p1.to, labelStart, labelEnd },
				{
					office,
					country: adj2.ref,
					person: p2,
					candidate: null,
					from: p1.to,
					to: p2.to,
					labelStart,
					labelEnd: tokens[found.to - 1]?.end ?? labelEnd
				}
			);
			i = p2.to;
			continue;
		}
		// «لجمهورية ألمانيا الاتحادية أولاف شولتس»: the state's full name ends with «الاتحادية».
		if (country && FEDERAL.test(tokens[k]?.key ?? '')) k++;
		// «الممثل الخاص للاتحاد الأوروبي لجنوب القوقاز والأزمة في جورجيا، الدبلوماسي الإستوني تويفو كلار»:
		// a body's office, the region or matter it serves («لـ…») up to a comma, then the holder known to
		// the lexicon, after a word that describes him and his nationality.
		const apposed = country?.type === 'organization' ? holderAfterField(k) : null;
		if (apposed !== null) k = apposed;
		// «وزير الخارجية الإماراتي الشيخ عبدالله بن زايد»: an honorific before the name.
		while (
			HONORIFICS.has(tokens[k]?.key ?? '') &&
			/^\s+$/.test(text.slice(tokens[k - 1]?.end ?? 0, tokens[k]?.start ?? 0))
		)
			k++;
		const gap = text.slice(tokens[k - 1]?.end ?? 0, tokens[k]?.start ?? 0);
		const afterComma = apposed !== null || /^\s*[،,]\s*$/.test(gap);
		const plain = /^\s*$/.test(gap);
		const m = byStart.get(k);
		const labelStart = tokens[i]?.start ?? 0;
		if (m && m.entry.type === 'person' && (plain || afterComma)) {
			roles.push({
				office,
				country,
				person: m,
				candidate: null,
				from: i,
				to: m.to,
				labelStart,
				labelEnd,
				...(owner ? { owner } : {}),
				...(regionAt >= 0 ? { regionAt } : {})
			});
			i = m.to;
			continue;
		}
		if (!m && (plain || afterComma) && (country || owner)) {
			const c = candidateAt(text, tokens, k, index, afterComma, (x) => byStart.has(x));
			if (c) {
				roles.push({
					office,
					country,
					person: null,
					candidate: { ar: c.ar, start: c.start, end: c.end },
					from: i,
					to: c.to,
					labelStart,
					labelEnd,
					...(owner ? { owner } : {}),
					...(regionAt >= 0 ? { regionAt } : {})
				});
				i = c.to;
				continue;
			}
		}
		roles.push({
			office,
			country,
			person: null,
			candidate: null,
			from: i,
			to: k,
			labelStart,
			labelEnd,
			...(owner ? { owner } : {}),
			...(regionAt >= 0 ? { regionAt } : {})
		});
		i = Math.max(k, i + 1);
	}
	// «الرئيس الروسي … مع نظيره الفرنسي إيمانويل ماكرون»: a counterpart holds the same office.
	roles.forEach((r, k) => {
		if (r.office !== 'counterpart') return;
		const before = roles
			.slice(0, k)
			.reverse()
			.find((x) => x.office !== 'counterpart');
		r.office = before ? before.office : 'unknown';
	});
	// «نائب رئيس الوزراء وزير الخارجية الكازاخستاني مراد نورتليو»: a head's or deputy head's office
	// written bare right before a minister's is held by the same person, of the same country.
	roles.forEach((r, k) => {
		const next = roles[k + 1];
		if (r.person || r.candidate || r.country || !next || next.from !== r.to) return;
		if (!JOINT_FIRST.has(r.office) || !/-minister$/.test(next.office)) return;
		if (!next.person && !next.candidate) return;
		if (!/^\s+$/.test(text.slice(tokens[r.to - 1]?.end ?? 0, tokens[next.from]?.start ?? 0)))
			return;
		r.country = next.country;
		r.person = next.person;
		r.candidate = next.candidate;
		r.to = next.to;
	});
	// «حكمت حجييف، مساعد رئيس أذربيجان»: the name first, then the office.
	for (const m of mentions) {
		if (m.entry.type !== 'person' || roles.some((r) => r.person === m)) continue;
		const next = tokens[m.to];
		if (!next || !/^\s*[،,]\s*$/.test(text.slice(m.end, next.start))) continue;
		const r = roles.find((x) => x.from === m.to && !x.person && !x.candidate && x.country);
		if (r) {
			r.person = m;
			r.from = m.from;
		}
	}
	// «وبمشاركة السيد سيرغي لافروف وزير خارجية روسيا، والسيد هاكان فيدان وزير خارجية تركيا»: in a list,
	// a name right before an office of a country holds it. Only where the name opens a list item (after
	// an honorific, a comma, «و» or a word of taking part): after a verb the office may be its object
	// («استقبل بوتين وزير الخارجية الأرميني»).
	for (const m of mentions) {
		if (m.entry.type !== 'person' || roles.some((r) => r.person === m)) continue;
		const next = tokens[m.to];
		if (!next || !/^\s+$/.test(text.slice(m.end, next.start))) continue;
		const r = roles.find((x) => x.from === m.to && !x.person && !x.candidate && x.country);
		if (!r || !opensListItem(text, tokens, m.from)) continue;
		r.person = m;
		r.from = m.from;
	}
	// «فحذّر علي أكبر ولايتي، مستشار المرشد الأعلى الإيراني»: an unknown name first, then the office.
	for (const r of roles) {
		if (r.person || r.candidate || !r.country) continue;
		const c = candidateBefore(text, tokens, r.from, byStart);
		if (c) {
			r.candidate = { ar: c.ar, start: c.start, end: c.end };
			r.from = c.from;
		}
	}
	roles.push(...carryOffices(lists, roles));
	roles.push(...pluralOfficeList(lists, roles));
	roles.push(...pluralHolders(lists, roles));
	roles.sort((a, b) => a.from - b.from);
	inheritCountries(lists, roles);
	return roles;
}

/** Words after which a name opens an item of a list of people («بمشاركة», «بحضور», «مع»). */
const LIST_OPENERS = /^[وف]?(?:بمشاركه|بحضور|مع|ومع)$/;

/**
 * Whether the name at token `from` opens an item of a list: after an honorific («والسيد»), a comma
 * or a word of taking part.
 */
function opensListItem(text: string, tokens: Token[], from: number): boolean {
	const name = tokens[from];
	if (!name) return false;
	let k = from - 1;
	while (k >= 0 && HONORIFICS.has((tokens[k]?.key ?? '').replace(/^و/, ''))) k--;
	const prev = tokens[k];
	if (!prev) return true;
	if (k < from - 1) return true;
	if (/[،,:]\s*$/.test(text.slice(prev.end, tokens[k + 1]?.start ?? 0))) return true;
	return LIST_OPENERS.test(prev.key);
}

/** Verbs of saying after which a name opens the clause («حذّر», «قال», «أكد»). */
const SAY_VERBS = new Set([
	'قال',
	'قالت',
	'اكد',
	'اكدت',
	'حذر',
	'حذرت',
	'اعلن',
	'اعلنت',
	'اعتبر',
	'اعتبرت',
	'اشار',
	'اشارت',
	'صرح',
	'صرحت',
	'شدد',
	'شددت',
	'راي',
	'رات',
	'دعا',
	'دعت',
	'اضاف',
	'اضافت',
	'وصف',
	'وصفت',
	'رحب',
	'رحبت',
	'انتقد',
	'انتقدت'
]);

/**
 * The unknown name before «، <office> <country>», two or three words right after a verb of saying
 * («فحذّر علي أكبر ولايتي، مستشار …») or at the start of the sentence.
 */
function candidateBefore(
	text: string,
	tokens: Token[],
	officeFrom: number,
	byStart: Map<number, Mention>
): { ar: string; start: number; end: number; from: number } | null {
	const comma = text.slice(tokens[officeFrom - 1]?.end ?? 0, tokens[officeFrom]?.start ?? 0);
	if (!/^\s*[،,]\s*$/.test(comma)) return null;
	for (let len = 2; len <= 3; len++) {
		const from = officeFrom - len;
		if (from < 0) break;
		const words = tokens.slice(from, officeFrom);
		const joined = words.every(
			(t, n) => n === 0 || /^\s+$/.test(text.slice(tokens[from + n - 1]?.end ?? 0, t.start))
		);
		if (!joined) break;
		const nameLike = words.every(
			(t, n) =>
				!t.text.startsWith('ال') &&
				!/[\d\u064b-\u064d]/.test(t.text) &&
				t.key.length >= 2 &&
				!byStart.has(from + n) &&
				(!NOT_NAME.has(t.key) || (n === 0 && t.key === 'علي'))
		);
		if (!nameLike) break;
		const prev = tokens[from - 1];
		const opens =
			!prev ||
			/[،,.:؛]/.test(text.slice(prev.end, tokens[from]?.start ?? 0)) ||
			SAY_VERBS.has(prev.key.replace(/^[وف]/, ''));
		if (!opens) continue;
		const start = tokens[from]?.start ?? 0;
		const end = tokens[officeFrom - 1]?.end ?? start;
		return { ar: text.slice(start, end), start, end, from };
	}
	return null;
}
