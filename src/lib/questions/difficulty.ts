// Difficulty 1–3: close distractors make a question harder; a fact repeated across articles is
// easier to remember; counts are a little harder than names.
export function difficultyOf(input: {
	close: boolean;
	confirmedBy: number;
	kind: 'host' | 'count' | 'role';
}): 1 | 2 | 3 {
	let score = input.kind === 'role' ? 1 : 2;
	if (input.close) score += 1;
	if (input.confirmedBy >= 2) score -= 1;
	return Math.max(1, Math.min(3, score)) as 1 | 2 | 3;
}
