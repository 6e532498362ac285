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

/** Why a move was refused, with its HTTP status, as any route may answer it. */
export interface MoveRefusal {
	status: 409 | 503;
	data: { error: ClassRule | 'saveFailed' };
}

/** A refused move (409) or a failed save (503); anything else is a real error and is thrown again. */
export function refusalOf(cause: unknown): MoveRefusal {
	if (cause instanceof ClassRuleError) return { status: 409, data: { error: cause.rule } };
	if (cause instanceof SaveError) return { status: 503, data: { error: 'saveFailed' } };
	throw cause;
}

export type ClassFailure = ActionFailure<{ error: ClassRule | 'saveFailed' | 'malformed' }>;

/** `refusalOf` as a form failure. */
export function refusal(cause: unknown): ClassFailure {
	const refused = refusalOf(cause);
	return fail(refused.status, refused.data);
}

/** A whole number from a form field, or null. */
export function formIndex(value: FormDataEntryValue | null): number | null {
	if (typeof value !== 'string' || !/^[0-9]{1,4}$/u.test(value)) return null;
	return Number(value);
}
