import { and, asc, count, eq, lt, max } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { gatherings, offices, registrations } from '#db/schema/index.ts';
import { issueToken, parseToken, secretMatches } from '../auth/tokens.ts';
import { enqueueMail } from '../mail/outbox.server.ts';
import { serialized } from '../platform/write-lock.ts';
import { gatheringCalendar } from './calendar.ts';
import { registrationMail } from './emails.ts';
import type { RegistrationInput } from './gatherings.schema.ts';
import { decideSeat, promotions, registrationWindow, type RegistrationWindow } from './registration.ts';

export type Registration = typeof registrations.$inferSelect;
type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
type Gathering = typeof gatherings.$inferSelect;

export type RegisterResult =
	| { ok: true; registrationId: string; token: string; status: 'confirmed' | 'waitlisted'; position: number | null }
	| { ok: false; reason: 'not-found' }
	| { ok: false; reason: 'closed'; window: Exclude<RegistrationWindow, { open: true }>['reason'] }
	| { ok: false; reason: 'duplicate'; status: 'confirmed' | 'waitlisted'; position: number | null }
	| { ok: false; reason: 'unknown-office' };

/** The place on the waiting list of a waitlisted registration (1 is next in line). */
async function waitlistPosition(tx: Pick<Db, 'select'>, gatheringId: string, seq: number): Promise<number> {
	const [before] = await tx
		.select({ n: count() })
		.from(registrations)
		.where(and(eq(registrations.gatheringId, gatheringId), eq(registrations.status, 'waitlisted'), lt(registrations.seq, seq)));
	return (before?.n ?? 0) + 1;
}

async function counts(tx: Pick<Db, 'select'>, gatheringId: string) {
	const rows = await tx
		.select({ status: registrations.status, n: count() })
		.from(registrations)
		.where(eq(registrations.gatheringId, gatheringId))
		.groupBy(registrations.status);
	const by = Object.fromEntries(rows.map((r) => [r.status, r.n]));
	return { confirmed: by.confirmed ?? 0, waitlisted: by.waitlisted ?? 0 };
}

/**
 * Registers a person. Inside one write transaction, queued behind any other in this process: the
 * seat count is read and the registration written together, so capacity is never exceeded, and the
 * waiting list keeps the order in which registrations were accepted. The confirmation e-mail is
 * written to the outbox in the same transaction.
 */
export async function register(
	db: Db,
	input: RegistrationInput,
	options: { userId?: string | null; publicOrigin: string; now?: Date },
): Promise<RegisterResult> {
	const now = options.now ?? new Date();
	return serialized(() =>
		db.transaction(async (tx) => {
			const g = await tx.query.gatherings.findFirst({ where: eq(gatherings.id, input.gatheringId) });
			if (!g) return { ok: false, reason: 'not-found' } as const;
			const window = registrationWindow(g, now);
			if (!window.open) return { ok: false, reason: 'closed', window: window.reason } as const;
			let organisation = input.organisation ?? '';
			if (input.officeId) {
				const office = await tx.query.offices.findFirst({ where: eq(offices.id, input.officeId) });
				if (!office) return { ok: false, reason: 'unknown-office' } as const;
				organisation = office.name;
			}
			const existing = await tx.query.registrations.findFirst({
				where: and(eq(registrations.gatheringId, g.id), eq(registrations.email, input.email)),
			});
			if (existing && existing.status !== 'cancelled') {
				const position = existing.status === 'waitlisted' ? await waitlistPosition(tx, g.id, existing.seq) : null;
				return { ok: false, reason: 'duplicate', status: existing.status, position } as const;
			}
			const { confirmed, waitlisted } = await counts(tx, g.id);
			const seat = decideSeat(confirmed, waitlisted, g.capacity);
			const [last] = await tx.select({ seq: max(registrations.seq) }).from(registrations).where(eq(registrations.gatheringId, g.id));
			const seq = (last?.seq ?? 0) + 1;
			const { id, token, secretHash } = await issueToken();
			const values = {
				seq,
				status: seat.status,
				userId: options.userId ?? null,
				name: input.name,
				organisation,
				officeId: input.officeId || null,
				jobRole: input.jobRole,
				lunch: g.lunchServed ? input.lunch : false,
				diet: input.diet || null,
				accessibility: input.accessibility || null,
				language: input.language,
				manageSecretHash: Buffer.from(secretHash),
				consentedAt: now,
				updatedAt: now,
				promotedAt: null,
				cancelledAt: null,
				attendedAt: null,
			};
			// A cancelled registration with the same address is replaced: a new place at the end of the line.
			if (existing) await tx.delete(registrations).where(eq(registrations.id, existing.id));
			await tx.insert(registrations).values({ id, gatheringId: g.id, email: input.email, createdAt: now, ...values });
			const position = seat.status === 'waitlisted' ? seat.position : null;
			const manageUrl = manageLink(options.publicOrigin, input.language, token);
			await enqueueMail(tx, {
				to: input.email,
				...registrationMail(input.language, seat.status === 'confirmed' ? 'confirmed' : 'waitlisted', g, { name: input.name, manageUrl, position }),
				attachments: seat.status === 'confirmed' ? [gatheringCalendar(g, options.publicOrigin)] : [],
				kind: seat.status === 'confirmed' ? 'registration-confirmed' : 'registration-waitlisted',
			}, now);
			return { ok: true, registrationId: id, token, status: seat.status, position } as const;
		}),
	);
}

