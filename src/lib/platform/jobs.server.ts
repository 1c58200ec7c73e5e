import type { Db } from '#db/client.ts';
import { pruneThrottle } from '../auth/throttle.server.ts';
import { smtpTransport, startMailSender } from '../mail/sender.server.ts';
import { config } from './config.server.ts';
import { log } from './log.server.ts';

const HOUR = 60 * 60 * 1000;

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
	const cleanUp = async () => {
		try {
			await pruneThrottle(db);
		} catch (err) {
			log.error({ err }, 'scheduled clean-up failed');
		}
	};
	const timer = setInterval(cleanUp, HOUR);
	timer.unref();
	stops.push(() => clearInterval(timer));
	return () => stops.forEach((stop) => stop());
}
