/**
 * Personal links are secrets (issue 11, docs/decisions/009): the recipient gets the link, and no
 * state of the database holds it readably once the mail server has taken the message. Admins
 * read delivered e-mail with the links masked, and a body is deleted OUTBOX_BODY_DAYS after
 * delivery while its envelope stays.
 */
import { eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '#db/client.ts';
import { outbox } from '#db/schema/index.ts';
import { readAll } from '#tests/support/database-states.ts';
import { createGathering, createUser, registrationInput } from '#tests/factories.ts';
import { checkResetToken, requestPasswordReset } from '#lib/auth/accounts.server.ts';
import { registrationSchema } from '#lib/gatherings/gatherings.schema.ts';
import { setAttended } from '#lib/gatherings/participants.server.ts';
import { register } from '#lib/gatherings/registrations.server.ts';
import { sendInvitations } from '#lib/surveys/invitations.server.ts';
import { createSurvey, getSurvey, setSurveyStatus } from '#lib/surveys/surveys.server.ts';
import {
	clearOldBodies,
	deliverDue,
	OUTBOX_BODY_DAYS,
	readableMessage,
	type MailTransport,
} from './outbox.server.ts';

const ORIGIN = 'http://kvp.test';
const TOKEN = /[a-z2-7]{16}\.[A-Za-z0-9_-]{43}/g;
const DAY = 24 * 60 * 60 * 1000;

/** A registration (manage link), a survey invitation and a password reset, each with its e-mail waiting. */
async function messagesWithLinks() {
	const db = await getDb();
	const { id: gatheringId } = await createGathering(db, { startsInDays: -1, capacity: 10 });
	const input = registrationSchema.parse(registrationInput(gatheringId, `links-${gatheringId}`));
	const r = await register(db, input, { publicOrigin: ORIGIN });
	if (!r.ok) throw new Error('registration failed');
	await setAttended(db, gatheringId, r.registrationId, true);
	const surveyId = (await createSurvey(db, gatheringId, 'evaluation'))!;
	await setSurveyStatus(db, (await getSurvey(db, surveyId))!, 'open');
	await sendInvitations(db, surveyId, ORIGIN);
	const user = await createUser(db, { email: `reset-${gatheringId}@example.no` });
	await requestPasswordReset(db, user.email, 'nn', ORIGIN);
	const rows = await db.query.outbox.findMany({
		where: inArray(outbox.to, [input.email, user.email]),
	});
	return { db, rows };
}

describe('personal links in the outbox', () => {
	it('reach the recipient, and once the mail server has the message no table holds one', async () => {
		const { db, rows } = await messagesWithLinks();
		expect(rows.map((m) => m.kind).sort()).toEqual([
			'password-reset',
			'registration-confirmed',
			'survey-invitation',
		]);
		const tokens = rows.flatMap((m) =>
			[
				...`${m.text}\n${m.html ?? ''}\n${m.attachments.map((a) => a.content).join('\n')}`.matchAll(
					TOKEN,
				),
			].map((x) => x[0]),
		);
		expect(new Set(tokens).size).toBeGreaterThanOrEqual(3);

		const sent: string[] = [];
		const transport: MailTransport = {
			sendMail: async (m) =>
				void sent.push(
					`${m.text}\n${m.html ?? ''}\n${(m.attachments ?? []).map((a) => a.content).join('\n')}`,
				),
		};
		await deliverDue(db, transport, 'x@example.no', new Date(Date.now() + 1000), 500);
		for (const token of tokens) expect(sent.join('\n')).toContain(token);

		// Every row of every table: neither the token nor its secret half, in any form.
		const state = await readAll(db.$client);
		const everything = [...state.values()].flatMap((set) => [...set]).join('\n');
		for (const token of tokens) {
			const secret = token.split('.')[1]!;
			expect(everything).not.toContain(secret);
			expect(everything).not.toContain(encodeURIComponent(secret));
		}
		// The links still work: masking the copy changes nothing for the recipient.
		const reset = tokens.find((t) =>
			sent.some((body) => body.includes(`nytt-passord?token=${encodeURIComponent(t)}`)),
		)!;
		expect(await checkResetToken(db, reset)).toMatchObject({ ok: true });
		const delivered = await db.query.outbox.findMany({
			where: inArray(
				outbox.id,
				rows.map((m) => m.id),
			),
		});
		expect(delivered.every((m) => m.status === 'sent' && m.text.includes('[skjult]'))).toBe(true);
	});

	it('are shown to admins masked, except in a waiting message when there is no SMTP server', async () => {
		const { db, rows } = await messagesWithLinks();
		const survey = rows.find((m) => m.kind === 'survey-invitation')!;
		const token = TOKEN.exec(survey.text)![0];
		TOKEN.lastIndex = 0;
		// No SMTP: the admin's mailbox is how the message reaches its recipient.
		expect(readableMessage(survey, false)).toMatchObject({
			linksHidden: false,
			bodyCleared: false,
		});
		expect(readableMessage(survey, false).text).toContain(token);
		// With SMTP the sender delivers it; nobody else needs the link.
		const masked = readableMessage(survey, true);
		expect(masked.text).not.toContain(token);
		expect(masked).toMatchObject({ linksHidden: true });
		expect(masked.text).toMatch(/\/undersoking\/\[skjult\]/);
		await deliverDue(
			db,
			{ sendMail: async () => undefined },
			'x@example.no',
			new Date(Date.now() + 1000),
			500,
		);
		const sent = (await db.query.outbox.findFirst({ where: eq(outbox.id, survey.id) }))!;
		expect(readableMessage(sent, false).text).not.toContain(token);
		expect(readableMessage(sent, false)).toMatchObject({ linksHidden: true });
	});

	it(`keep their body ${OUTBOX_BODY_DAYS} days after delivery, then only the envelope`, async () => {
		const { db, rows } = await messagesWithLinks();
		const sentAt = Date.now() + 1000;
		await deliverDue(
			db,
			{ sendMail: async () => undefined },
			'x@example.no',
			new Date(sentAt),
			500,
		);
		await clearOldBodies(db, new Date(sentAt + (OUTBOX_BODY_DAYS - 1) * DAY));
		const ids = rows.map((m) => m.id);
		expect(
			(await db.query.outbox.findMany({ where: inArray(outbox.id, ids) })).every(
				(m) => m.text.length > 0,
			),
		).toBe(true);
		expect(
			await clearOldBodies(db, new Date(sentAt + (OUTBOX_BODY_DAYS + 1) * DAY)),
		).toBeGreaterThanOrEqual(ids.length);
		const after = await db.query.outbox.findMany({ where: inArray(outbox.id, ids) });
		for (const [i, m] of after.entries()) {
			expect(m).toMatchObject({ text: '', html: null, attachments: [], status: 'sent' });
			const before = rows.find((x) => x.id === m.id)!;
			expect({ to: m.to, subject: m.subject, kind: m.kind }, `message ${i}`).toEqual({
				to: before.to,
				subject: before.subject,
				kind: before.kind,
			});
			expect(readableMessage(m, true).bodyCleared).toBe(true);
		}
	});
});
