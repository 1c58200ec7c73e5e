/**
 * Personal links are secrets (issue 11, docs/decisions/009): after a journey through every page
 * that takes one — the registration's manage link and its data download, the question page's
 * link, a survey link opened and answered, a password reset link, a forged link — the server's log
 * holds none of them, only "[skjult]" where they were. Admins read delivered e-mail with the links
 * masked, and after OUTBOX_BODY_DAYS only its envelope.
 */
import { spawn } from 'node:child_process';
import { and, eq } from 'drizzle-orm';
import { outbox } from '#db/schema/index.ts';
import { requestPasswordReset } from '#lib/auth/accounts.server.ts';
import { issueToken } from '#lib/platform/tokens.ts';
import { registrationSchema } from '#lib/gatherings/gatherings.schema.ts';
import { setAttended } from '#lib/gatherings/participants.server.ts';
import { register } from '#lib/gatherings/registrations.server.ts';
import { sendInvitations } from '#lib/surveys/invitations.server.ts';
import { createSurvey, getSurvey, setSurveyStatus } from '#lib/surveys/surveys.server.ts';
import { createGathering, createUser, registrationInput } from '../factories.ts';
import {
	clearOldBodies,
	deliverDue,
	enqueueMail,
	OUTBOX_BODY_DAYS,
} from '#lib/mail/outbox.server.ts';
import { e2eDb, expect, expectAccessible, test } from './fixtures.ts';

const PORT = Number(process.env.E2E_LOG_PORT ?? 4397);
const base = `http://127.0.0.1:${PORT}`;

async function mailText(to: string, kind: string): Promise<string> {
	const db = await e2eDb();
	return (await db.query.outbox.findFirst({
		where: and(eq(outbox.to, to), eq(outbox.kind, kind)),
	}))!.text;
}

