// Checks a bank against the rules, independently of how it was generated: the answer sits in its
// source span, no distractor is a value the facts make true, options are distinct, both languages.
import type { Fact, FactValue } from '../pipeline/types';
import { renderRelativeDate } from './relative-dates';
import { alternativesOf, renderAlternatives } from './alternatives';
import { spanOptionText } from './spans-ago';
import { exactSpan } from './intervals';
import { procliticReadings, asciiDigits } from '../pipeline/normalize';
import { questionKinds } from '../game/types';
import { entityOption, renderDate, renderQuantity } from './render';
import { optionKey } from './normalize';
import type { Bank, BankQuestion } from './types';

/** Normalised word readings of a text (with and without proclitics such as «ب», «و», «ال»). */
function readings(text: string): Set<string> {
	const out = new Set<string>();
	for (const word of optionKey(asciiDigits(text)).split(' ')) {
		if (!word) continue;
		for (const r of procliticReadings(word)) out.add(r.key);
	}
	return out;
}

const WEAK = new Set(['في', 'من', 'الي', 'علي', 'عام', 'يوم', 'ال', 'و']);

/** The span and the answer share a meaningful word (a name, a number, a month). */
export function answerInSpan(spanText: string, answerText: string): boolean {
	const span = readings(spanText);
	for (const r of readings(answerText)) {
		if (WEAK.has(r)) continue;
		if ((r.length >= 3 || /^\d+$/.test(r)) && span.has(r)) return true;
	}
	return false;
}

/** Every meaningful word of a name is in the text («الممر» does not name «ممر لاتشين»). */
export function namesAll(text: string, name: string): boolean {
	const words = [...readingsOfWords(name)].filter((w) => w.length > 0);
	const inText = readings(text);
	return words.length > 0 && words.every((forms) => forms.some((f) => inText.has(f)));
}

/** Each word's readings, one list per word (its weak words left out). */
function readingsOfWords(text: string): string[][] {
	return optionKey(asciiDigits(text))
		.split(' ')
		.filter((w) => w && !WEAK.has(w))
		.map((w) => procliticReadings(w).map((r) => r.key));
}

export function valueText(fact: Fact, value: FactValue): string | null {
	switch (value.type) {
		case 'entity':
			return entityOption(value.entity).ar;
		case 'date':
			return renderDate(value.date, 'ar') ?? renderRelativeDate(value.date, 'ar');
		case 'quantity': {
			const q = value.quantity;
			const list = alternativesOf(q);
			if (list) return renderAlternatives(list, q, fact.subject.measure, 'ar');
			// A span in a relative clause is asked with its «قبل» or «منذ».
			const clause = fact.subject.clause;
			const span = clause ? exactSpan(q) : null;
			if (clause && span) return spanOptionText(clause.frame, span, 'ar');
			return renderQuantity(q, fact.subject.measure, 'ar');
		}
		case 'text':
			return value.ar;
	}
}

function writtenText(value: FactValue): string {
	switch (value.type) {
		case 'entity':
			return value.entity.ar;
		case 'date':
			return value.date.text;
		case 'quantity':
			return value.quantity.text;
		case 'text':
			return value.ar;
	}
}

/**
 * The named thing a question asks about, when its prompt names one taken from the fact: the place
 * whose region or country it asks («in which region is the city of Stepanakert?»), the person a span's
 * clause is about. Meeting questions describe their event by details the neighbouring sentence may
 * give, so they have none here: their primary sentence holds the answer, which is checked apart.
 */
export function aboutName(fact: Fact): string | null {
	if (fact.subject.thing) return fact.subject.thing.ar;
	const holder = fact.subject.clause?.holder;
	return holder && 'entity' in holder ? holder.entity.ar : null;
}

/** Facts that could make an option of this question true: the same slot of the same subject. */
function relatedFacts(q: BankQuestion, facts: readonly Fact[], byId: Map<string, Fact>): Fact[] {
	const own = q.factIds.map((id) => byId.get(id)).filter((f): f is Fact => !!f);
	const events = new Set(own.map((f) => f.subject.eventId).filter((e): e is string => !!e));
	return facts.filter((f) => {
		if (f.kind !== q.relation) return false;
		if (own.includes(f)) return true;
		if (f.subject.eventId && events.has(f.subject.eventId)) return true;
		return own.some(
			(o) =>
				(o.kind === 'role' &&
					o.subject.office === f.subject.office &&
					o.subject.country?.id === f.subject.country?.id) ||
				((o.kind === 'casualties' || o.kind === 'figure') &&
					o.subject.measure === f.subject.measure &&
					o.subject.eventType === f.subject.eventType &&
					(o.subject.date?.year ?? null) === (f.subject.date?.year ?? null))
		);
	});
}

