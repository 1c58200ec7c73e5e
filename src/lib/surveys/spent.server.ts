/**
 * The record that a personal link has been used, kept apart from the person (docs/decisions/009).
 *
 * The transaction that stores an answer writes only the response, its answers and a marker
 * HMAC(server key, invitation id) in `survey_spent`: without the server's key the marker leads to
 * no invitation, so that commit changes nothing that leads to a person. Setting the invitations'
 * `used` flags (which reminders read) is a separate write, made only when at least
 * MIN_RESPONSES markers are waiting for a survey, all of them at once, and never so as to leave
 * one to four invitations unmarked: any state of the database, or any two, then ties an answer to
 * a group of at least MIN_RESPONSES people (those marked together, or those still unmarked).
 * Fewer than that left at close stay unmarked (marking them would single them out); only the
 * server, with its key, can tell whether one particular link was used.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { surveyInvitations, surveys, surveySpent } from '#db/schema/index.ts';
import { serialized } from '#lib/platform/write-lock.ts';
import { keyedHash } from '#lib/platform/secret.server.ts';
import { MIN_RESPONSES } from './anonymity.ts';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** The marker of an invitation's use: the same for its first link and its reminder's. */
export function spentMarker(invitationId: string): Buffer {
	return keyedHash('survey-spent', invitationId);
}

const markerQuery = new WeakMap<Db, ReturnType<typeof prepareMarker>>();
function prepareMarker(db: Db) {
	return db
		.select({ marker: surveySpent.marker })
		.from(surveySpent)
		.where(eq(surveySpent.marker, sql.placeholder('marker')))
		.prepare();
}

/** Whether the invitation's link has been used: its flag, or (not yet flagged) its marker. */
export async function linkUsed(
	db: Db,
	invitation: { id: string; used: boolean },
): Promise<boolean> {
	if (invitation.used) return true;
	let query = markerQuery.get(db);
	if (!query) markerQuery.set(db, (query = prepareMarker(db)));
	return (await query.all({ marker: spentMarker(invitation.id) })).length > 0;
}

/**
 * Sets `used` on every invitation of the survey whose marker is waiting, in one write, if there
 * are at least MIN_RESPONSES of them and the invitations left unmarked are none or at least
 * MIN_RESPONSES (an answer whose link is not yet marked could be from any of those); otherwise
 * changes nothing. Returns how many were set.
 * Outside a transaction the reads come first and the write is one statement (or one batch), so
 * no transaction stays open between awaits (the driver is synchronous: another connection's
 * write would block the thread while this one held the lock).
 */
export async function markUsedInGroups(db: Db | Tx, surveyId: string): Promise<number> {
	const waitingAtLeast =
		(await db.$count(surveySpent, eq(surveySpent.surveyId, surveyId))) -
		(await db.$count(
			surveyInvitations,
			and(eq(surveyInvitations.surveyId, surveyId), eq(surveyInvitations.used, true)),
		));
	if (waitingAtLeast < MIN_RESPONSES) return 0;
	const unused = await db
		.select({ id: surveyInvitations.id })
		.from(surveyInvitations)
		.where(and(eq(surveyInvitations.surveyId, surveyId), eq(surveyInvitations.used, false)));
	const markers = new Set(
		(
			await db
				.select({ marker: surveySpent.marker })
				.from(surveySpent)
				.where(eq(surveySpent.surveyId, surveyId))
		).map((r) => r.marker.toString('hex')),
	);
	const waiting = unused
		.filter((i) => markers.has(spentMarker(i.id).toString('hex')))
		.map((i) => i.id);
	// An answer not yet marked could be from anyone still unmarked: never leave one to four.
	const left = unused.length - waiting.length;
	if (waiting.length < MIN_RESPONSES || (left > 0 && left < MIN_RESPONSES)) return 0;
	const updates = [];
	for (let i = 0; i < waiting.length; i += 500)
		updates.push(
			db
				.update(surveyInvitations)
				.set({ used: true })
				.where(inArray(surveyInvitations.id, waiting.slice(i, i + 500))),
		);
	if (updates.length > 1 && 'batch' in db)
		await db.batch(updates as [(typeof updates)[number], ...(typeof updates)[number][]]);
	else for (const update of updates) await update;
	return waiting.length;
}

const scheduled = new Set<string>();

/**
 * After answers are stored: marks the survey's waiting links used, in a write of its own, once
 * MIN_RESPONSES are waiting. At most one run per survey is queued at a time.
 */
export function scheduleMarkUsed(db: Db, surveyId: string): Promise<number> | undefined {
	if (scheduled.has(surveyId)) return undefined;
	scheduled.add(surveyId);
	return serialized(() => {
		scheduled.delete(surveyId);
		return markUsedInGroups(db, surveyId);
	});
}

/** For the scheduled work: the same for every open survey (after a restart, say). */
export async function markUsedEverywhere(db: Db): Promise<number> {
	let marked = 0;
	for (const s of await db
		.select({ id: surveys.id })
		.from(surveys)
		.where(eq(surveys.status, 'open'))) {
		marked += await serialized(() => markUsedInGroups(db, s.id));
	}
	return marked;
}
