import { blob, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { networks, offices } from './networks.ts';
import { users } from './users.ts';

export const GATHERING_STATUSES = ['draft', 'published', 'cancelled'] as const;
export const PROGRAMME_KINDS = [
	'talk',
	'group-work',
	'plenum',
	'break',
	'meal',
	'evaluation',
	'other',
] as const;
export const REGISTRATION_STATUSES = ['confirmed', 'waitlisted', 'cancelled'] as const;

/** A one-day network gathering. Times are instants; the form works in Europe/Oslo local time. */
export const gatherings = sqliteTable(
	'gatherings',
	{
		id: text('id').primaryKey(),
		networkId: text('network_id')
			.notNull()
			.references(() => networks.id),
		title: text('title').notNull(),
		/** Markdown, sanitised when shown. */
		description: text('description').notNull(),
		/** The language title, description and programme are written in. */
		language: text('language', { enum: ['nb', 'nn'] })
			.notNull()
			.default('nb'),
		/** Title and description in the other language, optional: without them that language shows these with a notice. */
		titleTranslation: text('title_translation'),
		descriptionTranslation: text('description_translation'),
		goals: text('goals', { mode: 'json' }).$type<string[]>().notNull(),
		/** The day in Norway, YYYY-MM-DD. */
		date: text('date').notNull(),
		startsAt: integer('starts_at', { mode: 'timestamp_ms' }).notNull(),
		endsAt: integer('ends_at', { mode: 'timestamp_ms' }).notNull(),
		venueName: text('venue_name').notNull(),
		venueAddress: text('venue_address').notNull(),
		venueTown: text('venue_town').notNull(),
		capacity: integer('capacity').notNull(),
		registrationOpensAt: integer('registration_opens_at', { mode: 'timestamp_ms' }).notNull(),
		registrationClosesAt: integer('registration_closes_at', { mode: 'timestamp_ms' }).notNull(),
		lunchServed: integer('lunch_served', { mode: 'boolean' }).notNull(),
		/** Days before the gathering the reminder e-mail goes out. */
		reminderDays: integer('reminder_days').notNull().default(3),
		status: text('status', { enum: GATHERING_STATUSES }).notNull(),
		reminderSentAt: integer('reminder_sent_at', { mode: 'timestamp_ms' }),
		/** Questions can be sent in until this time (null: until the gathering starts). */
		questionsDeadline: integer('questions_deadline', { mode: 'timestamp_ms' }),
		/** When diet, allergy and accessibility answers were deleted (14 days after). */
		sensitiveDeletedAt: integer('sensitive_deleted_at', { mode: 'timestamp_ms' }),
		/** When names and e-mails were anonymised (the retention period after). */
		anonymisedAt: integer('anonymised_at', { mode: 'timestamp_ms' }),
		createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
	},
	(t) => [index('gatherings_network_idx').on(t.networkId, t.startsAt)],
);

export const programmeItems = sqliteTable(
	'programme_items',
	{
		id: text('id').primaryKey(),
		gatheringId: text('gathering_id')
			.notNull()
			.references(() => gatherings.id, { onDelete: 'cascade' }),
		/** Local time "HH:MM" on the gathering's day. */
		startTime: text('start_time').notNull(),
		endTime: text('end_time').notNull(),
		title: text('title').notNull(),
		kind: text('kind', { enum: PROGRAMME_KINDS }).notNull(),
		/** A role, never a person's name, e.g. "rådgjevar". */
		presenterRole: text('presenter_role').notNull().default(''),
		presenterOrganisation: text('presenter_organisation').notNull().default(''),
		/** The title in the gathering's other language (see gatherings.language), optional. */
		titleTranslation: text('title_translation'),
		/** Where the presenter's question dossier is e-mailed; never shown publicly. */
		presenterEmail: text('presenter_email'),
		description: text('description').notNull().default(''),
	},
	(t) => [index('programme_items_gathering_idx').on(t.gatheringId, t.startTime)],
);

export const registrations = sqliteTable(
	'registrations',
	{
		id: text('id').primaryKey(),
		/** Order in which the server accepted registrations; the waiting list follows it. */
		seq: integer('seq').notNull(),
		gatheringId: text('gathering_id')
			.notNull()
			.references(() => gatherings.id, { onDelete: 'cascade' }),
		userId: text('user_id').references(() => users.id, { onDelete: 'set null' }),
		status: text('status', { enum: REGISTRATION_STATUSES }).notNull(),
		/** Lower case; replaced by an anonymous marker after the retention period. */
		email: text('email').notNull(),
		name: text('name').notNull(),
		organisation: text('organisation').notNull(),
		officeId: text('office_id').references(() => offices.id, { onDelete: 'set null' }),
		jobRole: text('job_role').notNull(),
		lunch: integer('lunch', { mode: 'boolean' }).notNull(),
		/** Deleted 14 days after the gathering. */
		diet: text('diet'),
		accessibility: text('accessibility'),
		language: text('language', { enum: ['nb', 'nn'] }).notNull(),
		/** SHA-256 of the manage link's secret; null once anonymised. */
		manageSecretHash: blob('manage_secret_hash', { mode: 'buffer' }),
		consentedAt: integer('consented_at', { mode: 'timestamp_ms' }).notNull(),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
		promotedAt: integer('promoted_at', { mode: 'timestamp_ms' }),
		cancelledAt: integer('cancelled_at', { mode: 'timestamp_ms' }),
		attendedAt: integer('attended_at', { mode: 'timestamp_ms' }),
		anonymised: integer('anonymised', { mode: 'boolean' }).notNull().default(false),
	},
	(t) => [
		uniqueIndex('registrations_gathering_email_idx').on(t.gatheringId, t.email),
		uniqueIndex('registrations_gathering_seq_idx').on(t.gatheringId, t.seq),
		index('registrations_status_idx').on(t.gatheringId, t.status, t.seq),
	],
);

/** Slides and handouts uploaded after the day, stored in the database so backups hold them too. */
export const presentations = sqliteTable(
	'presentations',
	{
		id: text('id').primaryKey(),
		gatheringId: text('gathering_id')
			.notNull()
			.references(() => gatherings.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		filename: text('filename').notNull(),
		contentType: text('content_type').notNull(),
		size: integer('size').notNull(),
		data: blob('data', { mode: 'buffer' }).notNull(),
		uploadedAt: integer('uploaded_at', { mode: 'timestamp_ms' }).notNull(),
	},
	(t) => [index('presentations_gathering_idx').on(t.gatheringId)],
);
