// Shared by the class routes: who may see a class, and how refused moves become form failures.
import { error, fail, type ActionFailure, type Cookies } from '@sveltejs/kit';
import { ClassRuleError, type ClassRecord, type ClassRule } from '$lib/classroom/types';
import { translator, type Lang } from '$lib/i18n';
import { findClass, isTeacher } from './classroom';
import { SaveError } from './store';

/** The class, for its teacher only; anyone else gets a 403 page that says what to do. */
export async function teacherClass(id: string, cookies: Cookies, lang: Lang): Promise<ClassRecord> {
	const cls = await findClass(id);
	if (!cls || !isTeacher(cls, cookies)) {
		error(403, translator(lang)('classroom:errors.notTeacher'));
	}
	return cls;
}

export type ClassFailure = ActionFailure<{ error: ClassRule | 'saveFailed' | 'malformed' }>;

/** A refused move (409) or a failed save (503) as a form failure; anything else is a real error. */
export function refusal(cause: unknown): ClassFailure {
	if (cause instanceof ClassRuleError) return fail(409, { error: cause.rule });
	if (cause instanceof SaveError) return fail(503, { error: 'saveFailed' as const });
	throw cause;
}

/** A whole number from a form field, or null. */
export function formIndex(value: FormDataEntryValue | null): number | null {
	if (typeof value !== 'string' || !/^[0-9]{1,4}$/u.test(value)) return null;
	return Number(value);
}
