// Statement claims: facts no other question can ask become true statements worded by what their
// sentence says of the meeting (held, planned, offered, called off), beside two statements the fact
// base makes false.
import { describe, expect, it } from 'vitest';
import { answerInSpan, generateQuestions } from '../../../src/lib/questions';
import { optionKey } from '../../../src/lib/questions/normalize';
import { tq } from '../../../src/lib/questions/i18n';
import type { Fact, FactSubject } from '../../../src/lib/pipeline/types';
import { articles, ent, fact, facts, lexicon } from './fixtures';
import { statementFamilies } from './statement-wording';

const person = (id: string) => ({ type: 'entity' as const, entity: ent(id) });

const brusselsDec: FactSubject = {
	eventId: 'ev-brussels-dec',
	eventType: 'meeting',
	place: ent('brussels'),
	date: { day: 7, month: 12, text: '7 ديسمبر' },
	participants: [ent('aliyev'), ent('pashinyan')]
};
const bilaterals: FactSubject = {
	eventId: 'ev-bilaterals',
	eventType: 'meeting',
	participants: [ent('lavrov'), ent('bayramov'), ent('mirzoyan')]
};
// «التقى باشينيان وعلييف في بروكسل عدة مرات»: Brussels meetings the corpus cannot single out.
const brusselsMany: FactSubject = {
	eventId: 'ev-brussels-many',
	eventType: 'meeting',
	place: ent('brussels'),
	participants: [ent('pashinyan'), ent('aliyev')]
};

const extra: Fact[] = [
	fact('f-part-aliyev-dec', 'participant', ['a003', 0, 'إلهام علييف'], person('aliyev'), brusselsDec),
	fact('f-part-pashinyan-dec', 'participant', ['a003', 0, 'نيكول باشينيان'], person('pashinyan'), brusselsDec),
	fact('f-part-lavrov', 'participant', ['a004', 0, 'سيرغي لافروف'], person('lavrov'), bilaterals),
	fact('f-part-bayramov', 'participant', ['a004', 0, 'جيهون بيراموف'], person('bayramov'), bilaterals),
	fact('f-part-mirzoyan', 'participant', ['a004', 0, 'أرارات ميرزويان'], person('mirzoyan'), bilaterals),
	// «برعاية الاتحاد الأوروبي» read as mediation in general: no meeting, no sides in the fact.
	fact('f-med-eu', 'mediator', ['a003', 3, 'الاتحاد الأوروبي'], person('eu'), { eventType: 'other' }),
	fact('f-part-pashinyan-many', 'participant', ['a003', 3, 'باشينيان'], person('pashinyan'), brusselsMany),
	fact('f-part-aliyev-many', 'participant', ['a003', 3, 'علييف'], person('aliyev'), brusselsMany)
];

const { questions } = generateQuestions({ articles, facts: [...facts, ...extra], lexicon });
const statements = questions.filter((q) => q.template.startsWith('statement_'));
const truthOf = (factId: string) => {
	const q = statements.find((s) => s.factIds.includes(factId));
	return q ? (q.options[q.answer] as { ar: string; en: string | null }) : null;
};

describe('statement claims', () => {
	it('name every participant of an unsingled meeting in one true statement, with its place', () => {
		const truth = truthOf('f-part-pashinyan-many');
		expect(truth).not.toBeNull();
		expect(statements.find((s) => s.factIds.includes('f-part-pashinyan-many'))?.factIds).toContain(
			'f-part-aliyev-many'
		);
		expect(truth?.ar).toMatch(/^شارك (?:نيكول باشينيان وإلهام علييف|إلهام علييف ونيكول باشينيان) في اجتماع في بروكسل\.$/);
		expect(truth?.en).toMatch(/took part in a meeting in Brussels\.$/);
	});

	it('say a called-off meeting will not take place, never that it was held', () => {
		const truth = truthOf('f-part-aliyev-dec');
		expect(truth?.ar.startsWith('لن يُعقد اجتماع')).toBe(true);
		expect(truth?.ar).toContain('7 ديسمبر');
		expect(truth?.en).toMatch(/will not take place\.$/);
		// No true statement says the called-off meeting was held (a false one may use the date elsewhere).
		const truths = statements.map((s) => s.options[s.answer] as { ar: string });
		const held = truths.filter((o) => o.ar.includes('7 ديسمبر') && /^(?:عُقد|شارك)/.test(o.ar));
		expect(held).toEqual([]);
	});

	it('say that the first named meets each other one separately, never that they all met', () => {
		const truth = truthOf('f-part-lavrov');
		expect(truth?.ar).toBe('من المقرر أن يعقد سيرغي لافروف اجتماعات منفصلة مع جيهون بيراموف وأرارات ميرزويان.');
		expect(truth?.en).toBe('Sergei Lavrov is due to hold separate meetings with Jeyhun Bayramov and Ararat Mirzoyan.');
		expect(statements.find((s) => s.factIds.includes('f-part-lavrov'))?.factIds).toEqual([
			'f-part-lavrov',
			'f-part-bayramov',
			'f-part-mirzoyan'
		]);
		const merged = statements.flatMap((s) => s.options).filter((o) => /^شارك.*لافروف/.test(o.ar));
		expect(merged).toEqual([]);
	});

	it('name the two countries the article is about as the sides of mediation in general', () => {
		expect(truthOf('f-med-eu')).toEqual({
			ar: 'توسّط الاتحاد الأوروبي بين أرمينيا وأذربيجان.',
			en: 'The European Union has mediated between Armenia and Azerbaijan.'
		});
	});

	it('carry each listed fact’s value in the true statement, beside two false ones worded alike', () => {
		expect(statements.length).toBeGreaterThan(0);
		const byId = new Map([...facts, ...extra].map((f) => [f.id, f]));
		const truths = new Set(questions.map((q) => optionKey((q.options[q.answer] as { ar: string }).ar)));
		const families = statementFamilies;
		let alike = 0;
		for (const q of statements) {
			expect(q.prompt).toEqual({ ar: tq('ar', 'prompt.statement'), en: tq('en', 'prompt.statement') });
			expect(q.options).toHaveLength(3);
			const truth = q.options[q.answer] as { ar: string; en: string };
			for (const id of q.factIds) {
				const f = byId.get(id) as Fact;
				if (f.value.type === 'entity') expect(answerInSpan(truth.ar, f.value.entity.arCanonical)).toBe(true);
			}
			const wrong = q.options.filter((_, i) => i !== q.answer);
			for (const o of wrong) expect(truths.has(optionKey(o.ar))).toBe(false);
			const family = families.find((f) => f.test(truth.en));
			if (family && wrong.some((o) => family.test(o.en ?? ''))) alike++;
		}
		const worded = statements.filter((q) => families.some((f) => f.test((q.options[q.answer] as { en: string }).en)));
		// A family with no specific question to alter (here: sponsors) borrows another wording.
		expect(alike / worded.length).toBeGreaterThanOrEqual(0.75);
	});

});
