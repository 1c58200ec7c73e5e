import { and, eq, like } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '#db/client.ts';
import {
	gatherings,
	outbox,
	programmeItems,
	registrations,
	surveyInvitations,
	surveyResponses,
} from '#db/schema/index.ts';
import { randomId } from '#lib/platform/tokens.ts';
import { enqueueMails, type NewMessage } from '#lib/mail/outbox.server.ts';
import { createGathering, registrationInput } from '#tests/factories.ts';
import { getGathering } from '#lib/gatherings/gatherings.server.ts';
import { registrationSchema } from '#lib/gatherings/gatherings.schema.ts';
import { setAttended } from '#lib/gatherings/participants.server.ts';
import { register } from '#lib/gatherings/registrations.server.ts';
import { runRegisteredHooks } from '#lib/gatherings/hooks.server.ts';
import { osloInstant } from '#lib/platform/time.ts';
import { resultsCsv, resultsXlsx } from './exports.server.ts';
import { audience, sendInvitations, sendSurveyReminder } from './invitations.server.ts';
import { responseCount, submitWithOpenCode, submitWithToken } from './responses.server.ts';
import { breakdown, networkTrend, resultsView } from './results.server.ts';
import { questionSchema } from './surveys.schema.ts';
import {
	createSurvey,
	getSurvey,
	nextGathering,
	previousFollowUp,
	saveFollowUp,
	saveQuestion,
	setOpenLink,
	setSurveyStatus,
} from './surveys.server.ts';
import { addTopicToNextProgramme } from './topics.server.ts';

const ORIGIN = 'http://kvp.test';

/** A gathering two days ago with `n` confirmed registrants, the first `checkedIn` of them checked in. */
async function pastGathering(n: number, checkedIn: number, networkId?: string) {
	const db = await getDb();
	const { id, networkId: network } = await createGathering(db, {
		startsInDays: -2,
		capacity: 100,
		...(networkId ? { networkId } : {}),
	});
	await db.insert(programmeItems).values([
		{
			id: `${id}-p1`,
			gatheringId: id,
			startTime: '09:00',
			endTime: '10:00',
			title: 'Regelverket',
			kind: 'talk',
		},
		{
			id: `${id}-p2`,
			gatheringId: id,
			startTime: '10:00',
			endTime: '10:15',
			title: 'Pause',
			kind: 'break',
		},
		{
			id: `${id}-p3`,
			gatheringId: id,
			startTime: '10:15',
			endTime: '11:00',
			title: 'Grupper',
			kind: 'group-work',
		},
	]);
	const ids: string[] = [];
	for (let i = 0; i < n; i++) {
		const r = await register(db, registrationSchema.parse(registrationInput(id, `${id}-${i}`)), {
			publicOrigin: ORIGIN,
		});
		if (!r.ok) throw new Error('registration failed');
		ids.push(r.registrationId);
	}
	for (const rid of ids.slice(0, checkedIn)) await setAttended(db, id, rid, true);
	return { db, gatheringId: id, networkId: network, registrationIds: ids };
}

/** The personal links in the outbox for a survey's kind of mail, by address. */
async function links(
	kind: 'survey-invitation' | 'survey-reminder',
	gatheringId: string,
): Promise<Map<string, string>> {
	const db = await getDb();
	const mails = await db.query.outbox.findMany({
		where: and(eq(outbox.kind, kind), like(outbox.to, `%${gatheringId}%`)),
	});
	return new Map(
		mails.map((m) => [m.to, decodeURIComponent(/\/undersoking\/(\S+)/.exec(m.text)![1]!)]),
	);
}

async function openEvaluation(gatheringId: string) {
	const db = await getDb();
	const surveyId = (await createSurvey(db, gatheringId, 'evaluation'))!;
	expect(await setSurveyStatus(db, (await getSurvey(db, surveyId))!, 'open')).toEqual({ ok: true });
	return surveyId;
}

const answer = (
	survey: NonNullable<Awaited<ReturnType<typeof getSurvey>>>,
	useful: number,
	extra: Record<string, string> = {},
) => {
	const q = (key: string) => survey.questions.find((x) => x.key === key)!;
	return { [`q-${q('useful').id}`]: String(useful), ...extra };
};

