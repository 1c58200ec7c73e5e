import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate } from 'drizzle-orm/libsql/migrator';
import { closeDb, getDb, type Db } from './client.ts';

/**
 * The committed migrations: beside this file when it runs from source, or under the working
 * directory when it is bundled into dist/ (the server is started from the project root).
 */
const besideThisFile = fileURLToPath(new URL('./migrations', import.meta.url));
export const MIGRATIONS_FOLDER = existsSync(besideThisFile) ? besideThisFile : resolve('db/migrations');

export async function migrateDb(db: Db, migrationsFolder = MIGRATIONS_FOLDER): Promise<void> {
	await migrate(db, { migrationsFolder });
}

if (import.meta.main) {
	const db = await getDb();
	await migrateDb(db);
	console.log('Database migrated.');
	await closeDb();
}
