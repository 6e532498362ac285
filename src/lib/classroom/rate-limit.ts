// A fixed-window counter per key (a client address): at most `limit` attempts per `windowMs`.
// Old windows are dropped as they are met, and the map is capped so a flood of addresses cannot grow it.

export class RateLimiter {
	#windows = new Map<string, { start: number; count: number }>();

	constructor(
		readonly limit: number,
		readonly windowMs: number,
		readonly maxKeys = 10_000
	) {}

	/** Counts one attempt for `key`; false when the key has used up its window. */
	take(key: string, now: number): boolean {
		const window = this.#windows.get(key);
		if (!window || now - window.start >= this.windowMs) {
			if (!window && this.#windows.size >= this.maxKeys) this.#prune(now);
			this.#windows.set(key, { start: now, count: 1 });
			return true;
		}
		if (window.count >= this.limit) return false;
		window.count += 1;
		return true;
	}

	/** Milliseconds until `key` may try again (0 when it may now). */
	retryAfter(key: string, now: number): number {
		const window = this.#windows.get(key);
		if (!window || window.count < this.limit) return 0;
		return Math.max(0, window.start + this.windowMs - now);
	}

	#prune(now: number): void {
		for (const [key, window] of this.#windows) {
			if (now - window.start >= this.windowMs) this.#windows.delete(key);
		}
		// Still full: forget the oldest entries (Map keeps insertion order).
		for (const key of this.#windows.keys()) {
			if (this.#windows.size < this.maxKeys) break;
			this.#windows.delete(key);
		}
	}
}
