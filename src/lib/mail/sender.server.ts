import nodemailer from 'nodemailer';
import type { Db } from '#db/client.ts';
import { deliverDue, type DeliveryReport, type MailTransport } from './outbox.server.ts';

export function smtpTransport(smtpUrl: string): MailTransport {
	return nodemailer.createTransport(smtpUrl);
}

export interface MailSenderOptions {
	db: Db;
	transport: MailTransport;
	from: string;
	intervalMs?: number;
	onReport?: (report: DeliveryReport) => void;
	onError?: (error: unknown) => void;
}

/**
 * Delivers due messages every `intervalMs` until stopped. Runs in the instance that holds the
 * background-jobs lease when SMTP_URL is set; without it the messages stay in the outbox.
 */
export function startMailSender(options: MailSenderOptions): () => void {
	let running = false;
	const tick = async () => {
		if (running) return;
		running = true;
		try {
			const report = await deliverDue(options.db, options.transport, options.from);
			if (report.sent + report.retried + report.failed > 0) options.onReport?.(report);
		} catch (error) {
			options.onError?.(error);
		} finally {
			running = false;
		}
	};
	const timer = setInterval(tick, options.intervalMs ?? 10_000);
	timer.unref();
	void tick();
	return () => clearInterval(timer);
}
