import { and, asc, count, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { gatherings, offices, registrations } from '#db/schema/index.ts';
import { issueToken, parseToken, secretMatches } from '#lib/platform/tokens.ts';
import { enqueueMail, enqueueMails } from '#lib/mail/index.server.ts';
import type { CurrentUser } from '#lib/auth/index.server.ts';
import { groupCommit, type Tx } from '#lib/platform/group-commit.server.ts';
import { serialized } from '#lib/platform/write-lock.ts';
import { gatheringCalendar } from './calendar.ts';
import { registrationMail } from './emails.ts';
import { runRegisteredHooks } from './hooks.server.ts';
import type { RegistrationInput } from './gatherings.schema.ts';
import { decideBatch, promotions, type RegistrationWindow } from './registration.ts';

export type Registration = typeof registrations.$inferSelect;
type Gathering = typeof gatherings.$inferSelect;

export type RegisterResult =
	| {
			ok: true;
			registrationId: string;
			token: string;
			status: 'confirmed' | 'waitlisted';
			position: number | null;
	  }
	| { ok: false; reason: 'not-found' }
	| { ok: false; reason: 'closed'; window: Exclude<RegistrationWindow, { open: true }>['reason'] }
	/** Already registered: a new personal link went to the address (the answer tells a stranger nothing more). */
	| { ok: false; reason: 'duplicate' }
	| { ok: false; reason: 'unknown-office' };

/** The place on the waiting list of a waitlisted registration (1 is next in line). */
async function waitlistPosition(
	tx: Pick<Db, 'select'>,
	gatheringId: string,
	seq: number,
): Promise<number> {
	const [before] = await tx
		.select({ n: count() })
		.from(registrations)
		.where(
			and(
				eq(registrations.gatheringId, gatheringId),
				eq(registrations.status, 'waitlisted'),
				lt(registrations.seq, seq),
			),
		);
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
 * Registers a person. Capacity is never exceeded and the waiting list keeps the order in which
 * registrations were accepted: registrations are decided one after another inside a write
 * transaction, queued behind any other in this process. Registrations that arrive while a
 * transaction runs are written together in the next one (group commit), which keeps the queue
 * short under load. The confirmation e-mail goes to the outbox in the same transaction. Work that
 * needs no lock (the personal link, the calendar file, the office) is done before queueing.
 */
export async function register(
	db: Db,
	input: RegistrationInput,
	options: { userId?: string | null; publicOrigin: string; now?: Date },
): Promise<RegisterResult> {
	const now = options.now ?? new Date();
	const [g] = await db.select().from(gatherings).where(eq(gatherings.id, input.gatheringId));
	if (!g) return { ok: false, reason: 'not-found' };
	let organisation = input.organisation ?? '';
	if (input.officeId) {
		const office = await db.query.offices.findFirst({ where: eq(offices.id, input.officeId) });
		if (!office) return { ok: false, reason: 'unknown-office' };
		organisation = office.name;
	}
	const issued = await issueToken();
	return registerInBatch(db, {
		g,
		input,
		organisation,
		issued,
		now,
		userId: options.userId ?? null,
		publicOrigin: options.publicOrigin,
	});
}

interface PendingRegistration {
	g: Gathering;
	input: RegistrationInput;
	organisation: string;
	issued: Awaited<ReturnType<typeof issueToken>>;
	now: Date;
	userId: string | null;
	publicOrigin: string;
}

/** Registrations queued so far are decided and written, in order, in one transaction. */
const registerInBatch = groupCommit<PendingRegistration, RegisterResult>({
	write: async (tx, batch) => {
		const decided = new Map<PendingRegistration, RegisterResult>();
		for (const [gatheringId, items] of Map.groupBy(batch, (p) => p.g.id)) {
			for (const [item, result] of await decideGathering(tx, gatheringId, items))
				decided.set(item, result);
		}
		return batch.map((item) => decided.get(item)!);
	},
});

/** Decides a gathering's share of a batch in arrival order (decideBatch) and writes it with two inserts. */
async function decideGathering(
	tx: Tx,
	gatheringId: string,
	items: PendingRegistration[],
): Promise<[PendingRegistration, RegisterResult][]> {
	// One read: the gathering as it is now (it may have been cancelled or closed meanwhile), its
	// counts and the last place in line.
	const state = await tx.get<{
		status: Gathering['status'] | null;
		capacity: number;
		opens: number;
		closes: number;
		confirmed: number;
		waitlisted: number;
		lastSeq: number | null;
	}>(sql`
		select g.status as status, g.capacity as capacity, g.registration_opens_at as opens, g.registration_closes_at as closes,
			(select count(*) from registrations r where r.gathering_id = g.id and r.status = 'confirmed') as confirmed,
			(select count(*) from registrations r where r.gathering_id = g.id and r.status = 'waitlisted') as waitlisted,
			(select max(seq) from registrations r where r.gathering_id = g.id) as lastSeq
		from gatherings g where g.id = ${gatheringId}`);
	if (!state?.status) return items.map((item) => [item, { ok: false, reason: 'not-found' }]);
	const earlier = await tx
		.select({
			id: registrations.id,
			email: registrations.email,
			status: registrations.status,
			seq: registrations.seq,
			name: registrations.name,
			language: registrations.language,
		})
		.from(registrations)
		.where(
			and(
				eq(registrations.gatheringId, gatheringId),
				inArray(registrations.email, [...new Set(items.map((i) => i.input.email))]),
			),
		);
	const decisions = decideBatch(
		{
			gathering: {
				status: state.status,
				capacity: state.capacity,
				registrationOpensAt: new Date(state.opens),
				registrationClosesAt: new Date(state.closes),
			},
			confirmed: Number(state.confirmed),
			waitlisted: Number(state.waitlisted),
			lastSeq: Number(state.lastSeq ?? 0),
			earlier: new Map(earlier.map((r) => [r.email, r])),
		},
		items.map((item) => ({ email: item.input.email, now: item.now })),
	);
	const earlierById = new Map(earlier.map((r) => [r.id, r]));
	const rows: (typeof registrations.$inferInsert)[] = [];
	const mails: Parameters<typeof enqueueMails>[1] = [];
	const replaced: string[] = [];
	const linksAgain: {
		id: string;
		secretHash: Uint8Array;
		mail: Parameters<typeof enqueueMails>[1][number];
	}[] = [];
	const results = items.map((item, i): [PendingRegistration, RegisterResult] => {
		const decision = decisions[i]!;
		if (decision.kind === 'closed')
			return [item, { ok: false, reason: 'closed', window: decision.reason }];
		if (decision.kind === 'duplicate') {
			// Registered before this batch: a fresh personal link to the address, and the old one stops
			// working.
			const before = decision.linkAgain ? earlierById.get(decision.linkAgain) : undefined;
			if (before) {
				const token = `${before.id}.${item.issued.token.split('.')[1]}`;
				const mail = registrationMail(before.language, 'link-again', item.g, {
					name: before.name,
					manageUrl: manageLink(item.publicOrigin, before.language, token),
					position: null,
				});
				linksAgain.push({
					id: before.id,
					secretHash: item.issued.secretHash,
					mail: { to: before.email, ...mail, attachments: [], kind: 'registration-link-again' },
				});
			}
			return [item, { ok: false, reason: 'duplicate' }];
		}
		// A cancelled registration with the same address is replaced: a new place at the end of the line.
		const { seat, seq } = decision;
		if (decision.replaces) replaced.push(decision.replaces);
		const { id, token, secretHash } = item.issued;
		const { input, g, now } = item;
		rows.push({
			id,
			seq,
			gatheringId,
			email: input.email,
			status: seat.status,
			userId: item.userId,
			name: input.name,
			organisation: item.organisation,
			officeId: input.officeId || null,
			jobRole: input.jobRole,
			lunch: g.lunchServed ? input.lunch : false,
			diet: input.diet || null,
			accessibility: input.accessibility || null,
			language: input.language,
			manageSecretHash: Buffer.from(secretHash),
			consentedAt: now,
			createdAt: now,
			updatedAt: now,
		});
		const position = seat.status === 'waitlisted' ? seat.position : null;
		const isConfirmed = seat.status === 'confirmed';
		mails.push({
			to: input.email,
			...registrationMail(input.language, isConfirmed ? 'confirmed' : 'waitlisted', g, {
				name: input.name,
				manageUrl: manageLink(item.publicOrigin, input.language, token),
				position,
			}),
			attachments: isConfirmed ? [cachedCalendar(g, item.publicOrigin)] : [],
			kind: isConfirmed ? 'registration-confirmed' : 'registration-waitlisted',
			gatheringId,
		});
		return [item, { ok: true, registrationId: id, token, status: seat.status, position }];
	});
	if (replaced.length > 0)
		await tx.delete(registrations).where(inArray(registrations.id, replaced));
	if (rows.length > 0) await tx.insert(registrations).values(rows);
	// What other features add (the pre-event survey, when the gathering has one) commits with the
	// registrations and goes out with the confirmation.
	if (rows.length > 0)
		await runRegisteredHooks(
			tx,
			gatheringId,
			rows.map((r, i) => ({
				registrationId: r.id as string,
				language: r.language,
				mail: mails[i]!,
			})),
			items[0]!.publicOrigin,
			items[0]!.now,
		);
	if (mails.length > 0) await enqueueMails(tx, mails, items[0]!.now);
	for (const l of linksAgain)
		await tx
			.update(registrations)
			.set({ manageSecretHash: Buffer.from(l.secretHash), updatedAt: items[0]!.now })
			.where(eq(registrations.id, l.id));
	if (linksAgain.length > 0)
		await enqueueMails(
			tx,
			linksAgain.map((l) => l.mail),
			items[0]!.now,
		);
	return results;
}

/** The calendar file of a gathering, made once per version of it (the ics library is not cheap). */
const calendars = new Map<string, ReturnType<typeof gatheringCalendar>>();
function cachedCalendar(g: Gathering, publicOrigin: string) {
	const key = `${g.id}:${g.updatedAt.getTime()}:${g.status}:${publicOrigin}`;
	let file = calendars.get(key);
	if (!file) {
		if (calendars.size > 200) calendars.clear();
		file = gatheringCalendar(g, publicOrigin);
		calendars.set(key, file);
	}
	return file;
}

function manageLink(publicOrigin: string, lang: 'nb' | 'nn', token: string): string {
	return `${publicOrigin}${lang === 'nn' ? '/nn' : ''}/pamelding/${encodeURIComponent(token)}`;
}

/**
 * Moves people from the waiting list into free seats, first in line first, and e-mails them.
 * Nothing moves once registration has closed. Call inside `serialized`.
 */
export async function promoteFromWaitlist(
	db: Db | Tx,
	gatheringId: string,
	now = new Date(),
	publicOrigin = process.env.PUBLIC_ORIGIN ?? 'http://localhost:4321',
): Promise<Registration[]> {
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
		await db
			.update(registrations)
			.set({ status: 'confirmed', promotedAt: now, updatedAt: now })
			.where(eq(registrations.id, r.id));
		await enqueueMail(
			db,
			{
				to: r.email,
				// Only a hash of the personal link is stored, so this mail points back to the first one.
				...registrationMail(r.language, 'promoted', g, {
					name: r.name,
					manageUrl: null,
					position: null,
				}),
				attachments: [gatheringCalendar(g, publicOrigin)],
				kind: 'registration-promoted',
				gatheringId,
			},
			now,
		);
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
	const registration = await db.query.registrations.findFirst({
		where: eq(registrations.id, parsed.id),
	});
	if (
		!registration?.manageSecretHash ||
		!(await secretMatches(parsed.secret, registration.manageSecretHash))
	)
		return null;
	const gathering = await db.query.gatherings.findFirst({
		where: eq(gatherings.id, registration.gatheringId),
	});
	if (!gathering) return null;
	const position =
		registration.status === 'waitlisted'
			? await waitlistPosition(db, gathering.id, registration.seq)
			: null;
	return { registration, gathering, position };
}

/**
 * Who acts in a gathering's interactive parts (questions and votes): a registration, by its
 * personal link or by the signed-in account's address, or else the account alone.
 */
export interface GatheringParticipant {
	registrationId: string | null;
	userId: string | null;
	name: string;
	/** The key a registered participant votes under (`r:<registration id>`); null when not registered. */
	voter: string | null;
}

/**
 * The participant a personal link (for this gathering, not cancelled) or else the signed-in
 * account stands for; null when neither does.
 */
export async function participantIn(
	db: Db,
	gatheringId: string,
	token: string | null | undefined,
	user: CurrentUser | null,
): Promise<GatheringParticipant | null> {
	if (token) {
		const found = await findByToken(db, token);
		if (found && found.gathering.id === gatheringId && found.registration.status !== 'cancelled') {
			return {
				registrationId: found.registration.id,
				userId: user?.id ?? null,
				name: found.registration.name,
				voter: `r:${found.registration.id}`,
			};
		}
	}
	if (!user) return null;
	const [registration] = await db
		.select({ id: registrations.id })
		.from(registrations)
		.where(
			and(
				eq(registrations.gatheringId, gatheringId),
				eq(registrations.email, user.email),
				inArray(registrations.status, ['confirmed', 'waitlisted']),
			),
		);
	return {
		registrationId: registration?.id ?? null,
		userId: user.id,
		name: user.name,
		voter: registration ? `r:${registration.id}` : null,
	};
}

export type CancelResult =
	{ ok: true; promoted: number } | { ok: false; reason: 'invalid' | 'already-cancelled' };

/** Cancels through the personal link; a freed seat goes to the first on the waiting list at once. */
export async function cancelRegistration(
	db: Db,
	token: string,
	publicOrigin: string,
	now = new Date(),
): Promise<CancelResult> {
	return serialized(async () => {
		const found = await findByToken(db, token);
		if (!found) return { ok: false, reason: 'invalid' };
		if (found.registration.status === 'cancelled')
			return { ok: false, reason: 'already-cancelled' };
		const promoted = await db.transaction(async (tx) => {
			await tx
				.update(registrations)
				.set({ status: 'cancelled', cancelledAt: now, updatedAt: now })
				.where(eq(registrations.id, found.registration.id));
			const r = found.registration;
			await enqueueMail(
				tx,
				{
					to: r.email,
					...registrationMail(r.language, 'registration-cancelled', found.gathering, {
						name: r.name,
						manageUrl: null,
						position: null,
					}),
					kind: 'registration-cancelled',
				},
				now,
			);
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