describe('building a survey', () => {
	it('makes an evaluation from the template, with the programme (no breaks) as the grid, editable only as a draft', async () => {
		const { db, gatheringId } = await pastGathering(0, 0);
		const surveyId = (await createSurvey(db, gatheringId, 'evaluation'))!;
		const survey = (await getSurvey(db, surveyId))!;
		expect(survey.questions.map((q) => q.type)).toEqual(['scale', 'grid', 'text', 'text', 'text']);
		expect(survey.questions[1]!.options.map((o) => o.nn)).toEqual([
			'kl. 09.00 Regelverket',
			'kl. 10.15 Grupper',
		]);
		const input = questionSchema.parse({
			surveyId,
			type: 'single',
			textNn: 'Kva er rolla di?',
			optionsNn: 'Rettleiar\nLeiar\nAnna',
			required: false,
		});
		const added = await saveQuestion(db, survey, input);
		expect(added.ok).toBe(true);
		const withRole = (await getSurvey(db, surveyId))!;
		expect(withRole.questions.at(-1)).toMatchObject({
			type: 'single',
			textNb: 'Kva er rolla di?',
			key: 'custom:kva er rolla di',
			options: [
				{ value: 'o1', nb: 'Rettleiar', nn: 'Rettleiar' },
				{ value: 'o2' },
				{ value: 'o3' },
			],
		});
		await setSurveyStatus(db, withRole, 'open');
		expect(await saveQuestion(db, (await getSurvey(db, surveyId))!, input)).toEqual({
			ok: false,
			reason: 'not-draft',
		});
		expect(
			questionSchema.safeParse({ surveyId, type: 'single', textNb: 'X', optionsNb: 'Berre eitt' })
				.error?.issues[0]?.message,
		).toBe('survey.error.options');
	});

	it('refuses to open a survey without questions', async () => {
		const { db, gatheringId } = await pastGathering(0, 0);
		const surveyId = (await createSurvey(db, gatheringId, 'blank'))!;
		expect(await setSurveyStatus(db, (await getSurvey(db, surveyId))!, 'open')).toEqual({
			ok: false,
			reason: 'no-questions',
		});
	});
});

