import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Work that must run on one instance at a time (background jobs, seeding demo data) is done by
 * whoever holds its lease. The holder renews it; when the holder dies, the lease runs out and
 * another instance takes it over. Times are the database server's, so instances' clocks do not matter.
 */
export const leases = sqliteTable('leases', {
	/** What the lease is for, e.g. "background-jobs". */
	name: text('name').primaryKey(),
	/** A random id of the process that holds it. */
	holder: text('holder').notNull(),
	/** Until when the holder has it, in milliseconds since 1970 by the database's clock. */
	expiresAt: integer('expires_at').notNull(),
	/** When the current holder took it (same clock). */
	acquiredAt: integer('acquired_at').notNull(),
});
