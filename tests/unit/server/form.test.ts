import { isHttpError } from '@sveltejs/kit';
import { describe, expect, test } from 'vitest';
import { readForm } from '../../../src/lib/server/form';

const post = (body: BodyInit, type: string) =>
	new Request('http://localhost/', { method: 'POST', body, headers: { 'content-type': type } });

describe('readForm', () => {
	test('reads url-encoded and multipart forms', async () => {
		expect(
			(await readForm(post('a=1&a=2', 'application/x-www-form-urlencoded'), 'en'))?.getAll('a')
		).toEqual(['1', '2']);
		const form = new FormData();
		form.append('code', '123456');
		expect(
			(await readForm(new Request('http://localhost/', { method: 'POST', body: form }), 'en'))?.get(
				'code'
			)
		).toBe('123456');
	});

	test('an unreadable body is null, not an exception', async () => {
		expect(await readForm(post('a=b', 'text/plain'), 'en')).toBeNull();
		expect(
			await readForm(
				post(
					'--X\r\nContent-Disposition: form-data; name="a"\r\n\r\nb',
					'multipart/form-data; boundary=X'
				),
				'en'
			)
		).toBeNull();
		expect(await readForm(post('x', 'multipart/form-data'), 'en')).toBeNull();
	});

	test('a body over the size limit is a 413 with a message in the player’s language', async () => {
		const tooLarge = new ReadableStream({
			start(controller) {
				controller.error(Object.assign(new Error('Payload Too Large'), { status: 413 }));
			}
		});
		const request = new Request('http://localhost/', {
			method: 'POST',
			body: tooLarge,
			duplex: 'half',
			headers: { 'content-type': 'application/x-www-form-urlencoded' }
		} as RequestInit);
		const caught = await readForm(request, 'ar').catch((e: unknown) => e);
		expect(isHttpError(caught, 413)).toBe(true);
		expect((caught as { body: { message: string } }).body.message).toBe(
			'ما أُرسل كبير جدًا. اختصر ما كتبته وحاول مرة أخرى.'
		);
	});
});
