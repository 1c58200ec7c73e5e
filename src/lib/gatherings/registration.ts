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
