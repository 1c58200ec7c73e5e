import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { closeDb, createDb } from '#db/client.ts';
import { migrateDb } from '#db/migrate.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		testDbDir: string;
	}
}

/**
 * Migrates one base database per run, in a folder of its own (so two runs at once do not meet);
 * each test file copies it (see db.ts).
 */
export default async function globalSetup(project: TestProject): Promise<() => void> {
	const root = resolve('tests/.db');
	mkdirSync(root, { recursive: true });
	const dir = mkdtempSync(resolve(root, 'run-'));
	const db = await createDb(`file:${resolve(dir, 'base.db')}`);
	await migrateDb(db);
	// Fold the WAL into the main file so a plain file copy carries the whole schema.
	await db.$client.execute('PRAGMA wal_checkpoint(TRUNCATE)');
	db.$client.close();
	await closeDb();
	project.provide('testDbDir', dir);
	return () => rmSync(dir, { recursive: true, force: true });
}
