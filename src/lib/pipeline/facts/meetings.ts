// Meetings, summits, talks and calls: who hosted, sponsored, mediated, arranged or chaired them,
// where and when they took place and who took part. All facts of one meeting share an event id.
import { cueKey, cueOf, gapBefore, gluedBa, keyIs, type SentenceInfo } from '../analyze';
import type { Mention } from '../entities';
import { fnv1a } from '../hash';
import type { RoleMatch } from '../roles';
import type { Token } from '../tokens';
import type { DateValue, EntityRef, EventType, FactSubject, MeetingRelation } from '../types';
import { entityRef } from '../lexicon';
import { officeOfRole } from '../offices';
import { isDelegationWord } from '../role-lists';
import { dateTie } from './date-ties';
import { dateKey, evidence, type Draft } from './draft';
import { eventStem } from './event-dates';
import {
	antecedent,
	callParties,
	clauseFrom,
	countryOf,
	gatherers,
	honourHosts,
	personsIn,
	placeBeforeWhere,
	placeCountry,
	RECEIVES_PRONOUN,
	type Found
} from './meeting-clauses';

const NOUNS: Record<string, EventType> = {
	قمه: 'summit',
	قمم: 'summit',
	محادثات: 'talks',
	مباحثات: 'talks',
	مفاوضات: 'talks',
	جوله: 'talks',
	اجتماع: 'meeting',
	اجتماعا: 'meeting',
	اجتماعات: 'meeting',
	لقاء: 'meeting',
	لقاءا: 'meeting',
	لقاءات: 'meeting',
	جلسه: 'meeting',
	جلسات: 'meeting',
	استقبال: 'meeting',
	محادثه: 'talks',
	مكالمه: 'call',
	اتصال: 'call',
	اتصالا: 'call'
};
/**
 * «التقى», «التقت», «التقيا», «التقتا», «التقوا», «يلتقي», «تلتقيان», «سيلتقون», «اجتمع», «اجتمعت»,
 * «اجتمعتا», «يجتمعان», «ستجتمع»: a verb of meeting in the third person, either gender and number,
 * past, present or future (normalised, a leading «و» or «ف» already stripped by cueOf).
 */
const MEET_FORMS =
	/^(?:التق(?:ي|يا|ت|تا|وا)|اجتمع(?:ا|ت|تا|وا)?|س?[يت]لتق(?:ي|يان|ون|ين)|س?[يت]جتمع(?:ان|ون|ن)?)$/;
/** «التقاه», «التقته», «التقوه», «يلتقيها»: the verb with its object as a pronoun. */
const MEET_WITH_OBJECT = /^(?:التق(?:ا|ت|و)|س?[يت]لتقي)(?:ه|ها|هم|هما|هن)$/;

/**
 * Whether a word is a verb of meeting. `withObject` also takes one with an object pronoun, which a
 * count of meetings may have («التقاه ثلاث مرات») but a meeting's cue may not: the pronoun hides a party.
 */
export function isMeetVerb(key: string, withObject = false): boolean {
	return MEET_FORMS.test(key) || (withObject && MEET_WITH_OBJECT.test(key));
}
/** «استقبل علييف باشينيان»: receiving someone is meeting them. */
const RECEIVE_VERBS = new Set(['استقبل', 'استقبلت']);
/** Verbs whose subject and objects before the meeting noun are its parties («عقدت أذربيجان وأرمينيا جولة»). */
const HOLD_VERBS = new Set([
	'بحث',
	'بحثا',
	'يبحث',
	'تبحث',
	'عقد',
	'عقدت',
	'يعقد',
	'تعقد',
	'سيعقد',
	'ستعقد',
	'سيعقدون',
	'عقدا',
	'عقدوا',
	'اجري',
	'اجرت',
	'يجري',
	'تجري',
	'اجريا',
	'اجروا',
	// «اختتم الوزيران جولة مباحثات», «استأنف الطرفان المفاوضات»: closing or resuming a round.
	'اختتم',
	'اختتما',
	'اختتموا',
	'يختتم',
	'تختتم',
	'استانف',
	'استانفا',
	'استانفوا',
	'يستانف',
	'تستانف'
]);
/** «بحث لافروف مع نظيره …»: a discussion verb with «مع» is a meeting by itself. */
const DISCUSS_VERBS = new Set([
	'بحث',
	'بحثا',
	'يبحث',
	'تبحث',
	'ناقش',
	'ناقشت',
	'يناقش',
	'تناقش',
	'تباحث',
	'تباحثا',
	'تشاور',
	'تشاورا'
]);
/** Words before a meeting verb that are not its subject («… باشينيان قد التقى»). */
const SUBJECT_SKIP = new Set(['قد', 'لقد', 'وقد', 'فقد', 'امس', 'اليوم', 'بدوره', 'بدورها']);
const HOST_VERBS = new Set([
	'استضاف',
	'استضافت',
	'يستضيف',
	'تستضيف',
	'ستستضيف',
	'سيستضيف',
	'احتضن',
	'احتضنت',
	'يحتضن',
	'تحتضن',
	'سيحتضن',
	'ستحتضن'
]);
/** «قمة استضافها ترامب», «جولات احتضنتها فيينا»: a host verb whose object is the meeting just named. */
const HOST_VERBS_OF_IT = [
	'استضافها',
	'استضافتها',
	'استضافته',
	'احتضنها',
	'احتضنتها',
	'احتضنه',
	'احتضنته'
];
/** «استضافهما», «استضافتهم»: a host verb whose object pronoun is the guests. */
const HOSTED_THEM = ['استضافهما', 'استضافهم', 'استضافتهما', 'استضافتهم'];
/** «الذي», «التي», «الذين», «اللذين», «اللتين»: relative pronouns. */
const RELATIVE = /^(?:الذي|التي|اللذين|اللتين|الذين)$/;
const PHONE = new Set(['هاتفيه', 'هاتفي', 'هاتفيا']);

interface AgentCue {
	relation: MeetingRelation;
	/** Phrase (normalised tokens) and whether the agent follows it or may precede it (verbs). */
	seq: string[];
	verb: boolean;
}
const AGENT_CUES: AgentCue[] = [
	{ relation: 'host', seq: ['استضاف'], verb: true },
	{ relation: 'host', seq: ['استضافت'], verb: true },
	{ relation: 'host', seq: ['يستضيف'], verb: true },
	{ relation: 'host', seq: ['تستضيف'], verb: true },
	{ relation: 'host', seq: ['ستستضيف'], verb: true },
	{ relation: 'host', seq: ['سيستضيف'], verb: true },
	{ relation: 'host', seq: ['استقبل'], verb: true },
	{ relation: 'host', seq: ['استقبلت'], verb: true },
	{ relation: 'host', seq: ['بضيافه'], verb: false },
	{ relation: 'host', seq: ['استضافه'], verb: true },
	// «حيث استقبله علييف»: the receiver follows the verb; the guest is the pronoun.
	...['استقبله', 'استقبلها', 'استقبلهم', 'استقبلهما'].map((v) => ({
		relation: 'host' as const,
		seq: [v],
		verb: true
	})),
	...[...HOST_VERBS]
		.filter((v) => v.startsWith('احتضن') || /^[يت]حتضن|^س[يت]حتضن/.test(v))
		.map((v) => ({ relation: 'host' as const, seq: [v], verb: true })),
	...HOST_VERBS_OF_IT.map((v) => ({ relation: 'host' as const, seq: [v], verb: true })),
	// «ميشال، الذي استضافهما في بروكسل»: hosting the two (or more) named before.
	...HOSTED_THEM.map((v) => ({ relation: 'host' as const, seq: [v], verb: true })),
	{ relation: 'sponsor', seq: ['تحت', 'رعايه'], verb: false },
	{ relation: 'sponsor', seq: ['رعايه'], verb: false },
	{ relation: 'sponsor', seq: ['ترعاها'], verb: true },
	{ relation: 'sponsor', seq: ['يرعاها'], verb: true },
	// «اتفاق رعته موسكو»: the sponsor follows the past verb and its pronoun.
	...['رعاه', 'رعته', 'رعاها', 'رعتها'].map((v) => ({
		relation: 'sponsor' as const,
		seq: [v],
		verb: true
	})),
	{ relation: 'mediator', seq: ['باشراف'], verb: false },
	{ relation: 'mediator', seq: ['تشرف', 'عليها'], verb: true },
	{ relation: 'mediator', seq: ['يشرف', 'عليها'], verb: true },
	{ relation: 'mediator', seq: ['تشرف', 'عليه'], verb: true },
	{ relation: 'mediator', seq: ['وساطه'], verb: false },
	{ relation: 'mediator', seq: ['توسطت'], verb: true },
	{ relation: 'mediator', seq: ['توسط'], verb: true },
	{ relation: 'mediator', seq: ['تتوسط'], verb: true },
	{ relation: 'mediator', seq: ['يتوسط'], verb: true },
	{ relation: 'arranger', seq: ['تدبير', 'من'], verb: false },
	{ relation: 'arranger', seq: ['دعوه', 'من'], verb: false },
	{ relation: 'arranger', seq: ['رتب'], verb: true },
	{ relation: 'arranger', seq: ['رتبت'], verb: true },
	{ relation: 'arranger', seq: ['نظم'], verb: true },
	{ relation: 'arranger', seq: ['نظمت'], verb: true },
	{ relation: 'chair', seq: ['تراس'], verb: true },
	{ relation: 'chair', seq: ['تتراس'], verb: true },
	{ relation: 'chair', seq: ['يتراس'], verb: true },
	{ relation: 'chair', seq: ['تراست'], verb: true },
	{ relation: 'chair', seq: ['برياسه'], verb: false },
	// «ويتولى رئاسة المجموعة من الجانب الروسي نائب رئيس الوزراء …»: who takes the chair.
	{ relation: 'chair', seq: ['يتولي', 'رياسه'], verb: true },
	{ relation: 'chair', seq: ['تتولي', 'رياسه'], verb: true },
	{ relation: 'chair', seq: ['تولي', 'رياسه'], verb: true },
	{ relation: 'chair', seq: ['تولت', 'رياسه'], verb: true }
];
const LIST_STOPS = new Set([
	'في',
	'وفي',
	'علي',
	'الي',
	'حول',
	'بشان',
	'عن',
	'خلال',
	'منذ',
	'عند',
	'لدي'
]);
const AGENT_FIRST = new Set(AGENT_CUES.map((c) => c.seq[0] ?? ''));
/** Words that open a list of parties. */
const PARTY_OPENERS = new Set([
	'بين',
	'مع',
	'مشاركه',
	'حضور',
	'زعماء',
	'زعيمي',
	'قاده',
	'روساء',
	'رءساء',
	'وزراء',
	'وزيري',
	'رييسي',
	'يضم',
	'تضم',
	'ضم',
	'ضمت',
	'يشمل',
	'تشمل',
	'جمع',
	'جمعت',
	'يجمع',
	'تجمع',
	'جانب',
	'دعيت',
	'دعي',
	'استقبال'
]);
/** «جمع», «ضمت»: a verb whose subject is a meeting, with those it gathers after it. */
const GATHER = '(?:جمعت|جمع|ضمت|ضم)';
/** «وجمعت», «وضمت»: a verb whose subject is the meeting, joined on after a relative clause. */
const JOINED_GATHER = new RegExp(`^و${GATHER}$`, 'u');
/** «وجمعت», «ضم»: a gathering verb that opens a clause after a comma, its subject the meeting before. */
const BARE_GATHER = new RegExp(`^و?${GATHER}$`, 'u');
/** «جمعته بالرئيس …», «جمعتهما بـ…»: the meeting gathered the one named before with those after «بـ». */
const GATHERED_HIM_WITH = new RegExp(`^${GATHER}(?:ه|ها|هما|هم)$`, 'u');
/** «جمعت», «ضمت»: a verb right before the meeting noun, whose subject the meeting is. */
const GATHERED_BY_IT = new RegExp(`^[وف]?${GATHER}$`, 'u');
/** «أجراها», «عقدها»: holding the meeting just named, its subject after it. */
const HELD_IT = /^(?:اجراها|اجراه|اجرتها|اجرياها|عقدها|عقدتها|عقداها)$/;
/** «بلاده», «حكومتها», «دولته»: the speaker's side, whose part in a meeting he tells of. */
const SIDE_OF_SPEAKER = /^[وفبل]?(?:بلاد|حكوم[هت]|دول[هت]|بلد)(?:ه|ها)$/;
/** «بمشاركة», «وبمشاركة», «بحضور»: who took part, after the meeting's clause. */
const ATTENDANCE = /^[وف]?ب(?:مشاركه|حضور)$/;
/** Plural nouns of officials whose nationality adjectives name the sides («مسؤولين أرمينيين وأذربيجانيين»). */
const PEOPLE_NOUNS = new Set([
	'مسوولين',
	'مسوولون',
	'مسوولي',
	'ممثلين',
	'ممثلي',
	'دبلوماسيين',
	'نظرايه',
	'نظراءه',
	'وفودا',
	'وفدين'
]);
/** Verbs whose subjects are the parties of the sentence's meeting («اتفقت أرمينيا وأذربيجان … بعد محادثات»). */
const AGREE = new Set([
	'اتفق',
	'اتفقت',
	'اتفقا',
	'اتفقوا',
	'تتفق',
	'يتفق',
	'تعهد',
	'تعهدت',
	'تعهدا',
	'وقع',
	'وقعت',
	'وقعا'
]);
/** Words that deny the noun after them («دون أي وسيط», «بلا وساطة», «غير وسيط»). */
const NO_MEDIATOR = /^(?:دون|بدون|بلا|لا|غير|ودون|وبدون)$/;
/** Nouns naming mediators, whose names come before them («بروكسل وواشنطن كانا وسطاء»). */
const MEDIATOR_NOUNS = new Set([
	'وسطاء',
	'وسيط',
	'وسيطا',
	'وسيطين',
	'كوسيط',
	'كوسيطين',
	'كوسطاء',
	'وسيطان'
]);
/** «بذلت تركيا … جهود وساطة»: the subject of the effort verb is the mediator. */
const EFFORT_VERBS = new Set([
	'بذل',
	'بذلت',
	'تبذل',
	'يبذل',
	'بذلا',
	'قاد',
	'قادت',
	'تقود',
	'يقود'
]);
/** Words that may sit between a meeting noun and the adjectives naming its parties. */
const MEETING_QUALIFIERS = new Set([
	'ثناييه',
	'ثلاثيه',
	'رباعيه',
	'خماسيه',
	'مباشره',
	'ثنايي',
	'ثلاثي',
	'رباعي',
	'خماسي'
]);
/** Other dated things a sentence may name: a date right after one of them is its date, not the meeting's. */
const OTHER_DATED = new Set([
	'اتفاق',
	'اتفاقات',
	'اتفاقيه',
	'اتفاقا',
	'هدنه',
	'حرب',
	'اشتباكات',
	'مواجهات',
	'وساطه',
	'بيان',
	'تصريحات',
	'غزو',
	'هجوم',
	'قصف',
	'انتخابات',
	'زياره',
	'توقيع',
	'اعلان'
]);
/** Nouns of officials or bodies: «في» after them says whose they are, not where a meeting is
 * («أمناء مجالس الأمن في أرمينيا وأذربيجان»). */