describe('sending', () => {
	it('goes to those checked in, or to everyone confirmed when check-in was not used, once each; one reminder with a new link', async () => {
		const { db, gatheringId } = await pastGathering(11, 10);
		expect((await audience(db, gatheringId, 'evaluation')).length).toBe(10);
		const other = await pastGathering(3, 0);
		expect((await audience(db, other.gatheringId, 'evaluation')).length).toBe(3);

		const surveyId = await openEvaluation(gatheringId);
		expect(await sendInvitations(db, surveyId, ORIGIN)).toEqual({ ok: true, sent: 10 });
		expect(await sendInvitations(db, surveyId, ORIGIN)).toEqual({ ok: true, sent: 0 });
		const first = await links('survey-invitation', gatheringId);
		expect(first.size).toBe(10);
		const mail = await db.query.outbox.findFirst({ where: eq(outbox.kind, 'survey-invitation') });
		expect(mail?.text).toContain('Svaret ditt blir lagra utan namn');
		// Five answer through the first link: a group large enough to be marked used (and five are
		// left unmarked), so the reminder goes to the other five, with a new link that works too.
		const survey = (await getSurvey(db, surveyId))!;
		const answered = [...first].slice(0, 5);
		for (const [, token] of answered)
			expect(await submitWithToken(db, token, answer(survey, 5))).toEqual({ ok: true, surveyId });
		expect(await sendSurveyReminder(db, surveyId, ORIGIN)).toEqual({ ok: true, sent: 5 });
		expect(await sendSurveyReminder(db, surveyId, ORIGIN)).toEqual({
			ok: false,
			reason: 'already-reminded',
		});
		const reminders = await links('survey-reminder', gatheringId);
		expect([...reminders.keys()].sort()).toEqual([...first.keys()].slice(5).sort());
		const [to, reminderToken] = [...reminders][0]!;
		expect(reminderToken).not.toBe(first.get(to));
		expect(await submitWithToken(db, reminderToken, answer(survey, 4))).toEqual({
			ok: true,
			surveyId,
		});
		expect(await submitWithToken(db, first.get(to)!, answer(survey, 4))).toMatchObject({
			ok: false,
			reason: 'used',
		});
	});

	it('reminds one who answered while their group of five was not complete, and refuses the reminder’s link as used', async () => {
		const { db, gatheringId } = await pastGathering(4, 4);
		const surveyId = await openEvaluation(gatheringId);
		await sendInvitations(db, surveyId, ORIGIN);
		const first = await links('survey-invitation', gatheringId);
		const survey = (await getSurvey(db, surveyId))!;
		const [answered, token] = [...first][0]!;
		expect(await submitWithToken(db, token, answer(survey, 5))).toEqual({ ok: true, surveyId });
		// Marking one person's link used would tell which answer is theirs: it waits for four more.
		expect(
			await db.$count(
				surveyInvitations,
				and(eq(surveyInvitations.surveyId, surveyId), eq(surveyInvitations.used, true)),
			),
		).toBe(0);
		expect(await sendSurveyReminder(db, surveyId, ORIGIN)).toEqual({ ok: true, sent: 4 });
		const reminder = (await links('survey-reminder', gatheringId)).get(answered)!;
		expect(await submitWithToken(db, reminder, answer(survey, 1))).toMatchObject({
			ok: false,
			reason: 'used',
		});
		expect(await responseCount(db, surveyId)).toBe(1);
	});

	it('refuses to send for a survey that is not open', async () => {
		const { db, gatheringId } = await pastGathering(2, 0);
		const surveyId = (await createSurvey(db, gatheringId, 'evaluation'))!;
		expect(await sendInvitations(db, surveyId, ORIGIN)).toEqual({ ok: false, reason: 'not-open' });
	});

	it('does not send an evaluation before the gathering has ended', async () => {
		const db = await getDb();
		const { id } = await createGathering(db, { startsInDays: 20 });
		const surveyId = (await createSurvey(db, id, 'evaluation'))!;
		await setSurveyStatus(db, (await getSurvey(db, surveyId))!, 'open');
		expect(await sendInvitations(db, surveyId, ORIGIN)).toEqual({ ok: false, reason: 'not-ended' });
		const afterEnd = new Date(Date.now() + 21 * 86_400_000);
		expect(await sendInvitations(db, surveyId, ORIGIN, afterEnd)).toMatchObject({ ok: true });
	});

	it('puts the pre-event survey into the registration confirmation through the hook', async () => {
		const db = await getDb();
		const { id } = await createGathering(db, { startsInDays: 20 });
		const surveyId = (await createSurvey(db, id, 'pre-event'))!;
		// Nothing happens while the survey is a draft.
		const mail = { text: 'Hei Kari,\n\nDu er påmeld.\n\nHelsing KVP-nettverket' };
		const r = await register(db, registrationSchema.parse(registrationInput(id, 'pre-1')), {
			publicOrigin: ORIGIN,
		});
		const rid = (r as { registrationId: string }).registrationId;
		expect(
			await runRegisteredHooks(db, id, [{ registrationId: rid, language: 'nn', mail }], ORIGIN),
		).toBe(0);
		await setSurveyStatus(db, (await getSurvey(db, surveyId))!, 'open');
		expect(
			await runRegisteredHooks(db, id, [{ registrationId: rid, language: 'nn', mail }], ORIGIN),
		).toBe(1);
		expect(mail.text).toMatch(
			/Du er påmeld\.\n\n«Innspel før fagdagen»: .*\nSvar her \(lenkja kan brukast éin gong\): http:\/\/kvp\.test\/nn\/undersoking\/\S+\n\nHelsing KVP-nettverket$/,
		);
		// Once per registrant; and the link works.
		expect(
			await runRegisteredHooks(
				db,
				id,
				[{ registrationId: rid, language: 'nn', mail: { text: '' } }],
				ORIGIN,
			),
		).toBe(0);
		const token = decodeURIComponent(/\/undersoking\/(\S+)/.exec(mail.text)![1]!);
		const survey = (await getSurvey(db, surveyId))!;
		expect(
			await submitWithToken(db, token, {
				[`q-${survey.questions[0]!.id}`]: 'For lite tid til oppfølging.',
			}),
		).toEqual({ ok: true, surveyId });
		// Registering while the survey is open puts the link into the confirmation itself, so the
		// button has nobody left without a link.
		await register(db, registrationSchema.parse(registrationInput(id, 'pre-2')), {
			publicOrigin: ORIGIN,
		});
		const confirmation = await db.query.outbox.findFirst({
			where: eq(outbox.to, 'deltakar-pre-2@example.no'),
		});
		expect(confirmation?.text).toMatch(/«Innspel før fagdagen»[\s\S]*\/nn\/undersoking\/\S+/);
		expect(await sendInvitations(db, surveyId, ORIGIN)).toEqual({ ok: true, sent: 0 });
	});

	it('fits the registration write as it is: the rows and mails of a batch, inside its transaction', async () => {
		const db = await getDb();
		const { id: gatheringId } = await createGathering(db, { startsInDays: 20 });
		const surveyId = (await createSurvey(db, gatheringId, 'pre-event'))!;
		await setSurveyStatus(db, (await getSurvey(db, surveyId))!, 'open');
		const now = new Date();
		const items = [{ now, publicOrigin: ORIGIN }];
		const email = `hook-${gatheringId}@example.no`;
		await db.transaction(async (tx) => {
			// As decideGathering in src/lib/gatherings/registrations.server.ts has them.
			const rows: (typeof registrations.$inferInsert)[] = [
				{
					id: randomId(),
					seq: 1,
					gatheringId,
					email,
					status: 'confirmed',
					name: 'Kari',
					organisation: 'NAV Testby',
					jobRole: 'Rettleiar',
					lunch: false,
					language: 'nb',
					consentedAt: now,
					createdAt: now,
					updatedAt: now,
				},
			];
			const mails: NewMessage[] = [
				{
					to: email,
					subject: 'Bekreftelse',
					text: 'Hei Kari,\n\nDu er påmeldt.\n\nHilsen KVP-nettverket',
					kind: 'registration-confirmed',
				},
			];
			await tx.insert(registrations).values(rows);
			await runRegisteredHooks(
				tx,
				gatheringId,
				rows.map((r, i) => ({ registrationId: r.id, language: r.language, mail: mails[i] })),
				items[0]!.publicOrigin,
				items[0]!.now,
			);
			await enqueueMails(tx, mails, items[0]!.now);
		});
		const mail = await db.query.outbox.findFirst({ where: eq(outbox.to, email) });
		expect(mail?.text).toMatch(
			/«Innspill før fagdagen»: .*\nSvar her \(lenken kan brukes én gang\): http:\/\/kvp\.test\/undersoking\/\S+\n\nHilsen KVP-nettverket$/,
		);
	});
});

