import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './users.ts';

/** Self-study progress of a logged-in user: entries read and quiz scores. */
export const selfStudyProgress = sqliteTable(
	'self_study_progress',
	{
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		/** What it is about, e.g. "regelverk/29" or "quiz/inngangsvilkar". */
		entry: text('entry').notNull(),
		kind: text('kind', { enum: ['read', 'quiz'] }).notNull(),
		/** Quiz: correct answers of `maxScore`; null for reading. */
		score: integer('score'),
		maxScore: integer('max_score'),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
	},
	(t) => [primaryKey({ columns: [t.userId, t.entry, t.kind] })],
);
