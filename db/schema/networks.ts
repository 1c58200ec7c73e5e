import { integer, sqliteTable, text, index } from 'drizzle-orm/sqlite-core';

/** A regional professional network run by one county governor (Statsforvaltaren). */
export const networks = sqliteTable('networks', {
	id: text('id').primaryKey(), // slug, e.g. "vestland"
	name: text('name').notNull(),
	/** The county governor's office that runs the network. */
	organiser: text('organiser').notNull(),
	createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
});

/** A NAV office that belongs to a network. */
export const offices = sqliteTable(
	'offices',
	{
		id: text('id').primaryKey(), // slug, e.g. "nav-bergen"
		networkId: text('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		/** Municipalities the office serves, as a JSON array of public names. */
		municipalities: text('municipalities', { mode: 'json' }).$type<string[]>().notNull(),
	},
	(t) => [index('offices_network_idx').on(t.networkId)],
);
