/**
 * The one place where the app is put together above the features: the background jobs start on
 * the first open of the database. src/middleware.ts calls wireApp() when the server loads it.
 */
import { startJobsUnlessOff } from '#jobs/start.server.ts';
import { whenDatabaseOpens } from '#lib/platform/db.server.ts';

let appWired = false;

/** Everything the running app needs wired; safe to call more than once. */
export function wireApp(): void {
	if (appWired) return;
	appWired = true;
	whenDatabaseOpens(startJobsUnlessOff);
}
