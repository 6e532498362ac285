// General rules for numbers, quantities and dates of Arabic news: percentages, fractions of hours,
// decades, counted articles, rounds, protocols and meetings, duals, ranges sharing one «ألف»,
// Arabic-Indic digits, halves of a year, «العام المقبل», and dates of events other than meetings
// and wars. Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { percentEndsAt } from '../../../src/lib/pipeline/numbers';
import { analyze, extractText, of } from './helpers';

const quantities = (text: string) => analyze(text).quantities.map((q) => q.quantity);
const dates = (text: string) => analyze(text).dates.map((d) => d.date);
const figures = (text: string) =>
	of(extractText(text).facts, 'figure').map((f) => ({
		measure: f.subject.measure,
		...(f.value.type === 'quantity' ? f.value.quantity : {})
	}));
/** Dates of events (a question can ask them); `clauseDates` are those that only date their clause. */
const dateFacts = (text: string) =>
	of(extractText(text).facts, 'date')
		.filter((f) => f.subject.scope !== 'clause')
		.map((f) => (f.value.type === 'date' ? f.value.date : null));
const clauseDates = (text: string) =>
	of(extractText(text).facts, 'date')
		.filter((f) => f.subject.scope === 'clause')
		.map((f) => (f.value.type === 'date' ? f.value.date : null));

describe('percentages', () => {
	it('reads «في المئة», «بالمائة», «%» and «٪» as the unit', () => {
		expect(quantities('حصل الحزب على نحو 42 في المئة من الأصوات')[0]).toMatchObject({
			value: 42,
			qualifier: 'approximately',
			unit: 'percent'
		});
		expect(quantities('تراجعت الصادرات 7 في المائة')[0]).toMatchObject({
			value: 7,
			unit: 'percent'
		});
		expect(quantities('ارتفع التضخم إلى 12 بالمئة')[0]).toMatchObject({
			value: 12,
			unit: 'percent'
		});
		expect(quantities('نسبة المشاركة بلغت 63% فقط')[0]).toMatchObject({
			value: 63,
			unit: 'percent',
			text: '63%'
		});
		expect(quantities('نسبة البطالة ١٥٪ هذا العام')[0]).toMatchObject({
			value: 15,
			unit: 'percent'
		});
	});

	it('makes a percentage a figure', () => {
		expect(figures('تشكل المنطقة قرابة 15 في المئة من مساحة البلاد.')).toEqual([
			expect.objectContaining({ measure: 'percent', value: 15, qualifier: 'approximately' })
		]);
	});

	it('tells where a percentage ends, its unit and qualifier included (percentEndsAt)', () => {
		const endsBefore = (text: string, word: string): boolean => {
			const info = analyze(text);
			const k = info.tokens.findIndex((t) => t.text === word);
			return percentEndsAt(info.quantities, k);
		};
		expect(endsBefore('تمثلان قرابة 18 في المئة من الأراضي', 'من')).toBe(true);
		expect(endsBefore('تمثلان 18 في المائة على الأقل من الأراضي', 'من')).toBe(true);
		expect(endsBefore('تمثلان 18 بالمئة من الأراضي', 'من')).toBe(true);
		expect(endsBefore('تمثلان 18% من الأراضي', 'من')).toBe(true);
		expect(endsBefore('تمثلان ١٨ ٪ من الأراضي', 'من')).toBe(true);
		// A count of something else, or a percentage that ends elsewhere, is no share.
		expect(endsBefore('فقد 18 جنديا من الجيش', 'من')).toBe(false);
		expect(endsBefore('تمثلان 18 في المئة وتمتدان من الحدود', 'من')).toBe(false);
	});

	it('leaves «في» before another word alone', () => {
		expect(quantities('أصيب 12 في المدينة')[0]?.unit).not.toBe('percent');
	});
});

describe('fractions of time units', () => {
	it('adds «ونصف» and «وربع» after a time unit, with «الساعة» repeated or not', () => {
		expect(quantities('استمر الاجتماع نحو ساعة ونصف الساعة')[0]).toMatchObject({
			value: 1.5,
			qualifier: 'approximately',
			unit: 'hour'
		});
		expect(quantities('دامت المفاوضات خمس ساعات ونصف')[0]).toMatchObject({
			value: 5.5,
			unit: 'hour'
		});
		expect(quantities('تأخرت الرحلة ساعتين وربع')[0]).toMatchObject({ value: 2.25, unit: 'hour' });
		expect(quantities('دامت المكالمة نصف ساعة')[0]).toMatchObject({ value: 0.5, unit: 'hour' });
	});

	it('adds no fraction to a count of people', () => {
		expect(quantities('وصل 40 شخصا ونصف الوفد غائب')[0]).toMatchObject({ value: 40 });
	});
});

