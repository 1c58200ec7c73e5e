/**
 * The small-group rules, pure. Results of a survey stay hidden until MIN_RESPONSES people have
 * answered; the same threshold applies to free text and to every breakdown; the response rate
 * too is shown only from MIN_RESPONSES answers, and while a survey is open it moves only in steps
 * of MIN_RESPONSES answers, without the count.
 */

/** No result, free text or breakdown is shown for fewer answers than this. */
export const MIN_RESPONSES = 5;

export type Visibility =
	/** Fewer than MIN_RESPONSES answers: nothing but the response rate. */
	| 'hidden'
	/** Open, with enough answers: results from the latest snapshot, as shares, without counts. */
	| 'interim'
	/** Closed, with enough answers: the results with counts, and exports. */
	| 'final';

export function visibility(status: 'draft' | 'open' | 'closed', responses: number): Visibility {
	if (responses < MIN_RESPONSES) return 'hidden';
	return status === 'closed' ? 'final' : 'interim';
}

/**
 * Whether the interim snapshot should be taken again: only when at least MIN_RESPONSES answers
 * have come in since the last one, so two views never differ by one person's answer.
 */
export function snapshotDue(responses: number, snapshotResponses: number | null): boolean {
	if (responses < MIN_RESPONSES) return false;
	if (snapshotResponses === null) return true;
	return responses - snapshotResponses >= MIN_RESPONSES;
}

/** What coordinators may see of how many have answered (docs/decisions/009). */
export type ShownRate =
	/** Nobody has been asked. */
	| { kind: 'none' }
	/** Fewer than MIN_RESPONSES answers: no rate at all ("44 % of 9" would say 4). */
	| { kind: 'few' }
	/** Open: at least this share; it moves only when MIN_RESPONSES more have answered. */
	| { kind: 'interim'; rate: number }
	/** Closed, with enough answers: the count and the rate. */
	| { kind: 'final'; responses: number; audience: number; rate: number };

export function shownRate(
	status: 'draft' | 'open' | 'closed',
	responses: number,
	audience: number,
): ShownRate {
	if (audience <= 0) return { kind: 'none' };
	if (responses < MIN_RESPONSES) return { kind: 'few' };
	if (status === 'closed')
		return { kind: 'final', responses, audience, rate: responseRate(responses, audience)! };
	return {
		kind: 'interim',
		rate: responseRate(responses - (responses % MIN_RESPONSES), audience)!,
	};
}

/** The response rate as a whole percentage (0–100), or null when nobody was asked. */
export function responseRate(responses: number, audience: number): number | null {
	if (audience <= 0) return null;
	return Math.min(100, Math.round((responses / audience) * 100));
}

export interface BreakdownGroup<T> {
	/** The option's value, OTHERS for small groups merged together. */
	key: string;
	members: T[];
}

export const OTHERS = '__others__';

/**
 * Splits respondents into groups for a breakdown so that no group shown has fewer than
 * MIN_RESPONSES members: small groups (including those who did not answer the breakdown question)
 * are merged into one "others" group, and when even that is too small the breakdown is refused
 * (null). Since every respondent then sits in a group of at least MIN_RESPONSES, no group's
 * answers can be worked out by subtracting the others from the total either.
 */
export function breakdownGroups<T>(
	members: T[],
	groupOf: (m: T) => string | null,
): BreakdownGroup<T>[] | null {
	const byKey = new Map<string, T[]>();
	for (const m of members) {
		const key = groupOf(m) ?? OTHERS;
		byKey.set(key, [...(byKey.get(key) ?? []), m]);
	}
	const shown: BreakdownGroup<T>[] = [];
	const others: T[] = [];
	for (const [key, list] of byKey) {
		if (key !== OTHERS && list.length >= MIN_RESPONSES) shown.push({ key, members: list });
		else others.push(...list);
	}
	if (others.length > 0 && others.length < MIN_RESPONSES) return null;
	if (shown.length === 0) return null;
	return others.length > 0 ? [...shown, { key: OTHERS, members: others }] : shown;
}
