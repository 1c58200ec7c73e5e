/**
 * The registration rules, pure: who gets a seat, who waits, when the form is closed, and who is
 * promoted when a seat frees up. The server calls these inside one write transaction.
 */

export interface GatheringWindow {
	status: 'draft' | 'published' | 'cancelled';
	capacity: number;
	registrationOpensAt: Date;
	registrationClosesAt: Date;
}

export type RegistrationWindow =
	{ open: true } | { open: false; reason: 'draft' | 'cancelled' | 'not-yet-open' | 'closed' };

export function registrationWindow(g: GatheringWindow, now: Date): RegistrationWindow {
	if (g.status === 'draft') return { open: false, reason: 'draft' };
	if (g.status === 'cancelled') return { open: false, reason: 'cancelled' };
	if (now < g.registrationOpensAt) return { open: false, reason: 'not-yet-open' };
	if (now >= g.registrationClosesAt) return { open: false, reason: 'closed' };
	return { open: true };
}

export type SeatDecision = { status: 'confirmed' } | { status: 'waitlisted'; position: number };

/** A seat if one is free, else the next place on the waiting list. Capacity is never exceeded. */
export function decideSeat(confirmed: number, waitlisted: number, capacity: number): SeatDecision {
	return confirmed < capacity
		? { status: 'confirmed' }
		: { status: 'waitlisted', position: waitlisted + 1 };
}

/** How many from the waiting list to promote now: none once registration has closed. */
export function promotions(
	g: GatheringWindow,
	confirmed: number,
	waitlisted: number,
	now: Date,
): number {
	if (g.status !== 'published' || now >= g.registrationClosesAt) return 0;
	return Math.max(0, Math.min(waitlisted, g.capacity - confirmed));
}

/** Seats left for display; 0 means the waiting list is in use. */
export function seatsLeft(capacity: number, confirmed: number): number {
	return Math.max(0, capacity - confirmed);
}

/** A gathering as a batch of registrations finds it, read in the batch's transaction. */
export interface BatchState {
	gathering: GatheringWindow;
	confirmed: number;
	waitlisted: number;
	/** The last place in line so far (0 when nobody has registered). */
	lastSeq: number;
	/** Registrations made before this batch with the batch's addresses, by address. */
	earlier: ReadonlyMap<string, { id: string; status: 'confirmed' | 'waitlisted' | 'cancelled' }>;
}

export interface BatchRequest {
	email: string;
	now: Date;
}

export type BatchDecision =
	| { kind: 'closed'; reason: Exclude<RegistrationWindow, { open: true }>['reason'] }
	/**
	 * Already registered. `linkAgain` is the earlier registration to send a fresh personal link to
	 * (once per batch); null when the first registration is in this batch, whose confirmation is on
	 * its way, or the link already goes out.
	 */
	| { kind: 'duplicate'; linkAgain: string | null }
	/** A new registration: a seat or a place on the waiting list, and its place in line. */
	| { kind: 'registered'; seat: SeatDecision; seq: number; replaces: string | null };

/**
 * Decides a gathering's share of a batch, one request after another in arrival order: the form
 * must be open (at the request's own time), an address registers once (a cancelled registration
 * is replaced by a new one at the end of the line), and seats go first come, first served.
 */
export function decideBatch(state: BatchState, requests: readonly BatchRequest[]): BatchDecision[] {
	let { confirmed, waitlisted, lastSeq: seq } = state;
	const byEmail = new Map<
		string,
		{ id: string | null; status: 'confirmed' | 'waitlisted' | 'cancelled' }
	>(state.earlier);
	const linked = new Set<string>();
	return requests.map((request): BatchDecision => {
		const window = registrationWindow(state.gathering, request.now);
		if (!window.open) return { kind: 'closed', reason: window.reason };
		const before = byEmail.get(request.email);
		if (before && before.status !== 'cancelled') {
			// Registered earlier in this batch (id null) or already sent a fresh link: nothing more.
			if (before.id === null || linked.has(before.id))
				return { kind: 'duplicate', linkAgain: null };
			linked.add(before.id);
			return { kind: 'duplicate', linkAgain: before.id };
		}
		const seat = decideSeat(confirmed, waitlisted, state.gathering.capacity);
		if (seat.status === 'confirmed') confirmed++;
		else waitlisted++;
		byEmail.set(request.email, { id: null, status: seat.status });
		return { kind: 'registered', seat, seq: ++seq, replaces: before?.id ?? null };
	});
}
