import { sql } from 'drizzle-orm';
import { getDb, type Db } from '#db/client.ts';
import { migrateDb } from '#db/migrate.ts';

let ready: Promise<Db> | undefined;
let opened: Db | undefined;
const openers: ((db: Db) => void)[] = [];

/**
 * Runs `start` once the database has been opened and migrated (at once when it already has).
 * The app's entry uses it to start the background jobs (src/jobs/), which live above platform.
 */
export function whenDatabaseOpens(start: (db: Db) => void): void {
	openers.push(start);
	if (opened) start(opened);
}

/**
 * The database, migrated once per process before first use. Every page, action and job goes
 * through this, so a server started by any route gets an up-to-date schema. The first successful
 * open runs what was handed to whenDatabaseOpens (the background jobs, src/app/wiring.server.ts).
 */
export function database(): Promise<Db> {
	if (!ready) {
		ready = (async () => {
			const db = await getDb();
			await migrateDb(db);
			opened = db;
			for (const start of openers) start(db);
			return db;
		})();
		ready.catch(() => {
			ready = undefined;
		});
	}
	return ready;
}

/** True when the database answers a trivial query within `timeoutMs`. */
export async function databaseReachable(timeoutMs = 2_000): Promise<boolean> {
	const probe = (async () => {
		const db = await database();
		await db.run(sql`select 1`);
		return true;
	})();
	const timeout = new Promise<boolean>((resolve) =>
		setTimeout(() => resolve(false), timeoutMs).unref(),
	);
	return Promise.race([probe, timeout]).catch(() => false);
}
