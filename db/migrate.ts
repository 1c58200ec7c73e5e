import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { migrate } from 'drizzle-orm/libsql/migrator';
import { closeDb, getDb, type Db } from './client.ts';

/**
 * The committed migrations: beside this file when it runs from source, or under the working
 * directory when it is bundled into dist/ (the server is started from the project root).
 */
const besideThisFile = fileURLToPath(new URL('./migrations', import.meta.url));
export const MIGRATIONS_FOLDER = existsSync(besideThisFile)
	? besideThisFile
	: resolve('db/migrations');

const ATTEMPTS = 8;

/** True when the database lacks a migration from the folder (drizzle compares creation times). */
export async function migrationsPending(
	db: Db,
	migrationsFolder = MIGRATIONS_FOLDER,
): Promise<boolean> {
	const newest = Math.max(
		0,
		...readMigrationFiles({ migrationsFolder }).map((m) => m.folderMillis),
	);
	const applied = await db
		.get<{ at: number | null }>(sql`select max(created_at) as at from __drizzle_migrations`)
		.catch(() => ({ at: null }));
	return Number(applied?.at ?? 0) < newest;
}

/**
 * Applies the pending migrations. Safe when several instances start at once on one libSQL server:
 * drizzle applies all pending migrations in one transaction, so an instance that loses the race
 * ("table … already exists", or a busy database) has changed nothing; it waits a moment, looks
 * again and finds the schema up to date, or applies what is still missing.
 */
export async function migrateDb(db: Db, migrationsFolder = MIGRATIONS_FOLDER): Promise<void> {
	for (let attempt = 1; ; attempt++) {
		try {
			await migrate(db, { migrationsFolder });
			return;
		} catch (error) {
			if (!(await migrationsPending(db, migrationsFolder))) return;
			if (attempt >= ATTEMPTS) throw error;
			await new Promise((r) => setTimeout(r, 50 * attempt + Math.random() * 100));
		}
	}
}

if (import.meta.main) {
	const db = await getDb();
	await migrateDb(db);
	console.log('Database migrated.');
	await closeDb();
}
