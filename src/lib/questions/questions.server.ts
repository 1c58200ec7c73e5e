import { and, asc, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import {
	gatherings,
	programmeItems,
	questions,
	questionVotes,
	registrations,
} from '#db/schema/index.ts';
import { randomId } from '#lib/platform/tokens.ts';
import type { CurrentUser } from '#lib/auth/index.server.ts';
import { findByToken } from '#lib/gatherings/index.server.ts';
import { enqueueMail } from '#lib/mail/index.server.ts';
import type { Lang } from '#i18n/index.ts';
import { dossierMail } from './emails.ts';

export type Question = typeof questions.$inferSelect & {
	votes: number;
	votedByMe: boolean;
	groupName?: string | null;
};

/** Who is asking or voting: a registration (by personal link or by the account's address) or an account. */
export interface Asker {
	registrationId: string | null;
	userId: string | null;
	name: string;
	/** Only registered participants may vote. */
	voter: string | null;
}

/** Identifies the person from the personal link token or the logged-in account; null when neither can. */
export async function identify(
	db: Db,
	gatheringId: string,
	token: string | null | undefined,
	user: CurrentUser | null,
): Promise<Asker | null> {
	if (token) {
		const found = await findByToken(db, token);
		if (found && found.gathering.id === gatheringId && found.registration.status !== 'cancelled') {
			return {
				registrationId: found.registration.id,
				userId: user?.id ?? null,
				name: found.registration.name,
				voter: `r:${found.registration.id}`,
			};
		}
	}
	if (!user) return null;
	const [registration] = await db
		.select({ id: registrations.id })
		.from(registrations)
		.where(
			and(
				eq(registrations.gatheringId, gatheringId),
				eq(registrations.email, user.email),
				inArray(registrations.status, ['confirmed', 'waitlisted']),
			),
		);
	return {
		registrationId: registration?.id ?? null,
		userId: user.id,
		name: user.name,
		voter: registration ? `r:${registration.id}` : null,
	};
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
	if (now > (g.deadline ?? g.endsAt)) return { ok: false, reason: 'deadline-passed' };
	let programmeItemId: string | null = null;
	if (input.programmeItemId) {
		const [item] = await db
			.select({ id: programmeItems.id })
			.from(programmeItems)
			.where(
				and(
					eq(programmeItems.id, input.programmeItemId),
					eq(programmeItems.gatheringId, gatheringId),
				),
			);
		programmeItemId = item?.id ?? null;
	}
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
		.select()
		.from(questions)
		.where(
			and(
				eq(questions.id, questionId),
				eq(questions.gatheringId, gatheringId),
				eq(questions.status, 'approved'),
			),
		);
	if (!q) return { ok: false, reason: 'not-found' };
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
	const own = (q: typeof questions.$inferSelect) =>
		Boolean(
			options.asker &&
			((options.asker.registrationId && q.askerRegistrationId === options.asker.registrationId) ||
				(options.asker.userId && q.askerUserId === options.asker.userId)),
		);
	const visible = rows.filter(
		({ q }) => options.moderator || q.status === 'approved' || (own(q) && q.status !== 'merged'),
	);
	const list = visible.map(({ q, votes }) => ({
		...q,
		votes: Number(votes),
		votedByMe: votedIds.has(q.id),
	}));
	if (options.sort !== 'time')
		list.sort((a, b) => b.votes - a.votes || a.createdAt.getTime() - b.createdAt.getTime());
	return list;
}

export type ModerationResult = { ok: true } | { ok: false; reason: 'not-found' | 'bad-merge' };

/** A coordinator's decision on a question. Edits keep the asker's original text. */
export async function moderate(
	db: Db,
	gatheringId: string,
	questionId: string,
	action:
		| { kind: 'approve' | 'hide' | 'publish' | 'unpublish' }
		| { kind: 'merge'; into: string }
		| { kind: 'edit'; text: string }
		| { kind: 'assign'; programmeItemId: string | null }
		| { kind: 'answer'; answer: string },
	now = new Date(),
): Promise<ModerationResult> {
	const [q] = await db
		.select()
		.from(questions)
		.where(and(eq(questions.id, questionId), eq(questions.gatheringId, gatheringId)));
	if (!q) return { ok: false, reason: 'not-found' };
	const set = (values: Partial<typeof questions.$inferInsert>) =>
		db
			.update(questions)
			.set({ ...values, updatedAt: now })
			.where(eq(questions.id, q.id));
	switch (action.kind) {
		case 'approve':
			await set({ status: 'approved' });
			break;
		case 'hide':
			await set({ status: 'hidden' });
			break;
		case 'edit':
			await set({ text: action.text, originalText: q.originalText ?? q.text, editedAt: now });
			break;
		case 'assign': {
			const item = action.programmeItemId
				? (
						await db
							.select({ id: programmeItems.id })
							.from(programmeItems)
							.where(
								and(
									eq(programmeItems.id, action.programmeItemId),
									eq(programmeItems.gatheringId, gatheringId),
								),
							)
					)[0]
				: undefined;
			await set({ programmeItemId: item?.id ?? null });
			break;
		}
		case 'answer':
			await set({
				answer: action.answer || null,
				answeredAt: action.answer ? now : null,
				status: q.status === 'pending' ? 'approved' : q.status,
			});
			break;
		case 'publish':
			if (!q.answer) return { ok: false, reason: 'not-found' };
			await set({ publishedAt: now });
			break;
		case 'unpublish':
			await set({ publishedAt: null });
			break;
		case 'merge': {
			const [target] = await db
				.select()
				.from(questions)
				.where(and(eq(questions.id, action.into), eq(questions.gatheringId, gatheringId)));
			if (!target || target.id === q.id || target.status === 'merged')
				return { ok: false, reason: 'bad-merge' };
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
			break;
		}
	}
	return { ok: true };
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
	const list = await listQuestions(db, gatheringId, { moderator: true, sort: 'votes' });
	const approved = list.filter((q) => q.status === 'approved');
	return items
		.map((item) => ({ item, questions: approved.filter((q) => q.programmeItemId === item.id) }))
		.filter((entry) => entry.questions.length > 0);
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
