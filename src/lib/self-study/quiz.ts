/** Scoring quiz answers. Pure; the quiz island and the tests use it. */

export type ScoredOption = { id: string; correct: boolean };

/** Right when the chosen options are exactly the right ones (for single and multiple choice alike). */
export function isRightAnswer(
	options: readonly ScoredOption[],
	chosen: readonly string[],
): boolean {
	const picked = new Set(chosen);
	return options.every((option) => option.correct === picked.has(option.id));
}

/** Feedback for every option: whether it is right and whether it was chosen. */
export function optionFeedback(
	options: readonly ScoredOption[],
	chosen: readonly string[],
): { id: string; correct: boolean; chosen: boolean }[] {
	const picked = new Set(chosen);
	return options.map((option) => ({
		id: option.id,
		correct: option.correct,
		chosen: picked.has(option.id),
	}));
}

/** The number of questions answered right. */
export function countRight(results: Readonly<Record<string, boolean>>): number {
	return Object.values(results).filter(Boolean).length;
}

/**
 * The options in the order the quiz shows them: rotated so that the first right option of the
 * question at `index` in its bank lands at position `index % options.length`. Stable (the same in
 * bokmål and nynorsk and on every visit) and spread: across a bank the right answers take turns in
 * every position instead of clustering where the files list them.
 */
export function displayOrder<T extends { correct: boolean }>(
	index: number,
	options: readonly T[],
): T[] {
	const count = options.length;
	const first = options.findIndex((option) => option.correct);
	if (count === 0 || first < 0) return [...options];
	const target = index % count;
	const shift = (first - target + count) % count;
	return options.map((_, position) => options[(position + shift) % count] as T);
}

/** How many right answers each display position (0 = first) holds across a bank's questions. */
export function rightAnswerPositions(
	questions: readonly { options: readonly ScoredOption[] }[],
	order: (
		index: number,
		options: readonly ScoredOption[],
	) => readonly ScoredOption[] = displayOrder,
): number[] {
	const counts: number[] = [];
	questions.forEach((question, index) => {
		order(index, question.options).forEach((option, position) => {
			if (option.correct) counts[position] = (counts[position] ?? 0) + 1;
		});
	});
	return Array.from(counts, (count) => count ?? 0);
}
