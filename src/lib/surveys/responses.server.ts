/**
 * Storing an answer so that it cannot be traced back. The write transaction records that the
 * personal link was used only as a marker that needs the server's key to be tied to anyone
 * (spent.server.ts), and writes the response with a random id, no date and no column that leads
 * to the invitation, the registration, the token or the address. The invitations' used flags are
 * set apart, for at least MIN_RESPONSES people at once. The open link on the screen writes the
 * same, with no marker at all.
 */
import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import {
	surveyAnswers,
	surveyQuestions,
	surveyResponses,
	surveySpent,
	surveys,
} from '#db/schema/index.ts';
import { log } from '#lib/platform/log.server.ts';
import { randomId } from '#lib/platform/tokens.ts';
import { groupCommit } from '#lib/platform/group-commit.server.ts';
import { parseAnswers, type AnswerErrors, type AnswerRow, type RawForm } from './answers.ts';
import { decideAnswers, linksToClaim, surveysToCount, type AnswerRequest } from './responses.ts';
import { audienceSize, findInvitation } from './invitations.server.ts';
import { linkUsed, scheduleMarkUsed, spentMarker } from './spent.server.ts';
import type { Survey, SurveyQuestion } from './surveys.server.ts';

/** The cookie that marks a browser as having answered a survey through the open link. */
export const answeredCookie = (surveyId: string) => `kvp-svar-${surveyId}`;

export type SubmitResult =
	| { ok: true; surveyId: string }
	| {
			ok: false;
			reason: 'invalid-link' | 'used' | 'not-open' | 'closed' | 'answered-here' | 'full';
			surveyId?: string;
	  }
	| { ok: false; reason: 'answers'; errors: AnswerErrors; surveyId: string };

/**
 * A survey's questions never change once it has been opened, so they are kept in memory per
 * survey after the first answer (the bench's 300 answers a second read them once).
 */
const questionCache = new Map<string, SurveyQuestion[]>();

export async function questionsOf(
	db: Db,
	survey: Pick<Survey, 'id' | 'status'>,
): Promise<SurveyQuestion[]> {
	const cached = survey.status !== 'draft' ? questionCache.get(survey.id) : undefined;
	if (cached) return cached;
	const questions = await db.query.surveyQuestions.findMany({
		where: eq(surveyQuestions.surveyId, survey.id),
		orderBy: [asc(surveyQuestions.position)],
	});
	if (survey.status !== 'draft') {
		if (questionCache.size > 500) questionCache.clear();
		questionCache.set(survey.id, questions);
	}
	return questions;
}

/**
 * Answers are written by group commit, as registrations are (docs/decisions/007): one write
 * transaction at a time in this process, and answers that arrive while it runs are written
 * together in the next. Each is decided in arrival order inside the transaction (decideAnswers):
 * the survey must still be open, a personal link is claimed (its marker inserted, if it was not
 * there), and the open link may not take more answers than the audience.
 */
interface PendingAnswer extends AnswerRequest {
	rows: AnswerRow[];
	now: Date;
}

