import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export interface OutboxAttachment {
	filename: string;
	contentType: string;
	/** UTF-8 text content (calendar files, CSV). */
	content: string;
}

/** Every e-mail is written here first; a sender delivers it by SMTP when one is configured. */
export const outbox = sqliteTable(
	'outbox',
	{
		id: text('id').primaryKey(),
		to: text('to_address').notNull(),
		subject: text('subject').notNull(),
		text: text('text_body').notNull(),
		html: text('html_body'),
		attachments: text('attachments', { mode: 'json' }).$type<OutboxAttachment[]>().notNull(),
		/** What kind of message this is, e.g. "password-reset"; used for filtering in the mailbox. */
		kind: text('kind').notNull(),
		/** The gathering a message is about, so its copies are deleted with the gathering's personal data. */
		gatheringId: text('gathering_id'),
		status: text('status', { enum: ['pending', 'sent', 'failed'] }).notNull(),
		attempts: integer('attempts').notNull().default(0),
		nextAttemptAt: integer('next_attempt_at', { mode: 'timestamp_ms' }).notNull(),
		lastError: text('last_error'),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
		sentAt: integer('sent_at', { mode: 'timestamp_ms' }),
		/** Set by the sender that took the message for delivery, so no other sender sends it too. */
		claimToken: text('claim_token'),
		/** When it was taken; a claim older than the outbox's claim expiry counts as abandoned. */
		claimedAt: integer('claimed_at', { mode: 'timestamp_ms' }),
	},
	(t) => [
		index('outbox_due_idx').on(t.status, t.nextAttemptAt),
		index('outbox_gathering_idx').on(t.gatheringId),
		index('outbox_to_idx').on(t.to),
	],
);
