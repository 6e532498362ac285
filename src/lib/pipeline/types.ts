// The records the extraction pipeline produces and question generation consumes.
// Pure data: no SvelteKit, no storage. Every fact points back at the text that states it.

/** Where a fact is stated: `span` is the answer's [start, end) character range in the sentence text. */
export interface Evidence {
	article: string;
	sentence: number;
	span: [number, number];
	/** For a host: the sentence tells it as convening a meeting of others («يعتزم رئيس المجلس الأوروبي
	 * عقد اجتماع للزعيمين»), not as receiving its guests; set by the meeting extractor. */
	convenes?: true;
}

export interface Sentence {
	index: number;
	/** The sentence as written (display text, never normalised). */
	text: string;
	/** [start, end) offsets of `text` in the article's original (raw) text. */
	start: number;
	end: number;
	/** True for a short heading line inside the article (a subtitle such as «وساطة منفصلة»). */
	heading?: boolean;
}

export interface Article {
	id: string;
	/** The title as written, when the first line reads as one; null otherwise. */
	title: string | null;
	/** The article's original text, unchanged; all offsets refer to it. */
	raw: string;
	sentences: Sentence[];
	/** The article's own date, from a lone dateline under the title («الأحد 17 سبتمبر 2023»). */
	published?: DateValue;
	/** Lines dropped as web boilerplate, with why, so a reviewer can audit the cleaning. */
	dropped: { start: number; end: number; reason: string }[];
}

/** 'office' is an office named without its holder («رئيس المجلس الأوروبي»), never a lexicon entry. */
export type EntityType =
	'person' | 'country' | 'city' | 'region' | 'organization' | 'place' | 'office';

/** An entry of `questions/lexicon.json`. */
export interface LexiconEntry {
	id: string;
	type: EntityType;
	en: string;
	/** Canonical Arabic display name first, then every spelling variant met in the news. */
	ar: string[];
	/** Adjective forms («الروسي», «الأذربيجاني») for countries, used to read role cues. */
	adjectives?: string[];
	/** For a person: the office held, in English (e.g. "Foreign Minister of Russia"), when stable. */
	office?: { ar: string; en: string };
	/** For a city or region: the country id it lies in. */
	country?: string;
	/** For a country: the lexicon id of its capital city («العاصمة الأمريكية» is Washington). */
	capital?: string;
	/** For a capital used as a metonym for a government or a body («باكو», «بروكسل»): whose side it stands for. */
	metonymFor?: string;
	/** For a place on or in another named place, not a country (the Hakari bridge on the Lachin corridor):
	 * that place's id, so neither is offered as a wrong answer where the other is right. */
	within?: string;
}

export interface Lexicon {
	entries: LexiconEntry[];
}

export interface EntityRef {
	/** Lexicon id, or null for a name found from a role cue and not in the lexicon (a candidate). */
	id: string | null;
	type: EntityType;
	/** As written in the evidence sentence. */
	ar: string;
	/** Canonical Arabic name (lexicon's first spelling, or the written form for candidates). */
	arCanonical: string;
	en: string | null;
	/** For a city or place: the lexicon id of its country (or of the side a capital stands for, e.g. Brussels → eu);
	 * for an office, the country or body it belongs to. */
	country?: string;
	/** For an office: its key ('president', 'foreign-minister', …). */
	office?: string;
	/** For a side named through its capital («اتفقت باكو ويريفان»): the capital's lexicon id. */
	via?: string;
}

export type Qualifier =
	| 'exact'
	| 'approximately'
	| 'at-least'
	| 'more-than'
	| 'less-than'
	| 'up-to'
	| 'tens-of'
	| 'hundreds-of'
	| 'thousands-of';

export interface Quantity {
	/** The number, or the low end of a range. */
	value: number;
	/** High end of a range (من 1 إلى 4), when there is one. */
	max?: number;
	/** Alternatives written as a list («10 أو 15 أو 20 عامًا»). */
	alternatives?: number[];
	qualifier: Qualifier;
	/** Normalised unit key: 'person', 'soldier', 'year', 'day', 'month', 'km', 'week', … or null. */
	unit: string | null;
	/** As written. */
	text: string;
}

export type DayPart = 'early' | 'mid' | 'late';
/** «النصف الأول من العام المقبل»: a half of a year. */
export type YearHalf = 'first-half' | 'second-half';

/**
 * A span counted back from the article's own time, stated in a relative clause about one thing:
 * «الهدنة الجديدة التي أُبرمت قبل ثلاثة أيام», «بوتين، الذي كان قلقًا منذ ثمانية أشهر بشأن الحرب».
 */
export interface SpanClause {
	/** «قبل» (so long ago) or «منذ» (since so long: ago, or for so long). */
	frame: 'ago' | 'since';
	/** The relative pronoun's gender: the clause's verb agrees with its holder. */
	gender: 'm' | 'f';
	/** What the clause is about: a person, or an event's noun phrase («الهدنة الجديدة» / "the new truce"). */
	holder: { entity: EntityRef } | { ar: string; en: string | null; plural: boolean };
	/**
	 * The clause's verb, as written for a person; for an event, a verb of the known list spelt in full
	 * («برمت» → «أُبرمت»), with its English forms.
	 */
	verb: { ar: string; en: { base: string; participle: string; passive: boolean } | null };
	/** The clause's other words as written, the span left out («قلقًا بشأن الحرب في أوكرانيا»); may be empty. */
	rest: string;
}

/**
 * An earlier event, dated relative to the article, that a sentence ties to a meeting it names:
 * «ناقش الاجتماع الاتفاقات التي تم التوصل إليها خلال الوساطة الروسية العام الماضي». Alone the date
 * is not specific (Russia mediated more than once); with the meeting and what it did, it is.
 */
