import { describe, expect, it } from 'vitest';
import {
	buildBank,
	parseEditorial,
	questionId,
	serializeBank,
	validateBank,
	type Bank
} from '../../../src/lib/questions';
import { articles, facts, lexicon } from './fixtures';

const build = (input: Partial<Parameters<typeof buildBank>[0]> = {}) =>
	buildBank({ articles, facts, lexicon, ...input });

describe('question ids', () => {
	it('come from kind, template and fact, not from order', () => {
		expect(questionId('host', 'host_past', ['f1'])).toBe(questionId('host', 'host_past', ['f1']));
		expect(questionId('host', 'host_past', ['f1'])).not.toBe(questionId('host', 'host_past', ['f2']));
		const a = build().bank.questions.map((q) => q.id).sort();
		const b = build({ facts: [...facts].reverse() }).bank.questions.map((q) => q.id).sort();
		expect(b).toEqual(a);
	});

	it('survive another fact being added', () => {
		const before = new Set(build().bank.questions.map((q) => q.id));
		const extra = { ...facts[0]!, id: 'f-zzz-extra', kind: 'date' as const };
		const after = new Set(build({ facts: [...facts, extra] }).bank.questions.map((q) => q.id));
		const kept = [...before].filter((id) => after.has(id));
		expect(kept.length).toBeGreaterThan(before.size * 0.8);
	});
});

describe('determinism', () => {
	it('builds byte-identical JSON twice, whatever the input order', () => {
		const one = serializeBank(build().bank);
		expect(serializeBank(build().bank)).toBe(one);
		expect(serializeBank(build({ facts: [...facts].reverse() }).bank)).toBe(one);
		expect(one.endsWith('}\n')).toBe(true);
	});
});

describe('editorial file', () => {
	const base = build().bank;
	const target = base.questions[0]!;

	it('rejects a question by id', () => {
		const result = build({ editorial: parseEditorial({ reject: { [target.id]: 'too easy' } }) });
		expect(result.bank.questions.map((q) => q.id)).not.toContain(target.id);
		expect(result.staleEditorial).toEqual([]);
	});

	it('corrects a prompt and an option by id, keeping the answer', () => {
		const option = target.options[target.answer]!;
		const editorial = parseEditorial({
			correct: { [target.id]: { prompt: { en: 'Who hosted it?' }, options: { [option.ar]: { en: 'Fixed' } } } }
		});
		const q = build({ editorial }).bank.questions.find((x) => x.id === target.id)!;
		expect(q.prompt.en).toBe('Who hosted it?');
		expect(q.prompt.ar).toBe(target.prompt.ar);
		expect(q.options[q.answer]?.en).toBe('Fixed');
	});

	it('reports entries that match no question and refuses malformed files', () => {
		expect(build({ editorial: parseEditorial({ reject: { 'host-00000000': 'gone' } }) }).staleEditorial).toEqual([
			'host-00000000'
		]);
		expect(() => parseEditorial({ reject: { x: 1 } })).toThrow(/reject.x/);
		expect(() => parseEditorial({ gender: { x: 'n' } })).toThrow(/gender.x/);
	});
});

describe('validateBank catches broken questions', () => {
	const clone = (): Bank => JSON.parse(serializeBank(build().bank)) as Bank;

	it('passes the generated fixture bank', () => {
		expect(validateBank(build().bank)).toEqual([]);
	});

	it('flags duplicate options, a true distractor, a span off its answer and missing English', () => {
		const bank = clone();
		const q = bank.questions.find((x) => x.kind === 'role')!;
		const wrong = q.answer === 0 ? 1 : 0;
		q.options[wrong] = { ...q.options[q.answer]! };
		const r = bank.questions.find((x) => x.kind === 'date')!;
		r.sources[0]!.span = [0, 3];
		const p = bank.questions.find((x) => x.kind === 'place')!;
		p.prompt.en = null;
		const problems = validateBank(bank, { requireEnglish: new Set(bank.articles.map((a) => a.id)) });
		expect(problems.some((m) => m.includes(q.id) && m.includes('equal'))).toBe(true);
		expect(problems.some((m) => m.includes(q.id) && m.includes('true per the facts'))).toBe(true);
		expect(problems.some((m) => m.includes(r.id) && m.includes('does not state'))).toBe(true);
		expect(problems.some((m) => m.includes(p.id) && m.includes('English'))).toBe(true);
	});

	it('flags a missing kind when every kind is required', () => {
		const bank = clone();
		bank.questions = bank.questions.filter((q) => q.kind !== 'figure');
		expect(validateBank(bank, { requireAllKinds: true })).toContain('no question of kind «figure»');
	});
});