describe('answering', () => {
	it('refuses a forged, used or closed link with a reason, and a bad answer without using up the link', async () => {
		const { db, gatheringId } = await pastGathering(2, 2);
		const surveyId = await openEvaluation(gatheringId);
		await sendInvitations(db, surveyId, ORIGIN);
		const [tokenA, tokenB] = [...(await links('survey-invitation', gatheringId)).values()] as [
			string,
			string,
		];
		const survey = (await getSurvey(db, surveyId))!;
		expect(await submitWithToken(db, 'finst.ikkje', answer(survey, 3))).toEqual({
			ok: false,
			reason: 'invalid-link',
		});
		expect(
			await submitWithToken(db, `${tokenA.split('.')[0]}.${'A'.repeat(43)}`, answer(survey, 3)),
		).toEqual({ ok: false, reason: 'invalid-link' });
		const bad = await submitWithToken(db, tokenA, answer(survey, 7));
		expect(bad).toMatchObject({
			ok: false,
			reason: 'answers',
			errors: {
				[`q-${survey.questions[0]!.id}`]: { key: 'survey.error.scale', params: { max: 5 } },
			},
		});
		expect(await submitWithToken(db, tokenA, answer(survey, 3))).toEqual({ ok: true, surveyId });
		expect(await submitWithToken(db, tokenA, answer(survey, 3))).toEqual({
			ok: false,
			reason: 'used',
			surveyId,
		});
		await setSurveyStatus(db, survey, 'closed');
		expect(await submitWithToken(db, tokenB, answer(survey, 3))).toEqual({
			ok: false,
			reason: 'closed',
			surveyId,
		});
		const invitationB = await db.query.surveyInvitations.findFirst({
			where: eq(surveyInvitations.id, tokenB.split('.')[0]!),
		});
		expect(invitationB?.used).toBe(false);
	});

	it('stores one answer when the same link is sent twice at once', async () => {
		const { db, gatheringId } = await pastGathering(1, 1);
		const surveyId = await openEvaluation(gatheringId);
		await sendInvitations(db, surveyId, ORIGIN);
		const [token] = [...(await links('survey-invitation', gatheringId)).values()] as [string];
		const survey = (await getSurvey(db, surveyId))!;
		const results = await Promise.all([
			submitWithToken(db, token, answer(survey, 4)),
			submitWithToken(db, token, answer(survey, 4)),
		]);
		expect(results.filter((r) => r.ok)).toHaveLength(1);
		expect(await db.$count(surveyResponses, eq(surveyResponses.surveyId, surveyId))).toBe(1);
	});

	it('takes answers through the open link, once per browser, and never more than the audience', async () => {
		const { db, gatheringId } = await pastGathering(2, 2);
		const surveyId = await openEvaluation(gatheringId);
		await setOpenLink(db, surveyId, true);
		const survey = (await getSurvey(db, surveyId))!;
		expect(survey.openCode).toMatch(/^[a-z2-7]{16}$/);
		expect(await submitWithOpenCode(db, survey, answer(survey, 5), { answeredHere: true })).toEqual(
			{ ok: false, reason: 'answered-here', surveyId },
		);
		expect(
			await submitWithOpenCode(db, survey, answer(survey, 5), { answeredHere: false }),
		).toEqual({ ok: true, surveyId });
		expect(
			await submitWithOpenCode(db, survey, answer(survey, 4), { answeredHere: false }),
		).toEqual({ ok: true, surveyId });
		expect(
			await submitWithOpenCode(db, survey, answer(survey, 4), { answeredHere: false }),
		).toEqual({ ok: false, reason: 'full', surveyId });
	});
});

