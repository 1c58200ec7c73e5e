import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { gatherings, offices, registrations } from '#db/schema/index.ts';
import { recordAudit } from '#lib/audit/index.server.ts';
import { enqueueMail } from '#lib/mail/index.server.ts';
import { gatheringCalendar } from './calendar.ts';
import { coordinatorMessage, registrationMail } from './emails.ts';
import type { Registration } from './registrations.server.ts';

export interface Participant extends Registration {
	officeName: string | null;
	/** Place on the waiting list, for waitlisted registrations. */
	position: number | null;
}

export interface ParticipantOverview {
	confirmed: Participant[];
	waitlisted: Participant[];
	cancelled: Participant[];
	perOffice: { organisation: string; confirmed: number; attended: number }[];
	catering: {
		lunches: number;
		diets: { name: string; diet: string }[];
		accessibility: { name: string; need: string }[];
	};
	attended: number;
}

export async function participantOverview(
	db: Db,
	gatheringId: string,
): Promise<ParticipantOverview> {
	const rows = await db
		.select({ r: registrations, officeName: offices.name })
		.from(registrations)
		.leftJoin(offices, eq(offices.id, registrations.officeId))
		.where(eq(registrations.gatheringId, gatheringId))
		.orderBy(asc(registrations.seq));
	const all: Participant[] = rows.map((row) => ({
		...row.r,
		officeName: row.officeName,
		position: null,
	}));
	const confirmed = all
		.filter((p) => p.status === 'confirmed')
		.sort((a, b) => a.name.localeCompare(b.name, 'nb'));
	const waitlisted = all
		.filter((p) => p.status === 'waitlisted')
		.map((p, i) => ({ ...p, position: i + 1 }));
	const cancelled = all.filter((p) => p.status === 'cancelled');
	const offices_ = new Map<string, { confirmed: number; attended: number }>();
	for (const p of confirmed) {
		const key = p.officeName ?? p.organisation;
		const entry = offices_.get(key) ?? { confirmed: 0, attended: 0 };
		entry.confirmed++;
		if (p.attendedAt) entry.attended++;
		offices_.set(key, entry);
	}
	return {
		confirmed,
		waitlisted,
		cancelled,
		perOffice: [...offices_]
			.map(([organisation, n]) => ({ organisation, ...n }))
			.sort((a, b) => a.organisation.localeCompare(b.organisation, 'nb')),
		catering: {
			lunches: confirmed.filter((p) => p.lunch).length,
			diets: confirmed.filter((p) => p.diet).map((p) => ({ name: p.name, diet: p.diet as string })),
			accessibility: confirmed
				.filter((p) => p.accessibility)
				.map((p) => ({ name: p.name, need: p.accessibility as string })),
		},
		attended: confirmed.filter((p) => p.attendedAt).length,
	};
}

/** Ticks (or unticks) a confirmed participant as attended. */
export async function setAttended(
	db: Db,
	gatheringId: string,
	registrationId: string,
	attended: boolean,
	now = new Date(),
): Promise<boolean> {
	const updated = await db
		.update(registrations)
		.set({ attendedAt: attended ? now : null })
		.where(
			and(
				eq(registrations.id, registrationId),
				eq(registrations.gatheringId, gatheringId),
				eq(registrations.status, 'confirmed'),
			),
		)
		.returning({ id: registrations.id });
	return updated.length > 0;
}

/** Writes the coordinator's message to every confirmed participant into the outbox. */
export async function messageConfirmed(
	db: Db,
	gatheringId: string,
	subject: string,
	body: string,
	now = new Date(),
): Promise<number> {
	const g = await db.query.gatherings.findFirst({ where: eq(gatherings.id, gatheringId) });
	if (!g) return 0;
	const to = await db.query.registrations.findMany({
		where: and(
			eq(registrations.gatheringId, gatheringId),
			eq(registrations.status, 'confirmed'),
			eq(registrations.anonymised, false),
		),
	});
	await db.transaction(async (tx) => {
		for (const r of to)
			await enqueueMail(
				tx,
				{
					to: r.email,
					...coordinatorMessage(r.language, g, r.name, subject, body),
					kind: 'gathering-message',
					gatheringId,
				},
				now,
			);
	});
	return to.length;
}

/** Cancels the gathering and tells everyone registered (confirmed and waiting). */
export async function cancelGathering(
	db: Db,
	gatheringId: string,
	publicOrigin: string,
	now = new Date(),
): Promise<number> {
	return db.transaction(async (tx) => {
		const [g] = await tx
			.update(gatherings)
			.set({ status: 'cancelled', updatedAt: now })
			.where(eq(gatherings.id, gatheringId))
			.returning();
		if (!g) return 0;
		await recordAudit(
			tx,
			{ action: 'gathering.cancelled', subjectId: gatheringId, networkId: g.networkId },
			now,
		);
		const to = await tx.query.registrations.findMany({
			where: and(
				eq(registrations.gatheringId, gatheringId),
				inArray(registrations.status, ['confirmed', 'waitlisted']),
			),
		});
		for (const r of to) {
			await enqueueMail(
				tx,
				{
					to: r.email,
					...registrationMail(r.language, 'gathering-cancelled', g, {
						name: r.name,
						manageUrl: null,
						position: null,
					}),
					attachments: [gatheringCalendar(g, publicOrigin)],
					kind: 'gathering-cancelled',
					gatheringId,
				},
				now,
			);
		}
		return to.length;
	});
}

/** Sends the reminder to everyone confirmed and marks the gathering reminded, in one transaction. */
export async function sendReminder(
	db: Db,
	gatheringId: string,
	publicOrigin: string,
	now = new Date(),
): Promise<number> {
	return db.transaction(async (tx) => {
		const [g] = await tx
			.update(gatherings)
			.set({ reminderSentAt: now })
			.where(and(eq(gatherings.id, gatheringId), isNull(gatherings.reminderSentAt)))
			.returning();
		if (!g) return 0;
		const to = await tx.query.registrations.findMany({
			where: and(eq(registrations.gatheringId, gatheringId), eq(registrations.status, 'confirmed')),
		});
		for (const r of to) {
			await enqueueMail(
				tx,
				{
					to: r.email,
					...registrationMail(r.language, 'reminder', g, {
						name: r.name,
						manageUrl: null,
						position: null,
					}),
					attachments: [gatheringCalendar(g, publicOrigin)],
					kind: 'registration-reminder',
					gatheringId,
				},
				now,
			);
		}
		return to.length;
	});
}
