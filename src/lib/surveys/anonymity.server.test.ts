/**
 * "No query can join an answer to a person": the response tables have no column that leads to
 * an invitation, a registration, a user, a token or an address, nor a date or time;
 * nothing else points at them; their stored order is their random keys' order, not arrival
 * order; and after real people have answered through their personal links, no value of an
 * answer's keys appears anywhere else in the database, and nothing about a person appears in
 * the answers.
 */
import { and, eq, like } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '#db/client.ts';
import { outbox, surveyInvitations } from '#db/schema/index.ts';
import { createGathering, registrationInput } from '#tests/factories.ts';
import { registrationSchema } from '#lib/gatherings/gatherings.schema.ts';
import { setAttended } from '#lib/gatherings/participants.server.ts';
import { register } from '#lib/gatherings/registrations.server.ts';
import { sendInvitations } from './invitations.server.ts';
import { submitWithToken } from './responses.server.ts';
import { markUsedInGroups } from './spent.server.ts';
import { createSurvey, getSurvey, setSurveyStatus } from './surveys.server.ts';

type Row = Record<string, unknown>;
async function rows(sql: string, args: (string | number)[] = []): Promise<Row[]> {
	const db = await getDb();
	return (await db.$client.execute({ sql, args })).rows as unknown as Row[];
}
const columns = async (table: string) =>
	(await rows(`pragma table_info(${table})`)).map((c) => String(c.name));
const foreignKeys = async (table: string) =>
	(await rows(`pragma foreign_key_list(${table})`)).map((f) => ({
		table: String(f.table),
		from: String(f.from),
	}));
async function tables(): Promise<string[]> {
	return (
		await rows(
			`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%'`,
		)
	).map((r) => String(r.name));
}

const PERSONAL =
	/registration|user|person|email|e_mail|address|token|secret|invitation|ip|session|name/i;
const TIME = /_at$|time|timestamp|created|updated/i;

describe('anonymity in the schema', () => {
	it('gives a response only a random id and its survey, no date; an answer only its response, question and value', async () => {
		expect(await columns('survey_responses')).toEqual(['id', 'survey_id']);
		expect(await columns('survey_answers')).toEqual([
			'response_id',
			'question_id',
			'item',
			'value_int',
			'value_text',
		]);
		for (const table of ['survey_responses', 'survey_answers']) {
			for (const column of await columns(table)) {
				expect(column, `${table}.${column}`).not.toMatch(PERSONAL);
				expect(column, `${table}.${column}`).not.toMatch(TIME);
			}
		}
	});

	it('lets the response tables point only at the survey and its questions, and lets nothing but answers point at a response', async () => {
		expect(await foreignKeys('survey_responses')).toEqual([
			{ table: 'surveys', from: 'survey_id' },
		]);
		expect(
			(await foreignKeys('survey_answers')).sort((a, b) => a.from.localeCompare(b.from)),
		).toEqual([
			{ table: 'survey_questions', from: 'question_id' },
			{ table: 'survey_responses', from: 'response_id' },
		]);
		for (const table of await tables()) {
			for (const fk of await foreignKeys(table)) {
				if (fk.table === 'survey_responses') expect(table).toBe('survey_answers');
				expect(fk.table, `${table} points at survey_answers`).not.toBe('survey_answers');
			}
		}
	});

	it('keeps the used-link record apart: a flag, no time of use, nothing about the answer', async () => {
		const invitationColumns = await columns('survey_invitations');
		expect(invitationColumns).toContain('used');
		expect(invitationColumns.filter((c) => /used_|response|answer|submitted/.test(c))).toEqual([]);
	});

	it('stores responses, answers and used-link markers without rowids, in the order of their random keys', async () => {
		for (const table of ['survey_responses', 'survey_answers', 'survey_spent']) {
			const sql = String(
				(await rows(`select sql from sqlite_master where name = ?`, [table]))[0]?.sql,
			);
			expect(sql).toMatch(/WITHOUT ROWID\s*$/);
			await expect(rows(`select rowid from ${table}`)).rejects.toThrow(/no such column: rowid/);
		}
	});
});

