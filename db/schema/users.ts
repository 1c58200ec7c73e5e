import { blob, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { networks, offices } from './networks.ts';

export const users = sqliteTable('users', {
	id: text('id').primaryKey(),
	/** Always stored in lower case. */
	email: text('email').notNull().unique(),
	name: text('name').notNull(),
	/** Free text when the person works outside a listed NAV office. */
	organisation: text('organisation').notNull(),
	officeId: text('office_id').references(() => offices.id, { onDelete: 'set null' }),
	passwordHash: text('password_hash').notNull(),
	isAdmin: integer('is_admin', { mode: 'boolean' }).notNull().default(false),
	/**
	 * True from sign-up until the link mailed to the address is followed: such an account cannot log
	 * in, so signing up tells nobody whether an address already had an account.
	 */
	emailPending: integer('email_pending', { mode: 'boolean' }).notNull().default(false),
	/** Set when an admin deactivates the account: it cannot log in and its sessions are ended. */
	deactivatedAt: integer('deactivated_at', { mode: 'timestamp_ms' }),
	createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
});

/** Coordinator rights: a user coordinates one network per row. */
export const networkCoordinators = sqliteTable(
	'network_coordinators',
	{
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		networkId: text('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		grantedBy: text('granted_by').references(() => users.id, { onDelete: 'set null' }),
		grantedAt: integer('granted_at', { mode: 'timestamp_ms' }).notNull(),
	},
	(t) => [primaryKey({ columns: [t.userId, t.networkId] })],
);

/** Lucia-style session: the token is `id.secret`; only SHA-256(secret) is stored. */
export const sessions = sqliteTable(
	'sessions',
	{
		id: text('id').primaryKey(),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		secretHash: blob('secret_hash', { mode: 'buffer' }).notNull(),
		lastVerifiedAt: integer('last_verified_at', { mode: 'timestamp_ms' }).notNull(),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
	},
	(t) => [index('sessions_user_idx').on(t.userId)],
);

/** Single-use password reset links; only a hash of the token is stored. */
export const passwordResets = sqliteTable(
	'password_resets',
	{
		id: text('id').primaryKey(),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		secretHash: blob('secret_hash', { mode: 'buffer' }).notNull(),
		expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
		usedAt: integer('used_at', { mode: 'timestamp_ms' }),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
	},
	(t) => [index('password_resets_user_idx').on(t.userId)],
);

/**
 * Failed-login counters used to slow down guessing. `key` is "email:<address>" or "ip:<address>".
 * Rows are removed after a successful login and pruned when stale.
 */
export const loginThrottle = sqliteTable('login_throttle', {
	key: text('key').primaryKey(),
	failures: integer('failures').notNull(),
	lastFailureAt: integer('last_failure_at', { mode: 'timestamp_ms' }).notNull(),
	lockedUntil: integer('locked_until', { mode: 'timestamp_ms' }),
});
