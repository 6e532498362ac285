// Ingest: finds the title, drops web boilerplate (comment forms, share labels, view counters,
// "read also" teasers, a repeated headline) and cuts the rest into sentences with original offsets.
import { findDates } from './dates';
import { asciiDigits, normalizeArabic } from './normalize';
import { tokenize } from './tokens';
import { splitLine, isPunctuationOnly, type NameBreakTest } from './sentences';
import type { Article, DateValue, Sentence } from './types';

interface Line {
	start: number;
	end: number;
	text: string;
	key: string;
}

/** Whole-line boilerplate (normalised keys), matched at the line's start. */
const BOILERPLATE_PREFIXES: { key: string; reason: string }[] = [
	{ key: 'اقرا ايضا', reason: 'read-also teaser' },
	{ key: 'اقرا المزيد', reason: 'read-also teaser' },
	{ key: 'طالع ايضا', reason: 'read-also teaser' },
	{ key: 'شاهد ايضا', reason: 'read-also teaser' },
	{ key: 'اقرا كذلك', reason: 'read-also teaser' },
	{ key: 'مواضيع ذات صله', reason: 'read-also teaser' },
	{ key: 'اخبار ذات صله', reason: 'read-also teaser' },
	{ key: 'لن يتم نشر عنوان بريدك', reason: 'comment form' },
	{ key: 'الحقول الالزاميه', reason: 'comment form' },
	{ key: 'اترك تعليقا', reason: 'comment form' },
	{ key: 'اترك تعليق', reason: 'comment form' },
	{ key: 'اضف تعليقا', reason: 'comment form' },
	{ key: 'اضف تعليق', reason: 'comment form' },
	{ key: 'زر الذهاب الي الاعلي', reason: 'navigation' },
	{ key: 'العوده الي الاعلي', reason: 'navigation' },
	{ key: 'تابعونا علي', reason: 'share label' },
	{ key: 'المصدر', reason: 'byline' },
	{ key: 'بواسطه', reason: 'byline' },
	{ key: 'تحرير', reason: 'byline' },
	{ key: 'كتب', reason: 'byline' },
	{ key: 'بقلم', reason: 'byline' },
	{ key: 'اعداد', reason: 'byline' },
	{ key: 'شارك عبر', reason: 'share label' },
	{ key: 'شارك علي', reason: 'share label' },
	{ key: 'الاكثر قراءه', reason: 'navigation' },
	{ key: 'الاكثر مشاهده', reason: 'navigation' },
	{ key: 'الاكثر تداولا', reason: 'navigation' },
	{ key: 'صوره', reason: 'photo caption' },
	{ key: 'صوره ارشيفيه', reason: 'photo caption' },
	{ key: 'حقوق النشر', reason: 'footer' },
	{ key: 'جميع الحقوق محفوظه', reason: 'footer' }
];

/** Whole-line labels (normalised, punctuation stripped). */
const BOILERPLATE_LINES = new Map<string, string>([
	['التعليقات', 'comment form'],
	['تعليقات', 'comment form'],
	['التعليق', 'comment form'],
	['مشاركه', 'share label'],
	['شارك', 'share label'],
	['شارك الخبر', 'share label'],
	['مشاركه الخبر', 'share label'],
	['طباعه', 'share label'],
	['share', 'share label'],
	['print', 'share label'],
	['اقرا ايضا', 'read-also teaser'],
	['الوسوم', 'tags label'],
	['كلمات مفتاحيه', 'tags label']
]);

/** Names of share buttons, which come as a row of their own («فيسبوك تويتر واتساب»). */
const SHARE_WORDS = new Set([
	'فيسبوك',
	'تويتر',
	'واتساب',
	'تلغرام',
	'تيليجرام',
	'لينكدان',
	'ايميل',
	'طباعه',
	'facebook',
	'twitter',
	'whatsapp',
	'telegram',
	'email',
	'x'
]);

