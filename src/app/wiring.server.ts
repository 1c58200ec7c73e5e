/**
 * The one place where the app is put together above the features: which feature reacts to which
 * other feature's hooks, and the background jobs that start on the first open of the database.
 * src/middleware.ts calls wireApp() when the server loads it; tests call wireFeatures() (from
 * tests/setup/wiring.ts), and so must any script that registers people outside the app.
 */
import { startJobsUnlessOff } from '#jobs/start.server.ts';
import { registrationHooks } from '#lib/gatherings/index.server.ts';
import { whenDatabaseOpens } from '#lib/platform/db.server.ts';
import { preEventInvitations } from '#lib/surveys/index.server.ts';

let featuresWired = false;
let appWired = false;

/** The features' subscriptions to each other's hooks; safe to call more than once. */
export function wireFeatures(): void {
	if (featuresWired) return;
	featuresWired = true;
	// Someone registers: the pre-event survey, when the gathering has one open, goes with the confirmation.
	registrationHooks.onRegistered(preEventInvitations);
}

/** Everything the running app needs wired; safe to call more than once. */
export function wireApp(): void {
	if (appWired) return;
	appWired = true;
	wireFeatures();
	whenDatabaseOpens(startJobsUnlessOff);
}
