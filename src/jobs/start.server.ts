import type { Db } from '#db/client.ts';
import { startBackgroundJobs } from './jobs.server.ts';

/**
 * Starts this instance's background jobs on the app's database, unless KVP_BACKGROUND_JOBS=off.
 * Handed to whenDatabaseOpens by src/app/wiring.server.ts, so the first open of the database
 * starts them, as before.
 */
export function startJobsUnlessOff(db: Db): void {
	if (process.env.KVP_BACKGROUND_JOBS !== 'off') startBackgroundJobs(db);
}
