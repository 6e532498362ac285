import { describe, expect, it } from 'vitest';
import { nameBreakTest, quoteRanges, splitLine } from '../../../src/lib/pipeline/sentences';
import { index } from './helpers';

const isNameBreak = nameBreakTest(index.firstNames, index.personNames);
const split = (text: string): string[] =>
	splitLine(text, 0, text.length, isNameBreak).map((s) => text.slice(s.start, s.end));

describe('splitLine', () => {
	it('splits at . ! ? ؟ … followed by a space', () => {
		expect(split('قال بوتين ذلك. وأضاف أنه مستعد! هل يوافق؟ ربما… نعم')).toEqual([
			'قال بوتين ذلك.',
			'وأضاف أنه مستعد!',
			'هل يوافق؟',
			'ربما…',
			'نعم'
		]);
	});

	it('does not split a name broken by a stray full stop, for any known first name', () => {
		expect(split('بمشاركة المستشار الألماني أولاف. شولتز على هامش القمة.')).toHaveLength(1);
		expect(split('وقال الممثل الأعلى جوزيب. بوريل إن الاتحاد مستعد.')).toHaveLength(1);
		expect(split('وصل الوزير سيرغي. لافروف إلى باكو.')).toHaveLength(1);
		// A sentence that merely ends with a surname still ends.
		expect(split('التقى ماكرون شولتز. ثم غادر.')).toHaveLength(2);
	});

	it('does not split before an appositive that describes the place just named', () => {
		const places = nameBreakTest(index.firstNames, index.personNames, index.placeWords);
		const cut = (text: string): number => splitLine(text, 0, text.length, places).length;
		expect(
			cut('وتظاهر آلاف الأشخاص في ستيباناكيرت. أكبر مدينة في ناغورنو كاراباخ ، تتطلب فتح الممر.')
		).toBe(1);
		expect(cut('وخرج السكان في غيومري. ثاني أكبر مدينة في أرمينيا ، احتجاجا على الغلاء.')).toBe(1);
		expect(cut('وتظاهر الآلاف في إيجيفان. عاصمة إقليم تافوش ، للمطالبة بالإصلاح.')).toBe(1);
		// A statement of its own (no comma closes the phrase), a name after the phrase, or no place before.
		expect(cut('وزار الوفد مدينة كنجة. أكبر مدينة في أذربيجان هي باكو.')).toBe(2);
		expect(cut('واجتمع الوزراء في كنجة. عاصمة أذربيجان، باكو، شهدت احتجاجات.')).toBe(2);
		expect(
			cut(
				'وقال الوزير إن المحادثات كانت مثمرة. أكبر مدينة في أرمينيا، وفق الإحصاءات، تضم مليون نسمة.'
			)
		).toBe(2);
		expect(cut('وتظاهر الآلاف في كنجة. وقالت الشرطة، إن الوضع هادئ.')).toBe(2);
		// Without place names the splitter knows nothing to describe.
		expect(
			split('وتظاهر آلاف الأشخاص في ستيباناكيرت. أكبر مدينة في ناغورنو كاراباخ ، تتطلب فتح الممر.')
		).toHaveLength(2);
	});

	it('does not split inside numbers', () => {
		expect(split('بلغ النمو 2.5 في المئة و٣٫٥ في العام الماضي.')).toHaveLength(1);
	});

	it('does not split inside a closed quotation, in any quote style', () => {
		expect(split('قال: “هذا أمر. وذاك أمر” ثم مضى. وانتهى.')).toHaveLength(2);
		expect(split('قال: «هذا أمر. وذاك أمر» ثم مضى.')).toHaveLength(1);
		expect(split('قال: "هذا أمر. وذاك أمر" ثم مضى.')).toHaveLength(1);
	});

	it('never lets an unclosed quotation swallow the rest of the line', () => {
		expect(quoteRanges('أعلن أنّ "الوزيرين أحرزا تقدماً. واتفق الطرفان.')).toEqual([]);
		expect(split('أعلن أنّ "الوزيرين أحرزا تقدماً. واتفق الطرفان على المواصلة.')).toHaveLength(2);
	});

	it('skips punctuation-only fragments and trims', () => {
		expect(split('  بذل جهود الوساطة الخاصة بهم. .  ')).toEqual(['بذل جهود الوساطة الخاصة بهم.']);
	});

	it('cuts a huge line without stops into bounded pieces', () => {
		const line = 'كلمة '.repeat(3000);
		const pieces = split(line);
		expect(pieces.length).toBeGreaterThan(1);
		for (const p of pieces) expect(p.length).toBeLessThanOrEqual(2000);
	});
});
