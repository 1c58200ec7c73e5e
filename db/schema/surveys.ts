import {
	blob,
	index,
	integer,
	primaryKey,
	sqliteTable,
	text,
	uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import { gatherings, registrations } from './gatherings.ts';

/**
 * Evaluation surveys (issue 7). Anonymity lives in the shape of these tables, see
 * docs/decisions/009-survey-anonymity.md:
 *
 * - `survey_invitations` knows who was asked (registration) and whether their one-time link has
 *   been used, as a flag with no time.
 * - `survey_responses` and `survey_answers` hold what was answered, with no column that points to
 *   an invitation, a registration, a user, a token or an address, and no date or time.
 * - `survey_spent` records that a link was used, under a key only the server can compute; the
 *   invitations' `used` flags follow in groups of at least MIN_RESPONSES.
 *   Both are created WITHOUT ROWID (edited into the migration, which drizzle-kit cannot express)
 *   with random keys, so the order rows are stored in says nothing about the order they came in.
 */

export const SURVEY_KINDS = ['evaluation', 'pre-event', 'custom'] as const;
export const SURVEY_STATUSES = ['draft', 'open', 'closed'] as const;
export const SURVEY_QUESTION_TYPES = ['scale', 'single', 'multiple', 'text', 'grid'] as const;

/** A choice of a single- or multiple-choice question, or a row of a grid (a programme item). */
export interface SurveyOption {
	value: string;
	nb: string;
	nn: string;
}

/** The words at the ends of a scale, e.g. 1 "Ikkje nyttig" … 5 "Svært nyttig". */
export interface ScaleLabels {
	min: { nb: string; nn: string };
	max: { nb: string; nn: string };
}

export const surveys = sqliteTable(
	'surveys',
	{
		id: text('id').primaryKey(),
		gatheringId: text('gathering_id')
			.notNull()
			.references(() => gatherings.id, { onDelete: 'cascade' }),
		kind: text('kind', { enum: SURVEY_KINDS }).notNull(),
		titleNb: text('title_nb').notNull(),
		titleNn: text('title_nn').notNull(),
		introNb: text('intro_nb').notNull().default(''),
		introNn: text('intro_nn').notNull().default(''),
		status: text('status', { enum: SURVEY_STATUSES }).notNull(),
		/**
		 * The code of the open link shown on the screen at the end of the day (null: no open link).
		 * Kept in plain text like a group's code: it is meant to be shown to the whole room.
		 */
		openCode: text('open_code').unique(),
		openedAt: integer('opened_at', { mode: 'timestamp_ms' }),
		closedAt: integer('closed_at', { mode: 'timestamp_ms' }),
		/** When the personal links went out, and when the one reminder did. */
		invitationsSentAt: integer('invitations_sent_at', { mode: 'timestamp_ms' }),
		reminderSentAt: integer('reminder_sent_at', { mode: 'timestamp_ms' }),
		/** "Dette gjer vi med innspela": shown on the results page and on the next gathering's page. */
		followUp: text('follow_up'),
		followUpAt: integer('follow_up_at', { mode: 'timestamp_ms' }),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
	},
	(t) => [index('surveys_gathering_idx').on(t.gatheringId)],
);

export const surveyQuestions = sqliteTable(
	'survey_questions',
	{
		id: text('id').primaryKey(),
		surveyId: text('survey_id')
			.notNull()
			.references(() => surveys.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		/**
		 * What makes a question recur across gatherings: the template's key ("useful", "good", …),
		 * or "custom:<normalised text>" for one written from scratch. Trends follow it.
		 */
		key: text('key').notNull(),
		type: text('type', { enum: SURVEY_QUESTION_TYPES }).notNull(),
		required: integer('required', { mode: 'boolean' }).notNull(),
		textNb: text('text_nb').notNull(),
		textNn: text('text_nn').notNull(),
		helpNb: text('help_nb').notNull().default(''),
		helpNn: text('help_nn').notNull().default(''),
		/** Choices, or for a grid its rows (programme items at the time the question was saved). */
		options: text('options', { mode: 'json' }).$type<SurveyOption[]>().notNull(),
		/** Scales and grids run from 1 to this. */
		scaleMax: integer('scale_max').notNull().default(5),
		scaleLabels: text('scale_labels', { mode: 'json' }).$type<ScaleLabels | null>(),
		/** Longest free-text answer, in characters. */
		maxLength: integer('max_length').notNull().default(2000),
	},
	(t) => [
		index('survey_questions_survey_idx').on(t.surveyId, t.position),
		index('survey_questions_key_idx').on(t.key),
	],
);

/**
 * Who was asked, with the hash of their one-time link, and whether it has been used. Never the
 * time it was used, and never anything about the answer. `used` is set only for at least
 * MIN_RESPONSES people in one write, from `survey_spent` (see there), never by the answer itself.
 */
export const surveyInvitations = sqliteTable(
	'survey_invitations',
	{
		/** The id half of the token `id.secret`. */
		id: text('id').primaryKey(),
		surveyId: text('survey_id')
			.notNull()
			.references(() => surveys.id, { onDelete: 'cascade' }),
		registrationId: text('registration_id').references(() => registrations.id, {
			onDelete: 'set null',
		}),
		/** SHA-256 of the secret in the first e-mail's link. */
		secretHash: blob('secret_hash', { mode: 'buffer' }).notNull(),
		/** SHA-256 of the secret in the reminder's link (both links work until one is used). */
		reminderSecretHash: blob('reminder_secret_hash', { mode: 'buffer' }),
		sentAt: integer('sent_at', { mode: 'timestamp_ms' }).notNull(),
		remindedAt: integer('reminded_at', { mode: 'timestamp_ms' }),
		used: integer('used', { mode: 'boolean' }).notNull().default(false),
	},
	(t) => [uniqueIndex('survey_invitations_registration_idx').on(t.surveyId, t.registrationId)],
);

/**
 * One submitted answer sheet: a random id and its survey, nothing that leads to a person and no
 * date (the trend across gatherings needs only the survey).
 */
export const surveyResponses = sqliteTable(
	'survey_responses',
	{
		id: text('id').primaryKey(),
		surveyId: text('survey_id')
			.notNull()
			.references(() => surveys.id, { onDelete: 'cascade' }),
	},
	(t) => [index('survey_responses_survey_idx').on(t.surveyId)],
);

/**
 * That a personal link has been used, written in the same transaction as the answer: a marker
 * HMAC(server key, invitation id), so that without the server's key (never in the database) it
 * leads to no invitation. The invitations' `used` flags are set from it apart, only for at least
 * MIN_RESPONSES people at once. WITHOUT ROWID (edited into the migration), stored in marker order.
 */
export const surveySpent = sqliteTable(
	'survey_spent',
	{
		marker: blob('marker', { mode: 'buffer' }).primaryKey(),
		surveyId: text('survey_id')
			.notNull()
			.references(() => surveys.id, { onDelete: 'cascade' }),
	},
	(t) => [index('survey_spent_survey_idx').on(t.surveyId)],
);

/**
 * One answer to one question. `item` is '' for a scale and free text; the chosen option for a
 * single or multiple choice (one row each); the grid row (programme item) for a grid.
 */
export const surveyAnswers = sqliteTable(
	'survey_answers',
	{
		responseId: text('response_id')
			.notNull()
			.references(() => surveyResponses.id, { onDelete: 'cascade' }),
		questionId: text('question_id')
			.notNull()
			.references(() => surveyQuestions.id, { onDelete: 'cascade' }),
		item: text('item').notNull().default(''),
		/** Scale and grid values, and 1 for a chosen option. */
		valueInt: integer('value_int'),
		/** The free text. */
		valueText: text('value_text'),
	},
	(t) => [
		primaryKey({ columns: [t.responseId, t.questionId, t.item] }),
		index('survey_answers_question_idx').on(t.questionId, t.item, t.valueInt),
	],
);

/**
 * The interim results coordinators see while a survey is open: recomputed only when at least
 * MIN_RESPONSES new answers have come in since the last one, so comparing two views never
 * singles out one person's answer.
 */
export const surveySnapshots = sqliteTable('survey_snapshots', {
	surveyId: text('survey_id')
		.primaryKey()
		.references(() => surveys.id, { onDelete: 'cascade' }),
	responses: integer('responses').notNull(),
	data: text('data', { mode: 'json' }).$type<unknown>().notNull(),
	takenAt: integer('taken_at', { mode: 'timestamp_ms' }).notNull(),
});
