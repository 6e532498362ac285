// Bad moves and the no-leak rule, straight over HTTP: each refusal answers in the player's language
// and changes nothing.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { allKinds, bank, question } from './bank';
import { withoutTranslations } from '../support/html';

const origin = `http://localhost:${process.env.E2E_PORT ?? 4173}`;

function form(entries: [string, string][]): string {
	return new URLSearchParams(entries).toString();
}

async function post(
	request: APIRequestContext,
	url: string,
	entries: [string, string][],
	lang = 'en'
) {
	return request.post(url, {
		data: form(entries),
		headers: {
			'Content-Type': 'application/x-www-form-urlencoded',
			Origin: origin,
			Cookie: `lang=${lang}`,
			Accept: 'text/html'
		},
		maxRedirects: 0
	});
}

async function newGame(
	request: APIRequestContext,
	kinds = allKinds,
	article = 'all'
): Promise<string> {
	const response = await post(request, '/?/start', [
		['count', '5'],
		...kinds.map((kind): [string, string] => ['kind', kind]),
		['article', article],
		['timing', 'untimed'],
		['nickname', '']
	]);
	expect(response.status()).toBe(303);
	return response.headers()['location']!.split('/')[2]!;
}

/** The question on screen, read from the page as the player gets it. */
async function shownQuestion(request: APIRequestContext, id: string): Promise<string> {
	const html = await (await request.get(`/play/${id}`)).text();
	return /name="question" value="([^"]+)"/.exec(html)![1]!;
}

test('the page of an unanswered question leaks neither the answer nor its source', async ({
	request
}) => {
	const id = await newGame(request);
	const qid = await shownQuestion(request, id);
	const q = question(qid);
	const source = q.sources[0]!;
	const sentence = bank.articles.find((a) => a.id === source.article)!.sentences[source.sentence]!;

	for (const path of [`/play/${id}`, `/play/${id}/__data.json`]) {
		const body = await (await request.get(path)).text();
		expect(body).toContain(q.prompt.ar.slice(0, 8));
		expect(body).not.toContain(sentence.ar);
		expect(body).not.toContain('answer-mark');
		expect(body).not.toMatch(/"(sources|span|spanEn|confirmedBy)"/);
		expect(body).not.toMatch(/data-state="right"/);
	}
	// The review reveals answers, so it does not exist before the end.
	const review = await request.get(`/play/${id}/review`, { maxRedirects: 0 });
	expect(review.status()).toBe(303);
});

test('answering twice, another game’s question, or a malformed form: refused, nothing changes', async ({
	request
}) => {
	// Games of different kinds share no question, so the other game's question is truly foreign here.
	const id = await newGame(request, ['claim', 'role', 'place']);
	const other = await newGame(request, ['host', 'date', 'casualties', 'figure']);
	const qid = await shownQuestion(request, id);
	const otherQid = await shownQuestion(request, other);
	const q = question(qid);
	const wrong = String((q.answer + 1) % q.options.length);

	const malformed = [
		[['choice', '0']],
		[['question', qid]],
		[
			['question', qid],
			['choice', 'abc']
		],
		[
			['question', qid],
			['choice', '-1']
		]
	] as [string, string][][];
	for (const entries of malformed) {
		const response = await post(request, `/play/${id}?/answer`, entries);
		expect(response.status()).toBe(400);
		expect(withoutTranslations(await response.text())).toContain('The answer could not be read.');
	}
	const outOfRange = await post(request, `/play/${id}?/answer`, [
		['question', qid],
		['choice', '9']
	]);
	expect(outOfRange.status()).toBe(400);
	expect(withoutTranslations(await outOfRange.text())).toContain(
		'That answer is not one of the options.'
	);

	const foreign = await post(
		request,
		`/play/${id}?/answer`,
		[
			['question', otherQid],
			['choice', '0']
		],
		'ar'
	);
	expect(foreign.status()).toBe(400);
	expect(withoutTranslations(await foreign.text())).toContain('هذا السؤال ليس من هذه اللعبة');

	// A real answer, then the same again and a different one: the first one stands.
	expect(
		(
			await post(request, `/play/${id}?/answer`, [
				['question', qid],
				['choice', wrong]
			])
		).status()
	).toBe(303);
	for (const choice of [wrong, String(q.answer)]) {
		const again = await post(
			request,
			`/play/${id}?/answer`,
			[
				['question', qid],
				['choice', choice]
			],
			'ar'
		);
		expect(again.status()).toBe(409);
		expect(withoutTranslations(await again.text())).toContain('أجبت عن هذا السؤال من قبل');
	}
	const page = await (await request.get(`/play/${id}`, { headers: { Cookie: 'lang=en' } })).text();
	expect(withoutTranslations(page)).toContain('Not quite.');
	expect(page).toMatch(/data-testid="score"><bdi>0<\/bdi>/);

	// An unknown game is a plain 404.
	const missing = await post(request, `/play/AAAAAAAAAAAAAAAAAAAAAA?/answer`, [
		['question', qid],
		['choice', '0']
	]);
	expect(missing.status()).toBe(404);
	expect((await request.get('/play/not-a-game')).status()).toBe(404);
});