const write = groupCommit<PendingAnswer, SubmitResult>({
	write: async (tx, batch) => {
		const open = new Set<string>();
		for (const surveyId of new Set(batch.map((p) => p.surveyId))) {
			const [survey] = await tx
				.select({ status: surveys.status })
				.from(surveys)
				.where(eq(surveys.id, surveyId));
			if (survey?.status === 'open') open.add(surveyId);
		}
		// Claim every link of the batch at once by its marker (a link sent twice is claimed
		// once); the invitation rows are not touched here (spent.server.ts).
		const markers = new Map(
			linksToClaim(batch, open).map((id) => [spentMarker(id).toString('hex'), id]),
		);
		const surveyOf = new Map(
			batch.flatMap((p) => (p.invitationId ? [[p.invitationId, p.surveyId] as const] : [])),
		);
		const claimed = new Set<string>();
		const spent = [...markers].map(([hex, id]) => ({
			marker: Buffer.from(hex, 'hex'),
			surveyId: surveyOf.get(id)!,
		}));
		for (let i = 0; i < spent.length; i += 2000) {
			for (const r of await tx
				.insert(surveySpent)
				.values(spent.slice(i, i + 2000))
				.onConflictDoNothing()
				.returning({ marker: surveySpent.marker }))
				claimed.add(markers.get(r.marker.toString('hex'))!);
		}
		const responses = new Map<string, number>();
		for (const surveyId of surveysToCount(batch, open))
			responses.set(
				surveyId,
				await tx.$count(surveyResponses, eq(surveyResponses.surveyId, surveyId)),
			);
		const decisions = decideAnswers(batch, { open, claimed, responses });
		const rows: (typeof surveyResponses.$inferInsert)[] = [];
		const answers: (typeof surveyAnswers.$inferInsert)[] = [];
		const out = batch.map((p, i): SubmitResult => {
			const decision = decisions[i]!;
			if (!decision.ok) return { ok: false, reason: decision.reason, surveyId: p.surveyId };
			const id = randomId();
			rows.push({ id, surveyId: p.surveyId });
			for (const r of p.rows) answers.push({ ...r, responseId: id });
			return { ok: true, surveyId: p.surveyId };
		});
		// SQLite allows 32766 parameters: 2 per response and per marker, 5 per answer.
		for (let i = 0; i < rows.length; i += 2000)
			await tx.insert(surveyResponses).values(rows.slice(i, i + 2000));
		for (let i = 0; i < answers.length; i += 2000)
			await tx.insert(surveyAnswers).values(answers.slice(i, i + 2000));
		return out;
	},
	// The used flags are set apart, in groups (spent.server.ts), never in the answers' commit.
	afterCommit: (db, batch) => {
		for (const surveyId of new Set(batch.filter((p) => p.invitationId).map((p) => p.surveyId)))
			void scheduleMarkUsed(db, surveyId)?.catch((error: unknown) =>
				log.error({ err: error, surveyId }, 'marking used survey links failed'),
			);
	},
});

function openState(survey: Survey): 'not-open' | 'closed' | null {
	if (survey.status === 'draft') return 'not-open';
	if (survey.status === 'closed') return 'closed';
	return null;
}

const surveyById = new WeakMap<Db, ReturnType<typeof prepareSurveyById>>();
function prepareSurveyById(db: Db) {
	return db
		.select()
		.from(surveys)
		.where(eq(surveys.id, sql.placeholder('id')))
		.prepare();
}

/**
 * An answer through a personal link, which then cannot be used again. A link that is forged,
 * used or for a closed survey is refused before anything is written, and so is an answer with
 * errors: then the link stays unused.
 */
export async function submitWithToken(
	db: Db,
	token: string,
	form: RawForm,
	now = new Date(),
): Promise<SubmitResult> {
	const invitation = await findInvitation(db, token);
	if (!invitation) return { ok: false, reason: 'invalid-link' };
	let query = surveyById.get(db);
	if (!query) surveyById.set(db, (query = prepareSurveyById(db)));
	const [survey] = await query.all({ id: invitation.surveyId });
	if (!survey) return { ok: false, reason: 'invalid-link' };
	const closed = openState(survey);
	if (closed) return { ok: false, reason: closed, surveyId: survey.id };
	if (await linkUsed(db, invitation)) return { ok: false, reason: 'used', surveyId: survey.id };
	const parsed = parseAnswers(await questionsOf(db, survey), form);
	if (!parsed.ok)
		return { ok: false, reason: 'answers', errors: parsed.errors, surveyId: survey.id };
	return write(db, {
		surveyId: survey.id,
		invitationId: invitation.id,
		cap: null,
		rows: parsed.rows,
		now,
	});
}

/**
 * An answer through the open link on the screen. The page refuses a browser that has answered
 * (`answeredHere`, from a cookie) and the action limits each address; and there can never be more
 * answers than the survey's audience.
 */
export async function submitWithOpenCode(
	db: Db,
	survey: Survey,
	form: RawForm,
	options: { answeredHere: boolean; now?: Date },
): Promise<SubmitResult> {
	const now = options.now ?? new Date();
	const closed = openState(survey);
	if (closed) return { ok: false, reason: closed, surveyId: survey.id };
	if (options.answeredHere) return { ok: false, reason: 'answered-here', surveyId: survey.id };
	const parsed = parseAnswers(await questionsOf(db, survey), form);
	if (!parsed.ok)
		return { ok: false, reason: 'answers', errors: parsed.errors, surveyId: survey.id };
	return write(db, {
		surveyId: survey.id,
		invitationId: null,
		cap: await audienceSize(db, survey),
		rows: parsed.rows,
		now,
	});
}

export async function responseCount(db: Db, surveyId: string): Promise<number> {
	return db.$count(surveyResponses, eq(surveyResponses.surveyId, surveyId));
}
