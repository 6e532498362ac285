// Offices shared by a list of names, and offices whose country the role phrase does not give:
// «وزير الخارجية الروسي سيرغي لافروف، إلى جانب الأذربيجاني جيهون بيراموف والأرميني أرارات ميرزويان»,
// «الرئيسين التركي رجب طيب أردوغان والأذربيجاني إلهام علييف», «الوفد الأذري … ووزير الخارجية X»,
// «الرئيس الروسي … ووزير الخارجية X», «رافق باشينيان وزير خارجيته X».
import type { Mention } from './entities';
import type { RoleMatch } from './roles';
import type { Token } from './tokens';

type Candidate = { ar: string; start: number; end: number; to: number };

export interface ListContext {
	text: string;
	tokens: Token[];
	mentions: Mention[];
	byStart: Map<number, Mention>;
	/** An unknown name read from token k on, as the role rules read one after an office. */
	candidateAt: (k: number) => Candidate | null;
}

/** Offices written in the dual or the plural («الرئيسين», «وزيرا الخارجية», «وزراء خارجية»). */
const MANY = /^[وف]?(?:[بل]?ال|لل)?(?:رييسين|رييسان|رييسا|وزيرا|وزيري|وزراء|نواب)$/;

/** «الدول الثلاث», «البلدين», «الدولتين»: the countries a plural office belongs to, not named yet. */
const COUNTRIES_WORDS =
	/^(?:الدول|البلدان|البلدين|الدولتين|الثلاث|الثلاثه|الاربع|الاربعه|المعنيه|المعنيين)$/;

const gapOf = (c: ListContext, k: number): string =>
	c.text.slice(c.tokens[k - 1]?.end ?? 0, c.tokens[k]?.start ?? 0);

/**
 * The holder named right after the country adjective `m` (a known person, else an unknown name): office
 * `office` of that country, the match starting at token `from`. Null when no name follows.
 */
function holderAfter(
	c: ListContext,
	office: RoleMatch['office'],
	m: Mention,
	from: number
): RoleMatch | null {
	if (!/^\s+$/.test(gapOf(c, m.to))) return null;
	const p = c.byStart.get(m.to);
	const person = p?.entry.type === 'person' ? p : null;
	const candidate = person || p ? null : c.candidateAt(m.to);
	if (!person && !candidate) return null;
	return {
		office,
		country: m.ref,
		person,
		candidate: candidate ? { ar: candidate.ar, start: candidate.start, end: candidate.end } : null,
		from,
		to: person ? person.to : (candidate?.to ?? m.to),
		labelStart: m.start,
		labelEnd: m.end
	};
}

/**
 * The names after an office holder that share the office, each led by its country
 * («… والأرميني أرارات ميرزويان», «، إلى جانب الأذربيجاني جيهون بيراموف»); a dual or plural office
 * also takes country names («وزراء خارجية روسيا … وأذربيجان جيهون بيراموف»).
 */
export function carryOffices(c: ListContext, roles: RoleMatch[]): RoleMatch[] {
	const added: RoleMatch[] = [];
	const taken = new Set(roles.map((r) => r.from));
	for (const r of roles) {
		const many = MANY.test(c.tokens[r.from]?.key ?? '');
		if (!r.country || (!r.person && !r.candidate && !many)) continue;
		if (many && !r.person && !r.candidate && inOrder(c, r, added, taken)) continue;
		let k = r.to;
		for (;;) {
			let j = k;
			let joined = false;
			const gap = gapOf(c, j);
			if (
				/^\s*[،,]?\s*$/.test(gap) &&
				c.tokens[j]?.key === 'الي' &&
				c.tokens[j + 1]?.key === 'جانب'
			) {
				j += 2;
				joined = true;
			} else if (!/^\s*$/.test(gap)) break;
			const m = c.byStart.get(j);
			if (!m || taken.has(j) || m.entry.type !== 'country') break;
			if (!m.adjective && !many) break;
			if (!joined && !(c.tokens[j]?.key ?? '').startsWith('و')) break;
			const holder = holderAfter(c, r.office, m, j);
			if (!holder) break;
			added.push(holder);
			taken.add(j);
			k = holder.to;
		}
	}
	return added;
}

/**
 * «وزيري خارجية أذربيجان وأرمينيا جيهون بيرموف وأرارات ميرزويان»: the countries, then as many names
 * in the same order. The first name goes to the office phrase itself, the others to new roles.
 */
function inOrder(c: ListContext, r: RoleMatch, added: RoleMatch[], taken: Set<number>): boolean {
	const countries: Mention[] = [];
	let k = r.to;
	for (let m = c.byStart.get(k); m && m.entry.type === 'country'; m = c.byStart.get(k)) {
		if (!(c.tokens[k]?.key ?? '').startsWith('و') || !/^\s+$/.test(gapOf(c, k))) break;
		countries.push(m);
		k = m.to;
	}
	const people: Mention[] = [];
	for (let m = c.byStart.get(k); m && m.entry.type === 'person'; m = c.byStart.get(k)) {
		if (people.length && !(c.tokens[k]?.key ?? '').startsWith('و')) break;
		if (!/^\s+$/.test(gapOf(c, k))) break;
		people.push(m);
		k = m.to;
	}
	if (!countries.length || people.length !== countries.length + 1) return false;
	const [first, ...rest] = people;
	if (!first) return false;
	r.person = first;
	rest.forEach((p, n) => {
		const country = countries[n];
		if (!country) return;
		added.push({
			office: r.office,
			country: country.ref,
			person: p,
			candidate: null,
			from: p.from,
			to: p.to,
			labelStart: country.start,
			labelEnd: country.end
		});
		taken.add(p.from);
	});
	r.to = first.to;
	return true;
}

