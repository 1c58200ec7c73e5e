import { and, asc, desc, eq, inArray, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { outbox, type OutboxAttachment } from '#db/schema/index.ts';
import { randomId } from '#lib/platform/tokens.ts';
import { REDACTED, redactSecrets } from '#lib/platform/redact.mjs';
import { nextAttemptDelayMs, MAX_ATTEMPTS } from './retry.ts';

export interface NewMessage {
	to: string;
	subject: string;
	text: string;
	html?: string | undefined;
	attachments?: OutboxAttachment[];
	kind: string;
	/** The gathering the message is about (deleted with its personal data); none for account mail. */
	gatheringId?: string | null;
}

export type OutboxMessage = typeof outbox.$inferSelect;

/** Every e-mail goes into the outbox first; the sender delivers it when SMTP is configured. */
export async function enqueueMail(
	db: Pick<Db, 'insert'>,
	message: NewMessage,
	now = new Date(),
): Promise<string> {
	const id = randomId();
	await db.insert(outbox).values({
		id,
		to: message.to,
		subject: message.subject,
		text: message.text,
		html: message.html ?? null,
		attachments: message.attachments ?? [],
		kind: message.kind,
		gatheringId: message.gatheringId ?? null,
		status: 'pending',
		attempts: 0,
		nextAttemptAt: now,
		createdAt: now,
	});
	return id;
}

/** Several messages in one insert (used when a batch of registrations is written together). */
export async function enqueueMails(
	db: Pick<Db, 'insert'>,
	messages: NewMessage[],
	now = new Date(),
): Promise<void> {
	await db.insert(outbox).values(
		messages.map((message) => ({
			id: randomId(),
			to: message.to,
			subject: message.subject,
			text: message.text,
			html: message.html ?? null,
			attachments: message.attachments ?? [],
			kind: message.kind,
			gatheringId: message.gatheringId ?? null,
			status: 'pending' as const,
			attempts: 0,
			nextAttemptAt: now,
			createdAt: now,
		})),
	);
}

/** The newest messages first, for the admin mailbox. */
export async function listOutbox(
	db: Db,
	options: { limit?: number; to?: string } = {},
): Promise<OutboxMessage[]> {
	return db.query.outbox.findMany({
		where: options.to ? eq(outbox.to, options.to.toLowerCase()) : undefined,
		orderBy: [desc(outbox.createdAt), desc(outbox.id)],
		limit: options.limit ?? 100,
	});
}

export async function getOutboxMessage(db: Db, id: string): Promise<OutboxMessage | undefined> {
	return db.query.outbox.findFirst({ where: eq(outbox.id, id) });
}

export async function outboxCounts(db: Db): Promise<Record<'pending' | 'sent' | 'failed', number>> {
	const rows = await db
		.select({ status: outbox.status, n: sql<number>`count(*)` })
		.from(outbox)
		.groupBy(outbox.status);
	const counts = { pending: 0, sent: 0, failed: 0 };
	for (const row of rows) counts[row.status] = Number(row.n);
	return counts;
}

/** Days a delivered (or finally failed) message's body is kept for troubleshooting; then only the envelope. */
export const OUTBOX_BODY_DAYS = 7;

/**
 * The body with every personal link's token replaced (docs/decisions/009). Stored so from the
 * moment the mail server has taken the message: the outbox is not a store of usable links.
 */
function maskedBody(
	message: Pick<OutboxMessage, 'text' | 'html' | 'attachments'>,
): Pick<OutboxMessage, 'text' | 'html' | 'attachments'> {
	return {
		text: redactSecrets(message.text),
		html: message.html === null ? null : redactSecrets(message.html),
		attachments: message.attachments.map((a) => ({ ...a, content: redactSecrets(a.content) })),
	};
}

/**
 * A message as an admin may read it: links masked, except while it waits in an outbox with no
 * SMTP server, where the admin reading it is how it reaches its recipient.
 */
export function readableMessage(
	message: OutboxMessage,
	smtpConfigured: boolean,
): OutboxMessage & { bodyCleared: boolean; linksHidden: boolean } {
	const bodyCleared = message.status !== 'pending' && message.text === '' && message.html === null;
	if (message.status === 'pending' && !smtpConfigured)
		return { ...message, bodyCleared, linksHidden: false };
	const masked = { ...message, ...maskedBody(message) };
	// Masked now, or already when it was delivered.
	return {
		...masked,
		bodyCleared,
		linksHidden: masked.text.includes(REDACTED) || Boolean(masked.html?.includes(REDACTED)),
	};
}

/**
 * Deletes the bodies (text, HTML, attachments) of messages delivered or finally failed more than
 * OUTBOX_BODY_DAYS ago, keeping the envelope (to, subject, kind, status, times). Returns how many.
 */
export async function clearOldBodies(db: Db, now = new Date()): Promise<number> {
	const cutoff = new Date(now.getTime() - OUTBOX_BODY_DAYS * 24 * 60 * 60 * 1000);
	const cleared = await db
		.update(outbox)
		.set({ text: '', html: null, attachments: [] })
		.where(
			and(
				inArray(outbox.status, ['sent', 'failed']),
				lt(sql`coalesce(${outbox.sentAt}, ${outbox.nextAttemptAt})`, cutoff.getTime()),
				sql`(${outbox.text} != '' or ${outbox.html} is not null or ${outbox.attachments} != '[]')`,
			),
		)
		.returning({ id: outbox.id });
	return cleared.length;
}

/** What actually sends a message: nodemailer in production, anything with this shape in tests. */
export interface MailTransport {
	sendMail(message: {
		from: string;
		to: string;
		subject: string;
		text: string;
		html?: string;
		attachments?: { filename: string; contentType: string; content: string }[];
	}): Promise<unknown>;
}

export interface DeliveryReport {
	sent: number;
	retried: number;
	failed: number;
}

/** A claim older than this is taken to be abandoned (its sender died mid-delivery) and may be taken again. */
export const CLAIM_EXPIRY_MS = 10 * 60 * 1000;

/**
 * Takes up to `limit` due messages for this sender in one statement: they get this sender's claim
 * token, so a second sender (another instance, or a lease that changed hands mid-delivery) never
 * takes them too. Returns the claimed messages, oldest due first.
 */
export async function claimDue(
	db: Db,
	claimToken: string,
	now = new Date(),
	limit = 50,
): Promise<OutboxMessage[]> {
	const due = db
		.select({ id: outbox.id })
		.from(outbox)
		.where(
			and(
				eq(outbox.status, 'pending'),
				lte(outbox.nextAttemptAt, now),
				or(
					isNull(outbox.claimedAt),
					lt(outbox.claimedAt, new Date(now.getTime() - CLAIM_EXPIRY_MS)),
				),
			),
		)
		.orderBy(asc(outbox.nextAttemptAt))
		.limit(limit);
	const claimed = await db
		.update(outbox)
		.set({ claimToken, claimedAt: now })
		.where(inArray(outbox.id, due))
		.returning();
	return claimed.sort((a, b) => a.nextAttemptAt.getTime() - b.nextAttemptAt.getTime());
}

/**
 * Delivers the messages that are due, each claimed first (claimDue) so that no message goes out
 * twice however many senders run. A failure is recorded and retried with exponential back-off;
 * after MAX_ATTEMPTS the message is marked failed and kept for an admin to see. A sender that
 * dies between sending and recording leaves its claim; after CLAIM_EXPIRY_MS the message is
 * sent again (the only case where one can arrive twice).
 */
export async function deliverDue(
	db: Db,
	transport: MailTransport,
	from: string,
	now = new Date(),
	batchSize = 50,
): Promise<DeliveryReport> {
	const claimToken = randomId();
	const due = await claimDue(db, claimToken, now, batchSize);
	const mine = (id: string) => and(eq(outbox.id, id), eq(outbox.claimToken, claimToken));
	const report: DeliveryReport = { sent: 0, retried: 0, failed: 0 };
	for (const message of due) {
		try {
			await transport.sendMail({
				from,
				to: message.to,
				subject: message.subject,
				text: message.text,
				...(message.html ? { html: message.html } : {}),
				attachments: message.attachments,
			});
			// Handed over: from now on the stored body holds no usable link.
			await db
				.update(outbox)
				.set({
					status: 'sent',
					sentAt: new Date(),
					attempts: message.attempts + 1,
					lastError: null,
					claimToken: null,
					claimedAt: null,
					...maskedBody(message),
				})
				.where(mine(message.id));
			report.sent++;
		} catch (error) {
			const attempts = message.attempts + 1;
			const failed = attempts >= MAX_ATTEMPTS;
			await db
				.update(outbox)
				.set({
					attempts,
					status: failed ? 'failed' : 'pending',
					lastError: error instanceof Error ? error.message.slice(0, 500) : String(error),
					nextAttemptAt: new Date(now.getTime() + nextAttemptDelayMs(attempts)),
					claimToken: null,
					claimedAt: null,
				})
				.where(mine(message.id));
			if (failed) report.failed++;
			else report.retried++;
		}
	}
	return report;
}