export interface DateTie {
	/** The meeting's event id: the meeting's own facts share it. */
	eventId: string;
	/** The verb whose subject is the meeting, spelt in full for each gender, and its English past. */
	verb: { m: string; f: string; en: string };
	/** The words from the verb's object to the date, as written («الاتفاقات التي … خلال الوساطة الروسية»). */
	rest: string;
	/** The object in English («the agreements reached»), null unless each of its words is of a known list. */
	object: string | null;
	/** The dated event's noun in English («mediation»): one of a known list. */
	noun: string;
	/** The countries the event noun's adjectives name («الروسية»): whose mediation, talks or war it was. */
	agents: EntityRef[];
}

/** A date with only the precision the text gives: never an invented year. */
export interface DateValue {
	year?: number;
	month?: number;
	day?: number;
	/** End of a range («من 1 إلى 4 أيار/مايو»): dayEnd, and monthEnd when it differs. */
	dayEnd?: number;
	monthEnd?: number;
	/** 0 = Sunday … 6 = Saturday. */
	weekday?: number;
	/** «مطلع», «منتصف», «أواخر»; for a year also its half («النصف الأول من العام»). */
	part?: DayPart | YearHalf;
	/** «الثمانينيات» → 1980. */
	decade?: number;
	/** «خريف 2020» → autumn. */
	season?: 'spring' | 'summer' | 'autumn' | 'winter';
	/** «الشهر الجاري», «الشهر المقبل», «العام الماضي»: relative to the article's own date. */
	relative?:
		| 'this-month'
		| 'next-month'
		| 'last-month'
		| 'this-year'
		| 'last-year'
		| 'next-year'
		| 'year-before-last'
		| 'today'
		| 'yesterday'
		| 'tomorrow'
		| 'day-before-yesterday'
		| 'day-after-tomorrow'
		| 'this-week'
		| 'last-week'
		| 'next-week';
	text: string;
}

export type FactValue =
	| { type: 'entity'; entity: EntityRef }
	| { type: 'quantity'; quantity: Quantity }
	| { type: 'date'; date: DateValue }
	| { type: 'text'; ar: string; en: string | null };

/** Meeting roles; 'place', 'date' and 'participant' describe the meeting itself. */
export type MeetingRelation =
	'host' | 'sponsor' | 'mediator' | 'arranger' | 'chair' | 'place' | 'date' | 'participant';

export type FactKind = MeetingRelation | 'casualties' | 'figure' | 'role' | 'location';

export type EventType =
	'summit' | 'talks' | 'meeting' | 'call' | 'war' | 'clashes' | 'protest' | 'ceasefire' | 'other';

/**
 * What a fact is about, with enough context to ask about it unambiguously
 * ("the summit in Sochi that Putin hosted on Monday", "the 2020 war", "Russia's foreign minister").
 */
export interface FactSubject {
	/** Groups the facts of one event (a meeting's host, place, date and participants share it). */
	eventId?: string;
	eventType?: EventType;
	/** Other known attributes of the same event, for writing a specific question. */
	place?: EntityRef;
	date?: DateValue;
	participants?: EntityRef[];
	agents?: { relation: MeetingRelation; entity: EntityRef }[];
	/** For role facts: the office ('foreign-minister', 'president', 'prime-minister', 'spokesperson', …) and its country. */
	office?: string;
	country?: EntityRef;
	/** For figures and casualties: what is counted ('killed', 'dead', 'wounded', 'peacekeepers', 'mandate-years', 'zone-width-km', 'days', …). */
	measure?: string;
	/** For locations: what is located («ممر لاتشين», a protest, a checkpoint). */
	thing?: { ar: string; en: string | null };
	/** For a span counted back from the article's own time: the relative clause that states it. */
	clause?: SpanClause;
	/** For a date: the meeting the sentence ties its event to, and what the meeting did with it. */
	tie?: DateTie;
	/** The sentence's words that name the subject, as written, for display. */
	label?: string;
	/** For locations: 'in' (lies in the value; the default when absent), 'links' (a corridor or road
	 * joining the value to another place: never "located in"; such facts also carry measure 'links')
	 * or 'part-of' (a region or city said to be part of the value, «جزء من أذربيجان»). */
	relation?: 'in' | 'links' | 'part-of';
	/** For locations: whose view the sentence gives when it is not the article's own
	 * («مع الاعتراف الدولي بها جزء من أذربيجان»: internationally recognised as part of it). */
	basis?: 'international-recognition';
	/** For meetings: 'planned' when offered, proposed, scheduled or in the future tense; absent when held. */
	status?: 'planned';
	/** For a fact about something only its own clause tells of: a date no event word or meeting
	 * claims («صرح الأسبوع الماضي», «وتنتشر منذ فبراير 2023 … بعثة»), the place of an unnamed thing
	 * («بانفجار ضخم … قرب ستيباناكيرت»). True, but it names no event or thing a question could ask about. */
	scope?: 'clause';
}

export interface Fact {
	/** Stable: derived from kind, subject and value keys, never from order. */
	id: string;
	kind: FactKind;
	subject: FactSubject;
	value: FactValue;
	evidence: Evidence[];
	/** Ids of facts about the same subject with a different value (e.g. two casualty figures). */
	conflicts?: string[];
	/** Shared by every fact of one disputed subject; `conflicts` lists at most a few of the others. */
	conflictGroup?: string;
}

/** A person found from a role cue who is not in the lexicon yet. */
export interface LexiconCandidate {
	ar: string;
	office: string | null;
	country: string | null;
	evidence: Evidence[];
}

export interface ExtractionResult {
	articles: Article[];
	facts: Fact[];
	candidates: LexiconCandidate[];
	/** Files or inputs skipped, with a clear message each. */
	warnings: string[];
}