describe('results', () => {
	async function withAnswers(count: number, status: 'open' | 'closed' = 'closed') {
		const { db, gatheringId, networkId } = await pastGathering(count + 2, count + 2);
		const surveyId = await openEvaluation(gatheringId);
		const survey = (await getSurvey(db, surveyId))!;
		await sendInvitations(db, surveyId, ORIGIN);
		const tokens = [...(await links('survey-invitation', gatheringId)).values()];
		const q = (key: string) => survey.questions.find((x) => x.key === key)!;
		for (let i = 0; i < count; i++) {
			const result = await submitWithToken(db, tokens[i]!, {
				[`q-${q('useful').id}`]: String((i % 5) + 1),
				[`q-${q('items').id}-${gatheringId}-p1`]: '4',
				[`q-${q('good').id}`]: `Bra ting nummer ${i}`,
				[`q-${q('topics').id}`]: i % 2 === 0 ? 'Arbeidstrening\nMentor' : 'Arbeidstrening',
			});
			expect(result.ok).toBe(true);
		}
		if (status === 'closed') await setSurveyStatus(db, (await getSurvey(db, surveyId))!, 'closed');
		return { db, gatheringId, networkId, surveyId, tokens };
	}

	it('stay hidden below five answers, open or closed, and show only the rate', async () => {
		const { db, surveyId } = await withAnswers(4, 'open');
		let view = await resultsView(db, (await getSurvey(db, surveyId))!);
		expect(view).toMatchObject({
			visibility: 'hidden',
			results: null,
			responses: null,
			rate: null,
			shownRate: { kind: 'few' },
		});
		await setSurveyStatus(db, (await getSurvey(db, surveyId))!, 'closed');
		view = await resultsView(db, (await getSurvey(db, surveyId))!);
		expect(view).toMatchObject({ visibility: 'hidden', results: null, responses: null });
	});

	it('while open, come from a snapshot that moves only after five more answers, without counts', async () => {
		const { db, surveyId, tokens } = await withAnswers(5, 'open');
		const survey = (await getSurvey(db, surveyId))!;
		const first = await resultsView(db, survey);
		expect(first.visibility).toBe('interim');
		expect(first.responses).toBeNull();
		const usefulOf = (v: typeof first) =>
			v.results?.[0]?.kind === 'scale' ? v.results[0].answered : -1;
		expect(usefulOf(first)).toBe(5);
		// A sixth answer does not change what the coordinator sees.
		expect((await submitWithToken(db, tokens[5]!, answer(survey, 5))).ok).toBe(true);
		expect(usefulOf(await resultsView(db, survey))).toBe(5);
	});

	it('once closed, show counts, means, medians, each programme item and the free text; export as CSV and Excel', async () => {
		const { db, surveyId } = await withAnswers(6);
		const view = await resultsView(db, (await getSurvey(db, surveyId))!);
		expect(view).toMatchObject({ visibility: 'final', responses: 6, audience: 8, rate: 75 });
		const [useful, items, good] = view.results!;
		expect(useful).toMatchObject({ kind: 'scale', answered: 6, mean: 16 / 6, median: 2.5 });
		expect(items?.kind === 'grid' && items.rows[0]).toMatchObject({ mean: 4, answered: 6 });
		expect(good?.kind === 'text' && good.answers.sort()).toEqual(
			Array.from({ length: 6 }, (_, i) => `Bra ting nummer ${i}`).sort(),
		);
		const csv = resultsCsv(view.results!, 'nn');
		expect(csv.startsWith('\uFEFFSpørsmål;Programpost;Svar;Tal;Prosent;Gjennomsnitt;Median')).toBe(
			true,
		);
		expect(csv).toContain(
			'Var denne nettverkssamlinga nyttig for deg?;;1 – Ikkje nyttig;2;33,3;2,7;2,5',
		);
		const xlsx = await resultsXlsx(view.results!, 'nn', {
			surveyTitle: 'Evaluering',
			gatheringTitle: 'Samling',
			date: '2026-11-20',
			responses: 6,
			audience: 8,
			rate: 75,
		});
		expect(xlsx.subarray(0, 2).toString()).toBe('PK');
	});

	it('break down only into groups of five or more', async () => {
		const { db, gatheringId } = await pastGathering(12, 12);
		const surveyId = (await createSurvey(db, gatheringId, 'evaluation'))!;
		await saveQuestion(
			db,
			(await getSurvey(db, surveyId))!,
			questionSchema.parse({
				surveyId,
				type: 'single',
				textNn: 'Rolle',
				optionsNn: 'Rettleiar\nLeiar\nAnna',
			}),
		);
		const survey = (await getSurvey(db, surveyId))!;
		await setSurveyStatus(db, survey, 'open');
		await setOpenLink(db, surveyId, true);
		const role = survey.questions.find((q) => q.type === 'single')!;
		const roles = ['o1', 'o1', 'o1', 'o1', 'o1', 'o1', 'o2', 'o2', 'o3', 'o3', 'o3'];
		for (const [i, r] of roles.entries())
			await submitWithOpenCode(
				db,
				(await getSurvey(db, surveyId))!,
				answer(survey, (i % 5) + 1, { [`q-${role.id}`]: r }),
				{ answeredHere: false },
			);
		expect(await breakdown(db, (await getSurvey(db, surveyId))!, role.id)).toBeNull();
		await setSurveyStatus(db, (await getSurvey(db, surveyId))!, 'closed');
		const split = await breakdown(db, (await getSurvey(db, surveyId))!, role.id);
		expect(split?.groups.map((g) => [g.label?.nn ?? 'Andre', g.n])).toEqual([
			['Rettleiar', 6],
			['Andre', 5],
		]);
		expect(split?.rows[0]?.means[0]).toBeCloseTo((1 + 2 + 3 + 4 + 5 + 1) / 6);
	});
});