describe('a bare time noun after a qualifier counts one', () => {
	it('reads «أكثر من عام», «قرابة ساعة», «أقل من شهر»', () => {
		expect(quantities('تأتي الزيارة بعد أكثر من عام على التوقيع')[0]).toMatchObject({
			value: 1,
			qualifier: 'more-than',
			unit: 'year'
		});
		expect(quantities('تحدث الرئيسان قرابة ساعة')[0]).toMatchObject({ value: 1, unit: 'hour' });
		expect(quantities('انتهت الهدنة بعد أقل من شهر')[0]).toMatchObject({
			value: 1,
			qualifier: 'less-than',
			unit: 'month'
		});
	});

	it('reads «أكثر من عقد» as a decade, but not «عقد» the verb or verbal noun', () => {
		expect(quantities('بقيت الحدود مغلقة أكثر من عقد')[0]).toMatchObject({
			value: 1,
			unit: 'decade'
		});
		expect(quantities('تغير المشهد منذ عقد من الزمن')[0]).toMatchObject({ unit: 'decade' });
		expect(quantities('أعلن الطرفان عقد الاجتماع قبل عقد القمة')).toEqual([]);
		expect(quantities('سعت الدولتان نحو عقد اتفاق')).toEqual([]);
	});

	it('leaves «حتى اليوم» and a time noun with no frame alone', () => {
		expect(quantities('تستمر الأزمة حتى اليوم')).toEqual([]);
		expect(quantities('قال إن العام كان صعبا')).toEqual([]);
	});
});

describe('counted nouns', () => {
	it('reads decades, centuries, articles, clauses, rounds and protocols', () => {
		expect(quantities('أنهى نزاعا دام أكثر من أربعة عقود')[0]).toMatchObject({
			value: 4,
			qualifier: 'more-than',
			unit: 'decade'
		});
		expect(quantities('تتألف الوثيقة من 25 مادة')[0]).toMatchObject({ value: 25, unit: 'article' });
		expect(quantities('يتضمن الاتفاق ١٢ بندا')[0]).toMatchObject({ value: 12, unit: 'clause' });
		expect(quantities('عقد الوفدان خمس جولات من المفاوضات')[0]).toMatchObject({
			value: 5,
			unit: 'round'
		});
		expect(quantities('وقع البلدان ثلاثة بروتوكولات')[0]).toMatchObject({
			value: 3,
			unit: 'protocol'
		});
		expect(quantities('استمر الاحتلال قرنين')[0]).toMatchObject({ value: 2, unit: 'century' });
		expect(quantities('شارك في المؤتمر ممثلو 47 دولة')[0]).toMatchObject({
			value: 47,
			unit: 'country'
		});
		expect(quantities('دمر القصف نحو 300 منزل')[0]).toMatchObject({ value: 300, unit: 'house' });
		expect(quantities('أرسلت 40 طنا من المساعدات')[0]).toMatchObject({ value: 40, unit: 'ton' });
	});

	it('reads duals as two: «بروتوكولين», «جولتين», «مادتين», «اجتماعين»', () => {
		expect(quantities('وقعت الحكومتان بروتوكولين للتعاون')[0]).toMatchObject({
			value: 2,
			unit: 'protocol'
		});
		expect(quantities('بعد جولتين من المحادثات')[0]).toMatchObject({ value: 2, unit: 'round' });
		expect(quantities('عدلت اللجنة مادتين')[0]).toMatchObject({ value: 2, unit: 'article' });
		expect(quantities('عقد الطرفان اجتماعين')[0]).toMatchObject({ value: 2, unit: 'meeting' });
		expect(quantities('استغرق الأمر نحو عامين')[0]).toMatchObject({
			value: 2,
			qualifier: 'approximately',
			unit: 'year'
		});
	});

	it('makes a count of times a figure only for meetings or visits', () => {
		expect(figures('اجتمع المبعوثان ثلاث مرات منذ الربيع.')).toEqual([
			expect.objectContaining({ measure: 'meetings', value: 3 })
		]);
		expect(figures('زار المستشار بكين مرتين.')).toEqual([
			expect.objectContaining({ measure: 'visits', value: 2 })
		]);
		expect(figures('وكانت الدولتان قد التقتا خمس مرات.')).toEqual([
			expect.objectContaining({ measure: 'meetings', value: 5 })
		]);
		expect(figures('تأجلت الانتخابات ثلاث مرات.')).toEqual([]);
		// With an object pronoun, and a meeting noun; not «التقاط» (picking up) or «اجتماعي» (social),
		// which the old loose ending took for meeting words.
		expect(figures('وقد التقاه الرئيس أربع مرات.')).toEqual([
			expect.objectContaining({ measure: 'meetings', value: 4 })
		]);
		expect(figures('عقد الجانبان لقاءات ثلاث مرات.')).toEqual([
			expect.objectContaining({ measure: 'meetings', value: 3 })
		]);
		expect(figures('حاول المصور التقاط الصورة ثلاث مرات.')).toEqual([]);
		expect(figures('نظم الاتحاد حفلا اجتماعيا ثلاث مرات.')).toEqual([]);
	});

	it("tells a person's age from a span of years", () => {
		expect(figures('ويبلغ المرشح من العمر 61 عاماً.')).toEqual([
			expect.objectContaining({ measure: 'age', value: 61 })
		]);
		expect(figures('واستمر النزاع 61 عاماً.')).toEqual([
			expect.objectContaining({ measure: 'years', value: 61 })
		]);
	});
});

