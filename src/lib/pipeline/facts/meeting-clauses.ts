// Who takes part in a meeting, and who hosts or arranges it, when the sentence says so outside the
// meeting's own phrase: a receiving verb whose guest is a pronoun («حلّ أردوغان …، حيث استقبله علييف»),
// a phone call closing a clause («قدّم علييف تعازيه لنظيره الروسي … في اتصال هاتفي»), someone who
// seeks to bring two others together («يسعى ميشال إلى جمع علييف وباشينيان»), a dinner given in
// someone's honour («أقام … مأدبة عشاء على شرف …»), an invitation from the host country's own
// official («بدعوة من وزير الخارجية الكازاخستاني» for talks in Almaty). Pure reading of one sentence.
import { cueOf, gapBefore, keyIs, type SentenceInfo } from '../analyze';
import type { EntityRef } from '../types';

export type Found = { ref: EntityRef; start: number; end: number };

/** The punctuation that ends a clause. */
const CLAUSE_GAP = /[،,:؛;.!?؟]/;

/** The first token of the clause that holds token p. */
export function clauseFrom(info: SentenceInfo, p: number): number {
	for (let k = p; k > 0; k--) if (CLAUSE_GAP.test(gapBefore(info, k))) return k;
	return 0;
}

/** The people named in tokens [from, to): role holders (or unknown names a role phrase gives) and names. */
export function personsIn(info: SentenceInfo, from: number, to: number): Found[] {
	const out: Found[] = [];
	for (let k = from; k < to;) {
		const role = info.roles.find((r) => r.from === k && r.to > k && r.to <= to);
		if (role?.person) {
			out.push({ ref: role.person.ref, start: role.person.start, end: role.person.end });
			k = role.to;
			continue;
		}
		if (role?.candidate) {
			const c = role.candidate;
			out.push({
				ref: { id: null, type: 'person', ar: c.ar, arCanonical: c.ar, en: null },
				start: c.start,
				end: c.end
			});
			k = role.to;
			continue;
		}
		const m = info.mentions.find((x) => x.from === k);
		if (m && !m.adjective && m.entry.type === 'person') {
			out.push({ ref: m.ref, start: m.start, end: m.end });
			k = m.to;
			continue;
		}
		k = m ? m.to : k + 1;
	}
	return out;
}

/** «أن», «إن»: what follows is what someone said, not the speaker's own clause. */
const THAT = /^[وف]?(?:ان|انه|انها|بان|بانه)$/;

/**
 * «وقدّم الرئيس الأذربيجاني إلهام علييف تعازيه … لنظيره الروسي فلاديمير بوتين في اتصال هاتفي»: a call
 * named at the end of a clause («في اتصال هاتفي», «خلال مكالمة هاتفية») is had by the people the clause
 * names, from its start or from the «أن» of a statement in it.
 */
export function callParties(info: SentenceInfo, cueFrom: number): Found[] {
	const prep = info.tokens[cueFrom - 1]?.key ?? '';
	if (!/^[وف]?(?:في|خلال|عبر)$/.test(prep)) return [];
	let from = clauseFrom(info, cueFrom - 1);
	for (let k = cueFrom - 2; k >= from; k--)
		if (THAT.test(info.tokens[k]?.key ?? '')) {
			from = k + 1;
			break;
		}
	const people = personsIn(info, from, cueFrom - 1);
	return people.length >= 2 ? people : [];
}

/** «استقبله», «استقبلها», «استقبلهم»: a receiving verb whose object, the guest, is a pronoun. */
export const RECEIVES_PRONOUN = /^[وف]?استقبل(?:ه|ها|هم|هما|ته|تها|تهم|تهما)$/;

/** The guest a pronoun points back to: the last person named before token p in the sentence. */
export function antecedent(info: SentenceInfo, p: number): Found | null {
	const before = personsIn(info, 0, p);
	return before[before.length - 1] ?? null;
}

const PLACE_TYPES = new Set(['city', 'region', 'place', 'country']);

