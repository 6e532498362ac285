import { describe, expect, it } from 'vitest';
import { RateLimiter } from '$lib/classroom/rate-limit';

describe('RateLimiter', () => {
	it('allows `limit` attempts per window and per key', () => {
		const limiter = new RateLimiter(3, 1000);
		expect([1, 2, 3].map(() => limiter.take('a', 0))).toEqual([true, true, true]);
		expect(limiter.take('a', 10)).toBe(false);
		expect(limiter.retryAfter('a', 10)).toBe(990);
		expect(limiter.take('b', 10)).toBe(true);
		expect(limiter.take('a', 1000)).toBe(true);
	});

	it('keeps at most maxKeys addresses', () => {
		const limiter = new RateLimiter(1, 1000, 2);
		limiter.take('a', 0);
		limiter.take('b', 0);
		limiter.take('c', 0);
		expect(limiter.take('c', 1)).toBe(false);
		expect(limiter.take('a', 1)).toBe(true);
	});
});
