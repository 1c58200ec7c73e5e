/**
 * Predict, then run: judging a prediction against the engine's answer, and the score over a
 * browser session (sessionStorage, so it is gone when the tab closes and never leaves the browser).
 */
import type { ConditionId, EligibilityResult, Verdict } from '#lib/rules/browser.ts';

export type Prediction = { verdict: Verdict | null; decisive: readonly ConditionId[] };

export type Judgement = {
	verdictCorrect: boolean;
	/** The deciding conditions the learner did not tick. */
	missed: ConditionId[];
	/** Ticked conditions that do not decide the answer. */
	extra: ConditionId[];
	/** Both the verdict and the deciding conditions right. */
	correct: boolean;
};

/** The engine's deciding conditions: those not met, or (if none) those needing judgement. */
export function judge(
	prediction: Prediction,
	result: Pick<EligibilityResult, 'verdict' | 'decisive'>,
): Judgement {
	const chosen = new Set(prediction.decisive);
	const decisive = new Set(result.decisive);
	const missed = result.decisive.filter((id) => !chosen.has(id));
	const extra = prediction.decisive.filter((id) => !decisive.has(id));
	const verdictCorrect = prediction.verdict === result.verdict;
	return {
		verdictCorrect,
		missed,
		extra,
		correct: verdictCorrect && missed.length === 0 && extra.length === 0,
	};
}

export type Score = { attempts: number; correct: number };

export const SCORE_KEY = 'kvp-regeltrening-poeng';
export const EMPTY_SCORE: Score = { attempts: 0, correct: 0 };

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function isCount(value: unknown): value is number {
	return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/** The session's score; an empty score when storage is unavailable or holds nonsense. */
export function readScore(store: Store | null): Score {
	try {
		const raw = store?.getItem(SCORE_KEY);
		if (raw == null) return EMPTY_SCORE;
		const value = JSON.parse(raw) as Partial<Score> | null;
		if (
			value &&
			isCount(value.attempts) &&
			isCount(value.correct) &&
			value.correct <= value.attempts
		) {
			return { attempts: value.attempts, correct: value.correct };
		}
	} catch {
		// Storage blocked or unreadable: start from zero.
	}
	return EMPTY_SCORE;
}

/** Adds one attempt and saves it; returns the new score (also when it could not be saved). */
export function recordAttempt(store: Store | null, correct: boolean): Score {
	const before = readScore(store);
	const after = { attempts: before.attempts + 1, correct: before.correct + (correct ? 1 : 0) };
	try {
		store?.setItem(SCORE_KEY, JSON.stringify(after));
	} catch {
		// Private mode or full storage: the score lasts as long as the page.
	}
	return after;
}

export function resetScore(store: Store | null): Score {
	try {
		store?.removeItem(SCORE_KEY);
	} catch {
		// Nothing to do.
	}
	return EMPTY_SCORE;
}

/** sessionStorage, or null where it is blocked (some privacy settings throw on access). */
export function sessionStore(): Store | null {
	try {
		return typeof sessionStorage === 'undefined' ? null : sessionStorage;
	} catch {
		return null;
	}
}
