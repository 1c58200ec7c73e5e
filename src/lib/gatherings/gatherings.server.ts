import { and, asc, count, desc, eq, gte, inArray, lt, ne, or, sql } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { gatherings, programmeItems, registrations } from '#db/schema/index.ts';
import { recordAudit } from '#lib/audit/index.server.ts';
import { randomId } from '#lib/platform/tokens.ts';
import { canCoordinate, type Principal } from '#lib/auth/index.ts';
import { serialized } from '#lib/platform/write-lock.ts';
import type { GatheringInput, ProgrammeItemInput } from './gatherings.schema.ts';
import { checkSlot, sortProgramme, type SlotProblem } from './programme.ts';
import { promoteFromWaitlist } from './registrations.server.ts';
import { osloInstant, osloParts } from '#lib/platform/time.ts';

export type Gathering = typeof gatherings.$inferSelect;
export type ProgrammeItem = typeof programmeItems.$inferSelect;

function columns(input: GatheringInput) {
	return {
		networkId: input.networkId,
		title: input.title,
		description: input.description,
		language: input.language,
		titleTranslation: input.titleTranslation || null,
		descriptionTranslation: input.descriptionTranslation || null,
		goals: input.goals,
		date: input.date,
		startsAt: osloInstant(input.date, input.startTime),
		endsAt: osloInstant(input.date, input.endTime),
		venueName: input.venueName,
		venueAddress: input.venueAddress,
		venueTown: input.venueTown,
		capacity: input.capacity,
		registrationOpensAt: input.registrationOpens,
		registrationClosesAt: input.registrationCloses,
		lunchServed: input.lunchServed,
		reminderDays: input.reminderDays,
	};
}

export async function createGathering(
	db: Db,
	createdBy: string,
	input: GatheringInput,
	now = new Date(),
): Promise<string> {
	const id = randomId();
	await db
		.insert(gatherings)
		.values({ id, ...columns(input), status: 'draft', createdBy, createdAt: now, updatedAt: now });
	await recordAudit(
		db,
		{ action: 'gathering.created', subjectId: id, networkId: input.networkId, actorId: createdBy },
		now,
	);
	return id;
}

export type UpdateResult =
	| { ok: true; promoted: number }
	| { ok: false; reason: 'capacity-below-confirmed'; confirmed: number };

/** Saves the gathering. Capacity cannot drop below those already confirmed; a larger one promotes from the waiting list. */
export async function updateGathering(
	db: Db,
	id: string,
	input: GatheringInput,
	now = new Date(),
): Promise<UpdateResult> {
	return serialized(async () => {
		const confirmed = await countStatus(db, id, 'confirmed');
		if (input.capacity < confirmed)
			return { ok: false, reason: 'capacity-below-confirmed', confirmed };
		const { networkId: _ignored, ...rest } = columns(input);
		await db
			.update(gatherings)
			.set({ ...rest, updatedAt: now })
			.where(eq(gatherings.id, id));
		const promoted = await promoteFromWaitlist(db, id, now);
		await recordAudit(
			db,
			{ action: 'gathering.edited', subjectId: id, networkId: input.networkId },
			now,
		);
		return { ok: true, promoted: promoted.length };
	});
}

async function countStatus(
	db: Pick<Db, 'select'>,
	gatheringId: string,
	status: 'confirmed' | 'waitlisted',
): Promise<number> {
	const [row] = await db
		.select({ n: count() })
		.from(registrations)
		.where(and(eq(registrations.gatheringId, gatheringId), eq(registrations.status, status)));
	return row?.n ?? 0;
}

export async function setStatus(
	db: Db,
	id: string,
	status: 'published' | 'cancelled',
	now = new Date(),
): Promise<void> {
	await db.update(gatherings).set({ status, updatedAt: now }).where(eq(gatherings.id, id));
	await recordAudit(db, { action: `gathering.${status}`, subjectId: id }, now);
}

/** A new draft with the same content and programme, a week later by default. */
export async function duplicateGathering(
	db: Db,
	id: string,
	createdBy: string,
	now = new Date(),
): Promise<string | null> {
	const source = await getGathering(db, id);
	if (!source) return null;
	const copyId = randomId();
	await db.transaction(async (tx) => {
		const { id: _id, programme, ...rest } = source;
		await tx.insert(gatherings).values({
			...rest,
			id: copyId,
			title: `${source.title} (kopi)`,
			status: 'draft',
			reminderSentAt: null,
			sensitiveDeletedAt: null,
			anonymisedAt: null,
			createdBy,
			createdAt: now,
			updatedAt: now,
		});
		if (programme.length > 0) {
			await tx
				.insert(programmeItems)
				.values(programme.map((item) => ({ ...item, id: randomId(), gatheringId: copyId })));
		}
	});
	return copyId;
}

