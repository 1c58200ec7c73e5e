/** Scoring quiz answers. Pure; the quiz island and the tests use it. */

export type ScoredOption = { id: string; correct: boolean };

/** Right when the chosen options are exactly the right ones (for single and multiple choice alike). */
export function isRightAnswer(options: readonly ScoredOption[], chosen: readonly string[]): boolean {
	const picked = new Set(chosen);
	return options.every((option) => option.correct === picked.has(option.id));
}

/** Feedback for every option: whether it is right and whether it was chosen. */
export function optionFeedback(
	options: readonly ScoredOption[],
	chosen: readonly string[],
): { id: string; correct: boolean; chosen: boolean }[] {
	const picked = new Set(chosen);
	return options.map((option) => ({ id: option.id, correct: option.correct, chosen: picked.has(option.id) }));
}

/** The number of questions answered right. */
export function countRight(results: Readonly<Record<string, boolean>>): number {
	return Object.values(results).filter(Boolean).length;
}
