/**
 * Self-study progress kept in the browser (localStorage) for everyone: entries read and quiz
 * scores. Logged-in users also have it in the database (progress.server.ts); both use the same
 * entry ids (links.ts `progressId`). Pure apart from the Storage passed in; no zod, so the islands
 * that import it stay small.
 */
import { parseProgressId } from './ids.ts';

/** The localStorage key. */
export const LOCAL_KEY = 'kvp-sjolvstudium-framgang';

export type QuizScore = { score: number; maxScore: number; at: string };
export type LocalProgress = {
	/** Entry id → when it was marked as read (ISO time). */
	read: Record<string, string>;
	/** Quiz entry id ('quiz/<bank>') → the latest score. */
	quiz: Record<string, QuizScore>;
};

export const emptyProgress = (): LocalProgress => ({ read: {}, quiz: {} });

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
const isTime = (value: unknown): value is string =>
	typeof value === 'string' && !Number.isNaN(Date.parse(value));

/** Whether a quiz score is possible: whole numbers, 0 ≤ score ≤ maxScore, at most 100 questions. */
export function validScore(score: unknown, maxScore: unknown): boolean {
	return (
		Number.isInteger(score) &&
		Number.isInteger(maxScore) &&
		(score as number) >= 0 &&
		(maxScore as number) >= 1 &&
		(maxScore as number) <= 100 &&
		(score as number) <= (maxScore as number)
	);
}

/** Reads what localStorage holds; anything malformed is dropped rather than trusted. */
export function parseLocal(text: string | null): LocalProgress {
	const progress = emptyProgress();
	if (text === null) return progress;
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		return progress;
	}
	if (!isRecord(raw)) return progress;
	if (isRecord(raw.read)) {
		for (const [id, at] of Object.entries(raw.read)) {
			if (parseProgressId(id) && isTime(at)) progress.read[id] = at;
		}
	}
	if (isRecord(raw.quiz)) {
		for (const [id, value] of Object.entries(raw.quiz)) {
			if (parseProgressId(id)?.kind !== 'quiz' || !isRecord(value)) continue;
			const { score, maxScore, at } = value;
			if (validScore(score, maxScore) && isTime(at)) {
				progress.quiz[id] = { score: score as number, maxScore: maxScore as number, at };
			}
		}
	}
	return progress;
}

export function withRead(progress: LocalProgress, id: string, at: string): LocalProgress {
	if (!parseProgressId(id)) return progress;
	return { ...progress, read: { ...progress.read, [id]: at } };
}

export function withQuiz(
	progress: LocalProgress,
	id: string,
	score: number,
	maxScore: number,
	at: string,
): LocalProgress {
	if (parseProgressId(id)?.kind !== 'quiz' || !validScore(score, maxScore)) return progress;
	return { ...progress, quiz: { ...progress.quiz, [id]: { score, maxScore, at } } };
}

/** The browser's progress; empty when storage is unavailable (private mode, blocked). */
export function loadLocal(storage: Pick<Storage, 'getItem'> | null | undefined): LocalProgress {
	try {
		return parseLocal(storage?.getItem(LOCAL_KEY) ?? null);
	} catch {
		return emptyProgress();
	}
}

/** Saves; false when the browser refuses (storage full or blocked). */
export function saveLocal(
	storage: Pick<Storage, 'setItem'> | null | undefined,
	progress: LocalProgress,
): boolean {
	try {
		storage?.setItem(LOCAL_KEY, JSON.stringify(progress));
		return storage != null;
	} catch {
		return false;
	}
}

/** Ids of everything done: read entries and quizzes taken. */
export function doneIds(progress: LocalProgress): Set<string> {
	return new Set([...Object.keys(progress.read), ...Object.keys(progress.quiz)]);
}

/** How far along a learning path is: steps done (by their entry ids) and the first step not done. */
export function pathProgress(
	stepIds: readonly string[],
	done: ReadonlySet<string>,
): { done: number; total: number; next: number | null } {
	const index = stepIds.findIndex((id) => !done.has(id));
	return {
		done: stepIds.filter((id) => done.has(id)).length,
		total: stepIds.length,
		next: index === -1 ? null : index + 1,
	};
}
