import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '#db/client.ts';
import { groupCommit, type Tx } from './group-commit.server.ts';

/** A scratch table of this test's own: what a batch wrote, and in which transaction. */
beforeAll(async () => {
	const db = await getDb();
	await db.run(
		sql`create table if not exists group_commit_test (name text primary key, batch integer not null, place integer not null)`,
	);
});

async function rows() {
	const db = await getDb();
	return db.all<{ name: string; batch: number; place: number }>(
		sql`select name, batch, place from group_commit_test order by batch, place`,
	);
}

/** A queue that writes names, refusing a name already written; it records each batch it sees. */
function namesQueue() {
	const batches: string[][] = [];
	const submit = groupCommit<string, { ok: true; place: number } | { ok: false }>({
		write: async (tx: Tx, names) => {
			batches.push(names);
			const n = batches.length;
			const out = [];
			for (const [i, name] of names.entries()) {
				if (name === 'feil') throw new Error('the batch fails');
				const inserted = await tx.all(
					sql`insert into group_commit_test (name, batch, place) values (${name}, ${n}, ${i}) on conflict do nothing returning name`,
				);
				out.push(
					inserted.length > 0 ? ({ ok: true, place: i } as const) : ({ ok: false } as const),
				);
			}
			return out;
		},
	});
	return { submit, batches };
}

describe('group commit', () => {
	it('writes everything submitted in one turn in one transaction, in arrival order, each caller getting its own result', async () => {
		const db = await getDb();
		await db.run(sql`delete from group_commit_test`);
		const { submit, batches } = namesQueue();
		const results = await Promise.all(['a1', 'a2', 'a1', 'a3'].map((name) => submit(db, name)));
		expect(batches).toEqual([['a1', 'a2', 'a1', 'a3']]);
		expect(results).toEqual([
			{ ok: true, place: 0 },
			{ ok: true, place: 1 },
			{ ok: false },
			{ ok: true, place: 3 },
		]);
		expect((await rows()).map((r) => r.name)).toEqual(['a1', 'a2', 'a3']);
	});

	it('gathers what arrives while a batch is being written into the next batch', async () => {
		const db = await getDb();
		await db.run(sql`delete from group_commit_test`);
		let release!: () => void;
		const gate = new Promise<void>((resolve) => (release = resolve));
		const batches: string[][] = [];
		const submit = groupCommit<string, number>({
			write: async (tx, names) => {
				batches.push(names);
				if (names.includes('b1')) await gate;
				for (const [i, name] of names.entries())
					await tx.run(
						sql`insert into group_commit_test (name, batch, place) values (${name}, ${batches.length}, ${i})`,
					);
				return names.map((_, i) => i);
			},
		});
		const first = submit(db, 'b1');
		while (batches.length === 0) await new Promise((resolve) => setImmediate(resolve));
		const later = [submit(db, 'b2'), submit(db, 'b3')];
		await new Promise((resolve) => setImmediate(resolve));
		release();
		expect(await Promise.all([first, ...later])).toEqual([0, 0, 1]);
		expect(batches).toEqual([['b1'], ['b2', 'b3']]);
		expect((await rows()).map((r) => [r.name, r.batch])).toEqual([
			['b1', 1],
			['b2', 2],
			['b3', 2],
		]);
	});

	it('gives every caller of a failed batch the error, writes none of it, and goes on with the next', async () => {
		const db = await getDb();
		await db.run(sql`delete from group_commit_test`);
		const { submit } = namesQueue();
		const failed = await Promise.allSettled(['c1', 'feil', 'c2'].map((name) => submit(db, name)));
		expect(failed.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
		expect(await rows()).toEqual([]);
		expect(await submit(db, 'c1')).toEqual({ ok: true, place: 0 });
		expect((await rows()).map((r) => r.name)).toEqual(['c1']);
	});

	it('runs the follow-up after the callers have their results, with the batch and its results', async () => {
		const db = await getDb();
		await db.run(sql`delete from group_commit_test`);
		const seen: string[] = [];
		const submit = groupCommit<string, string>({
			write: async (tx, names) => {
				for (const name of names)
					await tx.run(
						sql`insert into group_commit_test (name, batch, place) values (${name}, 1, 0)`,
					);
				return names.map((name) => name.toUpperCase());
			},
			afterCommit: (_db, names, results) => seen.push(`${names.join()}→${results.join()}`),
		});
		const results = Promise.all([submit(db, 'd1'), submit(db, 'd2')]);
		expect(await results).toEqual(['D1', 'D2']);
		expect(seen).toEqual(['d1,d2→D1,D2']);
	});
});
