// Questions whose answer is an office named without its holder («مَن سيعقد الاجتماع في مدريد؟» →
// «رئيس الوزراء الإسباني»), and a capital's agreement backing its side's participation. Articles
// are written for these tests and run through the real extractor and generator.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { built } from './made-up';
import { normalizeArabic } from '../../../src/lib/pipeline/normalize';
import { World } from '../../../src/lib/questions/events';
import { lexiconOfficeEntities, officeExcluded } from '../../../src/lib/questions/offices';
import { entityFromLexicon } from '../../../src/lib/questions/render';
import { lexicon } from './made-up';
import { buildBank } from '../../../src/lib/questions';
import { extractCorpus } from '../../../src/lib/pipeline/extract';

const CONVENED =
	'ويخطط رئيس الوزراء الإسباني لعقد اجتماع ثلاثي للزعيمين الصربي والألباني بمشاركة الرئيس الفرنسي إيمانويل ماكرون في مدريد في الثالث من آذار/مارس المقبل.';

function officeQuestion(...texts: string[]) {
	const { bank } = built(...texts);
	return { bank, q: bank.questions.find((q) => q.relation === 'host' && q.options[q.answer]?.en === 'Prime Minister of Spain') };
}

describe('who convenes a meeting: decided once, by the extractor', () => {
	it('asks who convened when the host holds the meeting of others, named after its office', () => {
		const { bank, facts } = built(
			'عقد رئيس المجلس الأوروبي شارل ميشيل اجتماعا بين علييف وباشينيان في بروكسل يوم الأحد.'
		);
		const host = facts.find((f) => f.kind === 'host');
		expect(host?.evidence[0]?.convenes).toBe(true);
		const q = bank.questions.find((x) => x.relation === 'host' && x.kind === 'host');
		expect(q?.options[q.answer]?.en).toBe('Charles Michel');
		expect(q?.prompt.en).toMatch(/^According to the article, who convened the meeting /);
	});

	// «عقد X وY اجتماعًا»: two subjects hold the meeting together; neither convenes it, whatever word
	// stands next to a host's name.
	it('never says «convene» for «عقد X وY اجتماعًا», even of a host named right after «عقد»', () => {
		const { articles, facts } = extractCorpus(
			[{ id: 'made-up-0', text: 'عقد ماكرون وشولتز اجتماعاً بين علييف وباشينيان في بروكسل يوم الأحد.' }],
			lexicon
		);
		expect(facts.filter((f) => f.kind === 'host')).toEqual([]);
		// The same sentence with Macron, right after «عقد», given as host without the extractor's flag.
		const macron = facts.find((f) => f.kind === 'participant' && f.value.type === 'entity' && f.value.entity.id === 'macron');
		expect(macron?.evidence[0]?.span).toEqual([4, 10]);
		if (!macron) return;
		const host = { ...macron, id: 'f-host', kind: 'host' as const, evidence: [{ ...macron.evidence[0]! }] };
		const { bank } = buildBank({ articles, facts: [...facts.filter((f) => f !== macron), host], lexicon });
		const q = bank.questions.find((x) => x.factId === 'f-host' && x.kind === 'host');
		expect(q?.prompt.en).toMatch(/^According to the article, who hosted /);
	});
});