const OFFICIALS = new Set([
	'امناء',
	'امين',
	'امينا',
	'مجالس',
	'مجلسي',
	'الامن',
	'وزراء',
	'وزيري',
	'ممثلي',
	'ممثلين',
	'روساء',
	'رءساء',
	'قاده',
	'زعماء',
	'سفراء',
	'سفيري',
	'مسوولين',
	'مسوولي',
	'مسوولون',
	'مستشاري',
	'برلماني',
	'حكومتي',
	'البرلمانين',
	'الحكومتين'
]);
/** Prepositions that use an event only to date something else («قبيل الاجتماع», «بعد القمة»). */
const TIME_REFERENCE = new Set(['قبل', 'قبيل', 'بعد', 'عقب', 'منذ', 'اثر', 'اعقاب']);
/** Words that make a meeting planned rather than held: offers, schedules, the future. */
const PLANNED = new Set([
	'عرض',
	'عرضت',
	'اقترح',
	'اقترحت',
	'استعداد',
	'استعدادها',
	'استعداده',
	'استعدادهم',
	'تعتزم',
	'يعتزم',
	'المقرر',
	'المقرره',
	'مقرر',
	'مقرره',
	'المقبل',
	'المقبله',
	'القادم',
	'القادمه',
	'المرتقب',
	'المرتقبه',
	'المزمع',
	'المزمعه',
	'المنتظر',
	'المنتظره',
	'تستعد',
	'يستعد',
	'دعا',
	'دعت'
]);
/** Words allowed between a place preposition and the place («في العاصمة المولدافية كيشيناو»). */
const PLACE_DESCRIPTORS = new Set([
	'العاصمه',
	'عاصمه',
	'مدينه',
	'المدينه',
	'منتجع',
	'ولايه',
	'مقر',
	'قصر',
	// «في ضاحية أرلينغتون قرب واشنطن»
	'ضاحيه',
	'ضواحي',
	// «في مقر إقامته "بوتشاروف روتشي"»: a leader's residence, named after «مقر إقامة».
	'اقامه',
	'اقامته',
	'اقامتها'
]);
/** A descriptor with «ب» is a place preposition of its own: «بمدينة إسطنبول», «بضواحي واشنطن». */
const AT_DESCRIPTOR = /^[وف]?ب(?:مدينه|ضواحي|ضاحيه|العاصمه)$/;
/** «أن تشهد مدينة غرناطة … لقاءً»: the place witnesses the meeting. */
const WITNESS = /^[وف]?(?:تشهد|شهدت|يشهد|شهد|ستشهد|سيشهد)$/;
const SPEECH = new Set([
	'قال',
	'قالت',
	'اعلن',
	'اعلنت',
	'اكد',
	'اكدت',
	'صرح',
	'صرحت',
	'اضاف',
	'اضافت',
	'افاد',
	'افادت',
	'ذكر',
	'ذكرت',
	'اقترح',
	'اقترحت',
	'عرض',
	'عرضت',
	'دعا',
	'دعت',
	'اعرب',
	'اعربت'
]);

export interface Cue {
	from: number;
	to: number;
	type: EventType;
	verb: 'meet' | 'hold' | 'host' | null;
	/** A discussion verb with «مع»: talks by itself unless a meeting noun follows. */
	discuss?: boolean;
	/** Offered, proposed, scheduled or in the future tense, rather than held. */
	planned?: boolean;
	/** A delegation or an escort («وضم الوفد الأذري …», «رافق باشينيان …»): members of a meeting named
	 * just before, never a meeting by itself. */
	joinsOnly?: boolean;
	/** A visit made at someone's invitation («في زيارة رسمية تلبية لدعوة من نظيره …»): the visitor meets
	 * whoever invited them, at the place the visitor goes to. */
	visit?: boolean;
	/** The signing of a joint document («وقّعا معه بياناً مشتركاً»): its signers take part in it. It
	 * tells of no meeting by itself (leaders may sign apart), so alone it is a process ('other'). */
	signing?: boolean;
}

interface EventMention {
	info: SentenceInfo;
	cue: Cue;
	place?: { ref: EntityRef; start: number; end: number };
	dates: { value: DateValue; start: number; end: number }[];
	participants: { ref: EntityRef; start: number; end: number }[];
	/** `convenes`: a host that holds the meeting of others (`convenerOf`). */
	agents: {
		relation: MeetingRelation;
		ref: EntityRef;
		start: number;
		end: number;
		convenes?: true;
	}[];
}

function matchSeq(tokens: Token[], i: number, seq: string[]): boolean {
	return seq.every((w, k) => {
		const t = tokens[i + k];
		return !!t && (k === 0 ? cueOf(t).includes(w) : t.key === w);
	});
}

const cueCache = new WeakMap<SentenceInfo, Cue[]>();

/** Meeting nouns and verbs of a sentence; adjacent ones («جولة جديدة من المحادثات») form one cue.
 * Read once per sentence: event dates and meeting facts both ask for them. */
export function findMeetingCues(info: SentenceInfo): Cue[] {
	const cached = cueCache.get(info);
	if (cached) return cached;
	const cues = findMeetingCuesUncached(info);
	cueCache.set(info, cues);
	return cues;
}

function findMeetingCuesUncached(info: SentenceInfo): Cue[] {
	const cues: Cue[] = [];
	info.tokens.forEach((t, i) => {
		const keys = cueOf(t);
		if (delegationCue(info, i)) {
			cues.push({ from: i, to: i + 1, type: 'meeting', verb: 'meet', joinsOnly: true });
			return;
		}
		let type: EventType | null = null;
		let verb: Cue['verb'] = null;
		let to = i + 1;
		for (const k of keys) {
			if (NOUNS[k]) type = NOUNS[k] ?? null;
			else if (isMeetVerb(k) || RECEIVE_VERBS.has(k)) {
				type = 'meeting';
				verb = 'meet';
			} else if (HOST_VERBS.has(k)) {
				type = 'meeting';
				verb = 'host';
			} else if (RECEIVES_PRONOUN.test(k)) {
				type = 'meeting';
				verb = 'meet';
			}
			if (type) break;
		}
		if (!type && signsJointly(info, i)) {
			cues.push({ from: i, to: i + 1, type: 'meeting', verb: null, signing: true });
			return;
		}
		if (!type && keys.includes('زياره') && invitationAfter(info, i)) {
			cues.push({ from: i, to: i + 1, type: 'meeting', verb: null, visit: true });
			return;
		}
		if (!type) {
			if (keys.some((k) => DISCUSS_VERBS.has(k)) && withFollows(info, i + 1))
				cues.push({ from: i, to: i + 1, type: 'other', verb: 'hold', discuss: true });
			else if (keys.some((k) => HOLD_VERBS.has(k)))
				cues.push({ from: i, to: i + 1, type: 'other', verb: 'hold' });
			return;
		}
		if ((type === 'talks' || type === 'call') && PHONE.has(info.tokens[i + 1]?.key ?? '')) {
			type = 'call';
			to = i + 2;
		}
		if (type === 'call' && !PHONE.has(info.tokens[i + 1]?.key ?? '')) return;
		cues.push({ from: i, to, type, verb });
	});
	// A hold verb only counts when a meeting noun follows it closely; it then lends its parties.
	const merged: Cue[] = [];
	for (const cue of cues) {
		const prev = merged[merged.length - 1];
		if (
			prev &&
			cue.from - prev.to <= 14 &&
			clauseBarrier(info, prev.to) > cue.from &&
			(prev.verb === 'hold' || prev.verb === 'host') &&
			prev.type !== cue.type &&
			cue.verb === null
		) {
			prev.type = prev.type === 'other' || prev.type === 'meeting' ? cue.type : prev.type;
			prev.to = cue.to;
			continue;
		}
		// «جولة محادثات», «عقد … جولة محادثات»: a noun right after another cue names the same meeting.
		if (prev && cue.from - prev.to <= 3 && cue.verb === null && prev.verb !== 'meet') {
			if (prev.type === 'meeting' || cue.type === 'call' || cue.type === 'summit')
				prev.type = cue.type;
			prev.to = cue.to;
			continue;
		}
		merged.push(cue);
	}
	for (const c of merged) {
		if (c.discuss && c.type === 'other') {
			c.type = 'talks';
			c.verb = 'meet';
		}
		if (isPlanned(info, c)) c.planned = true;
	}
	const kept = merged.filter((c) => c.type !== 'other');
	// «ناقش الاجتماع … خلال المحادثات الأمريكية العام الماضي»: talks a meeting recalls, with their own
	// date, are an earlier event (facts/date-ties.ts), not the meeting.
	const recalled = info.dates.flatMap((d) => {
		const tied = d.date.relative ? dateTie(info, d, kept) : null;
		return tied ? [tied.noun] : [];
	});
	return recalled.length
		? kept.filter((c) => !recalled.some((k) => k >= c.from && k < c.to))
		: kept;
}

/** «رافق», «يرافقه», «برفقة»: who came with someone. */
const ESCORT = /^[وف]?(?:رافق|رافقه|رافقت|رافقته|رافقها|يرافق|يرافقه|ترافق|ترافقه|برفقه)$/;
/** «ضم», «يضم»: what a delegation counts, when «الوفد» follows or comes just before. */
const COUNTS = /^[وف]?(?:ضم|ضمت|يضم|تضم)$/;

function delegationCue(info: SentenceInfo, i: number): boolean {
	const key = info.tokens[i]?.key ?? '';
	if (ESCORT.test(key)) return true;
	if (!COUNTS.test(key)) return false;
	return [i - 2, i - 1, i + 1].some((k) => isDelegationWord(info.tokens[k]?.key ?? ''));
}

/** «وقّع», «وقّعا», «يوقّعان»: signing. */
const SIGN_VERBS = /^[وف]?(?:وقع|وقعا|وقعوا|وقعت|وقعتا|يوقع|يوقعان|سيوقع|سيوقعان|توقع|ستوقع)$/;
/** What is signed jointly: a statement, a declaration, an agreement, a memorandum, a document. */
const DOCUMENTS = /^(?:بيانا|بيان|اعلانا|اعلان|اتفاقا|اتفاق|اتفاقيه|مذكره|وثيقه|معاهده)$/;

/**
 * «وقّعا معه بياناً مشتركاً», «وقّع علييف وباشينيان، مساء الجمعة في البيت الأبيض، إعلاناً مشتركاً»,
 * «وقّع وزيرا الخارجية … بالأحرف الأولى على نص اتفاقية السلام»: a verb of signing whose object, a
 * few words on (an adverbial set off by commas may come between), is a document that is called joint
 * or that two people or more sign.
 */
function signsJointly(info: SentenceInfo, i: number): boolean {
	if (signedIt(info, i)) return signers(info, i).length >= 2;
	if (signingBy(info, i) !== null) return signers(info, i).length >= 2;
	if (!SIGN_VERBS.test(info.tokens[i]?.key ?? '')) return false;
	let commas = 0;
	for (let k = i + 1; k < Math.min(info.tokens.length, i + 18); k++) {
		const gap = gapBefore(info, k);
		if (/[.:؛;]/.test(gap) || (/[،,]/.test(gap) && ++commas > 2)) return false;
		const doc = info.tokens[k];
		if (!doc || !cueOf(doc).some((c) => DOCUMENTS.test(c))) continue;
		if (/^(?:ال)?مشترك[اه]?$/.test(info.tokens[k + 1]?.key ?? '')) return true;
		return signers(info, i).length >= 2;
	}
	return false;
}

