import { and, eq, isNotNull, like } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '#db/client.ts';
import {
	loginThrottle,
	outbox,
	passwordResets,
	presentations,
	programmeItems,
	questions,
	questionVotes,
	registrations,
	selfStudyProgress,
	sessions,
	surveyInvitations,
} from '#db/schema/index.ts';
import { createGathering, createUser, registrationInput } from '#tests/factories.ts';
import { searchDatabase } from '#tests/support/search-db.ts';
import { requestPasswordReset } from '#lib/auth/accounts.server.ts';
import { createSession } from '#lib/auth/session.server.ts';
import { recordFailure } from '#lib/auth/throttle.server.ts';
import {
	addGroups,
	listGroups,
	saveExercise,
	saveGroupAnswer,
	setExerciseStatus,
} from '#lib/exercises/exercises.server.ts';
import { registrationSchema } from '#lib/gatherings/gatherings.schema.ts';
import {
	messageConfirmed,
	sendReminder,
	setAttended,
} from '#lib/gatherings/participants.server.ts';
import { addPresentation } from '#lib/gatherings/presentations.server.ts';
import { applyRetention } from '#lib/gatherings/privacy.server.ts';
import { register } from '#lib/gatherings/registrations.server.ts';
import { ask, moderate, sendDossiers, vote } from '#lib/questions/questions.server.ts';
import { recordProgress } from '#lib/self-study/progress.server.ts';
import {
	audienceSize,
	sendInvitations,
	sendSurveyReminder,
} from '#lib/surveys/invitations.server.ts';
import { responseCount, submitWithOpenCode } from '#lib/surveys/responses.server.ts';
import {
	createSurvey,
	getSurvey,
	setOpenLink,
	setSurveyStatus,
} from '#lib/surveys/surveys.server.ts';
import { eraseAccount } from './erase.server.ts';

// Alone in its file, so the job sees only these gatherings. Every person here is fictional.
const ORIGIN = 'https://kvp.example.no';
const DAY = 86_400_000;

/** A gathering two days ago where `name` <`email`> left a trace in every table that can hold one. */
async function seedEverywhere(name: string, email: string, options: { userId?: string } = {}) {
	const db = await getDb();
	const before = new Date(Date.now() - 3 * DAY);
	const { id } = await createGathering(db, { startsInDays: -2, capacity: 10 });
	await db.insert(programmeItems).values({
		id: `${id}-talk`,
		gatheringId: id,
		startTime: '09:00',
		endTime: '10:00',
		title: 'Regelverket',
		kind: 'talk',
		presenterEmail: email,
	});
	const person = await register(
		db,
		registrationSchema.parse(
			registrationInput(id, 'p', {
				name,
				email,
				diet: 'Nøtteallergi',
				accessibility: 'Teleslynge',
			}),
		),
		{ publicOrigin: ORIGIN, userId: options.userId ?? null },
	);
	const other = await register(db, registrationSchema.parse(registrationInput(id, `${id}-other`)), {
		publicOrigin: ORIGIN,
	});
	if (!person.ok || !other.ok) throw new Error('registration failed');
	await setAttended(db, id, person.registrationId, true);
	await setAttended(db, id, other.registrationId, true);
	const asker = {
		registrationId: person.registrationId,
		userId: options.userId ?? null,
		name,
		voter: options.userId ? `u:${options.userId}` : `r:${person.registrationId}`,
	};
	const otherAsker = {
		registrationId: other.registrationId,
		userId: null,
		name: 'Deltakar anna',
		voter: `r:${other.registrationId}`,
	};
	const own = await ask(
		db,
		id,
		asker,
		{ text: 'Korleis reknar vi stønaden?', showName: true },
		before,
	);
	const about = await ask(
		db,
		id,
		otherAsker,
		{ text: `Kan ${name} dele malen ho viste?`, showName: false },
		before,
	);
	if (!own.ok || !about.ok) throw new Error('ask failed');
	await moderate(db, id, about.id, { kind: 'approve' });
	await moderate(db, id, about.id, { kind: 'answer', answer: `Ja, skriv til ${email}.` });
	expect(await vote(db, id, about.id, asker)).toEqual({ ok: true });
	await messageConfirmed(db, id, 'Velkomen', 'Hei alle');
	await db
		.update(registrations)
		.set({ updatedAt: new Date() })
		.where(eq(registrations.gatheringId, id));
	await sendReminder(db, id, ORIGIN);
	await sendDossiers(db, id, 'nn');
	const exerciseId = await saveExercise(db, id, {
		number: 1,
		title: 'Kartlegging',
		task: '',
		questions: [],
		paragraphs: [],
	});
	await setExerciseStatus(db, id, exerciseId, 'open');
	await addGroups(db, id, { lines: [`Gruppe 1: ${name}, NAV Testby`], count: 0 });
	const [group] = await listGroups(db, id);
	await saveGroupAnswer(db, group!, {
		exerciseId,
		version: 0,
		summary: `${name} fortalde om kartlegging.`,
		examples: '',
		question1: `Kva meiner ${name} om fristane?`,
		question2: '',
	});
	await addPresentation(
		db,
		id,
		`Innlegg ved ${name}`,
		new File(['lysark'], `${name} – lysark.pdf`),
	);
	const surveyId = (await createSurvey(db, id, 'evaluation'))!;
	await setSurveyStatus(db, (await getSurvey(db, surveyId))!, 'open');
	await sendInvitations(db, surveyId, ORIGIN);
	await sendSurveyReminder(db, surveyId, ORIGIN);
	const survey = (await getSurvey(db, surveyId))!;
	await setOpenLink(db, surveyId, true);
	const textQuestion = survey.questions.find((q) => q.type === 'text')!;
	const useful = survey.questions.find((q) => q.key === 'useful')!;
	const submitted = await submitWithOpenCode(
		db,
		(await getSurvey(db, surveyId))!,
		{ [`q-${useful.id}`]: '4', [`q-${textQuestion.id}`]: `Innlegget til ${name} var best.` },
		{ answeredHere: false },
	);
	expect(submitted.ok).toBe(true);
	await recordFailure(db, email, '203.0.113.9');
	return { db, gatheringId: id, surveyId, questionId: about.id };
}

