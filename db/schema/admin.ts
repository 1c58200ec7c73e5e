import { blob, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { networks } from './networks.ts';
import { users } from './users.ts';

/**
 * An admin's invitation to coordinate a network, sent by e-mail as a personal link `id.secret`;
 * only SHA-256(secret) is stored. The row is deleted when it is accepted or has expired.
 */
export const coordinatorInvitations = sqliteTable(
	'coordinator_invitations',
	{
		id: text('id').primaryKey(),
		/** The invited address, lower case. */
		email: text('email').notNull(),
		networkId: text('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		secretHash: blob('secret_hash', { mode: 'buffer' }).notNull(),
		invitedBy: text('invited_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
		expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
	},
	(t) => [index('coordinator_invitations_network_idx').on(t.networkId)],
);

/**
 * What coordinators and admins changed: who (the actor's account), what (a kind of change and the
 * id of the record it touched), when. Never a name or an address of anyone else: see
 * docs/decisions/022. Rows older than AUDIT_RETENTION_MONTHS are deleted by the background jobs.
 */
export const auditLog = sqliteTable(
	'audit_log',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		at: integer('at', { mode: 'timestamp_ms' }).notNull(),
		/** The account that made the change; null once that account is deleted, or for the system. */
		actorId: text('actor_id').references(() => users.id, { onDelete: 'set null' }),
		/** The kind of change, e.g. "gathering.cancelled" (see lib/audit/audit.ts). */
		action: text('action').notNull(),
		/** The id of the record changed (a gathering, a survey, an account, a network…). */
		subjectId: text('subject_id').notNull(),
		/** The network the change belongs to, when there is one. */
		networkId: text('network_id'),
	},
	(t) => [index('audit_log_at_idx').on(t.at)],
);
