// Redirect targets taken from forms: only paths on this site, never another origin.

/** A same-site path, or "/" for anything else («//evil.example», «/\evil», «https://…», non-strings). */
export function safeRedirectTarget(value: unknown): string {
	if (typeof value !== 'string' || !value.startsWith('/')) return '/';
	if (value.startsWith('//') || value.startsWith('/\\')) return '/';
	return value;
}
