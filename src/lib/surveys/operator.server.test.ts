/**
 * The operator's attempt of issue 11 (docs/decisions/009): someone who can read the database files
 * as they change — every state the write-ahead log keeps, and any two backups — tries to tell who
 * gave which answer. Several people answer one after another; the whole database is read after
 * every answer and every commit in the log is replayed; nothing that changed may lead to the
 * person who just answered, and whatever leads to people changes only for at least
 * MIN_RESPONSES of them at once.
 */
import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { and, eq, like } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { filePath, getDb } from '#db/client.ts';
import { outbox, surveyInvitations } from '#db/schema/index.ts';
import {
	changedRows,
	readAll,
	statesInWal,
	type DatabaseState,
} from '#tests/support/database-states.ts';
import { createGathering, registrationInput } from '#tests/factories.ts';
import { registrationSchema } from '#lib/gatherings/gatherings.schema.ts';
import { setAttended } from '#lib/gatherings/participants.server.ts';
import { register } from '#lib/gatherings/registrations.server.ts';
import { serialized } from '#lib/platform/write-lock.ts';
import { MIN_RESPONSES } from './anonymity.ts';
import { sendInvitations, sendSurveyReminder } from './invitations.server.ts';
import { submitWithToken } from './responses.server.ts';
import { createSurvey, getSurvey, setSurveyStatus } from './surveys.server.ts';

const ORIGIN = 'http://kvp.test';
const PEOPLE = 12;
/** Two never answer: the reminder is for them (and for those whose group is not yet marked). */
const ANSWERING = 10;

interface Person {
	name: string;
	email: string;
	registrationId: string;
	invitationId: string;
	secretHash: string;
	token: string;
}

/** The people whose identifying values appear in the given rows. */
function peopleIn(rows: { row: string }[], people: Person[]): Set<Person> {
	const found = new Set<Person>();
	for (const p of people) {
		const marks = [
			p.name,
			p.email,
			p.registrationId,
			p.invitationId,
			p.secretHash,
			p.token,
			encodeURIComponent(p.token),
		];
		if (rows.some(({ row }) => marks.some((m) => row.includes(m)))) found.add(p);
	}
	return found;
}

const added = (rows: { table: string }[], table: string) =>
	rows.filter((r) => r.table === table).length;

function invitations(state: DatabaseState): { id: string; used: number }[] {
	return [...(state.get('survey_invitations') ?? [])].map(
		(row) => JSON.parse(row) as { id: string; used: number },
	);
}

/** The invitations marked used in a state. */
const flagged = (state: DatabaseState) =>
	new Set(
		invitations(state)
			.filter((i) => i.used)
			.map((i) => i.id),
	);

/**
 * In one state: an answer whose link is not yet marked used could be from anyone still unmarked,
 * so while any is waiting (more markers than marked links) at least MIN_RESPONSES are unmarked.
 */
function expectUnmarkedCrowd(state: DatabaseState, label: string): void {
	const waiting = (state.get('survey_spent')?.size ?? 0) - flagged(state).size;
	if (waiting > 0)
		expect(
			invitations(state).filter((i) => !i.used).length,
			`${label}: unmarked`,
		).toBeGreaterThanOrEqual(MIN_RESPONSES);
}

/**
 * Between two states (two commits in a row, or two backups): links are marked used none or at
 * least MIN_RESPONSES at a time, and whatever else changed leads to nobody or to at least
 * MIN_RESPONSES people, so no answer that arrived in between narrows to fewer.
 */
function expectNoOneSingledOut(
	before: DatabaseState,
	after: DatabaseState,
	people: Person[],
	label: string,
): void {
	const a = flagged(before);
	const b = flagged(after);
	const flipped =
		[...b].filter((id) => !a.has(id)).length + [...a].filter((id) => !b.has(id)).length;
	if (flipped > 0)
		expect(flipped, `${label}: links marked used`).toBeGreaterThanOrEqual(MIN_RESPONSES);
	const touched = peopleIn(changedRows(before, after), people);
	if (touched.size > 0)
		expect(
			touched.size,
			`${label}: rows about ${[...touched].map((p) => p.name).join(', ')}`,
		).toBeGreaterThanOrEqual(MIN_RESPONSES);
	expectUnmarkedCrowd(after, label);
}

async function setUp() {
	const db = await getDb();
	const { id: gatheringId } = await createGathering(db, { startsInDays: -1, capacity: 50 });
	const registered: Omit<Person, 'invitationId' | 'secretHash' | 'token'>[] = [];
	for (let i = 0; i < PEOPLE; i++) {
		const input = registrationSchema.parse(
			registrationInput(gatheringId, `op-${gatheringId}-${i}`, {
				name: `Operatørtest Person${String.fromCharCode(65 + i)}`,
			}),
		);
		const r = await register(db, input, { publicOrigin: ORIGIN });
		if (!r.ok) throw new Error('registration failed');
		await setAttended(db, gatheringId, r.registrationId, true);
		registered.push({ name: input.name, email: input.email, registrationId: r.registrationId });
	}
	const surveyId = (await createSurvey(db, gatheringId, 'evaluation'))!;
	await setSurveyStatus(db, (await getSurvey(db, surveyId))!, 'open');
	await sendInvitations(db, surveyId, ORIGIN);
	const people: Person[] = [];
	for (const p of registered) {
		const mail = (await db.query.outbox.findFirst({
			where: and(eq(outbox.to, p.email), eq(outbox.kind, 'survey-invitation')),
		}))!;
		const token = decodeURIComponent(/\/undersoking\/(\S+)/.exec(mail.text)![1]!);
		const invitation = (await db.query.surveyInvitations.findFirst({
			where: eq(surveyInvitations.id, token.split('.')[0]!),
		}))!;
		people.push({
			...p,
			invitationId: invitation.id,
			secretHash: invitation.secretHash.toString('hex'),
			token,
		});
	}
	const survey = (await getSurvey(db, surveyId))!;
	const useful = survey.questions.find((q) => q.key === 'useful')!;
	const good = survey.questions.find((q) => q.key === 'good')!;
	// The free text says nothing about its writer (what a person writes about themselves is theirs).
	const answer = (p: Person, i: number) =>
		submitWithToken(db, p.token, {
			[`q-${useful.id}`]: String((i % 5) + 1),
			[`q-${good.id}`]: `Fint å møte kollegaer (${i % 3})`,
		});
	return { db, gatheringId, surveyId, people, answer };
}

