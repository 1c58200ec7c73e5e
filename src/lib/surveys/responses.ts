/**
 * The decision on a batch of survey answers, pure (docs/decisions/007, 009): each answer in
 * arrival order is stored or refused. The server reads the state in the batch's transaction,
 * claims the personal links (by their markers) and writes what is decided here.
 */

export interface AnswerRequest {
	surveyId: string;
	/** The personal link's invitation; null for the open link. */
	invitationId: string | null;
	/** The most answers the open link may bring the survey to (null or 0: no limit). */
	cap: number | null;
}

export type AnswerDecision = { ok: true } | { ok: false; reason: 'closed' | 'used' | 'full' };

/** The personal links the batch claims: each once, and only for a survey that is still open. */
export function linksToClaim(
	requests: readonly AnswerRequest[],
	open: ReadonlySet<string>,
): string[] {
	const links = new Set<string>();
	for (const r of requests) if (r.invitationId && open.has(r.surveyId)) links.add(r.invitationId);
	return [...links];
}

/** The surveys whose stored answers must be counted: open, with a limited open-link answer. */
export function surveysToCount(
	requests: readonly AnswerRequest[],
	open: ReadonlySet<string>,
): string[] {
	return [
		...new Set(
			requests
				.filter((r) => !r.invitationId && r.cap !== null && r.cap > 0 && open.has(r.surveyId))
				.map((r) => r.surveyId),
		),
	];
}

/**
 * Each answer in arrival order: refused if its survey is no longer open; through a personal link,
 * stored only by the first answer that claimed the link (a link sent twice, or already used, is
 * refused); through the open link, refused once the survey has as many answers as its audience.
 */
export function decideAnswers(
	requests: readonly AnswerRequest[],
	state: {
		open: ReadonlySet<string>;
		/** The links this batch claimed (their markers were not there before). */
		claimed: ReadonlySet<string>;
		/** Answers stored so far, for the surveys of `surveysToCount`. */
		responses: ReadonlyMap<string, number>;
	},
): AnswerDecision[] {
	const claimed = new Set(state.claimed);
	const counts = new Map(state.responses);
	return requests.map((r): AnswerDecision => {
		if (!state.open.has(r.surveyId)) return { ok: false, reason: 'closed' };
		if (r.invitationId) {
			if (!claimed.delete(r.invitationId)) return { ok: false, reason: 'used' };
		} else if (r.cap !== null && r.cap > 0) {
			const n = counts.get(r.surveyId) ?? 0;
			if (n >= r.cap) return { ok: false, reason: 'full' };
			counts.set(r.surveyId, n + 1);
		}
		return { ok: true };
	});
}
