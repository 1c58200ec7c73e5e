import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { createDb, getDb } from '#db/client.ts';
import { outbox } from '#db/schema/index.ts';
import {
	CLAIM_EXPIRY_MS,
	claimDue,
	deliverDue,
	enqueueMail,
	type MailTransport,
} from './outbox.server.ts';
import { MAX_ATTEMPTS, nextAttemptDelayMs } from './retry.ts';
import { smtpTransport } from './sender.server.ts';

interface Received {
	from: string;
	to: string[];
	raw: string;
}

describe('delivery through a real SMTP server', () => {
	const received: Received[] = [];
	let rejectNext = 0;
	let server: SMTPServer;
	let port = 0;

	beforeAll(async () => {
		server = new SMTPServer({
			authOptional: true,
			disabledCommands: ['STARTTLS'],
			logger: false,
			onData(stream, session, callback) {
				let raw = '';
				stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
				stream.on('end', () => {
					if (rejectNext > 0) {
						rejectNext--;
						const error = new Error('Mailbox temporarily unavailable') as Error & {
							responseCode: number;
						};
						error.responseCode = 451;
						return callback(error);
					}
					received.push({
						from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
						to: session.envelope.rcptTo.map((r) => r.address),
						raw,
					});
					callback();
				});
			},
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		port = (server.server.address() as AddressInfo).port;
	});

	afterAll(async () => {
		await new Promise<void>((resolve) => server.close(() => resolve()));
	});

	it('delivers queued messages with their attachments and marks them sent', async () => {
		const db = await getDb();
		const id = await enqueueMail(db, {
			to: 'mottakar@example.no',
			subject: 'Stadfesting: nettverkssamling i Bergen',
			text: 'Hei!\nDu er påmeld.',
			attachments: [
				{
					filename: 'samling.ics',
					contentType: 'text/calendar',
					content: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR',
				},
			],
			kind: 'registration-confirmation',
		});
		const report = await deliverDue(
			db,
			smtpTransport(`smtp://127.0.0.1:${port}`),
			'KVP <ikkje-svar@example.no>',
		);
		expect(report).toEqual({ sent: 1, retried: 0, failed: 0 });
		expect(received).toHaveLength(1);
		const mail = await simpleParser(received[0]!.raw);
		expect(received[0]!.to).toEqual(['mottakar@example.no']);
		expect(mail.subject).toBe('Stadfesting: nettverkssamling i Bergen');
		expect(mail.text?.trim()).toBe('Hei!\nDu er påmeld.');
		expect(mail.attachments.map((a) => a.filename)).toEqual(['samling.ics']);
		const row = await db.query.outbox.findFirst({ where: eq(outbox.id, id) });
		expect(row).toMatchObject({ status: 'sent', attempts: 1, lastError: null });
		// Nothing is sent twice.
		expect(await deliverDue(db, smtpTransport(`smtp://127.0.0.1:${port}`), 'x@example.no')).toEqual(
			{ sent: 0, retried: 0, failed: 0 },
		);
	});

	it('records a refused delivery and retries it after the back-off', async () => {
		const db = await getDb();
		const now = new Date();
		const id = await enqueueMail(
			db,
			{ to: 'seinare@example.no', subject: 'Påminning', text: 'Hugs samlinga.', kind: 'reminder' },
			now,
		);
		rejectNext = 1;
		const transport = smtpTransport(`smtp://127.0.0.1:${port}`);
		expect(await deliverDue(db, transport, 'x@example.no', now)).toEqual({
			sent: 0,
			retried: 1,
			failed: 0,
		});
		const row = await db.query.outbox.findFirst({ where: eq(outbox.id, id) });
		expect(row).toMatchObject({ status: 'pending', attempts: 1 });
		expect(row!.lastError).toContain('Mailbox temporarily unavailable');
		// Not due yet; due after the back-off.
		expect(await deliverDue(db, transport, 'x@example.no', now)).toEqual({
			sent: 0,
			retried: 0,
			failed: 0,
		});
		const later = new Date(now.getTime() + nextAttemptDelayMs(1) + 1);
		expect(await deliverDue(db, transport, 'x@example.no', later)).toEqual({
			sent: 1,
			retried: 0,
			failed: 0,
		});
		expect(received.at(-1)!.to).toEqual(['seinare@example.no']);
	});
});

describe('retries', () => {
	it('backs off exponentially and gives up after MAX_ATTEMPTS', async () => {
		expect([1, 2, 3, 4].map(nextAttemptDelayMs)).toEqual([60_000, 120_000, 240_000, 480_000]);
		expect(nextAttemptDelayMs(20)).toBe(6 * 60 * 60 * 1000);
		const db = await getDb();
		const failing: MailTransport = {
			sendMail: async () => Promise.reject(new Error('connection refused')),
		};
		let now = new Date('2026-05-01T00:00:00Z');
		const id = await enqueueMail(
			db,
			{ to: 'aldri@example.no', subject: 'x', text: 'x', kind: 'test' },
			now,
		);
		for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
			const report = await deliverDue(db, failing, 'x@example.no', now);
			expect(report).toEqual(
				attempt < MAX_ATTEMPTS
					? { sent: 0, retried: 1, failed: 0 }
					: { sent: 0, retried: 0, failed: 1 },
			);
			now = new Date(now.getTime() + nextAttemptDelayMs(attempt));
		}
		const row = await db.query.outbox.findFirst({ where: eq(outbox.id, id) });
		expect(row).toMatchObject({
			status: 'failed',
			attempts: MAX_ATTEMPTS,
			lastError: 'connection refused',
		});
	});
});

describe('several senders', () => {
	it('never send a message twice, however many run at once', async () => {
		const db = await getDb();
		// Two senders with connections of their own, as two instances would have.
		const [a, b] = [
			await createDb(process.env.DATABASE_URL!),
			await createDb(process.env.DATABASE_URL!),
		];
		const now = new Date(Date.now() + 365 * 86_400_000);
		const addresses = Array.from({ length: 30 }, (_, i) => `samtidig-${i}@example.no`);
		for (const to of addresses)
			await enqueueMail(db, { to, subject: 'Stadfesting', text: 'Hei', kind: 'test' }, now);
		const delivered: string[] = [];
		const slowTransport: MailTransport = {
			sendMail: async (message) => {
				await new Promise((r) => setTimeout(r, 2));
				delivered.push(message.to);
			},
		};
		const reports = await Promise.all(
			[a, b, a, b].map((sender) => deliverDue(sender, slowTransport, 'x@example.no', now, 10)),
		);
		const more = await Promise.all(
			[a, b].map((sender) => deliverDue(sender, slowTransport, 'x@example.no', now, 50)),
		);
		const mine = delivered.filter((to) => to.startsWith('samtidig-'));
		expect(mine.sort()).toEqual([...addresses].sort());
		expect([...reports, ...more].reduce((n, r) => n + r.sent, 0)).toBe(delivered.length);
		const rows = await db.query.outbox.findMany({ where: eq(outbox.subject, 'Stadfesting') });
		expect(
			rows.every((r) => r.status === 'sent' && r.attempts === 1 && r.claimToken === null),
		).toBe(true);
		a.$client.close();
		b.$client.close();
	});

	it('leaves a message claimed by a sender that died alone until the claim expires, then sends it', async () => {
		const db = await getDb();
		const now = new Date(Date.now() + 2 * 365 * 86_400_000);
		const id = await enqueueMail(
			db,
			{ to: 'forlaten@example.no', subject: 'Forlaten', text: 'Hei', kind: 'test' },
			now,
		);
		// A sender took it and died before sending.
		expect((await claimDue(db, 'dod-sendar', now)).map((m) => m.id)).toContain(id);
		const delivered: string[] = [];
		const transport: MailTransport = {
			sendMail: async (message) => void delivered.push(message.to),
		};
		await deliverDue(db, transport, 'x@example.no', new Date(now.getTime() + CLAIM_EXPIRY_MS - 1));
		expect(delivered).not.toContain('forlaten@example.no');
		await deliverDue(db, transport, 'x@example.no', new Date(now.getTime() + CLAIM_EXPIRY_MS + 1));
		expect(delivered.filter((to) => to === 'forlaten@example.no')).toHaveLength(1);
		expect(await db.query.outbox.findFirst({ where: eq(outbox.id, id) })).toMatchObject({
			status: 'sent',
			claimToken: null,
		});
	});
});
