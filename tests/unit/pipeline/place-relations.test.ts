// Where a place lies, told by an appositive («كابان، كبرى مدن إقليم سيونيك», also after a stray full
// stop, which the splitter keeps inside the sentence) or by «جزء من» said of the sentence's topic.
// Sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../src/lib/pipeline/types';
import { extractText, of } from './helpers';

/** Location facts as «thing → value [relation/basis]». */
function placed(text: string): string[] {
	return of(extractText(text).facts, 'location')
		.filter((f: Fact) => f.subject.thing?.en !== 'protest')
		.map((f) => {
			const v = f.value.type === 'entity' ? (f.value.entity.en ?? f.value.entity.ar) : '?';
			const how = [f.subject.relation, f.subject.basis].filter(Boolean).join('/');
			return `${f.subject.thing?.en ?? f.subject.thing?.ar} → ${v}${how ? ` [${how}]` : ''}`;
		});
}

describe('an appositive describing a city', () => {
	it('places the city before a stray full stop that cuts the appositive off', () => {
		expect(
			placed(
				'ونظم المعارضون مسيرة حاشدة في كابان. كبرى مدن إقليم سيونيك ، للمطالبة بوقف ترسيم الحدود.'
			)
		).toEqual(['Kapan → Syunik']);
		expect(
			placed(
				'وخرج مئات السكان إلى الشوارع في غيومري. ثاني أكبر مدينة في أرمينيا ، احتجاجا على الغلاء.'
			)
		).toEqual(['Gyumri → Armenia']);
	});

	it('places the city it follows within one sentence («X، أكبر مدينة في Y،», «X، عاصمة Y،»)', () => {
		expect(
			placed('وتجمع المئات في غيومري، ثاني أكبر مدينة في أرمينيا، احتجاجا على الغلاء.')
		).toEqual(['Gyumri → Armenia']);
		expect(placed('ووصل الوفد إلى باكو، عاصمة أذربيجان، مساء الأحد.')).toEqual([
			'Baku → Azerbaijan'
		]);
	});

	it('gives the evidence in the sentence that names the city, with the span on the region', () => {
		const r = extractText(
			'ونظم المعارضون مسيرة حاشدة في كابان. كبرى مدن إقليم سيونيك ، للمطالبة بوقف ترسيم الحدود.'
		);
		expect(r.articles[0]?.sentences).toHaveLength(1);
		const f = of(r.facts, 'location').find((x) => x.subject.thing?.en === 'Kapan');
		const ev = f?.evidence[0];
		expect(ev?.sentence).toBe(0);
		const text = r.articles[0]?.sentences[0]?.text ?? '';
		expect(text).toContain('كابان');
		expect(text.slice(ev?.span[0], ev?.span[1])).toMatch(/سيونيك$/);
	});

	it('does not fire when the phrase is a statement of its own («أكبر مدينة في أذربيجان هي باكو»)', () => {
		expect(placed('وزار الوفد مدينة كنجة. أكبر مدينة في أذربيجان هي باكو.')).toEqual([]);
	});

	it('does not fire when the previous sentence does not end on a city', () => {
		expect(
			placed(
				'وقال الوزير إن المحادثات كانت مثمرة. أكبر مدينة في أرمينيا، وفق الإحصاءات، تضم مليون نسمة.'
			)
		).toEqual([]);
		expect(placed('وتظاهر الآلاف في أرمينيا. أكبر مدينة في إقليم سيونيك ، شهدت إضرابا.')).toEqual(
			[]
		);
		expect(placed('وتظاهر الآلاف في كابان أمس. أكبر مدينة في إقليم سيونيك ، شهدت إضرابا.')).toEqual(
			[]
		);
	});

	it('does not fire when the phrase heads a city of its own or the lexicon puts the city elsewhere', () => {
		expect(placed('واجتمع الوزراء في كنجة. عاصمة أذربيجان، باكو، شهدت احتجاجات.')).toEqual([]);
		expect(placed('واجتمع الوزراء في موسكو، أكبر مدينة في أذربيجان، أمس.')).toEqual([]);
		expect(placed('وتظاهر الآلاف في إيجيفان. عاصمة إقليم تافوش ، للمطالبة بالإصلاح.')).toEqual([
			'Ijevan → Tavush'
		]);
	});

	it('does not fire on an appositive that is no city descriptor («كابان، حيث يقيم سكان أرمينيا»)', () => {
		expect(placed('وتظاهر الآلاف في كابان، حيث يقيم لاجئون من أرمينيا.')).toEqual([]);
	});
});

describe('«جزء من» said of the sentence topic', () => {
	it('reads the topic joined through a pronoun, keeping international recognition', () => {
		expect(
			placed(
				'منطقة أبخازيا أعلنت انفصالها من جانب واحد، ولكن مع الاعتراف الدولي بها جزء من جورجيا.'
			)
		).toEqual(['Abkhazia → Georgia [part-of/international-recognition]']);
	});

	it('reads «X جزء من Y» and «X يعد جزءا من الأراضي الأرمينية»', () => {
		expect(placed('ناخيتشيفان جزء من أذربيجان رغم أنها لا تتصل بأراضيها برا.')).toEqual([
			'Nakhchivan → Azerbaijan [part-of]'
		]);
		expect(placed('وإقليم سيونيك يعد جزءا من الأراضي الأرمينية منذ استقلال البلاد.')).toEqual([
			'Syunik → Armenia [part-of]'
		]);
	});

	it('does not fire on «كجزء من جولة» or a place that is not the topic', () => {
		expect(placed('عقد الوزيران اجتماعا في موسكو كجزء من جولة جديدة من المحادثات.')).toEqual([]);
		expect(placed('ورفضت أذربيجان اعتبار ناغورنو كاراباخ جزءا من أرمينيا.')).toEqual([]);
	});

	it('does not fire on a denial, a former status, a demand or a party’s recognition', () => {
		expect(placed('منطقة أبخازيا ليست جزءا من روسيا بحسب القانون الدولي.')).toEqual([]);
		expect(placed('أبخازيا كانت جزءا من جورجيا السوفيتية.')).toEqual([]);
		expect(placed('منطقة أبخازيا يطالب بها القوميون جزءا من روسيا.')).toEqual([]);
		expect(placed('منطقة أبخازيا مع اعتراف الانفصاليين بها جزء من روسيا.')).toEqual([]);
	});

	it('does not fire on a quotation or a statement given to someone after it', () => {
		expect(placed('"ناخيتشيفان جزء من أرمينيا"، هكذا هتف المتظاهرون.')).toEqual([]);
		expect(placed('ناخيتشيفان جزء من أرمينيا، بحسب ما يردده القوميون.')).toEqual([]);
		expect(placed('ناخيتشيفان جزء من أذربيجان، قال الرئيس الأذربيجاني إلهام علييف.')).toEqual([]);
	});
});
