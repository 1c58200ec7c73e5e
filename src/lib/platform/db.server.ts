import { sql } from 'drizzle-orm';
import { getDb, type Db } from '#db/client.ts';
import { migrateDb } from '#db/migrate.ts';
import { startBackgroundJobs } from './jobs.server.ts';

let ready: Promise<Db> | undefined;

/**
 * The database, migrated once per process before first use. Every page, action and job goes
 * through this, so a server started by any route gets an up-to-date schema. The first successful
 * open also starts the background jobs (KVP_BACKGROUND_JOBS=off turns them off).
 */
export function database(): Promise<Db> {
	if (!ready) {
		ready = (async () => {
			const db = await getDb();
			await migrateDb(db);
			if (process.env.KVP_BACKGROUND_JOBS !== 'off') startBackgroundJobs(db);
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
