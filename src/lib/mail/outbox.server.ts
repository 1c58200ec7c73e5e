import { and, asc, desc, eq, lte, sql } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { outbox, type OutboxAttachment } from '#db/schema/index.ts';
import { randomId } from '../auth/tokens.ts';
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
export async function enqueueMail(db: Pick<Db, 'insert'>, message: NewMessage, now = new Date()): Promise<string> {
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
export async function enqueueMails(db: Pick<Db, 'insert'>, messages: NewMessage[], now = new Date()): Promise<void> {
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

/**
 * Delivers the messages that are due. A failure is recorded and retried with exponential
 * back-off; after MAX_ATTEMPTS the message is marked failed and kept for an admin to see.
 */
export async function deliverDue(
	db: Db,
	transport: MailTransport,
	from: string,
	now = new Date(),
	batchSize = 50,
): Promise<DeliveryReport> {
	const due = await db.query.outbox.findMany({
		where: and(eq(outbox.status, 'pending'), lte(outbox.nextAttemptAt, now)),
		orderBy: [asc(outbox.nextAttemptAt)],
		limit: batchSize,
	});
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
			await db
				.update(outbox)
				.set({ status: 'sent', sentAt: new Date(), attempts: message.attempts + 1, lastError: null })
				.where(eq(outbox.id, message.id));
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
				})
				.where(eq(outbox.id, message.id));
			if (failed) report.failed++;
			else report.retried++;
		}
	}
	return report;
}