describe('an office as the answer', () => {
	it('asks who convenes the meeting, the office as written being the answer', () => {
		const { bank, q } = officeQuestion(CONVENED);
		// The meeting is told apart by what the sentence gives (its place, date or participants).
		expect(q?.prompt.en).toMatch(/^According to the article, who is to convene the meeting (?:in|with|on) /);
		expect(q?.prompt.ar).toMatch(/^مَن سيعقد الاجتماع .+ بحسب المقال؟$/);
		expect(q?.options[q.answer]?.ar).toBe('رئيس الوزراء الإسباني');
		const s = q?.sources[0];
		const sentence = bank.articles[0]?.sentences[s?.sentence ?? -1]?.ar ?? '';
		expect(s && sentence.slice(s.span[0], s.span[1])).toBe('رئيس الوزراء الإسباني');
	});

	it('sets it only against offices of the same rank that the meeting does not involve', () => {
		const { q } = officeQuestion(CONVENED);
		const wrong = (q?.options ?? []).filter((_, i) => i !== q?.answer).map((o) => o.en ?? '');
		expect(wrong).toHaveLength(3);
		for (const w of wrong) {
			// Heads of state, government or a body, like the answer: no minister, no person.
			expect(w).toMatch(/^(?:President|Prime Minister|Chancellor|Secretary General) of /);
			// Not the office of a side the sentence names, nor Macron's, who takes part.
			expect(w).not.toMatch(/Spain|Serbia|Albania|France/);
		}
	});

	it('is asked who hosts when the sentence says «استضاف»', () => {
		const { bank } = built(
			'استضاف وزير الخارجية الإيطالي، الخميس، اجتماعاً لوزراء خارجية صربيا وألبانيا في روما.'
		);
		const q = bank.questions.find((x) => x.options[x.answer]?.en === 'Foreign Minister of Italy');
		expect(q?.prompt.en).toMatch(/^According to the article, who hosted the meeting (?:in|with|on) /);
		for (const o of q?.options ?? []) expect(o.en).toMatch(/Minister of /);
	});

	it('never offers an office against a person', () => {
		const { bank } = built(
			CONVENED,
			'استضاف الرئيس التركي رجب طيب أردوغان قمة في إسطنبول يوم الجمعة بين زعيمي صربيا وألبانيا.'
		);
		const person = bank.questions.filter(
			(x) => x.relation === 'host' && x.options[x.answer]?.en === 'Recep Tayyip Erdogan'
		);
		expect(person.length).toBeGreaterThan(0);
		for (const x of person) for (const o of x.options) expect(o.en).not.toMatch(/ of /);
	});

	it('leaves out the office of someone the meeting names only by name', () => {
		const world = new World(lexicon, []);
		const offices = lexiconOfficeEntities(lexicon);
		const office = (en: string) => offices.find((o) => o.en === en);
		const answer = office('President of the European Council');
		const macron = lexicon.entries.find((e) => e.id === 'macron');
		expect(answer && macron).toBeTruthy();
		if (!answer || !macron) return;
		// Emmanuel Macron, who holds the French presidency, takes part: «President of France» would mislead.
		const excluded = officeExcluded(world, answer, [], [entityFromLexicon(macron)], []);
		expect(excluded(office('President of France')!)).toBe(true);
		expect(excluded(office('President of Russia')!)).toBe(false);
		// Another rank is never a wrong option for a head of a body.
		expect(excluded(office('Foreign Minister of Russia')!)).toBe(true);
		// Nor a side the source sentence names («للزعيمين الأرميني والأذربيجاني»).
		expect(officeExcluded(world, answer, [], [], ['armenia'])(office('Prime Minister of Armenia')!)).toBe(true);
	});
});

describe('an office and its holder are related, one by one or against a pool', () => {
	const world = new World(lexicon, []);
	const offices = lexiconOfficeEntities(lexicon);
	const people = lexicon.entries.map(entityFromLexicon);
	const all = [...people, ...offices];

	it('relates the President of the European Council and Charles Michel both ways', () => {
		const office = offices.find((o) => o.en === 'President of the European Council');
		const michel = people.find((e) => e.id === 'michel');
		expect(office && michel).toBeTruthy();
		if (!office || !michel) return;
		expect(world.related(michel, office)).toBe(true);
		expect(world.relatedToAny([office])(michel)).toBe(true);
		expect(world.relatedToAny([michel])(office)).toBe(true);
	});

	it('says of any entity and pool what «related» says of each member', () => {
		fc.assert(
			fc.property(
				fc.nat(all.length - 1),
				fc.array(fc.nat(all.length - 1), { maxLength: 6 }),
				(e, pool) => {
					const members = pool.map((i) => all[i]!);
					const entity = all[e]!;
					expect(world.relatedToAny(members)(entity)).toBe(members.some((m) => world.related(entity, m)));
				}
			),
			{ numRuns: 2000, seed: 20261123 }
		);
	});
});

describe('a capital agreeing for its side', () => {
	it('backs the question on its side’s participation with the capital’s sentence', () => {
		const { bank, facts } = built(
			'جمعت قمة في الدوحة يوم الأحد زعماء إيران وتركيا وقطر. واتفقت طهران وأنقرة على تشكيل لجنة مشتركة في ختام القمة.'
		);
		const iran = facts.find((f) => f.kind === 'participant' && f.value.type === 'entity' && f.value.entity.id === 'iran');
		const asking = bank.questions.filter((q) => iran && q.factIds.includes(iran.id));
		expect(asking.length).toBeGreaterThan(0);
		const second = bank.articles[0]?.sentences[1]?.ar ?? '';
		expect(asking.some((q) => q.sources.some((s) => s.sentence === 1))).toBe(true);
		expect(normalizeArabic(second)).toContain(normalizeArabic('طهران'));
		// No question offers the capital itself as a party.
		for (const q of bank.questions)
			if (q.relation === 'participant') expect(q.options[q.answer]?.en).not.toBe('Tehran');
	});
});