export async function getGathering(
	db: Db,
	id: string,
): Promise<(Gathering & { programme: ProgrammeItem[] }) | undefined> {
	const row = await db.query.gatherings.findFirst({
		where: eq(gatherings.id, id),
		with: { programme: true },
	});
	return row ? { ...row, programme: sortProgramme(row.programme) } : undefined;
}

export interface GatheringSummary extends Gathering {
	confirmed: number;
	waitlisted: number;
}

/**
 * Gatherings a person may see: published and cancelled ones, plus drafts of networks they
 * coordinate. Upcoming first in date order; past ones newest first.
 */
export async function listGatherings(
	db: Db,
	viewer: Principal | null,
	options: { networkId?: string | undefined; now?: Date } = {},
): Promise<{ upcoming: GatheringSummary[]; past: GatheringSummary[] }> {
	const now = options.now ?? new Date();
	const visible = or(
		ne(gatherings.status, 'draft'),
		viewer?.isAdmin
			? sql`1`
			: viewer?.coordinatorOf.length
				? inArray(gatherings.networkId, viewer.coordinatorOf)
				: sql`0`,
	);
	const rows = await db
		.select({
			gathering: gatherings,
			// Qualified by hand: drizzle writes ${gatherings.id} as a bare "id" here, which SQLite would
			// read as the registration's own id inside the subquery.
			confirmed: sql<number>`(select count(*) from registrations r where r.gathering_id = "gatherings"."id" and r.status = 'confirmed')`,
			waitlisted: sql<number>`(select count(*) from registrations r where r.gathering_id = "gatherings"."id" and r.status = 'waitlisted')`,
		})
		.from(gatherings)
		.where(
			and(visible, options.networkId ? eq(gatherings.networkId, options.networkId) : undefined),
		)
		.orderBy(asc(gatherings.startsAt));
	const all = rows.map((r) => ({
		...r.gathering,
		confirmed: Number(r.confirmed),
		waitlisted: Number(r.waitlisted),
	}));
	return {
		upcoming: all.filter((g) => g.endsAt >= now),
		past: all.filter((g) => g.endsAt < now).reverse(),
	};
}

/** Whether this viewer may see the gathering at all (drafts only for its coordinators). */
export function canView(
	viewer: Principal | null,
	g: Pick<Gathering, 'status' | 'networkId'>,
): boolean {
	return g.status !== 'draft' || canCoordinate(viewer, g.networkId);
}

export type ItemResult = { ok: true } | { ok: false; problems: SlotProblem[] };

export async function saveProgrammeItem(
	db: Db,
	input: ProgrammeItemInput,
): Promise<ItemResult | null> {
	const g = await getGathering(db, input.gatheringId);
	if (!g) return null;
	const day = { startTime: osloParts(g.startsAt).time, endTime: osloParts(g.endsAt).time };
	const slot = {
		...(input.itemId ? { id: input.itemId } : {}),
		startTime: input.startTime,
		endTime: input.endTime,
		title: input.title,
	};
	const problems = checkSlot(slot, g.programme, day);
	if (problems.length > 0) return { ok: false, problems };
	const values = {
		startTime: input.startTime,
		endTime: input.endTime,
		title: input.title,
		titleTranslation: input.titleTranslation || null,
		kind: input.kind,
		presenterRole: input.presenterRole,
		presenterOrganisation: input.presenterOrganisation,
		presenterEmail: input.presenterEmail || null,
		description: input.description,
	};
	if (input.itemId) {
		await db
			.update(programmeItems)
			.set(values)
			.where(and(eq(programmeItems.id, input.itemId), eq(programmeItems.gatheringId, g.id)));
	} else {
		await db.insert(programmeItems).values({ id: randomId(), gatheringId: g.id, ...values });
	}
	return { ok: true };
}

export async function deleteProgrammeItem(
	db: Db,
	gatheringId: string,
	itemId: string,
): Promise<void> {
	await db
		.delete(programmeItems)
		.where(and(eq(programmeItems.id, itemId), eq(programmeItems.gatheringId, gatheringId)));
}

/** Published gatherings whose reminder is due: starting within their reminder days, not yet reminded. */
export async function gatheringsDueReminder(db: Db, now = new Date()): Promise<Gathering[]> {
	const soon = await db.query.gatherings.findMany({
		where: and(
			eq(gatherings.status, 'published'),
			gte(gatherings.startsAt, now),
			lt(gatherings.startsAt, new Date(now.getTime() + 60 * 86_400_000)),
			sql`${gatherings.reminderSentAt} is null`,
		),
		orderBy: [desc(gatherings.startsAt)],
	});
	return soon.filter(
		(g) =>
			g.reminderDays > 0 && g.startsAt.getTime() - now.getTime() <= g.reminderDays * 86_400_000,
	);
}
