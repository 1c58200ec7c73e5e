import { and, eq, isNull, lt } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { gatherings, registrations } from '#db/schema/index.ts';
import { eraseGatheringPeople } from '#lib/privacy/index.server.ts';

/** Diet, allergy and accessibility answers are deleted this many days after the gathering. */
const SENSITIVE_RETENTION_DAYS = 14;
const DEFAULT_RETENTION_MONTHS = 12;

function monthsBefore(now: Date, months: number): Date {
	const d = new Date(now);
	d.setUTCMonth(d.getUTCMonth() - months);
	return d;
}

export interface PrivacyReport {
	sensitiveCleared: number;
	anonymised: number;
}

/**
 * The scheduled deletion job. 14 days after a gathering its registrations lose their diet,
 * allergy and accessibility answers; `retentionMonths` after it, names and e-mail addresses are
 * replaced by an anonymous marker, the personal links stop working, and every other copy of the
 * people goes too (see privacy/erase.server.ts). Status, office, lunch and attendance stay, so
 * the counts survive.
 */
export async function applyRetention(
	db: Db,
	now = new Date(),
	retentionMonths = DEFAULT_RETENTION_MONTHS,
): Promise<PrivacyReport> {
	const report: PrivacyReport = { sensitiveCleared: 0, anonymised: 0 };
	const sensitiveDue = await db.query.gatherings.findMany({
		where: and(
			isNull(gatherings.sensitiveDeletedAt),
			lt(gatherings.endsAt, new Date(now.getTime() - SENSITIVE_RETENTION_DAYS * 86_400_000)),
		),
	});
	for (const g of sensitiveDue) {
		await db.transaction(async (tx) => {
			const cleared = await tx
				.update(registrations)
				.set({ diet: null, accessibility: null })
				.where(eq(registrations.gatheringId, g.id))
				.returning({ id: registrations.id });
			await tx.update(gatherings).set({ sensitiveDeletedAt: now }).where(eq(gatherings.id, g.id));
			report.sensitiveCleared += cleared.length;
		});
	}
	const anonymiseDue = await db.query.gatherings.findMany({
		where: and(
			isNull(gatherings.anonymisedAt),
			lt(gatherings.endsAt, monthsBefore(now, retentionMonths)),
		),
	});
	for (const g of anonymiseDue) {
		await db.transaction(async (tx) => {
			report.anonymised += await eraseGatheringPeople(tx, g.id);
			await tx.update(gatherings).set({ anonymisedAt: now }).where(eq(gatherings.id, g.id));
		});
	}
	return report;
}