/**
 * «حلّ أردوغان بجيب ناخيتشيفان الأذربيجاني، حيث استقبله علييف»: «حيث» (where) right before a meeting
 * word places the meeting in the place named just before it (a country's adjective may follow it).
 */
export function placeBeforeWhere(info: SentenceInfo, cueFrom: number): Found | null {
	const where = [cueFrom - 1, cueFrom - 2].find((k) =>
		/^[وف]?حيث$/.test(info.tokens[k]?.key ?? '')
	);
	if (where === undefined) return null;
	let k = where;
	for (let hops = 0; hops < 2; hops++) {
		const m = info.mentions.find((x) => x.to === k);
		if (!m) return null;
		if (!m.adjective && PLACE_TYPES.has(m.entry.type))
			return { ref: m.ref, start: m.start, end: m.end };
		if (!m.adjective) return null;
		k = m.from;
	}
	return null;
}

/** «جمع» (bringing together) after «إلى», «على» or «لـ»: the one who seeks it arranges the meeting. */
const GATHER = /^(?:الي|علي)$/;

/**
 * «يسعى رئيس المجلس الأوروبي شارل ميشال إلى جمع علييف وباشينيان في لقاء»: the person (or office) named
 * right before «إلى جمع» arranges the meeting; returns it with the token of «جمع».
 */
export function gatherers(info: SentenceInfo): (Found & { at: number })[] {
	const out: (Found & { at: number })[] = [];
	info.tokens.forEach((t, i) => {
		if (!cueOf(t).includes('جمع') || !GATHER.test(info.tokens[i - 1]?.key ?? '')) return;
		const before = personsIn(info, clauseFrom(info, i - 1), i - 1).pop();
		if (before && before.end === info.tokens[i - 2]?.end) out.push({ ...before, at: i });
	});
	return out;
}

/** «أقام», «يقيم»: giving a dinner or a reception. */
const GIVES = new Set(['اقام', 'اقامت', 'يقيم', 'تقيم', 'سيقيم', 'ستقيم']);

/**
 * «وكان الرئيس الأرميني فاهاغن خاتشاتوريان قد أقام مساء أمس مأدبة عشاء رسمية على شرف الضيف»: whoever
 * gives something «على شرف» (in honour of) a guest hosts that guest. Returns the host and the token of
 * «شرف».
 */
export function honourHosts(info: SentenceInfo): (Found & { at: number })[] {
	const out: (Found & { at: number })[] = [];
	info.tokens.forEach((t, i) => {
		if (t.key !== 'شرف' || info.tokens[i - 1]?.key !== 'علي') return;
		const start = clauseFrom(info, i);
		const verb = info.tokens.findIndex((v, k) => k >= start && k < i && keyIs(v, GIVES));
		if (verb < 0) return;
		// «X قد أقام» (the giver first) or «أقام X» (the verb first).
		const host = personsIn(info, start, verb).pop() ?? personsIn(info, verb + 1, i)[0];
		if (host) out.push({ ...host, at: i });
	});
	return out;
}

/**
 * The country an inviter speaks for: the country of the role phrase that names them («وزير الخارجية
 * الكازاخستاني مراد نورتليو»), else of the office the lexicon gives them; null when neither says.
 */
export function countryOf(info: SentenceInfo, who: Found): string | null {
	const role = info.roles.find(
		(r) => (r.person?.start === who.start || r.candidate?.start === who.start) && r.country?.id
	);
	if (role?.country?.id) return role.country.id;
	if (who.ref.type === 'country') return who.ref.id;
	const entry = who.ref.id ? info.lexicon.byId.get(who.ref.id) : undefined;
	const of = entry?.office?.en.match(/ of (?:the )?(.+)$/)?.[1]?.toLowerCase();
	const country = of
		? info.lexicon.lexicon.entries.find((e) => e.type === 'country' && e.en.toLowerCase() === of)
		: undefined;
	return country?.id ?? null;
}

/** The country a meeting's place lies in (a country is its own). */
export function placeCountry(place: EntityRef): string | null {
	return place.type === 'country' ? place.id : (place.country ?? null);
}