describe('the scheduled deletion', () => {
	it('leaves no trace of a person anywhere in the database once the retention period is over, and keeps the counts', async () => {
		const name = 'Ingrid Slettemark';
		const email = 'ingrid.slettemark@example.no';
		const { db, gatheringId, surveyId, questionId } = await seedEverywhere(name, email);
		// Seeded everywhere: the test would prove nothing if the name were not there to begin with.
		const seeded = new Set((await searchDatabase(db, 'slettemark')).map((h) => h.table));
		expect([...seeded].sort()).toEqual([
			'exercise_groups',
			'group_answers',
			'login_throttle',
			'outbox',
			'presentations',
			'programme_items',
			'questions',
			'registrations',
			'survey_answers',
		]);

		// 400 days later, past the 12-month retention period.
		const report = await applyRetention(db, new Date(Date.now() + 400 * DAY), 12);
		expect(report.anonymised).toBe(2);

		expect(await searchDatabase(db, 'slettemark')).toEqual([]);
		expect(await searchDatabase(db, 'Nøtteallergi')).toEqual([]);
		expect(await searchDatabase(db, 'Teleslynge')).toEqual([]);
		expect(await db.$count(surveyInvitations, eq(surveyInvitations.surveyId, surveyId))).toBe(2);
		expect(
			await db.$count(
				surveyInvitations,
				and(eq(surveyInvitations.surveyId, surveyId), isNotNull(surveyInvitations.registrationId)),
			),
		).toBe(0);
		// The counts survive: who came, how many answered, how many voted, the upload itself.
		const rows = await db.query.registrations.findMany({
			where: eq(registrations.gatheringId, gatheringId),
		});
		expect(rows.map((r) => [r.status, r.attendedAt !== null, r.organisation])).toEqual([
			['confirmed', true, 'NAV Testby'],
			['confirmed', true, 'NAV Testby'],
		]);
		expect(await responseCount(db, surveyId)).toBe(1);
		expect(await audienceSize(db, { id: surveyId, gatheringId, kind: 'evaluation' })).toBe(2);
		expect(await db.$count(questionVotes, eq(questionVotes.questionId, questionId))).toBe(1);
		const [file] = await db
			.select()
			.from(presentations)
			.where(eq(presentations.gatheringId, gatheringId));
		expect([file?.filename, file?.data.toString()]).toEqual(['presentasjon-1.pdf', 'lysark']);
		expect(await db.$count(outbox, eq(outbox.gatheringId, gatheringId))).toBe(0);
	});

	it('deletes an account with everything that hangs on it, and with the job nothing is left', async () => {
		const db = await getDb();
		const name = 'Torstein Kontosletting';
		const email = 'torstein.kontosletting@example.no';
		const user = await createUser(db, { name, email });
		await createSession(db, user.id);
		await requestPasswordReset(db, email, 'nb', ORIGIN);
		await recordProgress(db, user.id, { kind: 'read', entry: 'regelverk/29' });
		const { questionId } = await seedEverywhere(name, email, { userId: user.id });
		expect(await db.$count(sessions, eq(sessions.userId, user.id))).toBe(1);

		expect(await eraseAccount(db, user.id)).toBe(true);
		expect(await eraseAccount(db, user.id)).toBe(false);
		for (const table of [sessions, passwordResets, selfStudyProgress])
			expect(await db.$count(table, eq(table.userId, user.id))).toBe(0);
		expect(await db.$count(loginThrottle, like(loginThrottle.key, `%${email}%`))).toBe(0);
		expect(await db.$count(outbox, eq(outbox.kind, 'password-reset'))).toBe(0);
		expect(await db.$count(questions, eq(questions.askerUserId, user.id))).toBe(0);
		expect(await db.$count(questionVotes, eq(questionVotes.voter, `u:${user.id}`))).toBe(0);
		expect(await db.$count(questionVotes, eq(questionVotes.questionId, questionId))).toBe(1);
		// The registration keeps its own link and deletion date; after it, nothing is left.
		expect((await searchDatabase(db, 'kontosletting')).map((h) => h.table)).toContain(
			'registrations',
		);
		await applyRetention(db, new Date(Date.now() + 400 * DAY), 12);
		expect(await searchDatabase(db, 'kontosletting')).toEqual([]);
	});
});