describe('ranges', () => {
	it('lets one «ألف» after the high end scale both ends', () => {
		expect(quantities('شارك ما بين 40 و50 ألف متظاهر')[0]).toMatchObject({
			value: 40000,
			max: 50000
		});
		expect(quantities('فر من 3 إلى 5 آلاف شخص')[0]).toMatchObject({ value: 3000, max: 5000 });
		expect(quantities('بين 10 و 15 مليون دولار')[0]).toMatchObject({ value: 10e6, max: 15e6 });
	});

	it('keeps a low end that carries its own multiplier, and a low end already above', () => {
		expect(quantities('بين 800 ألف ومليون لاجئ')[0]).toMatchObject({ value: 800000 });
		expect(quantities('بين 3 و5 جنود')[0]).toMatchObject({ value: 3, max: 5 });
		expect(quantities('ما بين 900 و1 ألف')[0]).toMatchObject({ value: 900, max: 1000 });
	});

	it('makes a range of the dead a casualty figure', () => {
		const facts = of(
			extractText('أسفرت المعارك عن مقتل ما بين 12 و15 ألف شخص.').facts,
			'casualties'
		);
		expect(facts.map((f) => f.value.type === 'quantity' && f.value.quantity)).toEqual([
			expect.objectContaining({ value: 12000, max: 15000 })
		]);
	});
});

describe('Arabic-Indic digits', () => {
	it('reads years, counts and days written with them', () => {
		expect(dates('تجري الانتخابات في ٢٠٢٦')).toEqual([expect.objectContaining({ year: 2026 })]);
		expect(dates('وصل الوفد في ٢٣ مايو ٢٠٢٤')).toEqual([
			expect.objectContaining({ day: 23, month: 5, year: 2024 })
		]);
		expect(quantities('تضم القائمة ٣٥ مادة')[0]).toMatchObject({ value: 35, unit: 'article' });
		expect(quantities('نحو ١٢٬٥٠٠ لاجئ')[0]).toMatchObject({ value: 12500, unit: 'refugee' });
	});
});

describe('relative years and halves of a year', () => {
	it('reads «العام المقبل», «السنة القادمة» and «العام قبل الماضي»', () => {
		expect(dates('يتوقع أن يبدأ التنفيذ العام المقبل')).toEqual([
			expect.objectContaining({ relative: 'next-year' })
		]);
		expect(dates('مطلع السنة القادمة')).toEqual([
			expect.objectContaining({ part: 'early', relative: 'next-year' })
		]);
		expect(dates('اندلعت الأزمة في العام قبل الماضي')).toEqual([
			expect.objectContaining({ relative: 'year-before-last' })
		]);
	});

	it('does not read «الأمين العام المقبل» or «الرأي العام الحالي» as a year', () => {
		expect(dates('ناقش المجلس اختيار الأمين العام المقبل للمنظمة')).toEqual([]);
		expect(dates('تجاهلت الحكومة الرأي العام الحالي')).toEqual([]);
		// Behind a preposition too: «لل» stands for «ل» + «ال», also after «و».
		expect(dates('قدم المرشحون ملفاتهم للأمين العام المقبل للمنظمة')).toEqual([]);
		expect(dates('وجه رسالة إلى الحكومة وللأمين العام المقبل')).toEqual([]);
	});

	it('reads «النصف الأول من العام المقبل» and «النصف الثاني من عام ٢٠٢٦»', () => {
		expect(dates('ستعقد القمة في النصف الأول من العام المقبل')).toEqual([
			expect.objectContaining({ part: 'first-half', relative: 'next-year' })
		]);
		expect(dates('تجري الانتخابات في النصف الثاني من عام ٢٠٢٦')).toEqual([
			expect.objectContaining({ part: 'second-half', year: 2026 })
		]);
		expect(dates('غادر نصف الوفد في النصف الأول من المباراة')).toEqual([]);
	});
});