/** «التوقيع», «توقيع»: the verbal noun of signing. */
const SIGNING_NOUN = /^[وف]?(?:ال)?توقيع$/;

/**
 * «تم في البيت الأبيض التوقيع بالأحرف الأولى على نص الاتفاقية من قبل وزير الخارجية X ووزير خارجية
 * أذربيجان Y»: the signing told with its verbal noun (in statements, after an impersonal «تم»/«جرى»),
 * a document after «على», and the signers after «من قبل». Returns the token after «من قبل», else null.
 */
function signingBy(info: SentenceInfo, i: number): number | null {
	if (!SIGNING_NOUN.test(info.tokens[i]?.key ?? '')) return null;
	let document = false;
	for (let k = i + 1; k < Math.min(info.tokens.length - 1, i + 16); k++) {
		const gap = gapBefore(info, k);
		if (/[.:؛;،,]/.test(gap)) return null;
		if (cueOf(info.tokens[k]!).some((c) => DOCUMENTS.test(c))) document = true;
		if (document && info.tokens[k]?.key === 'من' && info.tokens[k + 1]?.key === 'قبل') return k + 2;
	}
	return null;
}

/** «وقّعه», «وقّعاه», «وقّعوها»: a signing verb whose object is the pronoun of a document. */
const SIGNED_IT = /^[وف]?(?:وقعه|وقعاه|وقعوه|وقعته|وقعتاه|وقعها|وقعاها|وقعوها|وقعتها)$/;

/** «ببيان ثلاثي وقّعه بوتين وعلييف وباشينيان»: the document just before the verb, its signers after. */
function signedIt(info: SentenceInfo, i: number): boolean {
	if (!SIGNED_IT.test(info.tokens[i]?.key ?? '')) return false;
	for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
		if (/[،,.:؛;]/.test(info.text.slice(info.tokens[k]?.end ?? 0, info.tokens[k + 1]?.start ?? 0)))
			return false;
		if (cueOf(info.tokens[k]!).some((c) => DOCUMENTS.test(c))) return true;
	}
	return false;
}

/** The signers after «وقّعه»: the names right after the verb, joined by «و». */
function signersAfter(info: SentenceInfo, at: number): Found[] {
	const out: Found[] = [];
	let k = at + 1;
	for (;;) {
		const found = personsIn(info, k, k + 6)[0];
		const t = info.tokens[k];
		if (!found || !t || found.start > (info.tokens[k + 3]?.start ?? Infinity)) break;
		if (out.length && !t.key.startsWith('و')) break;
		const to = info.tokens.findIndex((x) => x.start >= found.end);
		out.push(found);
		if (to < 0) break;
		k = to;
	}
	return out;
}

/** «معه», «معهما», «معها»: with the one named before the signers. */
const WITH_HIM = /^(?:معه|معها|معهما|معهم)$/;

/**
 * The signers of a joint document: the people named before the verb in its clause (after a «أن»),
 * those between the verb and the document («ووقّع علييف وباشينيان إعلاناً مشتركاً»), and, for
 * «وقّعا معه», the one named before the signers.
 */
function signers(info: SentenceInfo, at: number): Found[] {
	if (signedIt(info, at)) return signersAfter(info, at);
	const by = signingBy(info, at);
	if (by !== null) return partiesFrom(info, by, punctLimit(info, by - 1));
	let from = clauseFrom(info, at);
	for (let k = at - 1; k >= from; k--)
		if (/^[وف]?(?:ان|انه|انها|بان)$/.test(info.tokens[k]?.key ?? '')) {
			from = k + 1;
			break;
		}
	const before = personsIn(info, from, at);
	const doc = info.tokens.findIndex(
		(t, k) => k > at && k < at + 18 && cueOf(t).some((c) => DOCUMENTS.test(c))
	);
	const after = doc > at ? personsIn(info, at + 1, doc) : [];
	const out = [...before, ...after];
	const first = out[0];
	if (first && WITH_HIM.test(info.tokens[at + 1]?.key ?? '')) {
		const partner = antecedent(
			info,
			info.tokens.findIndex((t) => t.start >= first.start)
		);
		if (partner && !out.some((p) => p.start === partner.start)) out.unshift(partner);
	}
	return out;
}

/** «تلبية لدعوة من», «بدعوة من» within a few words after a visit (one comma may come between). */
function invitationAfter(info: SentenceInfo, p: number): boolean {
	let commas = 0;
	for (let k = p + 1; k < Math.min(info.tokens.length, p + 10); k++) {
		if (/[،,]/.test(gapBefore(info, k))) commas++;
		if (commas > 1 || /[.:؛;]/.test(gapBefore(info, k))) return false;
		const t = info.tokens[k];
		if (t && cueOf(t).includes('دعوه') && info.tokens[k + 1]?.key === 'من') return true;
	}
	return false;
}

/** «مع» within a few words of p, in the same clause. */
function withFollows(info: SentenceInfo, p: number): boolean {
	const end = Math.min(clauseBarrier(info, p + 1), p + 10);
	for (let k = p; k < end; k++) if (info.tokens[k]?.key === 'مع') return true;
	return false;
}

/** The subject written just before a meeting verb («وكان رئيس الوزراء … باشينيان قد التقى»). */
function subjectBefore(info: SentenceInfo, p: number): Found | null {
	let k = p;
	while (k > 0 && SUBJECT_SKIP.has(info.tokens[k - 1]?.key ?? '')) k--;
	const gap = gapBefore(info, k);
	if (/[،,:؛;.()]/.test(gap)) return null;
	const role = info.roles.find((r) => r.to === k && (r.person || r.candidate));
	if (role?.person) return { ref: role.person.ref, start: role.person.start, end: role.person.end };
	if (role?.candidate) return candidateFound(role);
	const m = info.mentions.find(
		(x) => x.to === k && !x.adjective && (x.entry.type === 'person' || x.entry.type === 'country')
	);
	return m ? { ref: m.ref, start: m.start, end: m.end } : null;
}

/** «باشينيان وعلييف يلتقيان»: the subject and the names joined to it by «و». */
function subjectsBefore(info: SentenceInfo, p: number): Found[] {
	const first = subjectBefore(info, p);
	if (!first) return [];
	const out = [first];
	let at = info.mentions.find((x) => x.start === first.start)?.from ?? -1;
	while (at > 0 && (info.tokens[at]?.key ?? '').startsWith('و')) {
		const prev = subjectBefore(info, at);
		if (!prev) break;
		out.unshift(prev);
		at = info.mentions.find((x) => x.start === prev.start)?.from ?? -1;
	}
	return out;
}

/** Future verbs («سيعقد», «ستلتقي») or offer and schedule words just around the cue. */
function isPlanned(info: SentenceInfo, c: Cue): boolean {
	const barrier = clauseStart(info, c.from);
	for (let k = Math.max(barrier, c.from - 6); k < Math.min(info.tokens.length, c.to + 3); k++) {
		const t = info.tokens[k];
		if (!t) continue;
		if (keyIs(t, PLANNED)) return true;
		if (k >= c.from - 3 && k <= c.from && /^[وف]?س[يت]/.test(t.key) && FUTURE_STEMS.test(t.key))
			return true;
	}
	return false;
}

/** Stems of meeting verbs in the future tense («سيعقد», «ستستضيف», «سيلتقيان»). */
const FUTURE_STEMS = /^[وف]?س[يت](عقد|لتقي|جتمع|ستضيف|بحث|جري|شارك|زور)/;

/** The first token of the clause that holds token p. */
function clauseStart(info: SentenceInfo, p: number): number {
	for (let k = p; k > 0; k--) {
		const gap = gapBefore(info, k);
		if (/[،,:؛;.!?؟]/.test(gap)) return k;
	}
	return 0;
}

/** The person named right after a nationality («الأرميني أرارات ميرزويان»), which only introduces them. */
function personAfter(info: SentenceInfo, nationality: Mention): Mention | undefined {
	return info.mentions.find(
		(x) => x.from === nationality.to && !x.adjective && x.entry.type === 'person'
	);
}

function inRole(roles: RoleMatch[], m: Mention): RoleMatch | undefined {
	return roles.find((r) => m.from >= r.from && m.to <= r.to);
}

