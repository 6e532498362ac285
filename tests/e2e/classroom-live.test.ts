// A live class game played to the end by a teacher and three students, in Arabic and in English:
// lobby, questions, answer distribution, leaderboard, dashboard, CSV and reviews.
import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';
import { answer, createClass, joinStudent, type Locale } from './classroom-helpers';

const words = {
	en: {
		start: 'Start the game',
		leaderboard: 'Show the leaderboard',
		next: 'Next question',
		finish: 'See the final results',
		received: 'Answer received',
		right: 'Right!',
		over: 'Game over',
		review: 'Review your answers with their sources',
		source: 'Source',
		students: '3 students'
	},
	ar: {
		start: 'ابدأ اللعبة',
		leaderboard: 'اعرض لوحة المتصدّرين',
		next: 'السؤال التالي',
		finish: 'اعرض النتائج النهائية',
		received: 'وصلت إجابتك',
		right: 'صحيح!',
		over: 'انتهت اللعبة',
		review: 'راجع إجاباتك مع مصادرها',
		source: 'المصدر',
		students: '3 طلاب'
	}
} as const;

for (const locale of ['ar', 'en'] as const satisfies Locale[]) {
	test(`a live game played to the end in ${locale}`, async ({ browser }) => {
		test.setTimeout(90_000);
		const w = words[locale];
		// Arabic: five questions chosen at random; English: three hand-picked from the list.
		const total = locale === 'ar' ? 5 : 3;
		const { teacher, host, id, code } = await createClass(
			browser,
			locale,
			locale === 'ar' ? { mode: 'live', count: 5 } : { mode: 'live', pick: 3 }
		);
		await expect(host.locator('.qr svg')).toBeVisible();
		await expect(host.locator('html')).toHaveAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr');
		await expectNoSeriousA11yViolations(host);

		// Three students join; the projector's lobby fills in live. One nickname tries formula injection.
		const names = locale === 'ar' ? ['سارة', 'Omar', '=1+1'] : ['Sara', 'عمر', '=1+1'];
		const students = [];
		for (const name of names) students.push(await joinStudent(browser, locale, code, name));
		await expect(host.getByTestId('lobby').locator('li')).toHaveCount(3);
		await expect(host.getByTestId('student-count')).toHaveText(w.students);

		await host.getByRole('button', { name: w.start }).click();
		// Student 0 always right, student 1 always wrong, student 2 right on odd questions.
		for (let q = 0; q < total; q++) {
			for (const student of students)
				await expect(student.page.locator('#question-title')).toBeVisible();
			await expect(host.getByTestId('answered-count')).toBeVisible();
			if (q === 0) await expectNoSeriousA11yViolations(students[0]!.page);
			for (const [i, student] of students.entries()) {
				await answer(student, i === 0 || (i === 2 && q % 2 === 1));
				if (i < 2) await expect(student.page.getByTestId('answer-saved')).toContainText(w.received);
			}
			// Everyone answered: the projector shows the distribution, the right answer and the source.
			const distribution = host.getByTestId('distribution');
			await expect(distribution).toBeVisible();
			await expect(distribution.locator('li.right')).toHaveCount(1);
			const rightCount = q % 2 === 1 ? '2' : '1';
			await expect(distribution.locator('li.right .count')).toContainText(rightCount);
			await expect(host.locator('.source').first()).toContainText(w.source);
			await expect(students[0]!.page.getByTestId('verdict')).toContainText(w.right);
			if (q === 0) {
				await expectNoSeriousA11yViolations(host);
				await host.getByRole('button', { name: w.leaderboard }).click();
				const board = host.getByTestId('leaderboard');
				await expect(board.locator('li')).toHaveCount(3);
				await expect(board.locator('li').first()).toContainText(names[0]!);
			}
			await host.getByRole('button', { name: q === total - 1 ? w.finish : w.next }).click();
		}

		await expect(host.getByRole('heading', { name: w.over })).toBeVisible();
		for (const student of students) {
			await expect(student.page.getByRole('link', { name: w.review })).toBeVisible();
		}
		await students[1]!.page.getByRole('link', { name: w.review }).click();
		await expect(students[1]!.page.locator('.review-list > li')).toHaveCount(total);
		await expect(students[1]!.page.locator('.source').first()).toBeVisible();
		await expectNoSeriousA11yViolations(students[1]!.page);

		// Dashboard: hardest questions first, every student with their right answers.
		await host.goto(`/teach/${id}/results`);
		const rows = host.getByTestId('student-table').locator('tbody tr');
		await expect(rows).toHaveCount(3);
		await expect(rows.first()).toContainText(names[0]!);
		await expect(rows.first()).toContainText(`${total} / ${total}`);
		await expect(rows.last()).toContainText(`0 / ${total}`);
		const firstQuestion = host.getByTestId('question-stats').locator('li').first();
		// Arabic percentages carry direction marks around the sign.
		await expect(firstQuestion).toContainText(/33\W{0,3}%/);
		await expectNoSeriousA11yViolations(host);

		// CSV: BOM, one row per student and one per answer, formula cells neutralised.
		const response = await host.request.get(`/teach/${id}/results.csv`);
		expect(response.headers()['content-type']).toContain('text/csv');
		const bytes = await response.body();
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
		expect(lines).toHaveLength(1 + 3 + 3 * total);
		expect(lines.some((line) => line.includes("'=1+1"))).toBe(true);
		expect(lines.some((line) => /(^|,)=1\+1/.test(line))).toBe(false);
		expect(lines[1]).toContain(names[0]!);

		await host.goto(`/teach/${id}/review`);
		await expect(host.locator('.review-list > li')).toHaveCount(total);
		await expectNoSeriousA11yViolations(host);

		for (const student of students) await student.context.close();
		await teacher.close();
	});
}
