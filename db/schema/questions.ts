import {
	index,
	integer,
	primaryKey,
	sqliteTable,
	text,
	uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import { gatherings, programmeItems, registrations } from './gatherings.ts';
import { users } from './users.ts';

export const QUESTION_STATUSES = ['pending', 'approved', 'hidden', 'merged'] as const;
export const EXERCISE_STATUSES = ['draft', 'open', 'closed'] as const;

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

/** A group exercise ("oppgåve 3") of a gathering. */
export const exercises = sqliteTable(
	'exercises',
	{
		id: text('id').primaryKey(),
		gatheringId: text('gathering_id')
			.notNull()
			.references(() => gatherings.id, { onDelete: 'cascade' }),
		programmeItemId: text('programme_item_id').references(() => programmeItems.id, {
			onDelete: 'set null',
		}),
		number: integer('number').notNull(),
		title: text('title').notNull(),
		/** The task, Markdown. */
		task: text('task').notNull(),
		questions: text('questions', { mode: 'json' }).$type<string[]>().notNull(),
		paragraphs: text('paragraphs', { mode: 'json' }).$type<string[]>().notNull(),
		status: text('status', { enum: EXERCISE_STATUSES }).notNull(),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
	},
	(t) => [index('exercises_gathering_idx').on(t.gatheringId, t.number)],
);

/** A table group at a gathering; it reaches its page by a short code, without logging in. */
export const exerciseGroups = sqliteTable(
	'exercise_groups',
	{
		id: text('id').primaryKey(),
		gatheringId: text('gathering_id')
			.notNull()
			.references(() => gatherings.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		/** Short, hard-to-guess code in the group's link and QR code. */
		code: text('code').notNull().unique(),
		/** Optional: who sits where (names or offices), as the coordinator wrote it. */
		members: text('members').notNull().default(''),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
	},
	(t) => [index('exercise_groups_gathering_idx').on(t.gatheringId)],
);

/** One answer per group per exercise, which anyone in the group may edit until it closes. */
export const groupAnswers = sqliteTable(
	'group_answers',
	{
		id: text('id').primaryKey(),
		exerciseId: text('exercise_id')
			.notNull()
			.references(() => exercises.id, { onDelete: 'cascade' }),
		groupId: text('group_id')
			.notNull()
			.references(() => exerciseGroups.id, { onDelete: 'cascade' }),
		summary: text('summary').notNull().default(''),
		examples: text('examples').notNull().default(''),
		/** The group's 1–2 prioritised questions; each also joins the gathering's question list. */
		priorityQuestions: text('priority_questions', { mode: 'json' }).$type<string[]>().notNull(),
		version: integer('version').notNull().default(1),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
	},
	(t) => [uniqueIndex('group_answers_exercise_group_idx').on(t.exerciseId, t.groupId)],
);