describe('closing the loop', () => {
	it('adds a wished-for topic to the next gathering in a free slot, once; shows the note on the next gathering', async () => {
		const { db, gatheringId, networkId } = await pastGathering(0, 0);
		const { id: nextId } = await createGathering(db, { networkId, startsInDays: 40 });
		await createGathering(db, { networkId, startsInDays: 80 });
		// A day from 09:00 to 15:00 with the first hour taken.
		const date = (await getGathering(db, nextId))!.date;
		await db
			.update(gatherings)
			.set({ startsAt: osloInstant(date, '09:00'), endsAt: osloInstant(date, '15:00') })
			.where(eq(gatherings.id, nextId));
		await db.insert(programmeItems).values({
			id: `${nextId}-p1`,
			gatheringId: nextId,
			startTime: '09:00',
			endTime: '10:00',
			title: 'Velkommen',
			kind: 'talk',
		});
		const next = (await getGathering(db, nextId))!;
		const surveyId = (await createSurvey(db, gatheringId, 'evaluation'))!;
		const survey = (await getSurvey(db, surveyId))!;
		expect((await nextGathering(db, (await getGathering(db, gatheringId))!))?.id).toBe(nextId);
		const added = await addTopicToNextProgramme(
			db,
			survey,
			'Arbeidstrening i ordinære verksemder',
			'nn',
		);
		expect(added).toMatchObject({
			ok: true,
			gatheringId: nextId,
			startTime: '10:00',
			endTime: '10:30',
		});
		const item = (await getGathering(db, nextId))!.programme.find(
			(p) => p.title === 'Arbeidstrening i ordinære verksemder',
		);
		expect(item).toMatchObject({
			kind: 'talk',
			description: expect.stringContaining('Ønskt i evalueringa av'),
		});
		expect(next.programme.length + 1).toBe((await getGathering(db, nextId))!.programme.length);
		expect(
			await addTopicToNextProgramme(db, survey, 'arbeidstrening i ordinære verksemder.', 'nn'),
		).toMatchObject({ ok: false, reason: 'already' });

		await saveFollowUp(db, surveyId, 'Vi lagar eit eige innlegg om arbeidstrening.');
		expect(await previousFollowUp(db, next)).toMatchObject({
			text: 'Vi lagar eit eige innlegg om arbeidstrening.',
			gathering: { id: gatheringId },
		});
		expect(await previousFollowUp(db, (await getGathering(db, gatheringId))!)).toBeNull();
	});

	it('says so when there is no next gathering', async () => {
		const { db, gatheringId } = await pastGathering(0, 0);
		const survey = (await getSurvey(db, (await createSurvey(db, gatheringId, 'evaluation'))!))!;
		expect(await addTopicToNextProgramme(db, survey, 'Mentor', 'nb')).toEqual({
			ok: false,
			reason: 'no-next',
		});
	});
});

describe('trend across gatherings', () => {
	it('follows "Var samlinga nyttig?" through the network, without figures where fewer than five answered', async () => {
		const first = await pastGathering(6, 6);
		const second = await pastGathering(3, 3, first.networkId);
		const db = first.db;
		for (const [g, values] of [
			[first.gatheringId, [5, 4, 4, 3, 5, 4]],
			[second.gatheringId, [2, 3]],
		] as const) {
			const surveyId = await openEvaluation(g);
			await setOpenLink(db, surveyId, true);
			for (const v of values) {
				const s = (await getSurvey(db, surveyId))!;
				await submitWithOpenCode(db, s, answer(s, v), { answeredHere: false });
			}
			await setSurveyStatus(db, (await getSurvey(db, surveyId))!, 'closed');
		}
		const trend = await networkTrend(db, first.networkId);
		const useful = trend.find((s) => s.key === 'useful')!;
		expect(useful.points.map((p) => [p.gatheringId, p.result?.mean ?? null])).toEqual([
			[first.gatheringId, 25 / 6],
			[second.gatheringId, null],
		]);
	});
});
