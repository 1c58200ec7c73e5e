import { and, asc, desc, eq, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { gatherings, programmeItems, questions, questionVotes } from '#db/schema/index.ts';
import { randomId } from '#lib/platform/tokens.ts';
import { enqueueMail } from '#lib/mail/index.server.ts';
import type { Lang } from '#i18n/index.ts';
import { dossierMail } from './emails.ts';
import {
	askingOpen,
	dossierEntries,
	mergeAllowed,
	moderationChange,
	ordered,
	visibleTo,
	votable,
	type Asker,
	type Moderation,
	type Question,
	type QuestionRow,
} from './questions.ts';

/** The programme item's id if it is one of the gathering's; otherwise null. */
async function programmeItemOf(
	db: Db,
	gatheringId: string,
	programmeItemId: string | null | undefined,
): Promise<string | null> {
	if (!programmeItemId) return null;
	const [item] = await db
		.select({ id: programmeItems.id })
		.from(programmeItems)
		.where(
			and(eq(programmeItems.id, programmeItemId), eq(programmeItems.gatheringId, gatheringId)),
		);
	return item?.id ?? null;
}

export type AskResult =
	{ ok: true; id: string } | { ok: false; reason: 'deadline-passed' | 'not-found' };

export async function ask(
	db: Db,
	gatheringId: string,
	asker: Asker,
	input: {
		text: string;
		programmeItemId?: string | null | undefined;
		paragraph?: string | null | undefined;
		showName: boolean;
	},
	now = new Date(),
): Promise<AskResult> {
	const [g] = await db
		.select({
			startsAt: gatherings.startsAt,
			deadline: gatherings.questionsDeadline,
			endsAt: gatherings.endsAt,
		})
		.from(gatherings)
		.where(eq(gatherings.id, gatheringId));
	if (!g) return { ok: false, reason: 'not-found' };
	if (!askingOpen(g, now)) return { ok: false, reason: 'deadline-passed' };
	const programmeItemId = await programmeItemOf(db, gatheringId, input.programmeItemId);
	const id = randomId();
	await db.insert(questions).values({
		id,
		gatheringId,
		programmeItemId,
		paragraph: input.paragraph || null,
		text: input.text,
		askerRegistrationId: asker.registrationId,
		askerUserId: asker.userId,
		askerName: input.showName ? asker.name : null,
		showName: input.showName,
		status: 'pending',
		createdAt: now,
		updatedAt: now,
	});
	return { ok: true, id };
}

export type VoteResult =
	| { ok: true }
	| { ok: false; reason: 'not-registered' | 'already-voted' | 'not-found' | 'own-question' };

/** One vote per registered participant per question. */
export async function vote(
	db: Db,
	gatheringId: string,
	questionId: string,
	asker: Asker,
	now = new Date(),
): Promise<VoteResult> {
	if (!asker.voter) return { ok: false, reason: 'not-registered' };
	const [q] = await db
		.select({ status: questions.status })
		.from(questions)
		.where(and(eq(questions.id, questionId), eq(questions.gatheringId, gatheringId)));
	if (!q || !votable(q)) return { ok: false, reason: 'not-found' };
	const inserted = await db
		.insert(questionVotes)
		.values({ questionId, voter: asker.voter, createdAt: now })
		.onConflictDoNothing()
		.returning();
	return inserted.length > 0 ? { ok: true } : { ok: false, reason: 'already-voted' };
}

/** Takes back the participant's vote on a question; false when there was none. */
export async function unvote(
	db: Db,
	gatheringId: string,
	questionId: string,
	asker: Asker,
): Promise<boolean> {
	if (!asker.voter) return false;
	const [q] = await db
		.select({ id: questions.id })
		.from(questions)
		.where(and(eq(questions.id, questionId), eq(questions.gatheringId, gatheringId)));
	if (!q) return false;
	const removed = await db
		.delete(questionVotes)
		.where(and(eq(questionVotes.questionId, q.id), eq(questionVotes.voter, asker.voter)))
		.returning();
	return removed.length > 0;
}

/**
 * The gathering's questions with vote counts. Participants see approved ones (and their own, in
 * any state); coordinators see all. Sorted by votes or by time.
 */
export async function listQuestions(
	db: Db,
	gatheringId: string,
	options: { moderator: boolean; asker?: Asker | null; sort?: 'votes' | 'time' },
): Promise<Question[]> {
	const rows = await db
		.select({
			q: questions,
			votes: sql<number>`(select count(*) from question_votes v where v.question_id = ${questions.id})`,
		})
		.from(questions)
		.where(eq(questions.gatheringId, gatheringId))
		.orderBy(asc(questions.createdAt));
	let votedIds = new Set<string>();
	if (options.asker?.voter) {
		const mine = await db
			.select({ id: questionVotes.questionId })
			.from(questionVotes)
			.where(eq(questionVotes.voter, options.asker.voter));
		votedIds = new Set(mine.map((v) => v.id));
	}
	const list = rows
		.filter(({ q }) => visibleTo(q, options))
		.map(({ q, votes }) => ({ ...q, votes: Number(votes), votedByMe: votedIds.has(q.id) }));
	return ordered(list, options.sort);
}

export type ModerationResult = { ok: true } | { ok: false; reason: 'not-found' | 'bad-merge' };

/** A coordinator's decision on a question. Edits keep the asker's original text. */
export async function moderate(
	db: Db,
	gatheringId: string,
	questionId: string,
	action: Moderation,
	now = new Date(),
): Promise<ModerationResult> {
	const [q] = await db
		.select()
		.from(questions)
		.where(and(eq(questions.id, questionId), eq(questions.gatheringId, gatheringId)));
	if (!q) return { ok: false, reason: 'not-found' };
	if (action.kind === 'assign') {
		const programmeItemId = await programmeItemOf(db, gatheringId, action.programmeItemId);
		await update(db, q, { programmeItemId }, now);
	} else if (action.kind === 'merge') {
		const [target] = await db
			.select()
			.from(questions)
			.where(and(eq(questions.id, action.into), eq(questions.gatheringId, gatheringId)));
		if (!target || !mergeAllowed(q, target)) return { ok: false, reason: 'bad-merge' };
		await db.transaction(async (tx) => {
			// The duplicate's votes move to the question it duplicates (once per voter).
			await tx.run(
				sql`insert or ignore into question_votes (question_id, voter, created_at) select ${target.id}, voter, created_at from question_votes where question_id = ${q.id}`,
			);
			await tx.delete(questionVotes).where(eq(questionVotes.questionId, q.id));
			await tx
				.update(questions)
				.set({ status: 'merged', mergedInto: target.id, updatedAt: now })
				.where(eq(questions.id, q.id));
		});
	} else {
		const change = moderationChange(q, action, now);
		if (!change) return { ok: false, reason: 'not-found' };
		await update(db, q, change, now);
	}
	return { ok: true };
}

function update(db: Db, q: QuestionRow, values: Partial<typeof questions.$inferInsert>, now: Date) {
	return db
		.update(questions)
		.set({ ...values, updatedAt: now })
		.where(eq(questions.id, q.id));
}

export async function setDeadline(
	db: Db,
	gatheringId: string,
	deadline: Date | null,
): Promise<void> {
	await db
		.update(gatherings)
		.set({ questionsDeadline: deadline })
		.where(eq(gatherings.id, gatheringId));
}

/** For each programme item, its approved questions in vote order: the presenter's dossier. */
export async function dossier(db: Db, gatheringId: string) {
	const items = await db
		.select()
		.from(programmeItems)
		.where(eq(programmeItems.gatheringId, gatheringId))
		.orderBy(asc(programmeItems.startTime));
	return dossierEntries(
		items,
		await listQuestions(db, gatheringId, { moderator: true, sort: 'votes' }),
	);
}

/** Published answers, for the gathering's Q&A and for the self-study page of a paragraph. */
export async function publishedAnswers(
	db: Db,
	filter: { gatheringId?: string; paragraph?: string },
) {
	return db
		.select({
			id: questions.id,
			text: questions.text,
			answer: questions.answer,
			paragraph: questions.paragraph,
			publishedAt: questions.publishedAt,
			gatheringId: questions.gatheringId,
			gatheringTitle: gatherings.title,
			gatheringDate: gatherings.date,
		})
		.from(questions)
		.innerJoin(gatherings, eq(gatherings.id, questions.gatheringId))
		.where(
			and(
				isNotNull(questions.publishedAt),
				isNotNull(questions.answer),
				filter.gatheringId ? eq(questions.gatheringId, filter.gatheringId) : undefined,
				filter.paragraph ? eq(questions.paragraph, filter.paragraph) : undefined,
			),
		)
		.orderBy(desc(questions.publishedAt));
}

/** E-mails each presenter with an address the questions for their item, in vote order, in `lang`. */
export async function sendDossiers(
	db: Db,
	gatheringId: string,
	lang: Lang,
	now = new Date(),
): Promise<number> {
	const [g] = await db.select().from(gatherings).where(eq(gatherings.id, gatheringId));
	if (!g) return 0;
	const entries = (await dossier(db, gatheringId)).filter((e) => e.item.presenterEmail);
	for (const { item, questions: list } of entries) {
		await enqueueMail(
			db,
			{
				to: item.presenterEmail as string,
				...dossierMail(lang, g.title, item, list),
				kind: 'presenter-dossier',
				gatheringId,
			},
			now,
		);
	}
	return entries.length;
}
