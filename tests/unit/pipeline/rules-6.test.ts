// General rules read from held-out set 6's misses (humanitarian counts, votes, casualties, offices of
// international bodies, lists of people before their offices). Sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extractText } from './helpers';

/** Quantity facts as «kind value unit qualifier «answer»». */
const figures = (text: string): string[] => {
	const r = extractText(text);
	const s = r.articles[0]?.sentences[0]?.text ?? '';
	return r.facts.flatMap((f) =>
		f.value.type === 'quantity'
			? [
					`${f.kind} ${f.value.quantity.value} ${f.value.quantity.unit ?? ''} ${f.value.quantity.qualifier} «${s.slice(...f.evidence[0]!.span)}»`
				]
			: []
	);
};

describe('counted nouns of humanitarian reports and votes', () => {
	it('counts children, patients, blankets and beds', () => {
		expect(figures('ووصل إلى المخيم نحو 12 ألف طفل.')).toEqual([
			'figure 12000 child approximately «12 ألف»'
		]);
		expect(figures('ونقلت المنظمة أكثر من 40 مريضا إلى المستشفيات.')).toEqual([
			'figure 40 patient more-than «40»'
		]);
		expect(figures('ووزعت الوكالة 3 آلاف بطانية و900 سرير.')).toEqual([
			'figure 3000 blanket exact «3 آلاف»',
			'figure 900 bed exact «900»'
		]);
	});

	it('counts votes, mediators and commissions, duals included', () => {
		expect(figures('واعتُمد النص بأغلبية 11 صوتاً مقابل صوتين.')).toEqual([
			'figure 11 vote exact «11»',
			'figure 2 vote exact «صوتين»'
		]);
		expect(figures('وتتنافس أربعة وسطاء على الملف، واتفقوا على تشكيل لجنتين.')).toEqual([
			'figure 4 mediator exact «أربعة»',
			'figure 2 commission exact «لجنتين»'
		]);
	});
});
