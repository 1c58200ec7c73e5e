/**
 * `npm run db:backup -- <file>`: a consistent copy of the embedded database while the server runs.
 * SQLite's VACUUM INTO reads one snapshot, so writes going on at the same time are either wholly
 * in the copy or wholly not. Restore: stop the server and put the copy where DATABASE_URL points.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { closeDb, databaseUrlFromEnv, getDb, isFileUrl } from './client.ts';

export async function backupTo(target: string): Promise<string> {
	const { url } = databaseUrlFromEnv();
	if (!isFileUrl(url)) {
		throw new Error(
			'db:backup copies the embedded SQLite file. For a libSQL server, use its own backup tooling.',
		);
	}
	const file = resolve(target);
	if (existsSync(file)) throw new Error(`${file} exists already; choose a new file name.`);
	const db = await getDb();
	await db.$client.execute({ sql: 'VACUUM INTO ?', args: [file] });
	return file;
}

if (import.meta.main) {
	const target = process.argv[2];
	if (!target) {
		console.error('Usage: npm run db:backup -- <file>');
		process.exit(1);
	}
	try {
		console.log(`Backup written to ${await backupTo(target)}`);
	} catch (error) {
		console.error(error instanceof Error ? error.message : error);
		process.exitCode = 1;
	} finally {
		await closeDb();
	}
}
