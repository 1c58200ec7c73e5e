import type { Db } from '#db/client.ts';
import { acquireLease, newHolderId, releaseLease } from '#db/lease.ts';
import { pruneAdministration } from '#lib/admin/index.server.ts';
import { pruneThrottle } from '#lib/auth/index.server.ts';
import {
	gatheringsDueReminder,
	sendReminder,
	applyRetention,
} from '#lib/gatherings/index.server.ts';
import {
	clearOldBodies,
	smtpTransport,
	startMailSender,
	type MailSenderOptions,
} from '#lib/mail/index.server.ts';
import { markUsedEverywhere } from '#lib/surveys/index.server.ts';
import { config } from '#lib/platform/config.server.ts';
import { log } from '#lib/platform/log.server.ts';

const TICK = 10 * 60 * 1000;
/** The lease that decides which instance runs the background jobs. */
export const JOBS_LEASE = 'background-jobs';

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
	if (retention.sensitiveCleared + retention.anonymised > 0)
		log.info(retention, 'personal data deleted on schedule');
	// Audit rows past twelve months and expired coordinator invitations (docs/decisions/022).
	const pruned = await pruneAdministration(db, now);
	if (pruned.auditRows + pruned.invitations > 0) log.info(pruned, 'administration rows deleted');
}

function mailSender(): Omit<MailSenderOptions, 'db'> | null {
	if (!config.smtpUrl) return null;
	return {
		transport: smtpTransport(config.smtpUrl),
		from: config.mailFrom,
		onReport: (report) => log.info(report, 'mail delivery'),
		onError: (err) => log.error({ err }, 'mail delivery failed'),
	};
}

/**
 * Work that runs beside the web server: e-mail delivery and scheduled clean-up. Every instance
 * calls this; only the one that holds the "background-jobs" lease in the database runs the work.
 * It renews the lease every third of its length; when it dies or loses the database, the lease
 * runs out and another instance takes over. Messages are claimed one by one before sending
 * (see deliverDue), so even two senders never send one message twice.
 */
export function startBackgroundJobs(db: Db): () => Promise<void> {
	const leaseMs = config.jobsLeaseMs;
	const mail = mailSender();
	const holder = newHolderId();
	let leading = false;
	let stopMail: (() => void) | null = null;
	let lastScheduled = Date.now() - TICK + 5_000;
	let beating = false;
	let stopped = false;

	const scheduled = async () => {
		lastScheduled = Date.now();
		try {
			await runScheduledWork(db);
		} catch (err) {
			log.error({ err }, 'scheduled work failed');
		}
	};

	const beat = async () => {
		if (beating || stopped) return;
		beating = true;
		try {
			const lead = await acquireLease(db, JOBS_LEASE, holder, leaseMs).catch((err: unknown) => {
				log.warn({ err }, 'background-jobs lease could not be renewed');
				return false;
			});
			if (stopped) return;
			if (lead !== leading) {
				leading = lead;
				log.info(
					{ holder },
					lead
						? 'this instance now runs the background jobs'
						: 'this instance no longer runs the background jobs',
				);
				if (lead && mail) stopMail = startMailSender({ db, ...mail });
				if (!lead && stopMail) {
					stopMail();
					stopMail = null;
				}
			}
			if (leading && Date.now() - lastScheduled >= TICK) void scheduled();
		} finally {
			beating = false;
		}
	};

	const timer = setInterval(() => void beat(), leaseMs / 3);
	timer.unref();
	void beat();
	return async () => {
		stopped = true;
		clearInterval(timer);
		stopMail?.();
		if (leading) await releaseLease(db, JOBS_LEASE, holder).catch(() => undefined);
		leading = false;
	};
}
