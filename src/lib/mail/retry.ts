/** After this many failed attempts a message is marked failed. */
export const MAX_ATTEMPTS = 8;

const BASE_DELAY_MS = 60_000;
const MAX_DELAY_MS = 6 * 60 * 60 * 1000;

/** Exponential back-off: 1, 2, 4, 8 … minutes after each failed attempt, at most 6 hours. */
export function nextAttemptDelayMs(attempts: number): number {
	return Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1));
}
