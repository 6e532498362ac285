// A bounded memo for pure string functions called once per token: news vocabulary repeats a lot.
export function memoize<T>(fn: (key: string) => T, limit = 50_000): (key: string) => T {
	const cache = new Map<string, T>();
	return (key: string): T => {
		const hit = cache.get(key);
		if (hit !== undefined || cache.has(key)) return hit as T;
		const value = fn(key);
		// Whole lines and sentences never repeat: caching them would only evict the token keys.
		if (key.length > 64) return value;
		if (cache.size >= limit) cache.clear();
		cache.set(key, value);
		return value;
	};
}
