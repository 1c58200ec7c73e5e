/**
 * What an operator with the database files can read: every committed state kept in the
 * write-ahead log (replayed commit by commit onto a copy of the main file), and every row of
 * every table of a state. Used by the anonymity tests (docs/decisions/009).
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient, type Client } from '@libsql/client';

/** table name → one JSON object per row, as a string (blobs as hex). */
export type DatabaseState = Map<string, Set<string>>;

function cell(value: unknown): unknown {
	if (value instanceof ArrayBuffer) return Buffer.from(value).toString('hex');
	if (ArrayBuffer.isView(value))
		return Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('hex');
	return typeof value === 'bigint' ? value.toString() : value;
}

/** Every row of every table (the migration journal included: an operator sees that too). */
export async function readAll(client: Client): Promise<DatabaseState> {
	const state: DatabaseState = new Map();
	const tables = await client.execute(
		`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`,
	);
	for (const { name } of tables.rows) {
		const result = await client.execute(`select * from "${String(name)}"`);
		state.set(
			String(name),
			new Set(
				result.rows.map((row) =>
					JSON.stringify(Object.fromEntries(result.columns.map((c) => [c, cell(row[c])]))),
				),
			),
		);
	}
	return state;
}

async function readAllOfFile(file: string): Promise<DatabaseState> {
	const client = createClient({ url: `file:${file}` });
	try {
		return await readAll(client);
	} finally {
		client.close();
	}
}

/** The rows added, removed or changed between two states (a changed row counts in both). */
export function changedRows(
	before: DatabaseState,
	after: DatabaseState,
): { table: string; row: string }[] {
	const out: { table: string; row: string }[] = [];
	for (const table of new Set([...before.keys(), ...after.keys()])) {
		const a = before.get(table) ?? new Set<string>();
		const b = after.get(table) ?? new Set<string>();
		for (const row of b) if (!a.has(row)) out.push({ table, row });
		for (const row of a) if (!b.has(row)) out.push({ table, row });
	}
	return out;
}

/**
 * Every state committed in `wal` on top of `base` (a copy of the main file taken when the log
 * was empty), in order: the frames up to each commit frame are written over the base pages.
 * Frames whose salts differ from the log's header are left-overs of an older log and end it.
 */
export async function statesInWal(base: string, wal: string): Promise<DatabaseState[]> {
	const log = readFileSync(wal);
	if (log.length < 32) return [];
	const pageSize = log.readUInt32BE(8);
	const salts = log.subarray(16, 24);
	const pages = new Map<number, Buffer>();
	const dir = mkdtempSync(join(tmpdir(), 'kvp-wal-'));
	const states: DatabaseState[] = [];
	try {
		for (let offset = 32; offset + 24 + pageSize <= log.length; offset += 24 + pageSize) {
			if (!log.subarray(offset + 8, offset + 16).equals(salts)) break;
			pages.set(log.readUInt32BE(offset), log.subarray(offset + 24, offset + 24 + pageSize));
			const pagesAfterCommit = log.readUInt32BE(offset + 4);
			if (pagesAfterCommit === 0) continue;
			const file = join(dir, `state-${states.length}.db`);
			copyFileSync(base, file);
			const image = Buffer.alloc(pagesAfterCommit * pageSize);
			readFileSync(file).copy(image, 0, 0, Math.min(image.length, readFileSync(file).length));
			for (const [pgno, page] of pages)
				if (pgno <= pagesAfterCommit) page.copy(image, (pgno - 1) * pageSize);
			writeFileSync(file, image);
			states.push(await readAllOfFile(file));
		}
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
	return states;
}