/** The first token at or after p that follows punctuation: an agent phrase never crosses it. */
function punctLimit(info: SentenceInfo, p: number): number {
	for (let k = p + 1; k < info.tokens.length; k++) {
		const gap = gapBefore(info, k);
		if (/[،,:؛;.()"«»“”!?؟]/.test(gap)) return k;
	}
	return info.tokens.length;
}

/** The entities a cue's agent phrase names from token p: role persons, names, or a country adjective
 * («بوساطة روسية»), joined by و, up to the next punctuation. */
/** Agent verbs whose object pronoun is the meeting or the guest: their subject follows them. */
const PRONOUN_OBJECT = /^(?:[^\s]+(?:ها|هم|هما)|استقبله|رعاه|رعته)$/;

/** Hosting verbs whose object may be a guest rather than the meeting («استضاف ماكرون علييف»). */
const GUEST_VERBS = new Set([
	'استضاف',
	'استضافت',
	'يستضيف',
	'تستضيف',
	'سيستضيف',
	'ستستضيف',
	// «مستعد لاستضافة علييف وباشينيان»: the verbal noun, once its host is named before it.
	'استضافه'
]);

/**
 * How many of the names after a hosting verb are its subject: the first, and those joined to it by
 * «و» («استضاف ماكرون وشولتس …»); the first name after them without «و» is the object, a guest.
 */
function subjectCount(info: SentenceInfo, found: Found[]): number {
	let n = 1;
	while (n < found.length) {
		const prev = found[n - 1]!;
		const next = info.tokens.find((t) => t.start >= prev.end);
		if (!next || !next.key.startsWith('و') || next.start > found[n]!.start) break;
		n++;
	}
	return Math.min(n, found.length);
}

/** «نظيره», «نظيريه», «نظيرته», «نظراءه»: the guest's counterpart noun before the names. */
const COUNTERPARTS = /^و?(?:نظير|نظيره|نظيريه|نظيرته|نظيرتيه|نظرايه|نظراءه|نظيريهم)$/;

/**
 * The guests after a receiving verb's host: past a date («يوم الاثنين», «أمس») and a counterpart
 * noun, the names joined by «و», each possibly led by its nationality («والأذربيجاني جيهون بيرموف»).
 */
function guestsAfter(info: SentenceInfo, hostEnd: number): Found[] {
	let k = info.tokens.findIndex((t) => t.start >= hostEnd);
	if (k < 0) return [];
	for (let skipped = 0; skipped < 4 && k < info.tokens.length; skipped++) {
		// «يوم ٢٧ سبتمبر»: «يوم» opens a date that starts at its day.
		const date = dateAdjunctAt(info, k);
		// «استقبل بوتين في الكرملين باشينيان»: the venue may stand between host and guest.
		const venue = /^و?في$/.test(info.tokens[k]?.key ?? '')
			? info.mentions.find(
					(x) =>
						x.from === k + 1 &&
						!x.adjective &&
						['city', 'place', 'country', 'organization'].includes(x.entry.type)
				)
			: undefined;
		if (date) k = date.to;
		else if (venue) k = venue.to;
		// «يوم الجمعة المقبل»: the date leaves its «next» or «last» outside.
		else if (/^(المقبل|القادم|الماضي|المنصرم|الفايت)$/.test(info.tokens[k]?.key ?? '')) k++;
		else if (COUNTERPARTS.test(info.tokens[k]?.key ?? '')) k++;
		else break;
	}
	const out: Found[] = [];
	const limit = punctLimit(info, k);
	while (k < limit) {
		const role = info.roles.find((r) => r.from === k && r.to > k);
		const m = info.mentions.find((x) => x.from === k);
		if (role?.person) {
			out.push({ ref: role.person.ref, start: role.person.start, end: role.person.end });
			k = role.to;
		} else if (role?.candidate) {
			out.push(candidateFound(role));
			k = role.to;
		} else if (m?.adjective) {
			// The nationality before a name («الأرميني أرارات ميرزويان») only introduces it.
			const next = personAfter(info, m);
			if (!next) break;
			out.push({ ref: next.ref, start: next.start, end: next.end });
			k = next.to;
		} else if (m && m.entry.type === 'person') {
			out.push({ ref: m.ref, start: m.start, end: m.end });
			k = m.to;
		} else break;
		if (!(info.tokens[k]?.key ?? '').startsWith('و') && !info.mentions.some((x) => x.from === k))
			break;
	}
	return out;
}

/** What a chair presides over: a side, a delegation, a meeting or a committee. */
const CHAIRED = /^(?:جانب|وفد|وفود|اجتماع|اجتماعات|جلسه|جلسات|لجنه|لجان|محادثات|مفاوضات)$/;

/**
 * «وترأس الجانب الأرميني في الاجتماع نائب رئيس الوزراء مهير غريغوريان»: the object of «ترأس» comes
 * first (what is chaired, its country, where), then its subject, the chair. Returns the token after
 * that object, or p when none is written there.
 */
function chairedObjectEnd(info: SentenceInfo, p: number): number {
	const chaired = (k: number): boolean => {
		const t = info.tokens[k];
		return !!t && cueOf(t).some((c) => CHAIRED.test(c));
	};
	if (!chaired(p)) return p;
	let k = p + 1;
	for (let hops = 0; hops < 4 && k < info.tokens.length; hops++) {
		const adj = info.mentions.find((m) => m.from === k && m.adjective);
		if (adj) k = adj.to;
		else if (/^[وف]?في$/.test(info.tokens[k]?.key ?? '') && chaired(k + 1)) k += 2;
		else break;
	}
	const named =
		info.roles.some((r) => r.from === k) || info.mentions.some((m) => m.from === k && !m.adjective);
	return named ? k : p;
}

function agentsAfter(info: SentenceInfo, p: number): Found[] {
	// «جهود وساطة، والتقى رئيسها …»: a comma right after the cue ends its phrase.
	if (/[،,.:؛;]/.test(gapBefore(info, p))) return [];
	const limit = punctLimit(info, p);
	const out: Found[] = [];
	let k = p;
	while (k < limit) {
		const role = info.roles.find((r) => r.from === k && r.to > k);
		if (role && (role.person || role.candidate || role.country)) {
			const who = role.person ?? null;
			const office = officeFound(info, role);
			if (who) out.push({ ref: who.ref, start: who.start, end: who.end });
			else if (role.candidate) out.push(candidateFound(role));
			else if (office) out.push(office);
			else if (role.country)
				out.push({
					ref: role.country,
					start: info.tokens[role.to - 1]?.start ?? 0,
					end: info.tokens[role.to - 1]?.end ?? 0
				});
			k = role.to;
			continue;
		}
		const m = info.mentions.find((x) => x.from === k);
		if (m && !m.adjective && m.entry.type !== 'region') {
			out.push({ ref: m.ref, start: m.start, end: m.end });
			k = m.to;
			if (!(info.tokens[k]?.key ?? '').startsWith('و')) break;
			continue;
		}
		if (m && m.adjective) {
			// «العاصمة الكازاخية أستانا»: the adjective describes the name that follows it directly.
			const next = info.mentions.find((x) => x.from === m.to && !x.adjective);
			const direct = next && next.start === info.tokens[next.from]?.start && m.to < limit;
			k = m.to;
			if (!direct) {
				out.push({ ref: m.ref, start: m.start, end: m.end });
				if (!(info.tokens[k]?.key ?? '').startsWith('و')) break;
			}
			continue;
		}
		if (out.length || k - p >= 2) break;
		k++;
	}
	return out;
}

/** «أبدت موسكو استعدادها لاستضافة …», «أعربت عن رغبتها في رعاية …»: readiness before an agent noun. */
const READINESS = /^(?:(?:استعداد|رغبت|نيت)(?:ه|ها|هم|هما)|مستعد|مستعده|مستعدان|مستعدون)$/;

function agentBefore(info: SentenceInfo, at: number): Found | null {
	// «وكانت العاصمة الإيرانية طهران قد احتضنت»: «قد» between the subject and the verb.
	let p = info.tokens[at - 1]?.key === 'قد' ? at - 1 : at;
	// «أبدت موسكو (عن) استعدادها لاستضافة», «بوتين مستعد لاستضافة»: the one ready to host is named
	// before its readiness.
	if (READINESS.test(info.tokens[p - 1]?.key ?? '')) {
		p--;
		if (info.tokens[p - 1]?.key === 'عن') p--;
	}
	const m = info.mentions.find((x) => x.to === p && !x.adjective);
	if (m && /^\s*$/.test(info.text.slice(m.end, info.tokens[p]?.start ?? m.end))) {
		const role = inRole(info.roles, m);
		const who = role?.person ?? m;
		return { ref: who.ref, start: who.start, end: who.end };
	}
	const role = info.roles.find((r) => r.to === p && (r.person || r.country));
	if (role?.person) return { ref: role.person.ref, start: role.person.start, end: role.person.end };
	return role ? officeFound(info, role) : null;
}

/** The person or place a relative pronoun at token r refers to: named right before it (a comma may
 * stand between), or the holder of a role phrase ending there. */
function antecedentOf(info: SentenceInfo, r: number): Found | null {
	const m = info.mentions.find((x) => x.to === r && !x.adjective);
	if (!m || !/^\s*[،,]?\s*$/.test(info.text.slice(m.end, info.tokens[r]?.start ?? m.end)))
		return null;
	const who = inRole(info.roles, m)?.person ?? m;
	return { ref: who.ref, start: who.start, end: who.end };
}

/**
 * «من الجانب الروسي نائب رئيس الوزراء أليكسي أوفرتشوك، ومن الجانب الأذربيجاني …»: after a chair
 * cue, the holder of the role phrase that follows each «من الجانب <adjective>» (within 30 words).
 */
function sideChairs(info: SentenceInfo, from: number, known: Found[]): Found[] {
	const out: Found[] = [];
	for (let k = from; k < Math.min(info.tokens.length, from + 30); k++) {
		if (!/^و?من$/.test(info.tokens[k]?.key ?? '') || info.tokens[k + 1]?.key !== 'الجانب') continue;
		const adj = info.mentions.find((m) => m.from === k + 2 && m.adjective);
		const role = adj ? info.roles.find((r) => r.from === adj.to && r.person) : undefined;
		const who = role?.person;
		if (who && !known.some((x) => x.start === who.start) && !out.some((x) => x.start === who.start))
			out.push({ ref: who.ref, start: who.start, end: who.end });
	}
	return out;
}

/** An office named without its holder («رئيس المجلس الأوروبي»), as the agent. */
function officeFound(info: SentenceInfo, role: RoleMatch): Found | null {
	return officeOfRole(role, info);
}

/** A list of parties from token p: role persons and entities joined by و or commas. */
function partiesFrom(
	info: SentenceInfo,
	p: number,
	limit: number,
	verbObject = false
): { ref: EntityRef; start: number; end: number }[] {
	const out: { ref: EntityRef; start: number; end: number }[] = [];
	let k = p;
	let skipped = 0;
	let counterparts = false;
	while (k < Math.min(limit, info.tokens.length)) {
		const date = info.dates.find((d) => d.from === k);
		if (date) {
			k = date.to;
			continue;
		}
		const role = info.roles.find((r) => r.from === k && r.to > k);
		if (role) {
			if (role.person)
				out.push({ ref: role.person.ref, start: role.person.start, end: role.person.end });
			else if (role.candidate) out.push(candidateFound(role));
			else if (role.country)
				out.push({
					ref: role.country,
					start: info.tokens[role.to - 1]?.start ?? 0,
					end: info.tokens[role.to - 1]?.end ?? 0
				});
			k = role.to;
			skipped = 0;
			continue;
		}
		const m = info.mentions.find((x) => x.from === k);
		if (m && !m.adjective && m.entry.type !== 'region' && m.entry.type !== 'place') {
			out.push({ ref: m.ref, start: m.start, end: m.end });
			k = m.to;
			skipped = 0;
			continue;
		}
		const t = info.tokens[k];
		const key = t?.key ?? '';
		// «التقى بلينكن نظيريه الأرميني أرارات ميرزويان والأذربيجاني جيهون بيراموف»: after the first
		// party, a counterpart noun, then each name led by its nationality.
		if (out.length && COUNTERPARTS.test(key)) {
			counterparts = true;
			k++;
			continue;
		}
		const named =
			(counterparts || (out.length > 0 && skipped > 0)) && m?.adjective
				? personAfter(info, m)
				: undefined;
		if (named) {
			out.push({ ref: named.ref, start: named.start, end: named.end });
			k = named.to;
			skipped = 0;
			continue;
		}
		// «التقى باشينيان على هامش القمة رئيسة المفوضية …»: the sidelines phrase stands between the
		// subject and the one met; the list goes on at the next office or person.
		if (key === 'علي' && info.tokens[k + 1]?.key === 'هامش' && out.length) {
			let j = k + 2;
			const isParty = (n: number): boolean =>
				info.roles.some((r) => r.from === n && (r.person || r.candidate)) ||
				info.mentions.some((x) => x.from === n && x.entry.type === 'person');
			while (j < Math.min(limit, k + 8) && !isParty(j)) {
				const gap = gapBefore(info, j);
				if (/[،,.:؛;]/.test(gap) || !/^ال/.test(info.tokens[j]?.key ?? '')) break;
				j++;
			}
			if (isParty(j)) {
				k = j;
				skipped = 0;
				continue;
			}
		}
		// «التقى علييف، يوم 17 فبراير، في مدينة ميونيخ الألمانية باشينيان»: a meeting verb's subject
		// may be followed by its date and place before its object; the list goes on past them only
		// when a person or an office follows.
		if (verbObject && out.length === 1) {
			const past = adjunctsEnd(info, k);
			if (past > k && partyAt(info, past)) {
				k = past;
				skipped = 0;
				continue;
			}
		}
		// A preposition ends the list: «اجتماعاً ثلاثياً في موسكو» names a place, not a party
		// (but «جمعت في السادس من أكتوبر علييف وباشينيان» only dates it).
		const dated = info.dates.find((d) => d.from === k + 1);
		if (LIST_STOPS.has(key) && dated) {
			k = dated.to;
			continue;
		}
		// «بين أمناء مجالس الأمن في أرمينيا وأذربيجان»: the countries after the officials are the parties.
		if (
			!out.length &&
			(key === 'في' || key === 'وفي') &&
			OFFICIALS.has(info.tokens[k - 1]?.key ?? '')
		) {
			k++;
			skipped = 0;
			continue;
		}
		// «بحضور ممثلين عن قيادة قوات حفظ السلام»: representatives «of» a side stand for it.
		if (key === 'عن' && PEOPLE_NOUNS.has(info.tokens[k - 1]?.key ?? '')) {
			k++;
			continue;
		}
		// «بين ممثلين عن الأرمن في الإقليم والنائب …»: «في» still describes those representatives; the
		// list goes on after the place it names.
		const described =
			!out.length &&
			(key === 'في' || key === 'وفي') &&
			info.tokens.slice(Math.max(0, k - 3), k).some((x) => PEOPLE_NOUNS.has(x.key)) &&
			(info.tokens[k + 2]?.key ?? '').startsWith('و');
		if (described) {
			k += 2;
			continue;
		}
		if (LIST_STOPS.has(key)) break;
		// «اجتمع باشينيان مع علييف»: «مع» joins the parties of a meeting like «و».
		// «يلتقي بوتين كلاً من علييف وباشينيان»: «كلاً من» opens the list.
		if (key === 'كل' || key === 'كلا' || key === 'من' || (key === 'مع' && out.length)) {
			k++;
			continue;
		}
		// «يلتقي ويتكوف مسؤولين أرمينيين وأذربيجانيين»: the officials' nationalities are the sides.
		if (PEOPLE_NOUNS.has(key) && info.mentions.find((x) => x.from === k + 1)?.adjective) {
			k++;
			for (let a = info.mentions.find((x) => x.from === k); a?.adjective;) {
				if (a.entry.type === 'country') out.push({ ref: a.ref, start: a.start, end: a.end });
				k = a.to;
				const nextAdj = info.mentions.find((x) => x.from === k);
				a = nextAdj?.adjective && (info.tokens[k]?.key ?? '').startsWith('و') ? nextAdj : undefined;
			}
			skipped = 0;
			continue;
		}
		// Between items only و, commas or one short word («رئيسها») may appear.
		const gap = info.text.slice(info.tokens[k - 1]?.end ?? 0, t?.start ?? 0);
		if (out.length && !key.startsWith('و') && !/^\s*[،,]\s*$/.test(gap)) break;
		if (m && m.adjective && skipped < 2) {
			k = m.to;
			skipped++;
			continue;
		}
		// Up to three words may open the list («وزيرا خارجية البلدين جيهون بيراموف»), one between items.
		if (++skipped > (out.length ? 1 : 3)) break;
		k++;
	}
	return out;
}

/** Words that open a date adjunct before the date itself («يوم 17 فبراير», «في 17 فبراير»). */
const DATE_OPENERS = new Set(['يوم', 'في', 'امس', 'اليوم']);

/** The date that starts at token k, or right after a word that opens a date adjunct there. */
function dateAdjunctAt(info: SentenceInfo, k: number) {
	return (
		info.dates.find((d) => d.from === k) ??
		(DATE_OPENERS.has(info.tokens[k]?.key ?? '')
			? info.dates.find((d) => d.from === k + 1)
			: undefined)
	);
}

/**
 * Past the date and place adjuncts that start at token k («، يوم 17 فبراير، في مدينة ميونيخ
 * الألمانية»), each set off by commas or not; k itself when none starts there. A place is «في», an
 * optional descriptor («مدينة», «العاصمة»), a city or country, and the adjectives after it.
 */
function adjunctsEnd(info: SentenceInfo, k: number): number {
	let at = k;
	for (let guard = 0; guard < 4; guard++) {
		const key = info.tokens[at]?.key ?? '';
		const date = dateAdjunctAt(info, at);
		if (date) {
			at = date.to;
			continue;
		}
		if (key !== 'في') break;
		let j = at + 1;
		if (PLACE_DESCRIPTORS.has(info.tokens[j]?.key ?? '')) j++;
		const place = info.mentions.find(
			(m) => m.from === j && !m.adjective && (m.entry.type === 'city' || m.entry.type === 'country')
		);
		if (!place) break;
		j = place.to;
		for (let a = info.mentions.find((m) => m.from === j); a?.adjective;) {
			j = a.to;
			a = info.mentions.find((m) => m.from === j);
		}
		at = j;
	}
	return at;
}

/**
 * «وفي براغ أيضاً، التقى أردوغان …»: a place set before the sentence's first clause, the meeting verb
 * opening the clause right after it.
 */
function frontedPlace(info: SentenceInfo, cue: Cue): Found | null {
	if (cue.verb !== 'meet' || !/^[وف]?في$/.test(info.tokens[0]?.key ?? '')) return null;
	let j = PLACE_DESCRIPTORS.has(info.tokens[1]?.key ?? '') ? 2 : 1;
	const place = info.mentions.find((m) => m.from === j && placeAt0(m.entry.type) && !m.adjective);
	if (!place) return null;
	j = place.to;
	if (/^(?:ايضا|كذلك)$/.test(info.tokens[j]?.key ?? '')) j++;
	const gap = gapBefore(info, j);
	if (j !== cue.from || !/^\s*[،,]\s*$/.test(gap)) return null;
	return { ref: place.ref, start: place.start, end: place.end };
}

function placeAt0(type: string): boolean {
	return type === 'city' || type === 'country' || type === 'region';
}

/** Whether a person or an office (a role phrase or a person the lexicon knows) starts at token k. */
function partyAt(info: SentenceInfo, k: number): boolean {
	return (
		info.roles.some((r) => r.from === k && r.to > k) ||
		info.mentions.some((m) => m.from === k && m.entry.type === 'person')
	);
}

/** Gatherings named after their city («مؤتمر ميونخ للأمن», «منتدى دافوس»). */
const GATHERINGS = new Set(['موتمر', 'منتدي', 'قمه', 'اجتماعات', 'اعمال', 'دوره']);
const SIDELINES = new Set(['هامش']);

/** Buildings a meeting is held in: a palace, a house («دار الضيافة»), a hotel, a hall. */
const VENUES = new Set(['قصر', 'دار', 'فندق', 'قاعه']);

/**
 * «في قصر الوطن», «في دار الضيافة الحكومية»: a building named after «في», as the meeting's venue. A
 * palace takes its one-word name; a house, hotel or hall its definite name and adjectives after it.
 */
function palaceAt(info: SentenceInfo, k: number): EventMention['place'] | undefined {
	const word = info.tokens[k];
	const name = info.tokens[k + 1];
	if (!word || !name || !/^(?:ب|في|وفي)$/.test(info.tokens[k - 1]?.key ?? '')) return undefined;
	if (!VENUES.has(word.key) || /^و/.test(name.key) || /\d/.test(name.key)) return undefined;
	if (!/^\s+$/.test(info.text.slice(word.end, name.start))) return undefined;
	if (info.mentions.some((m) => m.from === k + 1)) return undefined;
	let last = name;
	if (word.key !== 'قصر') {
		if (!name.key.startsWith('ال')) return undefined;
		for (let n = k + 2; n < k + 4; n++) {
			const t = info.tokens[n];
			if (!t || !t.key.startsWith('ال') || !/^\s+$/.test(info.text.slice(last.end, t.start))) break;
			if (info.mentions.some((m) => m.from === n)) break;
			last = t;
		}
	}
	const ar = info.text.slice(word.start, last.end);
	return {
		ref: { id: null, type: 'place', ar, arCanonical: ar, en: null },
		start: word.start,
		end: last.end
	};
}

/** «أثناء», «خلال», «لدى», «عند» before a verbal noun: the clause it opens is the meeting's moment. */
const DURING = new Set(['اثناء', 'خلال', 'لدي', 'عند']);

/** Verbs whose subject is the meeting itself («عُقدت», «اختتمت», «انطلقت», «جرت»), normalised; and the
 * impersonal «تم»/«جرى» of statements («تم اليوم في البيت الأبيض التوقيع …»). */
const HELD_VERBS =
	/^[وف]?(?:عقدت|تعقد|ستعقد|يعقد|سيعقد|اختتمت|اختتم|تختتم|انطلقت|انطلق|تنطلق|بدات|تبدا|استونفت|استانفت|انتهت|جرت|تجري|ستجري|اجريت|تم|تمت|جري)$/;

/** A place for a meeting: «في <place>», «بواشنطن», «قمة سوتشي». */
function placeAt(info: SentenceInfo, m: Mention, cue: Cue): boolean {
	if (m.adjective) return false;
	// «في الكرملين»: a seat of government the lexicon places in a country is a venue.
	const seat = m.entry.type === 'organization' && !!m.entry.country;
	if (!['city', 'country', 'place'].includes(m.entry.type) && !seat) return false;
	const before = info.text.slice(0, m.start);
	// Inside parentheses right after another place: a descriptor («غرناطة (جنوب إسبانيا)»).
	if (/\([^)]*$/.test(before)) return false;
	const token = info.tokens[m.from];
	if (token && gluedBa(token, m.start)) return true;
	if (m.from === cue.to && cue.verb === null && cue.type !== 'other') return true;
	// «على هامش مؤتمر ميونخ للأمن»: the gathering a meeting was held beside is named after its city.
	if (
		m.entry.type === 'city' &&
		keyIs(info.tokens[m.from - 1], GATHERINGS) &&
		keyIs(info.tokens[m.from - 2], SIDELINES)
	)
		return true;
	let k = m.from - 1;
	let hops = 0;
	while (k >= 0 && hops < 3) {
		const t = info.tokens[k];
		if (!t) return false;
		// «عند معبر مارغارا»: at a crossing, a border post, a named place.
		if ((t.key === 'عند' || t.key === 'وعند') && m.entry.type === 'place' && hops === 0)
			return true;
		if (t.key === 'في' || t.key === 'وفي') {
			const prev = info.tokens[k - 1]?.key ?? '';
			return !eventStem(prev) && !(OFFICIALS.has(prev) && m.entry.type === 'country');
		}
		if (AT_DESCRIPTOR.test(t.key) && m.entry.type !== 'country') return true;
		if (WITNESS.test(t.key) && hops > 0 && m.entry.type === 'city') return true;
		const adj = info.mentions.find((x) => x.from === k && x.adjective);
		if (!PLACE_DESCRIPTORS.has(t.key) && !adj) return false;
		k--;
		hops++;
	}
	return false;
}

/** «دعا», «دعت», «يدعو»: to invite (or to call for: only a meeting noun after «إلى» makes it an
 * invitation to one). */
const INVITE_VERBS = /^[وف]?(?:دعا|دعت|دعوا|يدعو|تدعو|سيدعو|ستدعو)$/;
/** «وجه الدعوة», «وجهت الدعوة»: to send the invitation. */
const SEND_VERBS = /^[وف]?(?:وجه|وجهت|يوجه|توجه|سيوجه|ستوجه)$/;
/** People invited as a pair, named by a dual or plural noun («الزعيمين», «الطرفين»). */
const INVITED_PAIR = /^(?:ال)?(?:زعيمين|طرفين|رييسين|وزيرين|جانبين|زعماء|قاده)$/;
const SAID_THAT = /^(?:انه|انها|بانه|بانها)$/;

/**
 * Invitations to a meeting: an invitation verb (or «وجه الدعوة إلى»), the invited, then «إلى» or «لـ»
 * and a meeting noun. The inviter is the subject: named before the verb (also a speaker before «أنه»),
 * else right after «دعا», the invited after it.
 */
function invitations(info: SentenceInfo): { inviter: Found; guests: Found[]; at: number }[] {
	const out: { inviter: Found; guests: Found[]; at: number }[] = [];
	info.tokens.forEach((t, i) => {
		const sends = SEND_VERBS.test(t.key) && cueOf(info.tokens[i + 1] ?? t).includes('دعوه');
		if (!sends && !INVITE_VERBS.test(t.key)) return;
		let from = sends ? i + 2 : i + 1;
		if (sends && /^(?:الي|ل)$/.test(info.tokens[from]?.key ?? '')) from++;
		const limit = punctLimit(info, from - 1);
		// The meeting: «إلى لقاء», «للقاء», «إلى اجتماع …», right after the invited.
		let meetingAt = -1;
		for (let k = from; k < Math.min(limit, from + 12); k++) {
			const key = info.tokens[k]?.key ?? '';
			const noun = (n: number): boolean =>
				cueOf(info.tokens[n] ?? t).some((c) => NOUNS[c] !== undefined && NOUNS[c] !== 'call');
			if ((key === 'الي' && noun(k + 1)) || (/^ل/.test(key) && noun(k))) {
				meetingAt = k;
				break;
			}
		}
		if (meetingAt < 0) return;
		const named = partiesFrom(info, from, meetingAt).filter((p) => p.ref.type !== 'place');
		const pair = info.tokens
			.slice(from, meetingAt)
			.some((x) => INVITED_PAIR.test(x.key.replace(/^و/, '')));
		let inviter: Found | null = null;
		if (SAID_THAT.test(info.tokens[i - 1]?.key ?? '')) {
			const clause = clauseFrom(info, i - 1);
			inviter = personsIn(info, clause, i - 1).pop() ?? null;
		} else inviter = agentBefore(info, i);
		let guests = named;
		if (!inviter && !sends) {
			// «دعا ميشيل الزعيمين إلى لقاء»: the verb's subject comes first, the invited after it.
			if (named.length < 2 && !(named.length === 1 && pair)) return;
			inviter = named[0] ?? null;
			guests = named.slice(1);
		}
		if (!inviter || (!guests.length && !pair)) return;
		out.push({ inviter, guests, at: i });
	});
	return out;
}

export function meetingMentions(info: SentenceInfo): EventMention[] {
	const cues = findMeetingCues(info);
	const agents: {
		relation: MeetingRelation;
		ref: EntityRef;
		start: number;
		end: number;
		at: number;
		verb: boolean;
	}[] = [];
	const guests: (Found & { at: number })[] = [];
	/** Where inviters («بدعوة من …») are named: one of the host country's own hosts the meeting. */
	const invited = new Set<number>();
	info.tokens.forEach((t, i) => {
		const keys = cueOf(t);
		if (!keys.some((k) => AGENT_FIRST.has(k))) return;
		for (const cue of AGENT_CUES) {
			if (!matchSeq(info.tokens, i, cue.seq)) continue;
			const after = i + cue.seq.length;
			// «محادثات في موسكو استضافها لافروف», «استقبله علييف»: a verb with the meeting or the guest as
			// its pronoun has its subject after it; the name before it is something else. (A final «ه»
			// may be the «ة» of a verbal noun, «عرضت موسكو استضافة قمة», so only unambiguous forms count.)
			const object = PRONOUN_OBJECT.test(cue.seq[0] ?? '') && cue.seq.length === 1;
			// «برعاية ميشال، الذي استضافهما»: after a relative pronoun the subject is its antecedent.
			// («قمة سوتشي التي استضافها بوتين»: there the pronoun is the meeting, its subject after it.)
			// So is a hosting verb's with its guests after it: «الوزير أنتوني بلينكن الذي استضاف وزيري
			// خارجية البلدين», «المدينة التي استضافت القمة».
			const relative =
				(HOSTED_THEM.includes(cue.seq[0] ?? '') || GUEST_VERBS.has(cue.seq[0] ?? '')) &&
				RELATIVE.test(info.tokens[i - 1]?.key ?? '');
			const before =
				(cue.verb && !object ? agentBefore(info, i) : null) ??
				(relative ? antecedentOf(info, i - 1) : null);
			const found = before
				? [before]
				: cue.relation === 'chair'
					? agentsAfter(info, chairedObjectEnd(info, after))
					: agentsAfter(info, after);
			// «استقبل أردوغان علييف»: the first name after a receiving verb is the host, the next its guest.
			const receives = cue.relation === 'host' && !before && /^استقبل/.test(cue.seq[0] ?? '');
			// «واستضاف الرئيس الفرنسي ماكرون علييف», «استضافت ميلوني علييف»: a hosting verb takes a person
			// as its object too; only its subject (the names joined to it by «و») hosts.
			const hosting = cue.relation === 'host' && !object && GUEST_VERBS.has(cue.seq[0] ?? '');
			const hostCount = receives
				? 1
				: hosting && !before
					? subjectCount(info, found)
					: found.length;
			// «استقبل بلينكن يوم الاثنين نظيريه الأرميني … والأذربيجاني …»: the guests may follow a date;
			// after «لافروف سيستضيف» they follow the verb itself.
			const host = found[hostCount - 1];
			if ((receives || hosting) && found.length === hostCount) {
				const from = before ? (info.tokens[after - 1]?.end ?? 0) : host?.end;
				if (from !== undefined) found.push(...guestsAfter(info, from));
			}
			found.forEach((who, n) => {
				if (n >= hostCount) guests.push({ ...who, at: i });
				else agents.push({ relation: cue.relation, ...who, at: i, verb: cue.verb });
				if (cue.seq[0] === 'دعوه') invited.add(who.start);
			});
			// «حلّ أردوغان بنخجوان، حيث استقبله علييف»: the guest is named before; both sit in the meeting.
			if (receives && host && RECEIVES_PRONOUN.test(cue.seq[0] ?? '')) {
				const guest = antecedent(info, i);
				if (guest) guests.push({ ...guest, at: i }, { ...host, at: i });
			}
			// «يتولى رئاسة المجموعة من الجانب الروسي نائب رئيس الوزراء …، ومن الجانب الأرميني …»: one
			// chair for each side (of a group: they chair it, no meeting is named for them to sit in).
			if (cue.relation === 'chair' && !before)
				for (const who of sideChairs(info, after, found))
					agents.push({ relation: 'chair', ...who, at: i, verb: cue.verb });
			// «برئاسة نائب رئيس الوزراء الأرميني … ونظيره الأذري …»: two heads of the sides take part.
			const people = found.filter((w) => w.ref.type === 'person');
			if (cue.relation === 'chair' && people.length >= 2)
				for (const who of people) guests.push({ ...who, at: i });
			break;
		}
	});
	// «أثناء استقبال رئيس الوزراء الأرميني …، والرئيس الأذربيجاني …، حاول بوتين»: the guests follow the
	// noun; the host is the subject of the clause right after them.
	info.tokens.forEach((t, i) => {
		if (!cueOf(t).includes('استقبال') || !keyIs(info.tokens[i - 1], DURING)) return;
		const received = partiesFrom(info, i + 1, info.tokens.length);
		// The list runs on past the comma and the main verb («، حاول بوتين»): that name is the host.
		const cut = received.findIndex(
			(p, n) =>
				n > 0 &&
				p.ref.type === 'person' &&
				/[،,]\s*[^\sو]\S*\s+$/u.test(info.text.slice(received[n - 1]!.end, p.start))
		);
		if (cut < 0) return;
		for (const g of received.slice(0, cut)) guests.push({ ...g, at: i });
		const host = received[cut]!;
		agents.push({ relation: 'host', ...host, at: i, verb: false });
	});
	info.tokens.forEach((t, i) => {
		if (!keyIs(t, MEDIATOR_NOUNS)) return;
		// «من دون أي وسيط», «بلا وساطة»: a mediator denied names none.
		if (
			NO_MEDIATOR.test(info.tokens[i - 1]?.key ?? '') ||
			NO_MEDIATOR.test(info.tokens[i - 2]?.key ?? '')
		)
			return;
		for (const who of listBefore(info, i))
			agents.push({ relation: 'mediator', ...who, at: i, verb: false });
	});
	// «جهود وساطة» with no name after it: the subject of «بذلت» before it.
	info.tokens.forEach((t, i) => {
		if (!cueOf(t).includes('وساطه') || agents.some((a) => a.at === i)) return;
		const verb = info.tokens.findIndex((v, k) => k < i && k >= i - 6 && keyIs(v, EFFORT_VERBS));
		const who =
			verb >= 0
				? info.mentions.find((m) => m.from > verb && m.from < i && !m.adjective)
				: undefined;
		if (who)
			agents.push({
				relation: 'mediator',
				ref: who.ref,
				start: who.start,
				end: who.end,
				at: i,
				verb: false
			});
	});
	// «يسعى ميشال إلى جمع علييف وباشينيان في لقاء»: who seeks to bring them together arranges it.
	for (const who of gatherers(info)) agents.push({ relation: 'arranger', ...who, verb: true });
	// «أقام … مأدبة عشاء على شرف الضيف»: who gives it in the guest's honour hosts.
	for (const who of honourHosts(info)) agents.push({ relation: 'host', ...who, verb: false });
	// Most sentences name no meeting and no agent: nothing below could find one.
	// «دعا ميشيل الزعيمين إلى لقاء جديد», «أعلن ميشيل أنه وجه الدعوة إلى علييف وباشينيان للقاء»: an
	// invitation to a meeting; the inviter is read as «بدعوة من» is (host, unless the meeting is known
	// to be elsewhere), the invited take part.
	const inviters = new Set<number>();
	for (const inv of invitations(info)) {
		agents.push({ relation: 'arranger', ...inv.inviter, at: inv.at, verb: true });
		inviters.add(inv.inviter.start);
		invited.add(inv.inviter.start);
		for (const g of inv.guests) guests.push({ ...g, at: inv.at });
	}
	if (!cues.length && !agents.length && !guests.length) return [];
	const events: EventMention[] = cues.map((cue) => ({
		info,
		cue,
		dates: [],
		participants: [],
		agents: []
	}));
	const preceding = (at: number): EventMention | undefined =>
		events.filter((e) => e.cue.from <= at).pop();
	const following = (at: number): EventMention | undefined => events.find((e) => e.cue.from > at);
	// Noun cues («برعاية X») qualify the meeting before them; verb cues («استضاف X») the one after.
	for (const a of agents) {
		let e = a.verb ? (following(a.at) ?? preceding(a.at)) : preceding(a.at);
		if (e && a.verb && e.cue.from - a.at > 12) e = preceding(a.at);
		if (!e) {
			// A sponsor or mediator without a meeting word still qualifies a deal or talks («اتفاق سلام برعاية موسكو»).
			e = {
				info,
				cue: { from: a.at, to: a.at + 1, type: 'other', verb: null },
				dates: [],
				participants: [],
				agents: []
			};
			events.push(e);
		}
		if (!e.agents.some((x) => x.relation === a.relation && x.ref.id === a.ref.id)) e.agents.push(a);
	}
	events.sort((x, y) => x.cue.from - y.cue.from);
	// «يعتزم رئيس المجلس الأوروبي عقد اجتماع للزعيمين»: whoever holds a meeting of others convenes it.
	for (const e of events) {
		const who = convenerOf(info, e.cue);
		if (!who) continue;
		agents.push({ relation: 'host', ...who, at: e.cue.from, verb: true });
		const known = e.agents.find((x) => x.relation === 'host' && x.ref.id === who.ref.id);
		if (known) known.convenes = true;
		else e.agents.push({ relation: 'host', ...who, convenes: true });
	}
	// «وترأس الجانب الأرميني … غريغوريان، فيما ترأس نظيره الأذربيجاني مصطفاييف وفد باكو»: the heads of
	// two sides of one meeting both sit in it.
	// (Not the chairs of a group or a committee no meeting word names: «يتولى رئاسة المجموعة».)
	for (const e of events) {
		if (e.cue.type === 'other') continue;
		const chairs = e.agents.filter((a) => a.relation === 'chair' && a.ref.type === 'person');
		if (chairs.length >= 2) for (const c of chairs) guests.push({ ...c, at: e.cue.from + 1 });
	}
	for (const g of guests) {
		const e = following(g.at - 1) ?? preceding(g.at);
		if (e && !e.participants.some((x) => x.start === g.start))
			e.participants.push({ ref: g.ref, start: g.start, end: g.end });
	}
	// «اجتماع ثلاثي استضافه شولتس», «قمة ثلاثية استضافها ترامب»: the host of a trilateral is its third side.
	for (const e of events) {
		if (!trilateral(info, e.cue)) continue;
		for (const a of e.agents)
			if (
				a.relation === 'host' &&
				a.ref.type === 'person' &&
				!e.participants.some((x) => x.start === a.start)
			)
				e.participants.push({ ref: a.ref, start: a.start, end: a.end });
	}
	for (const e of events) {
		const where =
			e.cue.type !== 'other' && !e.place
				? (placeBeforeWhere(info, e.cue.from) ?? frontedPlace(info, e.cue))
				: null;
		if (where) e.place = where;
		// «ويتوجه بزشكيان غدا إلى مينسك في زيارة …»: the visitor opens the clause, the place follows «إلى».
		if (e.cue.visit) {
			const from = clauseFrom(info, e.cue.from);
			const visitor = personsIn(info, from, e.cue.from)[0];
			if (visitor) e.participants.push(visitor);
			const to = info.tokens.findIndex(
				(t, k) => k >= from && k < e.cue.from && /^[وف]?الي$/.test(t.key)
			);
			const place =
				to >= 0 ? info.mentions.find((m) => m.from === to + 1 && !m.adjective) : undefined;
			if (place && ['city', 'country', 'place', 'region'].includes(place.entry.type) && !e.place)
				e.place = { ref: place.ref, start: place.start, end: place.end };
		}
	}
	for (const m of info.mentions) {
		// «اختتمت في مدينة جنيف، الخميس، جولة مفاوضات»: a verb whose subject is the meeting comes first,
		// then the venue, then the meeting itself.
		const ahead = following(m.from);
		const verbFirst =
			!preceding(m.from) &&
			ahead &&
			ahead.cue.from - m.to <= 12 &&
			info.tokens.some((t, k) => k < m.from && HELD_VERBS.test(t.key));
		if (verbFirst && ahead && !ahead.place && placeAt(info, m, ahead.cue)) {
			ahead.place = { ref: m.ref, start: m.start, end: m.end };
			continue;
		}
		const e = preceding(m.from);
		if (!e || e.cue.type === 'other' || m.from - e.cue.to > 24) continue;
		// A city names the venue more precisely than a country given before it.
		const better = !e.place || (e.place.ref.type === 'country' && m.entry.type === 'city');
		if (better && placeAt(info, m, e.cue)) e.place = { ref: m.ref, start: m.start, end: m.end };
	}
	info.tokens.forEach((t, k) => {
		if (!VENUES.has(t.key)) return;
		const e = preceding(k) ?? following(k);
		const palace = e && !e.place && e.cue.type !== 'other' ? palaceAt(info, k) : undefined;
		if (e && palace && Math.abs(k - e.cue.from) <= 24) e.place = palace;
	});
	const firstSpeech = info.tokens.findIndex((t) => keyIs(t, SPEECH));
	const speechBefore = (at: number): boolean => firstSpeech >= 0 && firstSpeech < at;
	const otherDated = info.tokens
		.map((t, i) => (keyIs(t, OTHER_DATED) || eventStem(t.key) ? i : -1))
		.filter((i) => i >= 0);
	for (const d of info.dates) {
		// «ناقش الاجتماع … خلال المحادثات الأمريكية العام الماضي»: the recalled event's date, not the meeting's.
		if (d.date.relative && dateTie(info, d, cues)) continue;
		const e = preceding(d.from);
		const other = otherDated.filter((i) => i < d.from).pop() ?? -1;
		if (e && e.cue.type !== 'other') {
			if (other > e.cue.from || d.from - e.cue.to > 24) continue;
			e.dates.push({ value: d.date, start: d.start, end: d.end });
			continue;
		}
		const f = following(d.from);
		if (!f || f.cue.from - d.to > 8 || speechBefore(d.from) || other >= 0) continue;
		f.dates.push({ value: d.date, start: d.start, end: d.end });
	}
	// An agent is no party of the sentence's meetings; an inviter only of the meeting he invites to
	// («دعا ميشيل الزعيمين إلى لقاء …، إضافة إلى اجتماع خماسي مع …»: he sits in the five-way one).
	const agentSpans = new Set(agents.filter((a) => !inviters.has(a.start)).map((a) => a.start));
	const inRolePhrase = (k: number): boolean => info.roles.some((r) => k > r.from && k < r.to);
	for (const e of events) {
		const add = (list: { ref: EntityRef; start: number; end: number }[]): void => {
			for (const p of list)
				if (
					!agentSpans.has(p.start) &&
					!e.agents.some((a) => a.start === p.start) &&
					p.ref.id !== e.place?.ref.id &&
					!e.participants.some((x) => x.start === p.start)
				)
					e.participants.push(p);
		};
		const next = events.find((x) => x.cue.from > e.cue.from)?.cue.from ?? info.tokens.length;
		if (e.cue.verb === 'meet') {
			add(subjectsBefore(info, e.cue.from));
			// «التقى باشينيان على هامش القمة رئيسة المفوضية …»: the gathering on whose sidelines they met
			// does not end the list of those met.
			const aside =
				info.tokens[next - 1]?.key === 'هامش' && info.tokens[next - 2]?.key === 'علي'
					? (events.find((x) => x.cue.from > next)?.cue.from ?? info.tokens.length)
					: next;
			add(partiesFrom(info, e.cue.from + 1, aside, true));
		}
		if (e.cue.verb === 'hold') {
			// «وكان بايدن قد أجرى اتصالاً هاتفياً مع علييف»: the subject may come before the verb.
			add(subjectsBefore(info, e.cue.from));
			add(partiesFrom(info, e.cue.from + 1, e.cue.to));
		}
		// «وزراء خارجية روسيا وأرمينيا … سيعقدون اجتماعاً»: the parties named just before the noun.
		const prev = events.filter((x) => x.cue.from < e.cue.from).pop()?.cue.to ?? 0;
		for (let k = Math.max(prev, e.cue.from - 10); k < e.cue.from; k++) {
			const t = info.tokens[k];
			if (t && keyIs(t, PARTY_OPENERS) && !['بين', 'مع'].includes(t.key) && !inRolePhrase(k)) {
				const parties = partiesFrom(info, k + 1, e.cue.from);
				add(parties);
				if (parties.length) break;
			}
		}
		// Lists after a noun stay in its clause («… في واشنطن، اقترحت أرمينيا … مع أذربيجان» is another one);
		// after «التقى» commas only set off an apposition («التقى رئيسها، أردوغان، مع علييف»).
		const clauseEnd = e.cue.verb === 'meet' ? info.tokens.length : clauseBarrier(info, e.cue.to);
		for (let k = e.cue.from; k < Math.min(next, e.cue.to + 24); k++) {
			if (inRolePhrase(k)) continue;
			const t = info.tokens[k];
			// «…، بمشاركة روسيا وإيران», «…، بحضور وزير الخارجية»: the phrase still belongs to the meeting;
			// so does «وجمعت …» after a relative clause («القمة التي استضافها ترامب … وجمعت باشينيان وعلييف»).
			// So does a gathering verb with no subject of its own that opens the clause after a comma
			// («اجتماع رباعي انتهى مساء الخميس في براغ، ضم الرئيس …»).
			const afterComma =
				/[،,]/.test(info.text.slice(info.tokens[k - 1]?.end ?? 0, t?.start ?? 0)) &&
				!!t &&
				BARE_GATHER.test(t.key);
			const goesOn = !!t && (ATTENDANCE.test(t.key) || JOINED_GATHER.test(t.key) || afterComma);
			if (k >= e.cue.to + 14 && !goesOn) continue;
			if (k >= clauseEnd && !goesOn) continue;
			if (t && keyIs(t, PARTY_OPENERS)) add(partiesFrom(info, k + 1, next));
			// «قمة ثلاثية جمعته بالرئيس الأذربيجاني … ورئيس الوزراء الأرميني …»: those after «بـ».
			if (
				t &&
				k < clauseEnd &&
				GATHERED_HIM_WITH.test(t.key) &&
				/^ب/.test(info.tokens[k + 1]?.key ?? '')
			)
				add(partiesFrom(info, k + 1, next));
		}
		// «لقاءات منفصلة أجراها وزير الخارجية الأمريكي مايك بومبيو مع الوزيرين»: the subject of a verb
		// holding the meeting just named («أجراها», «عقدها») follows it and takes part.
		const held = [e.cue.to, e.cue.to + 1].find((k) => HELD_IT.test(info.tokens[k]?.key ?? ''));
		if (held !== undefined && e.cue.type !== 'other')
			add(personsIn(info, held + 1, punctLimit(info, held)).slice(0, 1));
		// «اتصال هاتفي أجراه وزير الدفاع الروسي … بنظيريه الأذربيجاني X والأرميني Y»: a call's verb
		// takes the other parties with «بـ» after its subject; the clause lists them all.
		if (held !== undefined && e.cue.type === 'call')
			add(partiesFrom(info, held + 1, punctLimit(info, held)));
		// «قدّم علييف تعازيه لنظيره الروسي بوتين في اتصال هاتفي»: the call's clause names its parties.
		if (e.cue.type === 'call') add(callParties(info, e.cue.from));
		add(attendeesAfter(info, e.cue.from, e.cue.to));
		add(attendeesOfIt(info, e.cue.to, next));
		if (e.cue.type !== 'other') {
			let k = e.cue.to;
			while (keyIs(info.tokens[k], MEETING_QUALIFIERS)) k++;
			// «حيث جمعت قمة رباعية يوم الخميس علييف وباشينيان وماكرون وميشيل»: the meeting is the subject of
			// a gathering verb before it; whom it gathered follows, past its date.
			if (GATHERED_BY_IT.test(info.tokens[e.cue.from - 1]?.key ?? ''))
				add(partiesFrom(info, k, Math.min(next, clauseBarrier(info, k))));
			// «ألغيت قمة علييف وباشينيان»: the meeting noun in construct with the names of its parties.
			const first = info.mentions.find((m) => m.from === e.cue.to);
			if (first && !first.adjective && first.entry.type === 'person')
				add(personsJoined(info, first));
		}
		if (e.cue.signing) add(signers(info, e.cue.from));
		// «قمة روسية – أذربيجانية – أرمينية», «مفاوضات ثنائية أرمينية أذربيجانية»: parties as adjectives.
		if (e.cue.type !== 'other') {
			let k = e.cue.to;
			while (keyIs(info.tokens[k], MEETING_QUALIFIERS)) k++;
			for (
				let m = info.mentions.find((x) => x.from === k);
				m?.adjective;
				m = info.mentions.find((x) => x.from === m!.to)
			) {
				add([{ ref: m.ref, start: m.start, end: m.end }]);
			}
			// «اللقاء المقرر مع باشينيان» told by Aliyev: the speaker is the other party.
			const next1 = info.tokens[e.cue.to]?.key;
			const withAt =
				next1 === 'مع' ? e.cue.to : info.tokens[e.cue.to + 1]?.key === 'مع' ? e.cue.to + 1 : -1;
			if (withAt >= 0 && speechBefore(e.cue.from)) {
				const speaker =
					info.roles.find((r) => r.person && r.to <= e.cue.from)?.person ??
					info.mentions.find((m) => m.entry.type === 'person' && m.to <= e.cue.from);
				if (speaker) add([{ ref: speaker.ref, start: speaker.start, end: speaker.end }]);
			}
		}
		// «أذربيجان تعلن مشاركتها في الاجتماع»: who takes part is named just before «مشاركة». Not a
		// speaker who tells of his side's part («أكد حجييف موافقة بلاده على المشاركة»): his country
		// takes part, which other words of the sentence name if it does.
		for (let k = Math.max(0, e.cue.from - 6); k < e.cue.from; k++) {
			const key = cueKey(info.tokens[k]?.key ?? '');
			if (!key.some((x) => x.startsWith('مشارك'))) continue;
			const who = info.mentions
				.filter((m) => m.to <= k && k - m.to <= 3 && !m.adjective && m.entry.type !== 'region')
				.pop();
			const forHisSide =
				who !== undefined && info.tokens.slice(who.to, k).some((t) => SIDE_OF_SPEAKER.test(t.key));
			if (who && !forHisSide) add([{ ref: who.ref, start: who.start, end: who.end }]);
		}
		// «عقدت أذربيجان وأرمينيا جولة», «أجرى ماكرون محادثة»: subject of the hold verb before the noun.
		if (e.cue.verb === null && e.cue.from > 0) {
			const verb = info.tokens.findIndex(
				(t, k) => k < e.cue.from && k >= Math.max(e.cue.from - 12, prev) && keyIs(t, HOLD_VERBS)
			);
			if (verb >= 0) {
				add(partiesFrom(info, verb + 1, e.cue.from));
				// «وكان وزير الخارجية … روبيو قد بحث، …، في اتصال هاتفي مع …»: the verb's subject too.
				if (e.cue.type === 'call') add(subjectsBefore(info, verb));
			}
		}
	}
	// Subjects of «اتفق»/«تعهد» are parties of the sentence's meeting; a date right after them is its date.
	// «قبيل الاجتماع … خلال قمة في روسيا»: an event named only as a time reference is not the main one.
	const main =
		events.find(
			(e) => e.cue.type !== 'other' && !TIME_REFERENCE.has(info.tokens[e.cue.from - 1]?.key ?? '')
		) ?? events.find((e) => e.cue.type !== 'other');
	if (main) {
		info.tokens.forEach((t, i) => {
			if (!keyIs(t, AGREE)) return;
			const parties = partiesFrom(info, i + 1, info.tokens.length).map((p) => sideOf(info, p));
			for (const p of parties)
				if (!main.participants.some((x) => x.start === p.start)) main.participants.push(p);
			const lastEnd = parties[parties.length - 1]?.end ?? -1;
			const d = info.dates.find((x) => lastEnd >= 0 && x.start > lastEnd && x.start - lastEnd <= 3);
			if (d && !main.dates.some((x) => x.start === d.start))
				main.dates.push({ value: d.date, start: d.start, end: d.end });
		});
	}
	// «بدعوة من …»: the editors read an inviter as the host (talks in Almaty at the Kazakh foreign
	// minister's invitation, in Washington at Blinken's, in Brussels at the European Council
	// president's), unless the meeting is known to be held in another country than the inviter's or
	// on the sidelines of another gathering («على هامش قمة في غرناطة، بدعوة من رئيس المجلس الأوروبي»):
	// then the inviter only arranges it.
	// A sidelines phrase belongs to the meeting named last before it (or, with none before, the first
	// after it): «دعا ميشيل الزعيمين إلى لقاء في بروكسل، إضافة إلى اجتماع خماسي … على هامش قمة … في
	// غرناطة» puts the five-way meeting on the sidelines, not the one in Brussels.
	const sidelined = new Set<EventMention>();
	info.tokens.forEach((t, k) => {
		if (!SIDELINES.has(t.key) || info.tokens[k - 1]?.key !== 'علي') return;
		const e = events.filter((x) => x.cue.from < k).pop() ?? events.find((x) => x.cue.from > k);
		if (e) sidelined.add(e);
	});
	for (const e of events) {
		const country = e.place ? placeCountry(e.place.ref) : null;
		for (const a of e.agents) {
			if (a.relation !== 'arranger' || !invited.has(a.start)) continue;
			const own = countryOf(info, a);
			const hosts = own && country ? own === country : !sidelined.has(e);
			if (!hosts) continue;
			a.relation = 'host';
			// Whoever is visited at their own invitation meets the visitor.
			if (e.cue.visit && !e.participants.some((p) => p.start === a.start))
				e.participants.push({ ref: a.ref, start: a.start, end: a.end });
		}
	}
	return events;
}

/** «قمة ثلاثية», «اجتماع ثلاثي»: a meeting of three sides. */
function trilateral(info: SentenceInfo, cue: Cue): boolean {
	return [cue.to, cue.to + 1].some((k) => /^ثلاثي[اه]?$/.test(info.tokens[k]?.key ?? ''));
}

/**
 * «اتفقت باكو ويريفان»: a capital that agrees or signs speaks for its side (the lexicon's
 * `metonymFor`); the side is the party, the capital's words its evidence.
 */
function sideOf(info: SentenceInfo, p: Found): Found {
	if (p.ref.type !== 'city') return p;
	const entry = info.mentions.find((m) => m.start === p.start && m.end === p.end)?.entry;
	const side = entry?.metonymFor ? info.lexicon.byId.get(entry.metonymFor) : undefined;
	return side && entry ? { ...p, ref: { ...entityRef(side, p.ref.ar), via: entry.id } } : p;
}

/** «عقد», «يعقد», «سيعقد»: holding a meeting, as a verb or a verbal noun. */
const CONVENE_VERBS = new Set(['عقد', 'يعقد', 'تعقد', 'سيعقد', 'ستعقد', 'عقدت']);
/** The others a meeting is held for or between («للزعيمين», «لوزيري الخارجية», «بين باشينيان وعلييف»). */
const FOR_OTHERS = new Set([
	'زعيمين',
	'زعيمي',
	'قاده',
	'رءساء',
	'روساء',
	'رييسي',
	'وزيري',
	'وزراء',
	'طرفين',
	'جانبين',
	'وفدي'
]);
const NEGATION = new Set(['لا', 'لن', 'لم', 'ليس', 'ولا', 'ولن', 'ولم', 'فلا', 'فلن', 'فلم']);

/**
 * The one agent that convenes a meeting of others: the subject of «عقد» (a verb, or a verbal noun
 * after «يعتزم», «قرر» …) when the meeting noun is followed by whom it is for («اجتماع آخر موسع
 * للزعيمين», «اجتماعاً بين …»). «عقد X وY اجتماعاً» (two subjects) and «عقد X اجتماعاً مع Y» keep X
 * a party; a negation before the verb names no convener.
 */
function convenerOf(info: SentenceInfo, cue: Cue): Found | null {
	if (cue.verb !== 'hold' || !keyIs(info.tokens[cue.from], CONVENE_VERBS)) return null;
	let noun = cue.from + 1;
	while (noun < cue.to && !cueOf(info.tokens[noun] as Token).some((k) => NOUNS[k])) noun++;
	if (noun >= cue.to || !heldForOthers(info, cue.to)) return null;
	const after = noun > cue.from + 1 ? agentSpanning(info, cue.from + 1, noun) : null;
	const before = after ? null : agentEndingAt(info, cue.from);
	const who = after ?? before;
	if (!who) return null;
	const first = after ? cue.from : who.from;
	for (let k = Math.max(0, first - 2); k < first; k++)
		if (NEGATION.has(info.tokens[k]?.key ?? '')) return null;
	return who.found;
}

/** Whether whom the meeting is for follows its noun, past a few qualifiers («آخر موسع»), in its clause. */
function heldForOthers(info: SentenceInfo, from: number): boolean {
	const end = Math.min(clauseBarrier(info, from + 1), from + 4);
	for (let k = from; k < end; k++) {
		const t = info.tokens[k];
		if (!t || (LIST_STOPS.has(t.key) && t.key !== 'بين')) return false;
		if (t.key === 'بين' || t.key === 'وبين') return true;
		if (/^لل?/.test(t.key) && cueOf(t).some((c) => FOR_OTHERS.has(c.replace(/^ال/, ''))))
			return true;
		if (info.mentions.some((m) => m.from === k && !m.adjective)) return false;
	}
	return false;
}

/** One agent phrase (a person, an office, a country or a body) that fills tokens [from, to) exactly. */
function agentSpanning(
	info: SentenceInfo,
	from: number,
	to: number
): { found: Found; from: number } | null {
	const role = info.roles.find((r) => r.from === from && r.to === to);
	if (role) {
		const found = role.person
			? { ref: role.person.ref, start: role.person.start, end: role.person.end }
			: role.candidate
				? candidateFound(role)
				: officeFound(info, role);
		return found ? { found, from } : null;
	}
	const m = info.mentions.find((x) => x.from === from && x.to === to && !x.adjective);
	if (!m || !['person', 'country', 'organization'].includes(m.entry.type)) return null;
	return { found: { ref: m.ref, start: m.start, end: m.end }, from };
}

/** The single agent phrase right before token p (not the last of several joined by «و»). */
function agentEndingAt(info: SentenceInfo, p: number): { found: Found; from: number } | null {
	const gap = gapBefore(info, p);
	if (!/^\s+$/.test(gap)) return null;
	const role = info.roles.find((r) => r.to === p);
	const m = info.mentions.find((x) => x.to === p && !x.adjective);
	const from = role && (!m || role.from <= m.from) ? role.from : m?.from;
	if (from === undefined) return null;
	const joined = (info.tokens[from]?.key ?? '').startsWith('و') && from > 0;
	const afterName =
		info.mentions.some((x) => x.to === from && !x.adjective) ||
		info.roles.some((r) => r.to === from);
	if (joined && afterName) return null;
	return agentSpanning(info, from, p);
}

/** A person found from a role cue but missing from the lexicon, as an entity without an id. */
function candidateFound(role: RoleMatch): Found {
	const c = role.candidate ?? { ar: '', start: 0, end: 0 };
	return {
		ref: { id: null, type: 'person', ar: c.ar, arCanonical: c.ar, en: null },
		start: c.start,
		end: c.end
	};
}

/** «شارك في», «حضر»: verbs whose subject attended the meeting named right after them. */
const ATTEND_VERBS = /^[وف]?(?:شارك|شاركت|يشارك|تشارك|حضر|حضرت|يحضر|تحضر)$/;

/**
 * «وشارك في الاجتماع، الذي استمر نحو ساعتين، نواب رؤساء الوزراء …», «حضر اللقاء وزير الخارجية …»:
 * the verb comes first, the meeting is its object and the attendees, its subject, follow it, past a
 * relative clause set off by commas. The list ends at the next comma.
 */
function attendeesAfter(info: SentenceInfo, from: number, to: number): Found[] {
	const at = info.tokens[from - 1]?.key === 'في' ? from - 2 : from - 1;
	if (at < 0 || !ATTEND_VERBS.test(info.tokens[at]?.key ?? '')) return [];
	let k = to;
	if (/[،,]/.test(gapBefore(info, k)) && RELATIVE.test(info.tokens[k]?.key ?? '')) {
		k++;
		while (k < info.tokens.length && !/[،,]/.test(gapBefore(info, k))) k++;
	}
	let end = k + 1;
	while (end < info.tokens.length && !/[،,؛;.]/.test(gapBefore(info, end))) end++;
	return partiesFrom(info, k, end);
}

/** A person and those joined to it by «و» right after: «علييف وباشينيان». */
function personsJoined(info: SentenceInfo, first: Mention): Found[] {
	const out: Found[] = [];
	for (
		let m: Mention | undefined = first;
		m && !m.adjective && m.entry.type === 'person';
		m = info.mentions.find(
			(x) => x.from === m!.to && (info.tokens[x.from]?.key ?? '').startsWith('و')
		)
	)
		out.push({ ref: m.ref, start: m.start, end: m.end });
	return out;
}

/** «فيها», «فيه»: the meeting just named, as the object of a verb of attending. */
const IN_IT = /^(?:فيها|فيه|فيهما)$/;

/**
 * «عقد مجلس الأمن جلسة طارئة …، شارك فيها وزيرا خارجية أرمينيا … وأذربيجان …»: a verb of attending
 * whose object is the meeting named before it, as a pronoun; its subjects follow, up to the next comma.
 */
function attendeesOfIt(info: SentenceInfo, from: number, until: number): Found[] {
	const limit = Math.min(until, from + 16, info.tokens.length - 1);
	for (let k = from; k < limit; k++) {
		if (!ATTEND_VERBS.test(info.tokens[k]?.key ?? '') || !IN_IT.test(info.tokens[k + 1]?.key ?? ''))
			continue;
		let end = k + 3;
		while (end < info.tokens.length && !/[،,؛;.]/.test(gapBefore(info, end))) end++;
		return partiesFrom(info, k + 2, end);
	}
	return [];
}

/** The first token from `from` on that follows a comma, colon or full stop. */
function clauseBarrier(info: SentenceInfo, from: number): number {
	for (let k = Math.max(from, 1); k < info.tokens.length; k++) {
		const gap = gapBefore(info, k);
		if (/[،,:؛;.!?؟]/.test(gap)) return k;
	}
	return info.tokens.length;
}

/** The names just before a noun, joined by و («بروكسل وواشنطن كانا وسطاء»). */
function listBefore(info: SentenceInfo, at: number): Found[] {
	const before = info.mentions.filter(
		(m) => m.to <= at && at - m.to <= 4 && !m.adjective && m.entry.type !== 'region'
	);
	let last = before[before.length - 1];
	const out: Found[] = [];
	while (last) {
		out.unshift({ ref: last.ref, start: last.start, end: last.end });
		const token = info.tokens[last.from];
		if (!token?.key.startsWith('و')) break;
		const from: number = last.from;
		last = info.mentions.find((m) => m.to === from && !m.adjective);
	}
	return out;
}

/** Where a sentence names a meeting: the key `extractMeetings` gives the meeting's event id by. */
export function meetingCueKey(article: string, sentence: number, token: number): string {
	return `${article}#${sentence}#${token}`;
}

/**
 * Groups meeting mentions of one article into events and emits their facts. `tied` names meeting
 * words a date is tied to (`meetingCueKey`): they are grouped even when they say nothing else, and
 * `eventOf` learns the event id of each.
 */
export function extractMeetings(
	infos: SentenceInfo[],
	tied: ReadonlySet<string> = new Set(),
	eventOf: Map<string, string> = new Map()
): Draft[] {
	const cueKeyOf = (e: EventMention): string =>
		meetingCueKey(e.info.article, e.info.sentence.index, e.cue.from);
	const all = infos
		.flatMap(meetingMentions)
		.filter(
			(e) =>
				e.place ||
				e.dates.length ||
				e.agents.length ||
				e.participants.length ||
				(tied.size > 0 && tied.has(cueKeyOf(e)))
		);
	const keys = eventKeys(all);
	const groups = new Map<string, EventMention[]>();
	all.forEach((e, i) => {
		const key = keys[i] ?? '';
		// A delegation with no meeting before it names no meeting.
		if (!key) return;
		const group = groups.get(key);
		if (group) group.push(e);
		else groups.set(key, [e]);
	});
	const drafts: Draft[] = [];
	for (const [key, mentions] of groups) {
		const eventId = `ev-${fnv1a(key)}`;
		if (tied.size > 0)
			for (const m of mentions) if (tied.has(cueKeyOf(m))) eventOf.set(cueKeyOf(m), eventId);
		// A signing alone is a process; with a meeting the same occasion reports, it is that meeting's.
		const eventType = mentions.every((m) => m.cue.signing) ? 'other' : pickType(mentions);
		const subject: FactSubject = { eventId, eventType };
		if (mentions.every((m) => m.cue.planned)) subject.status = 'planned';
		const place = mentions.find((m) => m.place)?.place;
		if (place) subject.place = place.ref;
		const date = mentions.find((m) => m.dates.length)?.dates[0];
		if (date) subject.date = date.value;
		const participants = new Map<string, EntityRef>();
		const agents = new Map<string, { relation: MeetingRelation; entity: EntityRef }>();
		for (const m of mentions) {
			for (const p of m.participants) participants.set(p.ref.id ?? p.ref.ar, p.ref);
			for (const a of m.agents)
				agents.set(`${a.relation}:${a.ref.id}`, { relation: a.relation, entity: a.ref });
		}
		if (participants.size) subject.participants = [...participants.values()];
		if (agents.size) subject.agents = [...agents.values()];
		const label = mentions[0]
			? mentions[0].info.text.slice(
					mentions[0].info.tokens[mentions[0].cue.from]?.start ?? 0,
					mentions[0].info.tokens[mentions[0].cue.to - 1]?.end ?? 0
				)
			: '';
		if (label) subject.label = label;
		for (const m of mentions) {
			const ev = (s: number, e: number) => evidence(m.info, s, e);
			if (m.place)
				drafts.push({
					kind: 'place',
					subjectKey: key,
					subject,
					value: { type: 'entity', entity: m.place.ref },
					valueKey: m.place.ref.id ?? m.place.ref.ar,
					evidence: ev(m.place.start, m.place.end)
				});
			for (const d of m.dates)
				drafts.push({
					kind: 'date',
					subjectKey: key,
					subject,
					value: { type: 'date', date: d.value },
					valueKey: dateKey(d.value),
					evidence: ev(d.start, d.end)
				});
			for (const p of m.participants)
				drafts.push({
					kind: 'participant',
					subjectKey: key,
					subject,
					value: { type: 'entity', entity: p.ref },
					valueKey: p.ref.id ?? p.ref.ar,
					evidence: ev(p.start, p.end)
				});
			for (const a of m.agents)
				drafts.push({
					kind: a.relation,
					subjectKey: key,
					subject,
					value: { type: 'entity', entity: a.ref },
					valueKey: a.ref.id ?? a.ref.ar,
					evidence: a.convenes ? { ...ev(a.start, a.end), convenes: true } : ev(a.start, a.end)
				});
		}
	}
	return drafts;
}

/** Which mentions are the same event: same article and place (split by month when months differ);
 * a mention without a place joins the event just before it («هذه القمة», the next sentence's host). */
function eventKeys(all: EventMention[]): string[] {
	const keys: (string | null)[] = all.map((e) =>
		e.place
			? `${e.info.article}|${e.place.ref.id ?? e.place.ref.ar}${e.cue.planned ? '|planned' : ''}`
			: null
	);
	const months = new Map<string, Set<number>>();
	all.forEach((e, i) => {
		const month = e.dates[0]?.value.month;
		const key = keys[i];
		if (!key || !month) return;
		const set = months.get(key);
		if (set) set.add(month);
		else months.set(key, new Set([month]));
	});
	all.forEach((e, i) => {
		const key = keys[i];
		const set = key ? months.get(key) : undefined;
		if (!key || !set || set.size < 2) return;
		const month = e.dates[0]?.value.month ?? [...set][0];
		keys[i] = `${key}|${month}`;
	});
	// Walks each article in order, looking only a few sentences back or ahead: linear in the mentions.
	const counts = new Map<string, Map<string, number>>();
	const tops = new Map<string, [string, number]>();
	all.forEach((e, i) => {
		const article = e.info.article;
		const seen = counts.get(article) ?? new Map<string, number>();
		counts.set(article, seen);
		const settle = (key: string): void => {
			keys[i] = key;
			if (e.cue.type === 'other') return;
			const n = (seen.get(key) ?? 0) + 1;
			seen.set(key, n);
			const top = tops.get(article);
			if (!top || n > top[1]) tops.set(article, [key, n]);
		};
		const placed = keys[i];
		if (placed) return settle(placed);
		if (e.cue.joinsOnly) {
			for (let j = i - 1; j >= 0; j--) {
				const o = all[j];
				if (!o || o.info.article !== article || e.info.sentence.index - o.info.sentence.index > 2)
					break;
				if (!o.cue.joinsOnly && o.cue.planned === e.cue.planned && o.cue.type !== 'call')
					return settle(keys[j] ?? '');
			}
			keys[i] = '';
			return;
		}
		const demonstrative = /^(هذه|هذا|تلك|ذلك)$/.test(e.info.tokens[e.cue.from - 1]?.key ?? '');
		const top = tops.get(article);
		if (demonstrative && top) return settle(top[0]);
		if (e.cue.type !== 'other') {
			for (let j = i - 1; j >= 0; j--) {
				const o = all[j];
				if (!o || o.info.article !== article || e.info.sentence.index - o.info.sentence.index > 3)
					break;
				if (compatible(o, e)) return settle(keys[j] ?? '');
			}
			for (let j = i + 1; j < all.length; j++) {
				const o = all[j];
				if (!o || o.info.article !== article || o.info.sentence.index - e.info.sentence.index > 1)
					break;
				if (keys[j] && compatible(o, e) && o.cue.type === e.cue.type) return settle(keys[j] ?? '');
			}
		}
		settle(`${article}|s${e.info.sentence.index}|t${e.cue.from}`);
	});
	return keys.map((k) => k ?? '');
}

/** Two mentions may be one event: no call joins a meeting, and two different dates never join. */
function compatible(a: EventMention, b: EventMention): boolean {
	if (a.cue.type === 'other' || b.cue.type === 'other') return false;
	if ((a.cue.type === 'call') !== (b.cue.type === 'call')) return false;
	// A held meeting and an offered or scheduled one are different events.
	if (!!a.cue.planned !== !!b.cue.planned) return false;
	// Two meetings of different people: each names two parties or more, and none in common.
	const pa = new Set(a.participants.map((p) => p.ref.id ?? p.ref.ar));
	const pb = b.participants.map((p) => p.ref.id ?? p.ref.ar);
	if (pa.size >= 2 && pb.length >= 2 && !pb.some((p) => pa.has(p))) return false;
	const da = a.dates[0]?.value;
	const db = b.dates[0]?.value;
	return !da || !db || dateKey(da) === dateKey(db);
}

function pickType(mentions: EventMention[]): EventType {
	const order: EventType[] = ['call', 'summit', 'talks', 'meeting', 'other'];
	for (const t of order) if (mentions.some((m) => m.cue.type === t)) return t;
	return 'meeting';
}