/** Waits for the writes queued after an answer (the flags of a complete group). */
const settled = () => serialized(async () => undefined);

describe('the operator reading the database as it changes', () => {
	it('finds nothing leading to the person who just answered, after every answer and in every commit of the write-ahead log', async () => {
		const { db, surveyId, people, answer } = await setUp();
		const file = filePath(process.env.DATABASE_URL!);
		// Fold everything so far into the main file: the log then holds exactly the commits below.
		const [checkpoint] = (await db.$client.execute('PRAGMA wal_checkpoint(TRUNCATE)')).rows;
		expect(Number(checkpoint!.busy)).toBe(0);
		const base = `${file}.base`;
		copyFileSync(file, base);
		try {
			const snapshots: DatabaseState[] = [await readAll(db.$client)];
			for (const [i, person] of people.slice(0, ANSWERING).entries()) {
				expect(await answer(person, i)).toMatchObject({ ok: true });
				await settled();
				const after = await readAll(db.$client);
				const rows = changedRows(snapshots.at(-1)!, after);
				// The answer is there. Nothing that changed leads to the one who gave it, unless a
				// group of at least five was marked used (in a write of its own, checked below).
				expect(added(rows, 'survey_responses'), `answer ${i + 1}`).toBe(1);
				const touched = peopleIn(rows, people);
				if (flagged(after).size === flagged(snapshots.at(-1)!).size)
					expect(touched.size, `answer ${i + 1} leads to someone`).toBe(0);
				expectNoOneSingledOut(snapshots.at(-1)!, after, people, `answer ${i + 1}`);
				snapshots.push(after);
			}
			// Five were marked together; marking the next five would have left two unmarked.
			expect(flagged(snapshots.at(-1)!).size).toBe(5);
			// The reminder goes to everyone not marked used, which the state already said: five of
			// them have answered, and get it too.
			expect(await sendSurveyReminder(db, surveyId, ORIGIN)).toEqual({
				ok: true,
				sent: PEOPLE - 5,
			});
			snapshots.push(await readAll(db.$client));

			// Every commit the log kept, replayed one by one: a commit that stores an answer holds
			// nothing about any person; links are marked used five or more at a time.
			const commits = await statesInWal(base, `${file}-wal`);
			expect(commits.length).toBeGreaterThanOrEqual(ANSWERING + 2);
			let previous = snapshots[0]!;
			let answers = 0;
			for (const [i, state] of commits.entries()) {
				const rows = changedRows(previous, state);
				if (added(rows, 'survey_responses') > 0) {
					answers += added(rows, 'survey_responses');
					expect(
						[...peopleIn(rows, people)].map((p) => p.name),
						`commit ${i + 1} stores an answer beside a person`,
					).toEqual([]);
				}
				expectNoOneSingledOut(previous, state, people, `commit ${i + 1}`);
				previous = state;
			}
			expect(answers).toBe(ANSWERING);
			expect(commits.at(-1)).toEqual(snapshots.at(-1));

			// Two backups taken at any two of these moments.
			const all = [...snapshots, ...commits];
			for (let a = 0; a < all.length; a++)
				for (let b = a + 1; b < all.length; b++)
					expectNoOneSingledOut(all[a]!, all[b]!, people, `states ${a} and ${b}`);
		} finally {
			for (const suffix of ['', '-wal', '-shm'])
				if (existsSync(base + suffix)) rmSync(base + suffix);
		}
	});

	it('stores no date with an answer, so answers after the reminder cannot be matched to those reminded', async () => {
		const { db, surveyId, people, answer } = await setUp();
		for (const [i, p] of people.slice(0, 5).entries()) await answer(p, i);
		await settled();
		await sendSurveyReminder(db, surveyId, ORIGIN);
		for (const [i, p] of people.slice(5).entries()) await answer(p, i);
		const responses = await db.$client.execute({
			sql: 'select * from survey_responses where survey_id = ?',
			args: [surveyId],
		});
		expect(responses.columns).toEqual(['id', 'survey_id']);
		expect(responses.rows).toHaveLength(PEOPLE);
		const marks = await db.$client.execute({
			sql: 'select * from survey_spent where survey_id = ?',
			args: [surveyId],
		});
		expect(marks.columns).toEqual(['marker', 'survey_id']);
		// Nothing in the answer tables is like the reminder's day either.
		const answers = await db.$client.execute({
			sql: `select a.* from survey_answers a join survey_responses r on r.id = a.response_id where r.survey_id = ? and (a.value_text like '%2026-%' or a.value_text like '%:%')`,
			args: [surveyId],
		});
		expect(answers.rows).toEqual([]);
		expect(
			await db.$count(outbox, and(eq(outbox.kind, 'survey-reminder'), like(outbox.to, '%op-%'))),
		).toBeGreaterThan(0);
	});
});
