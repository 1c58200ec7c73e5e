import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { closeDb, createDb } from '../../db/client.ts';
import { migrateDb } from '../../db/migrate.ts';

export const TEST_DB_DIR = resolve('tests/.db');
export const BASE_DB = resolve(TEST_DB_DIR, 'base.db');

/** Migrates one base database file per run; each worker copies it (see db.ts). */
export default async function globalSetup(): Promise<() => void> {
	rmSync(TEST_DB_DIR, { recursive: true, force: true });
	mkdirSync(TEST_DB_DIR, { recursive: true });
	const db = await createDb(`file:${BASE_DB}`);
	await migrateDb(db);
	// Fold the WAL into the main file so a plain file copy carries the whole schema.
	await db.$client.execute('PRAGMA wal_checkpoint(TRUNCATE)');
	db.$client.close();
	await closeDb();
	return () => rmSync(TEST_DB_DIR, { recursive: true, force: true });
}
