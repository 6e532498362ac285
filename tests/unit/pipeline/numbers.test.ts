import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

const quantities = (text: string) => analyze(text).quantities.map((q) => q.quantity);

describe('findQuantities', () => {
	it('reads digits with their counted noun and qualifier', () => {
		expect(quantities('الاشتباكات التي خلفت 286 قتيلاً')).toEqual([
			expect.objectContaining({ value: 286, unit: 'person', qualifier: 'exact' })
		]);
		expect(quantities('خلّفت أكثر من 6500 ضحية')[0]).toMatchObject({
			value: 6500,
			qualifier: 'more-than'
		});
		expect(quantities('سقط 286 شخصاً على الأقل')[0]).toMatchObject({
			value: 286,
			qualifier: 'at-least',
			unit: 'person'
		});
		expect(quantities('قُتل ١٢ جنديا على الأقل')[0]).toMatchObject({
			value: 12,
			qualifier: 'at-least',
			unit: 'soldier'
		});
		expect(quantities('نزوح ما لا يقل عن 1,200 مدني')[0]).toMatchObject({
			value: 1200,
			qualifier: 'at-least',
			unit: 'civilian'
		});
	});

	it('reads number words and multipliers', () => {
		expect(quantities('قتلت الحرب حوالي 30 ألف شخص')[0]).toMatchObject({
			value: 30000,
			qualifier: 'approximately'
		});
		expect(quantities('منذ ثمانية أشهر')[0]).toMatchObject({ value: 8, unit: 'month' });
		expect(quantities('قبل ثلاثة أيام')[0]).toMatchObject({ value: 3, unit: 'day' });
		expect(quantities('نشر خمسة وعشرون جنديا')[0]).toMatchObject({ value: 25, unit: 'soldier' });
		expect(quantities('أحد عشر يوما')[0]).toMatchObject({ value: 11, unit: 'day' });
		expect(quantities('نحو ثلاثة آلاف شخص')[0]).toMatchObject({
			value: 3000,
			qualifier: 'approximately'
		});
		expect(quantities('زهاء مئتي جندي')[0]).toMatchObject({
			value: 200,
			qualifier: 'approximately'
		});
	});

	it('reads vague counts and duals', () => {
		expect(quantities('تظاهر آلاف الأشخاص')[0]).toMatchObject({
			value: 1000,
			qualifier: 'thousands-of'
		});
		expect(quantities('قتل عشرات الجنود')[0]).toMatchObject({ value: 10, qualifier: 'tens-of' });
		expect(quantities('مما أدى إلى حربين')[0]).toMatchObject({ value: 2, unit: 'war' });
	});

	it('reads ranges and alternatives', () => {
		expect(quantities('لمدة 10 أو 15 أو 20 عامًا')[0]).toMatchObject({
			value: 10,
			alternatives: [10, 15, 20],
			unit: 'year'
		});
		expect(quantities('لمدة تصل إلى 20 عامًا')[0]).toMatchObject({ value: 20, qualifier: 'up-to' });
		expect(quantities('بين 3 و5 كيلومترات')[0]).toMatchObject({ value: 3, max: 5, unit: 'km' });
		expect(quantities('من 100 إلى 150 جنديا')[0]).toMatchObject({
			value: 100,
			max: 150,
			unit: 'soldier'
		});
	});

	it('never reads a year or a date day as a quantity', () => {
		expect(quantities('حرب 2020 وانتهت عام 2020')).toEqual([]);
		expect(quantities('في 14 أيار/مايو الجاري')).toEqual([]);
		expect(quantities('وجود 2000 جندي حفظ سلام')[0]).toMatchObject({
			value: 2000,
			unit: 'soldier'
		});
	});
});