/** «الوفد», «وفد», behind «و», «ف», «ب», «ل» («والوفد», «بالوفد», «للوفد», «وللوفد»). */
const DELEGATION = /^[وف]?(?:[بل]?ال|لل)?وفد$/;

/** Whether a token key is the word «وفد» (a delegation): one test for role lists and meetings. */
export function isDelegationWord(key: string): boolean {
	return DELEGATION.test(key);
}

/**
 * Countries for offices written without one: the delegation the names belong to («وضم الوفد الأذري
 * مساعد الرئيس … ووزير الخارجية X»), or the office holder just before, joined by «و» («الرئيس الروسي
 * فلاديمير بوتين ووزير الخارجية سيرغي لافروف»: both of Russia).
 */
export function inheritCountries(c: ListContext, roles: RoleMatch[]): void {
	const sorted = [...roles].sort((a, b) => a.from - b.from);
	sorted.forEach((r, n) => {
		if (r.country || r.owner || (!r.person && !r.candidate)) return;
		const prev = sorted[n - 1];
		const chained =
			prev &&
			prev.to === r.from &&
			(prev.person || prev.candidate) &&
			(c.tokens[r.from]?.key ?? '').startsWith('و') &&
			/^\s+$/.test(gapOf(c, r.from));
		if (chained && (prev.country || prev.owner)) {
			r.country = prev.country;
			if (prev.owner) r.owner = prev.owner;
			return;
		}
		const delegation = delegationBefore(c, r.from);
		if (delegation) r.country = delegation.ref;
	});
}

/** The country adjective of a delegation named earlier in the same clause as token p. */
function delegationBefore(c: ListContext, p: number): Mention | null {
	for (let k = p - 1; k >= 0 && k >= p - 24; k--) {
		if (/[،,.:؛;]/.test(gapOf(c, k + 1))) return null;
		if (!isDelegationWord(c.tokens[k]?.key ?? '')) continue;
		const adj = c.byStart.get(k + 1);
		return adj?.adjective && adj.entry.type === 'country' ? adj : null;
	}
	return null;
}

/** Last words of offices that carry «ـه» (his): «وزير خارجيته», «وزير دفاعه», «رئيس وزرائه». */
const POSSESSIVE = new Set(['خارجيته', 'دفاعه', 'وزرايه']);

/** Possessive offices («وزير خارجيته», «رئيس وزرائه»): whose office it is, the last person named before. */
export function possessiveOwner(
	c: ListContext,
	officeFrom: number,
	officeTo: number
): Mention | null {
	if (!POSSESSIVE.has(c.tokens[officeTo - 1]?.key ?? '')) return null;
	const before = c.mentions.filter((m) => m.to <= officeFrom && m.entry.type === 'person');
	return before[before.length - 1] ?? null;
}

/**
 * A plural office without a country, then its holders each led by his country's adjective:
 * «نواب رؤساء وزراء الدول الثلاث: الروسي أليكسي أوفرتشوك والأذربيجاني شاهين مصطفاييف والأرميني …»,
 * «وزراء خارجية البلدان الثلاثة، الروسي … والأذربيجاني …». The first holder follows a colon or a
 * comma (or nothing), the others «و».
 */
export function pluralOfficeList(c: ListContext, roles: RoleMatch[]): RoleMatch[] {
	const added: RoleMatch[] = [];
	const taken = new Set(roles.map((r) => r.from));
	for (const r of roles) {
		if (r.country || r.person || r.candidate || !MANY.test(c.tokens[r.from]?.key ?? '')) continue;
		let k = r.to;
		while (k < r.to + 2 && COUNTRIES_WORDS.test(c.tokens[k]?.key ?? '')) k++;
		if (!/^\s*[:،,]?\s*$/.test(gapOf(c, k))) continue;
		for (let n = 0; ; n++) {
			const m = c.byStart.get(k);
			if (!m?.adjective || m.entry.type !== 'country' || taken.has(k)) break;
			if (n > 0 && (!(c.tokens[k]?.key ?? '').startsWith('و') || !/^\s+$/.test(gapOf(c, k)))) break;
			const holder = holderAfter(c, r.office, m, k);
			if (!holder) break;
			added.push(holder);
			taken.add(k);
			k = holder.to;
		}
	}
	return added;
}

/** Plural offices written with the article («الرؤساء», «الوزراء»): one office over several names;
 * and dual ones («وزيرا الخارجية X وY», «وزيرا خارجية البلدين X وY»), each holder of his own country. */
const PLURAL_HEAD = /^[وف]?(?:(?:[بل]?ال|لل)?روساء|وزيرا|وزيري|رييسا|رييسي)$/;

/**
 * «والرؤساء السابقون للإقليم أركادي غوكاسيان وباكو ساهاكيان وأرايك هاروتيونيان»: a plural office
 * whose first holder the role phrase names; the names joined to him by «و» hold it too, of the same
 * country or region.
 */
export function pluralHolders(c: ListContext, roles: RoleMatch[]): RoleMatch[] {
	const added: RoleMatch[] = [];
	const taken = new Set(roles.map((r) => r.from));
	for (const r of roles) {
		if (!r.person || !PLURAL_HEAD.test(c.tokens[r.from]?.key ?? '')) continue;
		let k = r.to;
		for (;;) {
			const m = c.byStart.get(k);
			if (!m || m.entry.type !== 'person' || taken.has(k)) break;
			if (!(c.tokens[k]?.key ?? '').startsWith('و') || !/^\s+$/.test(gapOf(c, k))) break;
			added.push({
				...r,
				person: m,
				candidate: null,
				from: k,
				to: m.to
			});
			taken.add(k);
			k = m.to;
		}
	}
	return added;
}
