/**
 * One instance's background jobs, as a process of its own (for tests that kill it): runs
 * startBackgroundJobs on DATABASE_URL and prints {"leading":true|false} when that changes.
 */
import { getDb } from '../../db/client.ts';
import { startBackgroundJobs } from '../../src/lib/platform/jobs.server.ts';

const db = await getDb();
startBackgroundJobs(db, { onLeadChange: (leading) => console.log(JSON.stringify({ leading, pid: process.pid })) });
// The jobs' timers do not keep a process alive on their own; the web server does in the app.
setInterval(() => undefined, 60_000);
