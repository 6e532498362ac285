// Where a city lies, told by an appositive that describes it («ستيباناكيرت، أكبر مدينة في ناغورنو
// كاراباخ»), also after a stray full stop («… في ستيباناكيرت. أكبر مدينة في ناغورنو كاراباخ ، تتطلب …»),
// which the sentence splitter keeps inside the sentence: the fact's sentence names the city.
import { cueOf, type SentenceInfo } from '../analyze';
import type { Mention } from '../entities';
import { evidence, placedIn, type Draft } from './draft';

/** The nouns that make the appositive describe a city («مدينة», «كبرى مدن», «عاصمة»). */
const CITY_NOUNS = new Set(['مدينه', 'مدن', 'عاصمه', 'بلده']);
/** The other words such an appositive opens with before its place («ثاني أكبر مدينة في …»). */
const DESCRIPTOR_WORDS = new Set([
	'اكبر',
	'كبري',
	'اهم',
	'اقدم',
	'ثاني',
	'ثالث',
	'رييسيه',
	'في',
	'اقليم',
	'منطقه',
	'جمهوريه',
	'ولايه',
	'محافظه'
]);
/** At most this many words stand between the appositive's start and its place. */
const MAX_DESCRIPTOR = 5;

function cityLike(m: Mention): boolean {
	return !m.adjective && m.entry.type === 'city';
}

/**
 * The region or country of an appositive starting at token `from` («أكبر مدينة في Y», «كبرى مدن Y»,
 * «عاصمة إقليم Y»), when the appositive ends at Y (a comma, a bracket or the sentence's end follows):
 * «أكبر مدينة في أذربيجان هي باكو» is a statement of its own, not an appositive.
 */
function appositivePlace(info: SentenceInfo, from: number): Mention | undefined {
	const y = info.mentions.find(
		(m) => m.from > from && m.from <= from + MAX_DESCRIPTOR && !m.adjective
	);
	if (!y || !['region', 'country'].includes(y.entry.type)) return undefined;
	const words = info.tokens.slice(from, y.from);
	const known = (keys: string[], set: Set<string>): boolean => keys.some((k) => set.has(k));
	if (!words.some((t) => known(cueOf(t), CITY_NOUNS))) return undefined;
	if (!words.every((t) => known(cueOf(t), CITY_NOUNS) || known(cueOf(t), DESCRIPTOR_WORDS)))
		return undefined;
	const next = info.tokens[y.to];
	const after = info.text.slice(y.end, next?.start ?? info.text.length);
	if (next && !/[,،)(.]/.test(after)) return undefined;
	// «عاصمة أذربيجان، باكو، …»: the phrase heads a city of its own, named right after it.
	const named = info.mentions.find((m) => m.from === y.to);
	return named && cityLike(named) ? undefined : y;
}

/** Whether the lexicon puts the city in another country than the place («موسكو» is not in Azerbaijan). */
function contradictsLexicon(x: Mention, y: Mention): boolean {
	const expected = x.entry.country;
	const given = y.entry.type === 'country' ? y.entry.id : y.entry.country;
	return !!expected && !!given && expected !== given;
}

function located(info: SentenceInfo, x: Mention, y: Mention): Draft | null {
	if (x.entry.id === y.entry.id || contradictsLexicon(x, y)) return null;
	return placedIn(x, y, evidence(info, y.start, y.end));
}

export function extractPlaceAppositions(info: SentenceInfo): Draft[] {
	const drafts: Draft[] = [];
	// «في ستيباناكيرت، أكبر مدينة في ناغورنو كاراباخ، …», «(أكبر مدينة في …)», and «في ستيباناكيرت.
	// أكبر مدينة …» with the stray stop the splitter left inside the sentence.
	for (const x of info.mentions) {
		if (!cityLike(x)) continue;
		const start = info.tokens[x.to];
		if (!start || !/^\s*[,،(.]\s*$/.test(info.text.slice(x.end, start.start))) continue;
		const y = appositivePlace(info, x.to);
		const draft = y ? located(info, x, y) : null;
		if (draft) drafts.push(draft);
	}
	return drafts;
}