export function manageLink(publicOrigin: string, lang: 'nb' | 'nn', token: string): string {
	return `${publicOrigin}${lang === 'nn' ? '/nn' : ''}/pamelding/${encodeURIComponent(token)}`;
}

/**
 * Moves people from the waiting list into free seats, first in line first, and e-mails them.
 * Nothing moves once registration has closed. Call inside `serialized`.
 */
export async function promoteFromWaitlist(db: Db | Tx, gatheringId: string, now = new Date(), publicOrigin = process.env.PUBLIC_ORIGIN ?? 'http://localhost:4321'): Promise<Registration[]> {
	const g = await db.query.gatherings.findFirst({ where: eq(gatherings.id, gatheringId) });
	if (!g) return [];
	const { confirmed, waitlisted } = await counts(db, gatheringId);
	const n = promotions(g, confirmed, waitlisted, now);
	if (n === 0) return [];
	const next = await db.query.registrations.findMany({
		where: and(eq(registrations.gatheringId, gatheringId), eq(registrations.status, 'waitlisted')),
		orderBy: [asc(registrations.seq)],
		limit: n,
	});
	for (const r of next) {
		await db.update(registrations).set({ status: 'confirmed', promotedAt: now, updatedAt: now }).where(eq(registrations.id, r.id));
		await enqueueMail(db, {
			to: r.email,
			// Only a hash of the personal link is stored, so this mail points back to the first one.
			...registrationMail(r.language, 'promoted', g, { name: r.name, manageUrl: null, position: null }),
			attachments: [gatheringCalendar(g, publicOrigin)],
			kind: 'registration-promoted',
		}, now);
	}
	return next;
}

export interface ManagedRegistration {
	registration: Registration;
	gathering: Gathering;
	position: number | null;
}

/** The registration a personal link belongs to; null for a forged, tampered or deleted one. */
export async function findByToken(db: Db, token: string): Promise<ManagedRegistration | null> {
	const parsed = parseToken(token);
	if (!parsed) return null;
	const registration = await db.query.registrations.findFirst({ where: eq(registrations.id, parsed.id) });
	if (!registration?.manageSecretHash || !(await secretMatches(parsed.secret, registration.manageSecretHash))) return null;
	const gathering = await db.query.gatherings.findFirst({ where: eq(gatherings.id, registration.gatheringId) });
	if (!gathering) return null;
	const position = registration.status === 'waitlisted' ? await waitlistPosition(db, gathering.id, registration.seq) : null;
	return { registration, gathering, position };
}

export type CancelResult = { ok: true; promoted: number } | { ok: false; reason: 'invalid' | 'already-cancelled' };

/** Cancels through the personal link; a freed seat goes to the first on the waiting list at once. */
export async function cancelRegistration(db: Db, token: string, publicOrigin: string, now = new Date()): Promise<CancelResult> {
	return serialized(async () => {
		const found = await findByToken(db, token);
		if (!found) return { ok: false, reason: 'invalid' };
		if (found.registration.status === 'cancelled') return { ok: false, reason: 'already-cancelled' };
		const promoted = await db.transaction(async (tx) => {
			await tx.update(registrations).set({ status: 'cancelled', cancelledAt: now, updatedAt: now }).where(eq(registrations.id, found.registration.id));
			return promoteFromWaitlist(tx, found.gathering.id, now, publicOrigin);
		});
		return { ok: true, promoted: promoted.length };
	});
}

export async function changeRegistration(
	db: Db,
	token: string,
	change: { jobRole: string; lunch: boolean; diet: string; accessibility: string },
	now = new Date(),
): Promise<boolean> {
	const found = await findByToken(db, token);
	if (!found || found.registration.status === 'cancelled') return false;
	await db
		.update(registrations)
		.set({
			jobRole: change.jobRole,
			lunch: found.gathering.lunchServed ? change.lunch : false,
			diet: found.gathering.sensitiveDeletedAt ? null : change.diet || null,
			accessibility: found.gathering.sensitiveDeletedAt ? null : change.accessibility || null,
			updatedAt: now,
		})
		.where(eq(registrations.id, found.registration.id));
	return true;
}

/** Everything stored about the person behind a personal link, for download. */
export function personalData(found: ManagedRegistration) {
	const r = found.registration;
	return {
		gathering: { title: found.gathering.title, date: found.gathering.date, venue: `${found.gathering.venueName}, ${found.gathering.venueTown}` },
		registration: {
			status: r.status,
			placeOnWaitingList: found.position,
			name: r.name,
			email: r.email,
			organisation: r.organisation,
			role: r.jobRole,
			lunch: r.lunch,
			dietAndAllergies: r.diet,
			accessibilityNeeds: r.accessibility,
			language: r.language,
			consentedAt: r.consentedAt.toISOString(),
			registeredAt: r.createdAt.toISOString(),
			changedAt: r.updatedAt.toISOString(),
			promotedFromWaitingListAt: r.promotedAt?.toISOString() ?? null,
			cancelledAt: r.cancelledAt?.toISOString() ?? null,
			attendedAt: r.attendedAt?.toISOString() ?? null,
		},
		retention: {
			dietAllergiesAccessibility: 'deleted 14 days after the gathering',
			nameAndEmail: 'anonymised after the retention period (default 12 months) after the gathering',
		},
	};
}
