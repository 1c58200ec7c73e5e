import { index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { networks, offices } from './networks.ts';
import { users } from './users.ts';

/**
 * KVP participant numbers (issue 15). Aggregate counts per NAV office and month only: no row here
 * ever names or describes a person.
 */

/** How sure a monthly figure is, as the source marks it ("anslag", "?", "juni-tal"). */
export const FIGURE_QUALITIES = ['reported', 'estimate', 'uncertain', 'other-month'] as const;
export type FigureQuality = (typeof FIGURE_QUALITIES)[number];

/** Participants in KVP at the end of a month at one office. A month without a row is missing, not zero. */
export const participantCounts = sqliteTable(
	'participant_counts',
	{
		officeId: text('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		/** The month as "YYYY-MM"; the count is at the end of it. */
		month: text('month').notNull(),
		/** Participants in all. */
		total: integer('total').notNull(),
		/** Aged 24 or younger; null when the split is not known. */
		under25: integer('under_25'),
		/** Aged 25 or older; null when the split is not known. */
		over25: integer('over_25'),
		/** Reported as is, or marked as the source marks it. */
		quality: text('quality', { enum: FIGURE_QUALITIES }).notNull().default('reported'),
		/** The source's own mark, e.g. "anslag" or "juni-tal"; empty when none. */
		note: text('note').notNull().default(''),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
		updatedBy: text('updated_by').references(() => users.id, { onDelete: 'set null' }),
	},
	(t) => [primaryKey({ columns: [t.officeId, t.month] })],
);

/** The expected monthly level of an office: a guide from the grant distribution, never a quota. */
export const expectedLevels = sqliteTable('expected_levels', {
	officeId: text('office_id')
		.primaryKey()
		.references(() => offices.id, { onDelete: 'cascade' }),
	/** Expected participants a month, e.g. 7.8. */
	level: real('level').notNull(),
	/** Tolerance either side in per cent (seed 004: ±30 %). */
	tolerancePercent: integer('tolerance_percent').notNull().default(30),
	/** The date of the figure, "YYYY-MM-DD". */
	asOf: text('as_of').notNull(),
	/** Where the figure comes from and what it is based on. */
	source: text('source').notNull(),
	updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
});

/** County or national figures a coordinator enters for context (seed 001: Vestland 699, Norway 6 818). */
export const contextFigures = sqliteTable(
	'context_figures',
	{
		id: text('id').primaryKey(),
		networkId: text('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		/** What the figure covers, e.g. "Vestland" or "Landet". */
		area: text('area').notNull(),
		/** Participants in all. */
		participants: integer('participants').notNull(),
		/** Of them aged 24 or younger, when the source gives it. */
		under25: integer('under_25'),
		/** An estimated potential, when the source gives one (seed 001: 13 600). */
		potential: integer('potential'),
		/** The date of the figure, "YYYY-MM-DD". */
		asOf: text('as_of').notNull(),
		source: text('source').notNull(),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
	},
	(t) => [index('context_figures_network_idx').on(t.networkId)],
);

/** Per network: whether the totals are public, and the coordinator's own letter templates. */
export const participantNumberSettings = sqliteTable(
	'participant_number_settings',
	{
		networkId: text('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		/** "nb" or "nn": one template per language. */
		lang: text('lang', { enum: ['nb', 'nn'] }).notNull(),
		/** The follow-up letter template with {placeholders}; empty means the built-in one. */
		letterTemplate: text('letter_template').notNull().default(''),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
	},
	(t) => [primaryKey({ columns: [t.networkId, t.lang] })],
);

/** Networks whose coordinator published the network totals (not per office) to everyone. */
export const publishedTotals = sqliteTable('published_totals', {
	networkId: text('network_id')
		.primaryKey()
		.references(() => networks.id, { onDelete: 'cascade' }),
	publishedAt: integer('published_at', { mode: 'timestamp_ms' }).notNull(),
});
