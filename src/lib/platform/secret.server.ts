/**
 * The server's own key, which is never in the database, its backups or the log (docs/decisions/009):
 * SERVER_SECRET, or else the file SERVER_SECRET_FILE, created with a random key on first start.
 * Values derived from it with `keyedHash` cannot be recomputed, nor tied to anything, by someone
 * who holds only the database files.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { config } from './config.server.ts';

const MIN_LENGTH = 32;
let cached: Buffer | undefined;

function fromFile(path: string): string {
	const file = resolve(path);
	try {
		return readFileSync(file, 'utf8').trim();
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
	}
	mkdirSync(dirname(file), { recursive: true });
	try {
		// 'wx': when two instances start at once, the second reads the first one's key.
		writeFileSync(file, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
	}
	return readFileSync(file, 'utf8').trim();
}

function serverSecret(): Buffer {
	if (cached) return cached;
	const value = process.env.SERVER_SECRET || fromFile(config.serverSecretFile);
	if (value.length < MIN_LENGTH)
		throw new Error(`The server secret must be at least ${MIN_LENGTH} characters.`);
	cached = Buffer.from(value, 'utf8');
	return cached;
}

/** HMAC-SHA-256 under the server's key of `purpose` and `value`: 32 bytes nobody can compute without the key. */
export function keyedHash(purpose: string, value: string): Buffer {
	return createHmac('sha256', serverSecret()).update(purpose).update('\0').update(value).digest();
}