test('setup refusals say what is wrong, in the player’s language', async ({ request }) => {
	const base: [string, string][] = [
		['article', 'all'],
		['timing', 'untimed'],
		['nickname', '']
	];
	const noKind = await post(request, '/?/start', [['count', '5'], ...base], 'ar');
	expect(noKind.status()).toBe(400);
	expect(withoutTranslations(await noKind.text())).toContain(
		'اختر نوعًا واحدًا من الأسئلة على الأقل.'
	);

	const badCount = await post(request, '/?/start', [['count', '7'], ['kind', 'date'], ...base]);
	expect(badCount.status()).toBe(400);
	expect(withoutTranslations(await badCount.text())).toContain('Choose 5, 10 or 20 questions.');

	const badArticle = await post(request, '/?/start', [
		['count', '5'],
		['kind', 'date'],
		['article', 'no-such-article'],
		['timing', 'untimed']
	]);
	expect(badArticle.status()).toBe(400);
	expect(withoutTranslations(await badArticle.text())).toContain(
		'That article is not in the list.'
	);

	const longName = await post(request, '/?/start', [
		['count', '5'],
		['kind', 'date'],
		['article', 'all'],
		['timing', 'timed'],
		['nickname', 'x'.repeat(40)]
	]);
	expect(longName.status()).toBe(400);
	expect(withoutTranslations(await longName.text())).toContain('The nickname is too long');
});

// An article and a kind with no question between them, and one with a few: read from the bank.
const pairs = bank.articles.flatMap((a) =>
	allKinds.map((kind) => ({
		article: a.id,
		kind,
		count: bank.questions.filter(
			(q) => q.kind === kind && q.sources.some((s) => s.article === a.id)
		).length
	}))
);

test('no matching question: a clear message; fewer than asked: the game says so', async ({
	request
}) => {
	const none = pairs.find((p) => p.count === 0);
	if (none) {
		const response = await post(request, '/?/start', [
			['count', '5'],
			['kind', none.kind],
			['article', none.article],
			['timing', 'untimed']
		]);
		expect(response.status()).toBe(422);
		expect(withoutTranslations(await response.text())).toContain(
			'No question matches these choices.'
		);
	}
	const few = pairs.find((p) => p.count > 0 && p.count < 5);
	if (few) {
		const id = await newGame(request, [few.kind], few.article);
		const html = await (
			await request.get(`/play/${id}`, { headers: { Cookie: 'lang=en' } })
		).text();
		expect(html).toContain(`instead of 5`);
		expect(html).toContain(`1 / ${few.count}`);
	}
});
