// The wording families a held meeting is stated in («took part in», «was held in», «hosted»): a false
// statement in the same words as the true one means the form of an option never tells which is true.
export const statementFamilies: readonly RegExp[] = [
	/took part in|take part in/,
	/(?:was|were|is|are) (?:scheduled to be )?(?:held|made)/,
	/hosted|(?<!has )mediated|arranged|chaired|auspices/
];