/** A photo caption on its own line: «(صورة …» or ending with an agency credit «(رويترز)». */
const CAPTION =
	/^\(\s*(صورة|الصورة|صور)|[^.!؟?]\s*\(\s*(رويترز|أ\s*ف\s*ب|ا\s*ف\s*ب|فرانس برس|الأناضول|د\s*ب\s*أ|أسوشيتد برس|غيتي|Getty|AFP|Reuters|AP|EPA)[^()]{0,30}\)$/iu;

/** A line that is only a date (an optional weekday, day, month and year): the article's dateline. */
function datelineOf(text: string): DateValue | null {
	const tokens = tokenize(text);
	if (!tokens.length || tokens.length > 8) return null;
	const dates = findDates(text, tokens);
	const covered = dates.reduce((n, d) => n + (d.to - d.from), 0);
	const weekdays = tokens.filter((t) => WEEKDAY_WORD.test(t.key)).length;
	const date = dates.find((d) => d.date.year || d.date.month);
	if (!date || covered + weekdays < tokens.length) return null;
	const value: DateValue = { ...date.date };
	const weekday = dates.find((d) => d.date.weekday !== undefined)?.date.weekday;
	if (weekday !== undefined && value.weekday === undefined) value.weekday = weekday;
	return value;
}
const WEEKDAY_WORD = /^(ال)?(احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت)$/;

function lineKey(text: string): string {
	return normalizeArabic(text)
		.replace(/[^\p{L}\p{N}\s]/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

function splitLines(raw: string): Line[] {
	const lines: Line[] = [];
	let start = 0;
	for (const match of raw.matchAll(/\r\n|\n|\r|\u2028|\u2029/g)) {
		const end = match.index ?? raw.length;
		lines.push(makeLine(raw, start, end));
		start = end + match[0].length;
	}
	lines.push(makeLine(raw, start, raw.length));
	return lines.filter((l) => l.text.trim() !== '');
}

/** Lines longer than a title (160) are article text: only their opening words can make them boilerplate. */
const LONG_LINE = 170;

function makeLine(raw: string, start: number, end: number): Line {
	const text = raw.slice(start, end);
	// The trailing «…» never survives lineKey, so a cut key cannot equal a whole short line's key.
	const key = text.length > LONG_LINE ? `${lineKey(text.slice(0, 160))} …` : lineKey(text);
	return { start, end, text, key };
}

function wordCount(key: string): number {
	return key ? key.split(' ').length : 0;
}

/** A first line reads as a title when it is short and does not end like a sentence. */
export function looksLikeTitle(text: string): boolean {
	const t = text.trim();
	const words = wordCount(lineKey(t));
	return words > 0 && words <= 20 && t.length <= 160 && !/[.!:؛]$/.test(t) && !/["”»]\.?$/.test(t);
}

/** A subheading: a few words, no closing punctuation. */
function looksLikeHeading(text: string): boolean {
	const t = text.trim();
	if (t.length > 60 || /[.!?؟:،,؛"”»)]$/.test(t)) return false;
	const words = wordCount(lineKey(t));
	return words > 0 && words <= 6;
}

export function boilerplateReason(text: string, known?: string): string | null {
	const key = known ?? lineKey(text);
	if (!key) return isPunctuationOnly(text) ? 'punctuation only' : null;
	const whole = BOILERPLATE_LINES.get(key);
	if (whole) return whole;
	const words = key.split(' ');
	for (const prefix of BOILERPLATE_PREFIXES) {
		// A byline is short («المصدر: وكالات»); a sentence may also start with «كتب».
		if (key.startsWith(prefix.key) && (prefix.reason !== 'byline' || words.length <= 6))
			return prefix.reason;
	}
	// «2023-05-19 10:20», also in Arabic-Indic digits («١٩/٠٥/٢٠٢٣ ١٠:٢٠»).
	const digits = asciiDigits(text.trim());
	if (/^[\d\s:/.-]+$/.test(digits) && /\d/.test(digits)) return 'timestamp';
	const trimmed = text.trim();
	if ((trimmed.startsWith('(') || trimmed.endsWith(')')) && CAPTION.test(trimmed))
		return 'photo caption';
	if (words.every((w) => SHARE_WORDS.has(w))) return 'share label';
	return null;
}

/** Reads one article: title, kept sentences with offsets into `raw`, and the dropped lines. */
export function ingestArticle(id: string, raw: string, isNameBreak: NameBreakTest): Article {
	const lines = splitLines(raw);
	const dropped: Article['dropped'] = [];
	const sentences: Sentence[] = [];
	const push = (start: number, end: number, heading: boolean): void => {
		const s: Sentence = { index: sentences.length, text: raw.slice(start, end), start, end };
		if (heading) s.heading = true;
		sentences.push(s);
	};
	let title: string | null = null;
	let body = lines;
	const first = lines[0];
	if (first && lines.length > 1 && looksLikeTitle(first.text)) {
		const trimmed = trimSpan(raw, first.start, first.end);
		title = raw.slice(trimmed.start, trimmed.end);
		push(trimmed.start, trimmed.end, true);
		body = lines.slice(1);
		// View counters and lone category labels sit right under the title.
		while (body.length > 1) {
			const next = body[0];
			if (!next) break;
			if (datelineOf(next.text.trim())) break;
			if (next.key === first.key)
				dropped.push({ start: next.start, end: next.end, reason: 'repeated headline' });
			else if (/^\d[\d,.]*$/.test(next.key))
				dropped.push({ start: next.start, end: next.end, reason: 'view counter' });
			else if (
				wordCount(next.key) <= 2 &&
				next.text.trim().length <= 25 &&
				!/[.!?؟]/.test(next.text)
			)
				dropped.push({ start: next.start, end: next.end, reason: 'category label' });
			else break;
			body = body.slice(1);
		}
	}
	let published: DateValue | undefined;
	body.forEach((line, i) => {
		const dateline = line.text.length <= 60 ? datelineOf(line.text.trim()) : null;
		if (dateline) {
			published ??= dateline;
			dropped.push({ start: line.start, end: line.end, reason: 'dateline' });
			return;
		}
		const reason =
			boilerplateReason(line.text, line.key) ??
			(first && title && line.key === first.key ? 'repeated headline' : null);
		if (reason) {
			dropped.push({ start: line.start, end: line.end, reason });
			return;
		}
		const isLast = i === body.length - 1;
		if (!isLast && looksLikeHeading(line.text)) {
			const t = trimSpan(raw, line.start, line.end);
			push(t.start, t.end, true);
			return;
		}
		for (const span of splitLine(raw, line.start, line.end, isNameBreak))
			push(span.start, span.end, false);
	});
	dropped.sort((a, b) => a.start - b.start);
	const article: Article = { id, title, raw, sentences, dropped };
	if (published) article.published = published;
	return article;
}

function trimSpan(raw: string, start: number, end: number): { start: number; end: number } {
	let s = start;
	let e = end;
	while (s < e && /\s/.test(raw[s] ?? '')) s++;
	while (e > s && /\s/.test(raw[e - 1] ?? '')) e--;
	return { start: s, end: e };
}