test('the server log holds no personal link after a journey through every page that takes one', async ({
	browser,
}) => {
	const db = await e2eDb();
	const { id: gatheringId } = await createGathering(db, { startsInDays: -1, capacity: 20 });
	const input = registrationSchema.parse(registrationInput(gatheringId, `logg-${gatheringId}`));
	const registered = await register(db, input, { publicOrigin: base });
	if (!registered.ok) throw new Error('registration failed');
	await setAttended(db, gatheringId, registered.registrationId, true);
	const surveyId = (await createSurvey(db, gatheringId, 'evaluation'))!;
	await setSurveyStatus(db, (await getSurvey(db, surveyId))!, 'open');
	await sendInvitations(db, surveyId, base);
	const surveyPath = new URL(
		/https?:\/\/\S+\/undersoking\/\S+/.exec(await mailText(input.email, 'survey-invitation'))![0],
	).pathname;
	const user = await createUser(db);
	await requestPasswordReset(db, user.email, 'nn', base);
	const resetUrl = new URL(
		/https?:\/\/\S+\/nytt-passord\?token=\S+/.exec(
			await mailText(user.email, 'password-reset'),
		)![0],
	);
	const forged = (await issueToken()).token;
	const tokens = [
		registered.token,
		decodeURIComponent(surveyPath.split('/').at(-1)!),
		resetUrl.searchParams.get('token')!,
		forged,
	];

	const server = spawn(process.execPath, ['dist/server/entry.mjs'], {
		env: {
			...process.env,
			HOST: '127.0.0.1',
			PORT: String(PORT),
			PUBLIC_ORIGIN: base,
			DATABASE_URL: 'file:./.e2e/e2e.db',
			LOG_FORMAT: 'json',
			LOG_LEVEL: 'info',
			KVP_BACKGROUND_JOBS: 'off',
		},
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	server.stdout.on('data', (d) => (output += d));
	server.stderr.on('data', (d) => (output += d));
	try {
		await expect
			.poll(async () => (await fetch(`${base}/healthz`).catch(() => null))?.status ?? 0, {
				timeout: 20_000,
			})
			.toBe(200);
		const context = await browser.newContext({ baseURL: base });
		const page = await context.newPage();
		const manage = `/nn/pamelding/${encodeURIComponent(registered.token)}`;
		expect((await page.goto(manage))?.status()).toBe(200);
		expect(
			(
				await context.request.get(
					`/api/pamelding/${encodeURIComponent(registered.token)}/data.json`,
				)
			).status(),
		).toBe(200);
		expect(
			(
				await page.goto(
					`/nn/samlinger/${gatheringId}/sporsmal?t=${encodeURIComponent(registered.token)}`,
				)
			)?.status(),
		).toBeLessThan(500);
		expect((await page.goto(surveyPath))?.status()).toBe(200);
		const survey = (await getSurvey(db, surveyId))!;
		const useful = survey.questions.find((q) => q.key === 'useful')!;
		const posted = await context.request.post(`${surveyPath}?_action=surveys.submit`, {
			form: { token: tokens[1]!, [`q-${useful.id}`]: '4' },
			headers: { origin: base },
			maxRedirects: 0,
		});
		expect(posted.status()).toBe(303);
		expect((await page.goto(resetUrl.pathname + resetUrl.search))?.status()).toBe(200);
		expect((await page.goto(`/nn/undersoking/${encodeURIComponent(forged)}`))?.status()).toBe(404);
		expect((await page.goto(`/nn/pamelding/${encodeURIComponent(forged)}`))?.status()).toBe(404);
		await context.close();
		await expect
			.poll(() => output.split('\n').filter((l) => l.includes('"msg":"request"')).length)
			.toBeGreaterThanOrEqual(9);
	} finally {
		server.kill();
	}

	for (const token of tokens) {
		expect(output).not.toContain(token);
		expect(output).not.toContain(token.split('.')[1]);
	}
	const paths = output
		.split('\n')
		.filter((l) => l.startsWith('{'))
		.map((l) => JSON.parse(l) as { msg?: string; path?: string })
		.filter((l) => l.msg === 'request')
		.map((l) => l.path);
	expect(paths).toEqual(
		expect.arrayContaining([
			'/nn/pamelding/[skjult]',
			'/api/pamelding/[skjult]/data.json',
			'/nn/undersoking/[skjult]',
			'/nn/nytt-passord',
			`/nn/samlinger/${gatheringId}/sporsmal`,
		]),
	);
});

test('an admin reads a delivered e-mail with its personal link masked, and later only its envelope', async ({
	page,
	loginAs,
}) => {
	const db = await e2eDb();
	const { token } = await issueToken();
	const to = `utlevert-${token.slice(0, 8)}@example.no`;
	// Queued long ago, so that delivering what was due then touches no other test's messages.
	const then = new Date('2001-01-01T08:00:00Z');
	const id = await enqueueMail(
		db,
		{
			to,
			subject: 'Evaluering av samlinga',
			text: `Hei!\n\nSvar her: http://127.0.0.1/nn/undersoking/${encodeURIComponent(token)}`,
			kind: 'survey-invitation',
		},
		then,
	);
	// Delivered by a mail server (here a stand-in): the stored copy is masked from then on.
	expect(
		await deliverDue(db, { sendMail: async () => undefined }, 'x@example.no', then),
	).toMatchObject({ sent: 1 });
	await loginAs('admin');
	await page.goto(`/nn/admin/epost/${id}`);
	await expect(page.getByTestId('mail-to')).toHaveText(to);
	await expect(page.getByTestId('mail-links-hidden')).toContainText(
		'Personlege lenkjer er skjulte',
	);
	await expect(page.getByTestId('mail-body')).toContainText('/nn/undersoking/[skjult]');
	expect(await page.content()).not.toContain(token.split('.')[1]);
	await expectAccessible(page);

	await clearOldBodies(db, new Date(Date.now() + (OUTBOX_BODY_DAYS + 1) * 24 * 3600_000));
	await page.reload();
	await expect(page.getByTestId('mail-body-cleared')).toContainText(
		`Innhaldet vart sletta ${OUTBOX_BODY_DAYS} dagar etter at e-posten vart send.`,
	);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Evaluering av samlinga');
	await expect(page.getByTestId('mail-to')).toHaveText(to);
	await expectAccessible(page);
});