export interface ValidateOptions {
	/** Articles whose questions must have English prompts and options (translated articles). */
	requireEnglish?: ReadonlySet<string>;
	/** Fail when a kind has no question (true for the committed five-article bank). */
	requireAllKinds?: boolean;
}

export function validateBank(bank: Bank, options: ValidateOptions = {}): string[] {
	const problems: string[] = [];
	const byId = new Map(bank.facts.map((f) => [f.id, f]));
	const sentences = new Map<string, string>();
	for (const a of bank.articles) for (const s of a.sentences) sentences.set(`${a.id}#${s.index}`, s.ar);
	const ids = new Set<string>();
	for (const q of bank.questions) {
		const at = `question ${q.id}`;
		if (ids.has(q.id)) problems.push(`${at}: duplicate id`);
		ids.add(q.id);
		if (!(questionKinds as readonly string[]).includes(q.kind)) problems.push(`${at}: unknown kind ${q.kind}`);
		const expected = q.kind === 'claim' ? 3 : 4;
		if (q.options.length !== expected)
			problems.push(`${at}: ${q.options.length} options, expected ${expected}`);
		if (!Number.isInteger(q.answer) || q.answer < 0 || q.answer >= q.options.length)
			problems.push(`${at}: answer index ${q.answer} out of range`);
		if (![1, 2, 3].includes(q.difficulty)) problems.push(`${at}: difficulty ${q.difficulty}`);
		const arKeys = q.options.map((o) => optionKey(o.ar));
		if (new Set(arKeys).size !== arKeys.length) problems.push(`${at}: two options are equal in Arabic`);
		const enKeys = q.options.filter((o) => o.en !== null).map((o) => (o.en ?? '').toLowerCase().trim());
		if (new Set(enKeys).size !== enKeys.length) problems.push(`${at}: two options are equal in English`);
		if (!q.prompt.ar.trim() || q.options.some((o) => !o.ar.trim()))
			problems.push(`${at}: empty Arabic text`);
		if (q.sources.length === 0) problems.push(`${at}: no source`);
		for (const s of q.sources) {
			const text = sentences.get(`${s.article}#${s.sentence}`);
			if (text === undefined) {
				problems.push(`${at}: source ${s.article}#${s.sentence} is not in the bank`);
				continue;
			}
			const [start, end] = s.span;
			if (!(start >= 0 && end > start && end <= text.length))
				problems.push(`${at}: span [${start}, ${end}] outside sentence ${s.article}#${s.sentence}`);
		}
		const primary = q.sources[0];
		const fact = byId.get(q.factId);
		if (!fact) problems.push(`${at}: fact ${q.factId} is not in the bank`);
		if (primary && fact) {
			const text = sentences.get(`${primary.article}#${primary.sentence}`) ?? '';
			const spanText = text.slice(primary.span[0], primary.span[1]);
			const stated = valueText(fact, fact.value);
			const written = writtenText(fact.value);
			const answer = q.options[q.answer];
			// The span must hold the fact's value (as written or as rendered), and the right option
			// must be that value (claims: the true statement must carry it).
			if (!stated || !(answerInSpan(spanText, stated) || answerInSpan(spanText, written)))
				problems.push(`${at}: the source span «${spanText}» does not state «${stated ?? '?'}»`);
			if (q.kind !== 'claim' && stated && answer && optionKey(answer.ar) !== optionKey(stated))
				problems.push(`${at}: the right option «${answer.ar}» is not the fact's value «${stated}»`);
			if (q.kind === 'claim' && stated && answer && !answerInSpan(answer.ar, stated))
				problems.push(`${at}: the true statement does not carry the fact's value «${stated}»`);
			// «أكبر مدينة في ناغورنو كاراباخ …» does not say which city: the sentence must name it.
			const about = aboutName(fact);
			if (about && !namesAll(text, about))
				problems.push(`${at}: the primary sentence does not name «${about}», which the question is about`);
		}
		if (q.kind !== 'claim') {
			const truths = new Set(
				relatedFacts(q, bank.facts, byId)
					.map((f) => valueText(f, f.value))
					.filter((t): t is string => t !== null)
					.map(optionKey)
			);
			q.options.forEach((o, i) => {
				if (i !== q.answer && truths.has(optionKey(o.ar)))
					problems.push(`${at}: distractor «${o.ar}» is true per the facts`);
			});
		}
		const needsEnglish = q.sources.some((s) => options.requireEnglish?.has(s.article));
		if (needsEnglish && (q.prompt.en === null || q.options.some((o) => o.en === null)))
			problems.push(`${at}: English prompt or option missing`);
	}
	if (options.requireAllKinds) {
		for (const kind of questionKinds) {
			if (!bank.questions.some((q) => q.kind === kind)) problems.push(`no question of kind «${kind}»`);
		}
	}
	return problems;
}
