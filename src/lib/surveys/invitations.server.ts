/**
 * Personal one-time links. After a gathering every participant who was checked in (or, when
 * check-in was not used, everyone confirmed) gets a link by e-mail through the outbox, and one
 * reminder; before a gathering everyone registered gets the pre-event survey. Only SHA-256 of
 * each link's secret is stored, and whether it has been used (set in groups, spent.server.ts):
 * never when, and never which answer.
 */
import { and, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { gatherings, registrations, surveyInvitations, surveys } from '#db/schema/index.ts';
import { createHash, timingSafeEqual } from 'node:crypto';
import { recordAudit } from '#lib/audit/index.server.ts';
import { issueToken, parseToken } from '#lib/platform/tokens.ts';
import { enqueueMails, type NewMessage } from '#lib/mail/index.server.ts';
import { serialized } from '#lib/platform/write-lock.ts';
import type { OnRegistered } from '#lib/gatherings/index.server.ts';
import { invitationMail, preEventParagraph, surveyLink } from './emails.ts';
import { markUsedInGroups } from './spent.server.ts';
import type { Survey } from './surveys.server.ts';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
type Registration = typeof registrations.$inferSelect;
export type Invitation = typeof surveyInvitations.$inferSelect;

/**
 * Who a survey is for. Evaluations: those checked in, or everyone confirmed when nobody was
 * checked in. Before the day: everyone confirmed or on the waiting list. Never the anonymised.
 */
export async function audience(
	db: Db | Tx,
	gatheringId: string,
	kind: Survey['kind'],
): Promise<Registration[]> {
	const statuses: Registration['status'][] =
		kind === 'pre-event' ? ['confirmed', 'waitlisted'] : ['confirmed'];
	const all = await db.query.registrations.findMany({
		where: and(
			eq(registrations.gatheringId, gatheringId),
			inArray(registrations.status, statuses),
			eq(registrations.anonymised, false),
		),
	});
	if (kind === 'pre-event') return all;
	const attended = all.filter((r) => r.attendedAt);
	return attended.length > 0 ? attended : all;
}

/** How many a survey was meant for, for the response rate: those invited, else its audience. */
export async function audienceSize(
	db: Db,
	survey: Pick<Survey, 'id' | 'gatheringId' | 'kind'>,
): Promise<number> {
	const invited = await db.$count(surveyInvitations, eq(surveyInvitations.surveyId, survey.id));
	if (invited > 0) return invited;
	return (await audience(db, survey.gatheringId, survey.kind)).length;
}

export type SendResult =
	| { ok: true; sent: number }
	| {
			ok: false;
			reason: 'not-open' | 'not-found' | 'already-reminded' | 'not-invited' | 'not-ended';
	  };

/**
 * Sends the personal links to everyone in the audience who has none yet (so it can be run again
 * for late check-ins or registrations). The invitations and e-mails are written in one transaction.
 */
export async function sendInvitations(
	db: Db,
	surveyId: string,
	publicOrigin: string,
	now = new Date(),
): Promise<SendResult> {
	const survey = await db.query.surveys.findFirst({ where: eq(surveys.id, surveyId) });
	if (!survey) return { ok: false, reason: 'not-found' };
	if (survey.status !== 'open') return { ok: false, reason: 'not-open' };
	const g = (await db.query.gatherings.findFirst({
		where: eq(gatherings.id, survey.gatheringId),
	}))!;
	// An evaluation asks about the whole day, so it waits until the gathering has ended.
	if (survey.kind === 'evaluation' && now < g.endsAt) return { ok: false, reason: 'not-ended' };
	return serialized(() =>
		db.transaction(async (tx) => {
			const people = await audience(tx, g.id, survey.kind);
			const invited = new Set(
				(
					await tx
						.select({ registrationId: surveyInvitations.registrationId })
						.from(surveyInvitations)
						.where(eq(surveyInvitations.surveyId, survey.id))
				).map((r) => r.registrationId),
			);
			const fresh = people.filter((r) => !invited.has(r.id));
			const rows: (typeof surveyInvitations.$inferInsert)[] = [];
			const mails: NewMessage[] = [];
			for (const r of fresh) {
				const issued = await issueToken();
				rows.push({
					id: issued.id,
					surveyId: survey.id,
					registrationId: r.id,
					secretHash: Buffer.from(issued.secretHash),
					sentAt: now,
				});
				mails.push({
					to: r.email,
					...invitationMail(r.language, survey, g, {
						name: r.name,
						url: surveyLink(publicOrigin, r.language, issued.token),
						reminder: false,
					}),
					kind: 'survey-invitation',
					gatheringId: g.id,
				});
			}
			if (rows.length > 0) {
				await tx.insert(surveyInvitations).values(rows);
				await enqueueMails(tx, mails, now);
				await recordAudit(
					tx,
					{ action: 'survey.sent', subjectId: survey.id, networkId: g.networkId },
					now,
				);
			}
			await tx
				.update(surveys)
				.set({ invitationsSentAt: survey.invitationsSentAt ?? now, updatedAt: now })
				.where(eq(surveys.id, survey.id));
			return { ok: true as const, sent: rows.length };
		}),
	);
}

/**
 * The one reminder, to those whose invitation is not marked used. Only a hash of the first link is stored, so
 * the reminder carries a new link; both work until one of them is used.
 */
export async function sendSurveyReminder(
	db: Db,
	surveyId: string,
	publicOrigin: string,
	now = new Date(),
): Promise<SendResult> {
	const survey = await db.query.surveys.findFirst({ where: eq(surveys.id, surveyId) });
	if (!survey) return { ok: false, reason: 'not-found' };
	if (survey.status !== 'open') return { ok: false, reason: 'not-open' };
	if (survey.reminderSentAt) return { ok: false, reason: 'already-reminded' };
	if (!survey.invitationsSentAt) return { ok: false, reason: 'not-invited' };
	const g = (await db.query.gatherings.findFirst({
		where: eq(gatherings.id, survey.gatheringId),
	}))!;
	return serialized(() =>
		db.transaction(async (tx) => {
			const [claimed] = await tx
				.update(surveys)
				.set({ reminderSentAt: now, updatedAt: now })
				.where(and(eq(surveys.id, survey.id), isNull(surveys.reminderSentAt)))
				.returning({ id: surveys.id });
			if (!claimed) return { ok: false as const, reason: 'already-reminded' as const };
			// Flags follow the markers only in groups of MIN_RESPONSES, so up to four who have
			// answered may still look unanswered here and get the reminder too; its text says to
			// ignore it if they have answered, and its link is refused as used (docs/decisions/009).
			await markUsedInGroups(tx, survey.id);
			const open = await tx
				.select({ invitation: surveyInvitations, registration: registrations })
				.from(surveyInvitations)
				.innerJoin(registrations, eq(registrations.id, surveyInvitations.registrationId))
				.where(
					and(
						eq(surveyInvitations.surveyId, survey.id),
						eq(surveyInvitations.used, false),
						eq(registrations.anonymised, false),
						isNotNull(surveyInvitations.registrationId),
					),
				);
			const mails: NewMessage[] = [];
			for (const { invitation, registration: r } of open) {
				const issued = await issueToken();
				const token = `${invitation.id}.${issued.token.split('.')[1]}`;
				await tx
					.update(surveyInvitations)
					.set({ reminderSecretHash: Buffer.from(issued.secretHash), remindedAt: now })
					.where(eq(surveyInvitations.id, invitation.id));
				mails.push({
					to: r.email,
					...invitationMail(r.language, survey, g, {
						name: r.name,
						url: surveyLink(publicOrigin, r.language, token),
						reminder: true,
					}),
					kind: 'survey-reminder',
					gatheringId: g.id,
				});
			}
			if (mails.length > 0) await enqueueMails(tx, mails, now);
			return { ok: true as const, sent: mails.length };
		}),
	);
}

/** SHA-256 of the secret compared in constant time, as secretMatches does, without a trip to the thread pool. */
function matches(secret: Uint8Array, expected: Uint8Array | null): boolean {
	if (!expected || expected.byteLength !== 32) return false;
	return timingSafeEqual(createHash('sha256').update(secret).digest(), expected);
}

/** The lookup every answer makes, built once per database (the bench sends 500 a second). */
const byId = new WeakMap<Db, ReturnType<typeof prepareById>>();
function prepareById(db: Db) {
	return db
		.select()
		.from(surveyInvitations)
		.where(eq(surveyInvitations.id, sql.placeholder('id')))
		.prepare();
}

/** The invitation a personal link belongs to; null for a forged, tampered or deleted one. */
export async function findInvitation(db: Db, token: string): Promise<Invitation | null> {
	const parsed = parseToken(token);
	if (!parsed) return null;
	let query = byId.get(db);
	if (!query) byId.set(db, (query = prepareById(db)));
	const [invitation] = await query.all({ id: parsed.id });
	if (!invitation) return null;
	return matches(parsed.secret, invitation.secretHash) ||
		matches(parsed.secret, invitation.reminderSecretHash)
		? invitation
		: null;
}

/**
 * The pre-event survey for new registrants, subscribed to the gatherings' onRegistered hook
 * (src/app/wiring.server.ts): when the gathering has an open pre-event survey, each new
 * registrant gets an invitation, written in the registration's transaction, and their
 * confirmation a paragraph with the personal link. Costs one indexed read when the gathering has
 * no open pre-event survey.
 */
export const preEventInvitations: OnRegistered = async ({
	tx,
	gatheringId,
	registrants,
	publicOrigin,
	now,
}) => {
	const paragraphs = new Map<string, string>();
	if (registrants.length === 0) return paragraphs;
	const survey = await tx.query.surveys.findFirst({
		where: and(
			eq(surveys.gatheringId, gatheringId),
			eq(surveys.kind, 'pre-event'),
			eq(surveys.status, 'open'),
		),
	});
	if (!survey) return paragraphs;
	const already = new Set(
		(
			await tx
				.select({ registrationId: surveyInvitations.registrationId })
				.from(surveyInvitations)
				.where(
					and(
						eq(surveyInvitations.surveyId, survey.id),
						inArray(
							surveyInvitations.registrationId,
							registrants.map((r) => r.registrationId),
						),
					),
				)
		).map((r) => r.registrationId),
	);
	const rows: (typeof surveyInvitations.$inferInsert)[] = [];
	for (const r of registrants) {
		if (already.has(r.registrationId)) continue;
		const issued = await issueToken();
		rows.push({
			id: issued.id,
			surveyId: survey.id,
			registrationId: r.registrationId,
			secretHash: Buffer.from(issued.secretHash),
			sentAt: now,
		});
		paragraphs.set(
			r.registrationId,
			preEventParagraph(r.language, survey, surveyLink(publicOrigin, r.language, issued.token)),
		);
	}
	if (rows.length > 0) await tx.insert(surveyInvitations).values(rows);
	return paragraphs;
};
