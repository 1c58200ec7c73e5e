import type { Db } from '#db/client.ts';

export interface Hit {
	table: string;
	column: string;
	value: string;
}

/**
 * Every place in the whole database where `term` occurs, in any case: every table (drizzle's
 * migration journal aside) and every column, blobs read as text too. For tests of deletion.
 */
export async function searchDatabase(db: Db, term: string): Promise<Hit[]> {
	const client = db.$client;
	const tables = await client.execute(
		"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%'",
	);
	const hits: Hit[] = [];
	for (const { name: table } of tables.rows as unknown as { name: string }[]) {
		const columns = await client.execute(`PRAGMA table_info("${table}")`);
		for (const { name: column } of columns.rows as unknown as { name: string }[]) {
			const found = await client.execute({
				sql: `SELECT CAST("${column}" AS TEXT) AS value FROM "${table}" WHERE instr(lower(CAST("${column}" AS TEXT)), lower(?)) > 0`,
				args: [term],
			});
			for (const row of found.rows)
				hits.push({ table, column, value: String(row.value).slice(0, 200) });
		}
	}
	return hits;
}
