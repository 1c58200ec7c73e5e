/**
 * `npm run db:seed` (and `npm run dev` with `--if-empty`): migrates the database and adds the demo
 * data (src/lib/demo/). With `--if-empty`, only into a database without networks and users.
 */
import { closeDb, getDb } from '#db/client.ts';
import { migrateDb } from '#db/migrate.ts';
import { SeedRefusedError, seedDemoData, seedIfEmpty } from '#lib/demo/seed.server.ts';

const onlyIfEmpty = process.argv.includes('--if-empty');
try {
	const db = await getDb();
	await migrateDb(db);
	const seeded = onlyIfEmpty ? await seedIfEmpty(db) : (await seedDemoData(db), true);
	console.log(
		seeded ? 'Demo data is in place.' : 'Database already has data; demo data not added.',
	);
} catch (error) {
	if (error instanceof SeedRefusedError) {
		console.error(error.message);
		process.exitCode = 1;
	} else throw error;
} finally {
	await closeDb();
}
