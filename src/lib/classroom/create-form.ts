// The class creation form's own fields (beyond the solo setup fields it shares): mode, deadline and
// how the questions are chosen. Pure, so the page and the server agree on the choices.
import type { SetupErrors } from '$lib/game/setup';

export const deadlineChoices = ['none', '1h', '1d', '7d'] as const;
export type DeadlineChoice = (typeof deadlineChoices)[number];

export const deadlineAfterMs: Record<DeadlineChoice, number | null> = {
	none: null,
	'1h': 3_600_000,
	'1d': 86_400_000,
	'7d': 7 * 86_400_000
};

export function isDeadlineChoice(value: string): value is DeadlineChoice {
	return (deadlineChoices as readonly string[]).includes(value);
}

/** The most questions a teacher may hand-pick for one class game. */
export const maxPicked = 50;

export interface CreateValues {
	mode: string;
	deadline: string;
	selection: string;
	count: string;
	kinds: string[];
	article: string;
	timing: string;
	picked: string[];
}

/**
 * Message keys per field: `classroom:create.errors.*` for mode, deadline, selection, pick and
 * saveFailed; `play:setup.errors.*` for the fields shared with solo play (and noneMatch).
 */
export type CreateErrors = Partial<
	Record<'mode' | 'deadline' | 'selection' | 'pick' | 'form', string>
> &
	Omit<SetupErrors, 'nickname'>;
