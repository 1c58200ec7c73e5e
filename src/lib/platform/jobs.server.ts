import type { Db } from '#db/client.ts';
import { pruneThrottle } from '../auth/throttle.server.ts';
import { gatheringsDueReminder } from '../gatherings/gatherings.server.ts';
import { sendReminder } from '../gatherings/participants.server.ts';
import { applyRetention } from '../gatherings/privacy.server.ts';
import { clearOldBodies } from '../mail/outbox.server.ts';
import { smtpTransport, startMailSender } from '../mail/sender.server.ts';
import { markUsedEverywhere } from '../surveys/spent.server.ts';
import { config } from './config.server.ts';
import { log } from './log.server.ts';

const TICK = 10 * 60 * 1000;

/** Reminders that are due, and the scheduled deletion of personal data. Safe to run often. */
export async function runScheduledWork(db: Db, now = new Date()): Promise<void> {
	await pruneThrottle(db, now);
	for (const g of await gatheringsDueReminder(db, now)) {
		const sent = await sendReminder(db, g.id, config.publicOrigin, now);
		log.info({ gatheringId: g.id, sent }, 'reminders queued');
	}
	// Delivered e-mail keeps its (masked) body for a week, then only the envelope.
	await clearOldBodies(db, now);
	// Survey links used before a restart, whose flags were still waiting for a group of five.
	await markUsedEverywhere(db);
	const retention = await applyRetention(db, now, config.retentionMonths);
	if (retention.sensitiveCleared + retention.anonymised > 0) log.info(retention, 'personal data deleted on schedule');
}

/** Work that runs beside the web server: e-mail delivery and scheduled clean-up. */
export function startBackgroundJobs(db: Db): () => void {
	const stops: (() => void)[] = [];
	if (config.smtpUrl) {
		stops.push(
			startMailSender({
				db,
				transport: smtpTransport(config.smtpUrl),
				from: config.mailFrom,
				onReport: (report) => log.info(report, 'mail delivery'),
				onError: (err) => log.error({ err }, 'mail delivery failed'),
			}),
		);
	}
	const tick = async () => {
		try {
			await runScheduledWork(db);
		} catch (err) {
			log.error({ err }, 'scheduled work failed');
		}
	};
	const timer = setInterval(tick, TICK);
	timer.unref();
	setTimeout(tick, 5_000).unref();
	stops.push(() => clearInterval(timer));
	return () => stops.forEach((stop) => stop());
}
