// Whether a sentence reports a meeting as announced or planned rather than held, judged near the
// answer: a planned marker («يعتزم», «المقرر») before it with no past verb in between, or a
// «القادم»/«المقبل» right after it («يوم الجمعة القادم»).
import { normalizeArabic } from '../pipeline/normalize';

// Normalised spellings (ى→ي, ة→ه, أ→ا), with an optional «و»/«ف».
const PLANNED =
	/^[وف]?(?:يعتزم|تعتزم|المقرر|المقرره|المقبل|المقبله|القادم|القادمه|سيعقد|ستعقد|سيعقدون|ستجري|سيجري|سيكون|ستكون|يخطط|تخطط|مستعد|مستعده|اقترح|اقترحت|عرض|عرضت|سيشارك|لن)$/;
const AFTER = /^(?:المقبل|المقبله|القادم|القادمه|المقرر|المقرره)$/;
const PAST =
	/^[وف]?(?:عقدت|عقدا|اجري|اجرت|اجريا|التقي|التقت|التقيا|استضاف|استضافت|رتب|رتبت|جمعت|توسطت|توسط|تراس|تراست|اتفقت|اتفقا)$/;

/** «لن يُعقد», «أُلغي», «إلغاء»: the sentence calls the meeting off. */
export function isCalledOff(sentence: string): boolean {
	return /لن يعقد|لن تعقد|الغي|الغاء/.test(normalizeArabic(sentence));
}

export function isPlanned(sentence: string, span: [number, number]): boolean {
	const words = [...sentence.matchAll(/[\p{L}\p{M}]+/gu)].map((m) => ({
		key: normalizeArabic(m[0]),
		at: m.index ?? 0
	}));
	const after = words.find((w) => w.at >= span[1]);
	if (after && AFTER.test(after.key)) return true;
	return words.some(
		(p) =>
			p.at < span[0] &&
			PLANNED.test(p.key) &&
			!words.some((w) => w.at > p.at && w.at < span[0] && PAST.test(w.key))
	);
}

/** Whether the sentence reports a meeting in the past tense anywhere («عقدت», «التقى», «استضاف»). */
export function hasPastMeetingVerb(sentence: string): boolean {
	return [...sentence.matchAll(/[\p{L}\p{M}]+/gu)].some((m) => PAST.test(normalizeArabic(m[0])));
}
