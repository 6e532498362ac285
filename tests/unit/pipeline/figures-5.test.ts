// Counted nouns and shapes of figures met in other outlets: flights, mines, towns and leaders after a
// partitive «من», two areas sharing one unit (Arabic-Indic digits), a square unit, and one casualty
// counted by the singular noun. Sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { quantityLines as figures } from './helpers';

describe('figures in other outlets’ words', () => {
	it('counts flights, mines, towns and leaders', () => {
		expect(figures('ويسيّر البلدان رحلات بمعدل يصل إلى 4 رحلات أسبوعيا.')).toEqual([
			'figure 4 flight up-to «4»'
		]);
		expect(figures('وسلّمت خرائط لنحو 97 ألف لغم مزروع.')).toEqual([
			'figure 97000 mine approximately «97 ألف»'
		]);
		expect(figures('وحرر الجيش أكثر من 300 من المدن والبلدات والقرى.')).toEqual([
			'figure 300 city more-than «300»'
		]);
		expect(figures('وتحتجز باكو ثمانية من القادة السابقين للإقليم.')).toEqual([
			'figure 8 person exact «ثمانية»'
		]);
	});

	it('gives two numbers joined by «و» the unit after the second, keeping Arabic-Indic digits', () => {
		expect(figures('ويؤكد الجانبان الاعتراف المتبادل بمساحتي ٨٦٦٠٠ و٢٩٨٠٠ كيلومتر مربع.')).toEqual([
			'figure 86600 square-km exact «٨٦٦٠٠»',
			'figure 29800 square-km exact «٢٩٨٠٠»'
		]);
	});

	it('counts one casualty by the singular noun after «إصابة» or «مقتل», not after the active «قتل»', () => {
		expect(figures('وأعلنت الوزارة إصابة جندي بنيران أذربيجانية قرب الحدود.')).toEqual([
			'casualties 1 soldier exact «جندي»'
		]);
		expect(figures('وقال إن جندياً قتل جندي الطرف الآخر.')).toEqual([]);
	});
});