describe('dates of events other than meetings and wars', () => {
	it('dates a referendum, elections, an incident, a blast and a statement', () => {
		expect(dateFacts('تعتزم الحكومة تنظيم استفتاء على الدستور في ٢٠٢٨.')).toEqual([
			expect.objectContaining({ year: 2028 })
		]);
		expect(dateFacts('وفي حادث آخر الأسبوع الماضي، أصيب ثلاثة مدنيين.')).toEqual([
			expect.objectContaining({ relative: 'last-week' })
		]);
		expect(
			dateFacts('وكانت الحكومتان قد أعلنتا مطلع العام الجاري، في بيان مشترك، عن فتح الحدود.')
		).toEqual([expect.objectContaining({ part: 'early', relative: 'this-year' })]);
	});

	it('gives a statement only the date right after it, not a later one in what it says', () => {
		expect(dateFacts('وقال الوزير في بيان يوم الثلاثاء إن العجز تراجع خلال العام الماضي.')).toEqual(
			[expect.objectContaining({ weekday: 2 })]
		);
	});

	it('dates the clause after «حين» or «عندما»', () => {
		expect(dateFacts('وكان أخطرها في آذار 2021 حين قتل ستة جنود على الحدود.')).toEqual([
			expect.objectContaining({ month: 3, year: 2021 })
		]);
	});

	it('dates a sentence by a year written with «عام» after «منذ» or «في»', () => {
		expect(dateFacts('وتقاطع الدولتان بعضهما منذ عام 1998 بسبب الخلاف الحدودي.')).toEqual([
			expect.objectContaining({ year: 1998 })
		]);
		expect(dateFacts('وانضمت البلاد إلى المنظمة في عام 2004.')).toEqual([
			expect.objectContaining({ year: 2004 })
		]);
	});

	it('keeps bounds, birth years, statements of what was said and a bare date alone', () => {
		expect(dateFacts('وتسعى الحكومة إلى خفض الانبعاثات حتى عام 2035.')).toEqual([]);
		expect(dateFacts('والوزير من مواليد عام 1968.')).toEqual([]);
		expect(dateFacts('وقال الوزير يوم الأحد: "نحن مستعدون للتوقيع في أي وقت".')).toEqual([]);
		expect(dateFacts('وقال الوزير في 2019 إن الحدود آمنة.')).toEqual([]);
	});
});

describe('dates that only date their clause', () => {
	it('keeps the date of what was said, and a date inside it, as dates of their clause', () => {
		expect(clauseDates('وقال الوزير يوم الأحد: "نحن مستعدون للتوقيع في أي وقت".')).toEqual([
			expect.objectContaining({ weekday: 0 })
		]);
		expect(clauseDates('وأوضحت المتحدثة أن آلاف الشاحنات عبرت المعبر منذ أفريل الماضي.')).toEqual([
			expect.objectContaining({ month: 4 })
		]);
	});

	it('keeps deadlines, including a day «منه» of the month named before it', () => {
		expect(
			clauseDates(
				'ويقضي النص بانسحاب القوات من المدينة بحلول 15 تشرين الثاني، ومن القرى بحلول 20 منه.'
			)
		).toEqual([
			expect.objectContaining({ day: 15, month: 11 }),
			expect.objectContaining({ day: 20, month: 11 })
		]);
		expect(clauseDates('ويقضي المرسوم بحل الهيئات بحلول الفاتح من جانفي 2024.')).toEqual([
			expect.objectContaining({ day: 1, month: 1, year: 2024 })
		]);
	});

	it('never dates a clause by a birth year', () => {
		expect(clauseDates('والوزير من مواليد عام 1968.')).toEqual([]);
	});
});

