/**
 * One instance's background jobs, as a process of its own (for tests that kill it): runs
 * startBackgroundJobs on DATABASE_URL, with SMTP_URL and KVP_JOBS_LEASE_MS from the environment.
 */
import { getDb } from '#db/client.ts';
import { startBackgroundJobs } from '#jobs/jobs.server.ts';

const db = await getDb();
startBackgroundJobs(db);
// The jobs' timers do not keep a process alive on their own; the web server does in the app.
setInterval(() => undefined, 60_000);
