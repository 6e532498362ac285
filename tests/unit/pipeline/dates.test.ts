import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

const dates = (text: string) =>
	analyze(text).dates.map(({ date }) => {
		const { text: _t, ...rest } = date;
		void _t;
		return rest;
	});

describe('findDates', () => {
	it('reads day and month in both month systems and combined forms', () => {
		expect(dates('في 7 ديسمبر')).toEqual([{ day: 7, month: 12 }]);
		expect(dates('في 14 أيار/مايو الجاري')).toEqual([
			{ day: 14, month: 5, relative: 'this-month' }
		]);
		expect(dates('في ٣ كانون الثاني')).toEqual([{ day: 3, month: 1 }]);
		expect(dates('في منتصف تشرين الأول (أكتوبر)')).toEqual([{ part: 'mid', month: 10 }]);
		expect(dates('في شهر تشرين الأول/أكتوبر المقبل')).toEqual([{ month: 10 }]);
		expect(dates('في 5 آب 2022')).toEqual([{ day: 5, month: 8, year: 2022 }]);
		expect(dates('في أغسطس الماضي وفي اغسطس')).toEqual([{ month: 8 }, { month: 8 }]);
		expect(dates('بتاريخ 14/5/2023')).toEqual([{ day: 14, month: 5, year: 2023 }]);
	});

	it('reads ordinal days and ranges', () => {
		expect(dates('في الأول من حزيران/يونيو المقبل')).toEqual([{ day: 1, month: 6 }]);
		expect(dates('في السادس من أكتوبر')).toEqual([{ day: 6, month: 10 }]);
		expect(dates('في العاشر من الشهر الجاري')).toEqual([{ day: 10, relative: 'this-month' }]);
		expect(dates('في الحادي والعشرين من آذار')).toEqual([{ day: 21, month: 3 }]);
		expect(dates('في الفترة من 1 إلى 4 أيار/مايو الجاري')).toEqual([
			{ day: 1, dayEnd: 4, month: 5, relative: 'this-month' }
		]);
	});

	it('reads parts of months and decades', () => {
		expect(dates('مطلع أكتوبر')).toEqual([{ part: 'early', month: 10 }]);
		expect(dates('في بداية مايو ونهاية يونيو')).toEqual([
			{ part: 'early', month: 5 },
			{ part: 'late', month: 6 }
		]);
		expect(dates('منذ أواخر الثمانينيات')).toEqual([{ part: 'late', decade: 1980 }]);
		expect(dates('منذ التسعينيات')).toEqual([{ decade: 1990 }]);
		expect(dates('مطلع الشهر الجاري')).toEqual([{ part: 'early', relative: 'this-month' }]);
	});

	it('reads weekdays, years, seasons and relative dates without inventing a year', () => {
		expect(dates('يوم السبت')).toEqual([{ weekday: 6 }]);
		expect(dates('اتفقتا الاثنين')).toEqual([{ weekday: 1 }]);
		expect(dates('في موسكو، اليوم الجمعة')).toEqual([{ weekday: 5, relative: 'today' }]);
		expect(dates('التقيا أمس الأربعاء')).toEqual([{ relative: 'yesterday', weekday: 3 }]);
		expect(dates('يصل غداً السبت')).toEqual([{ relative: 'tomorrow', weekday: 6 }]);
		expect(dates('وقال أمس إن')).toEqual([{ relative: 'yesterday' }]);
		expect(dates('في عام 2020')).toEqual([{ year: 2020 }]);
		expect(dates('حرب خريف 2020')).toEqual([{ season: 'autumn', year: 2020 }]);
		expect(dates('العام الماضي')).toEqual([{ relative: 'last-year' }]);
		expect(dates('الشهر المقبل')).toEqual([{ relative: 'next-month' }]);
	});

	it('does not read «آب» (father) as August outside a date frame', () => {
		expect(dates('قال الآب')).toEqual([]);
	});

	it('reads the day before yesterday and the day after tomorrow, with a weekday', () => {
		expect(dates('أعلنت أمس الأول الجمعة')).toEqual([
			{ relative: 'day-before-yesterday', weekday: 5 }
		]);
		expect(dates('وصل أول من أمس إلى')).toEqual([{ relative: 'day-before-yesterday' }]);
		expect(dates('التقيا أول أمس')).toEqual([{ relative: 'day-before-yesterday' }]);
		expect(dates('يلتقيان بعد غد الأحد')).toEqual([{ relative: 'day-after-tomorrow', weekday: 0 }]);
		// A comma between the words: «الأول» opens another phrase.
		expect(dates('أمس، الأول من نوعه')).toEqual([{ relative: 'yesterday' }]);
	});

	it('reads a part of a year written without «عام», but not a count after «أول»', () => {
		expect(dates('يقودون منذ مطلع 2021 مجموعة')).toEqual([{ part: 'early', year: 2021 }]);
		expect(dates('في أواخر 2020')).toEqual([{ part: 'late', year: 2020 }]);
		expect(dates('وصل أول 1500 جندي')).toEqual([]);
	});

	it('gives a month «of the same year» the year the sentence named last', () => {
		expect(dates('في 27 سبتمبر 2020 ثم في 10 نوفمبر من العام ذاته')).toEqual([
			{ day: 27, month: 9, year: 2020 },
			{ day: 10, month: 11, year: 2020 }
		]);
		expect(dates('عام 2021، وفي مايو من نفس العام')).toEqual([
			{ year: 2021 },
			{ month: 5, year: 2021 }
		]);
		// No earlier year in the sentence: no year is guessed.
		expect(dates('في مايو من العام ذاته')).toEqual([{ month: 5 }]);
	});
});
