import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createClient, type Client } from '@libsql/client';
import { drizzle, type LibSQLDatabase } from 'drizzle-orm/libsql';
import * as schema from './schema/index.ts';

export type Db = LibSQLDatabase<typeof schema> & { $client: Client };

const DEFAULT_DATABASE_URL = 'file:./data/kvp.db';

/** How long a connection waits for a lock held by another writer before it fails. */
const BUSY_TIMEOUT_MS = 5_000;

export function isFileUrl(url: string): boolean {
	return url.startsWith('file:');
}

/** The path of a `file:` URL, resolved against the working directory. */
export function filePath(url: string): string {
	return resolve(url.slice('file:'.length).replace(/^\/\/(localhost)?(?=\/)/, ''));
}

/**
 * Opens a database. A `file:` URL is an embedded SQLite file (created with its folder, switched to
 * WAL); `libsql://`, `http(s)://` and `ws(s)://` URLs reach a libSQL server (sqld or Turso).
 * Foreign keys are on for every connection (libSQL's default) and every connection waits
 * BUSY_TIMEOUT_MS for locks.
 */
export async function createDb(url: string, authToken?: string): Promise<Db> {
	if (isFileUrl(url)) {
		if (url.includes(':memory:')) {
			// libSQL opens a fresh empty database for every pooled connection and transaction.
			throw new Error('In-memory databases are not supported; use a file: URL.');
		}
		mkdirSync(dirname(filePath(url)), { recursive: true });
	}
	const client = createClient({ url, authToken, timeout: BUSY_TIMEOUT_MS });
	if (isFileUrl(url)) {
		await client.execute('PRAGMA journal_mode = WAL');
	}
	return drizzle(client, { schema }) as Db;
}

export function databaseUrlFromEnv(env: NodeJS.ProcessEnv = process.env): {
	url: string;
	authToken: string | undefined;
} {
	return {
		url: env.DATABASE_URL || DEFAULT_DATABASE_URL,
		authToken: env.DATABASE_AUTH_TOKEN || undefined,
	};
}

let shared: Promise<Db> | undefined;

/** The process-wide database, opened on first use from DATABASE_URL / DATABASE_AUTH_TOKEN. */
export function getDb(): Promise<Db> {
	if (!shared) {
		const { url, authToken } = databaseUrlFromEnv();
		shared = createDb(url, authToken);
		shared.catch(() => {
			shared = undefined;
		});
	}
	return shared;
}

/** Closes the process-wide database (tests and scripts). */
export async function closeDb(): Promise<void> {
	if (shared) {
		const db = await shared.catch(() => undefined);
		shared = undefined;
		db?.$client.close();
	}
}