describe('anonymity in the data', () => {
	it('leaves no value that joins an answer to the person who gave it', async () => {
		const db = await getDb();
		const { id: gatheringId } = await createGathering(db, { startsInDays: -1, capacity: 50 });
		const people: { registrationId: string; email: string; name: string }[] = [];
		for (let i = 0; i < 12; i++) {
			const input = registrationSchema.parse(
				registrationInput(gatheringId, `anon-${gatheringId}-${i}`, {
					name: `Anonym Testperson ${i}`,
				}),
			);
			const r = await register(db, input, { publicOrigin: 'http://kvp.test' });
			if (!r.ok) throw new Error('registration failed');
			await setAttended(db, gatheringId, r.registrationId, true);
			people.push({ registrationId: r.registrationId, email: input.email, name: input.name });
		}
		const surveyId = (await createSurvey(db, gatheringId, 'evaluation'))!;
		await setSurveyStatus(db, (await getSurvey(db, surveyId))!, 'open');
		await sendInvitations(db, surveyId, 'http://kvp.test');
		const survey = (await getSurvey(db, surveyId))!;
		const useful = survey.questions.find((q) => q.key === 'useful')!;
		const good = survey.questions.find((q) => q.key === 'good')!;
		const mails = await db.query.outbox.findMany({
			where: and(eq(outbox.kind, 'survey-invitation'), like(outbox.to, `%${gatheringId}%`)),
		});
		const before = await db.query.surveyInvitations.findMany({
			where: eq(surveyInvitations.surveyId, surveyId),
		});
		// Everyone answers, one after another, saying which in line they were.
		const arrival: string[] = [];
		for (const [i, mail] of mails.entries()) {
			const token = decodeURIComponent(/\/undersoking\/(\S+)/.exec(mail.text)![1]!);
			expect(
				(
					await submitWithToken(db, token, {
						[`q-${useful.id}`]: String((i % 5) + 1),
						[`q-${good.id}`]: `Svar nummer ${i}`,
					})
				).ok,
			).toBe(true);
			arrival.push(`Svar nummer ${i}`);
		}

		// Stored order is key order (WITHOUT ROWID), and the keys are random: not arrival order.
		const stored = await rows(`select id from survey_responses where survey_id = ?`, [surveyId]);
		expect(stored.map((r) => r.id)).toEqual([...stored.map((r) => String(r.id))].sort());
		const textsInStoredOrder = (
			await rows(`select value_text from survey_answers where question_id = ?`, [good.id])
		).map((r) => r.value_text);
		expect(textsInStoredOrder).not.toEqual(arrival);

		// Using a link changed its flag (set for the group, after the answers) and nothing else.
		await markUsedInGroups(db, surveyId);
		const after = await db.query.surveyInvitations.findMany({
			where: eq(surveyInvitations.surveyId, surveyId),
		});
		for (const b of before) {
			const a = after.find((x) => x.id === b.id)!;
			expect({ ...a, used: b.used }).toEqual(b);
		}
		// Twelve answered one by one: five were marked together, then the last seven together
		// (marking ten would have left two unmarked, and a later answer would be one of those two).
		expect(after.filter((a) => a.used)).toHaveLength(12);

		// No response key appears in any other table or column, nor in any e-mail.
		const responseIds = stored.map((r) => String(r.id));
		for (const table of await tables()) {
			for (const column of await columns(table)) {
				if (
					(table === 'survey_responses' && column === 'id') ||
					(table === 'survey_answers' && column === 'response_id')
				)
					continue;
				const hits = await rows(
					`select count(*) as n from "${table}" where cast("${column}" as text) in (${responseIds.map(() => '?').join(',')})`,
					responseIds,
				);
				expect(Number(hits[0]!.n), `${table}.${column}`).toBe(0);
			}
		}
		for (const mail of await db.query.outbox.findMany())
			for (const id of responseIds) expect(mail.text).not.toContain(id);

		// Nothing about a person, their invitation or their link appears in the answers.
		const answers = await rows(
			`select a.* from survey_answers a join survey_responses r on r.id = a.response_id where r.survey_id = ?`,
			[surveyId],
		);
		const personal = [
			...people.flatMap((p) => [p.registrationId, p.email, p.name]),
			...after.map((i) => i.id),
		];
		for (const a of answers)
			for (const value of Object.values(a))
				for (const p of personal) expect(String(value)).not.toContain(p);
	});
});