describe('a weekday and its day of the month', () => {
	it('reads «الأربعاء 20 سبتمبر» and «يوم الخميس، 5 أكتوبر» as one date each', () => {
		expect(dates('أعلن ظهر الأربعاء 20 سبتمبر عن هدنة.')).toEqual([
			expect.objectContaining({ weekday: 3, day: 20, month: 9 })
		]);
		expect(dates('وتعقد القمة يوم الخميس، 5 أكتوبر، في المدينة.')).toEqual([
			expect.objectContaining({ weekday: 4, day: 5, month: 10 })
		]);
	});

	it('joins a weekday to its date through «الموافق» or with the date in brackets', () => {
		expect(dates('وجرت المحادثات يوم الاثنين الموافق 11 يناير 2021 في موسكو.')).toEqual([
			expect.objectContaining({
				weekday: 1,
				day: 11,
				month: 1,
				year: 2021,
				text: 'يوم الاثنين الموافق 11 يناير 2021'
			})
		]);
		expect(dates('واستضاف القمة يوم الخميس (25 مايو) في العاصمة.')).toEqual([
			expect.objectContaining({ weekday: 4, day: 25, month: 5, text: 'يوم الخميس (25 مايو)' })
		]);
		// A bracket that is not closed right after the date is some other aside: two dates.
		expect(dates('وصل يوم الخميس (وهو 25 مايو بحسب الوكالة) إلى العاصمة.')).toHaveLength(2);
	});

	it('takes the closing bracket of a Gulf «أمس (السبت)» into the date', () => {
		expect(dates('واختتم الوزيران، أمس (السبت)، جولة مباحثات.')).toEqual([
			expect.objectContaining({ relative: 'yesterday', weekday: 6, text: 'أمس (السبت)' })
		]);
	});
});

describe('more counted nouns and compound numbers', () => {
	it('adds the rest written after «ألف» with «و» («100 ألف و417»), but not a second thousand', () => {
		expect(quantities('وعبر 100 ألف و417 شخصاً إلى أرمينيا.')).toEqual([
			expect.objectContaining({ value: 100417, unit: 'person' })
		]);
		expect(quantities('وفر بين 25 و30 ألف شخص.')).toEqual([
			expect.objectContaining({ value: 25000, max: 30000 })
		]);
	});

	it('counts protesters, supporters, monitors, ministers, memoranda, truces and vehicles', () => {
		const units = (text: string) => quantities(text).map((q) => [q.value, q.unit]);
		expect(units('واحتشد عشرات الآلاف من أنصاره في الساحة.')).toEqual([[10000, 'person']]);
		expect(units('واقتحم مئات المحتجين مبنى البرلمان.')).toEqual([[100, 'person']]);
		expect(units('وتضم البعثة نحو 200 مراقب.')).toEqual([[200, 'monitor']]);
		expect(units('ويضم الوفد سبعة وزراء.')).toEqual([[7, 'minister']]);
		expect(units('ووقع الجانبان عشر مذكرات تفاهم.')).toEqual([[10, 'memorandum']]);
		expect(units('وانهارت ثلاث هدنات سابقة.')).toEqual([[3, 'truce']]);
		expect(units('وهي مزودة بـ90 ناقلة جند.')).toEqual([[90, 'vehicle']]);
	});

	it('starts the answer of «بـ90» at its digits', () => {
		const text = 'وهي مزودة بـ90 ناقلة جند.';
		const q = analyze(text).quantities[0];
		expect(q && text.slice(q.start, q.end)).toBe('90');
	});
});

describe('casualties written with a pronoun or «among them»', () => {
	const tolls = (text: string) =>
		of(extractText(text).facts, 'casualties').map((f) => [
			f.subject.measure,
			f.value.type === 'quantity' ? f.value.quantity.value : null
		]);

	it('reads «مقتل 192 من عسكرييها» as soldiers killed', () => {
		expect(tolls('وأعلنت الوزارة مقتل 192 من عسكرييها خلال العملية.')).toEqual([['killed', 192]]);
	});

	it('reads a count «بينهم» as part of the toll just given', () => {
		expect(
			tolls('وأفاد المسؤول بسقوط ما لا يقل عن 200 قتيل، بينهم عشرة مدنيين على الأقل.')
		).toEqual([
			['killed', 200],
			['killed', 10]
		]);
	});
});
