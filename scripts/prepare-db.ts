/**
 * Migrates the database and, outside production, seeds demo data into an empty one. Run by
 * `npm start` in a child process before the server starts (so the server process loads only the
 * bundled app). Prints one JSON line: { seeded, demoAccounts }.
 */
import { closeDb, getDb } from '#db/client.ts';
import { migrateDb } from '#db/migrate.ts';
import { seedIfEmpty } from '#lib/demo/seed.server.ts';
import { DEMO_ACCOUNTS } from '#lib/demo/networks.ts';

const db = await getDb();
await migrateDb(db);
const production = process.env.NODE_ENV === 'production';
const seedWanted = (process.env.SEED_DEMO_DATA ?? 'true') !== 'false';
// Several instances may start at once on one libSQL server: migrations and seeding are safe then.
const seeded = !production && seedWanted && (await seedIfEmpty(db));
const demoAccounts =
	!production &&
	(await db.query.users.findFirst({
		where: (u, { eq }) => eq(u.email, DEMO_ACCOUNTS[0]!.email),
	})) !== undefined;
await closeDb();
console.log(JSON.stringify({ seeded, demoAccounts }));
