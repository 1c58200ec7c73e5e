import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { gatherings, programmeItems, registrations } from './gatherings.ts';
import { users } from './users.ts';

export const QUESTION_STATUSES = ['pending', 'approved', 'hidden', 'merged'] as const;

/** A question sent in ahead of a gathering, or prioritised by a group during an exercise. */
export const questions = sqliteTable(
	'questions',
	{
		id: text('id').primaryKey(),
		gatheringId: text('gathering_id')
			.notNull()
			.references(() => gatherings.id, { onDelete: 'cascade' }),
		/** The programme item it is for; its presenter gets it in the dossier. */
		programmeItemId: text('programme_item_id').references(() => programmeItems.id, {
			onDelete: 'set null',
		}),
		/** The paragraph it concerns, e.g. "29", linking it to the self-study page. */
		paragraph: text('paragraph'),
		text: text('text').notNull(),
		/** What the asker wrote, kept when a coordinator edits the text for clarity. */
		originalText: text('original_text'),
		askerRegistrationId: text('asker_registration_id').references(() => registrations.id, {
			onDelete: 'set null',
		}),
		askerUserId: text('asker_user_id').references(() => users.id, { onDelete: 'set null' }),
		/** Shown to other participants only when the asker chose so. */
		askerName: text('asker_name'),
		showName: integer('show_name', { mode: 'boolean' }).notNull().default(false),
		/** Set for a group's prioritised question: the group and the exercise it came from. */
		groupId: text('group_id'),
		exerciseId: text('exercise_id'),
		status: text('status', { enum: QUESTION_STATUSES }).notNull(),
		mergedInto: text('merged_into'),
		answer: text('answer'),
		answeredAt: integer('answered_at', { mode: 'timestamp_ms' }),
		/** Answered questions are published as the gathering's Q&A after the day. */
		publishedAt: integer('published_at', { mode: 'timestamp_ms' }),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
		editedAt: integer('edited_at', { mode: 'timestamp_ms' }),
	},
	(t) => [
		index('questions_gathering_idx').on(t.gatheringId, t.status),
		index('questions_paragraph_idx').on(t.paragraph, t.publishedAt),
	],
);

/** One vote per registered participant (or account) per question. */
export const questionVotes = sqliteTable(
	'question_votes',
	{
		questionId: text('question_id')
			.notNull()
			.references(() => questions.id, { onDelete: 'cascade' }),
		/** "r:<registration id>" or "u:<user id>". */
		voter: text('voter').notNull(),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
	},
	(t) => [primaryKey({ columns: [t.questionId, t.voter] })],
);
