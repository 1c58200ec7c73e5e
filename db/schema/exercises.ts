import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { gatherings, programmeItems } from './gatherings.ts';

export const EXERCISE_STATUSES = ['draft', 'open', 'closed'] as const;

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
