/**
 * Self-study progress of logged-in users in the database (`self_study_progress`): one row per user,
 * entry and kind; reading again or retaking a quiz updates the row (the latest quiz score counts).
 */
import { desc, eq } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { selfStudyProgress } from '#db/schema/index.ts';
import type { ProgressBody } from './progress.schema.ts';

export type ProgressRecord = {
	entry: string;
	kind: 'read' | 'quiz';
	score: number | null;
	maxScore: number | null;
	updatedAt: Date;
};

/** Stores one read mark or quiz score for the user (insert, or update the existing row). */
export async function recordProgress(
	db: Db,
	userId: string,
	body: ProgressBody,
	now: Date = new Date(),
): Promise<void> {
	const score = body.kind === 'quiz' ? body.score : null;
	const maxScore = body.kind === 'quiz' ? body.maxScore : null;
	await db
		.insert(selfStudyProgress)
		.values({ userId, entry: body.entry, kind: body.kind, score, maxScore, updatedAt: now })
		.onConflictDoUpdate({
			target: [selfStudyProgress.userId, selfStudyProgress.entry, selfStudyProgress.kind],
			set: { score, maxScore, updatedAt: now },
		});
}

/** Everything the user has done, latest first. */
export async function listProgress(db: Db, userId: string): Promise<ProgressRecord[]> {
	return db
		.select({
			entry: selfStudyProgress.entry,
			kind: selfStudyProgress.kind,
			score: selfStudyProgress.score,
			maxScore: selfStudyProgress.maxScore,
			updatedAt: selfStudyProgress.updatedAt,
		})
		.from(selfStudyProgress)
		.where(eq(selfStudyProgress.userId, userId))
		.orderBy(desc(selfStudyProgress.updatedAt));
}
