/**
 * Group commit (docs/decisions/007): requests that arrive while a write transaction runs are
 * written together in the next one, so many requests share one transaction and one commit (and
 * its fsync). Batches run one at a time behind the process's write lock (`serialized`), each in
 * one transaction (`BEGIN IMMEDIATE`, so a libSQL server also serialises it with every other
 * instance's); the requests of a batch are handed to `write` in arrival order, and each caller
 * gets its own result once the batch has committed. If the transaction fails, every caller of
 * that batch gets the error and nothing of the batch is written; the next batch is unaffected.
 */
import type { Db } from '#db/client.ts';
import { serialized } from './write-lock.ts';

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export interface GroupCommitOptions<Item, Result> {
	/** Decides and writes one batch inside its transaction: one result per item, in the same order. */
	write: (tx: Tx, batch: Item[]) => Promise<Result[]>;
	/**
	 * Runs once the callers have their results, still under the write lock (work queued from here
	 * with `serialized` runs after this batch).
	 */
	afterCommit?: (db: Db, batch: Item[], results: Result[]) => void;
}

interface Pending<Item, Result> {
	db: Db;
	item: Item;
	resolve: (result: Result) => void;
	reject: (error: unknown) => void;
}

/** A queue that writes the items submitted to it in batches; submit with the returned function. */
export function groupCommit<Item, Result>(
	options: GroupCommitOptions<Item, Result>,
): (db: Db, item: Item) => Promise<Result> {
	let pending: Pending<Item, Result>[] = [];

	/** Takes every item queued so far for `db` and writes them in one transaction. */
	async function writeBatch(db: Db): Promise<void> {
		const batch = pending.filter((p) => p.db === db);
		pending = pending.filter((p) => p.db !== db);
		if (pending.length > 0) void serialized(() => writeBatch(pending[0]!.db));
		if (batch.length === 0) return;
		const items = batch.map((p) => p.item);
		try {
			const results = await db.transaction((tx) => options.write(tx, items));
			batch.forEach((p, i) => p.resolve(results[i]!));
			options.afterCommit?.(db, items, results);
		} catch (error) {
			for (const p of batch) p.reject(error);
		}
	}

	return (db, item) =>
		new Promise<Result>((resolve, reject) => {
			pending.push({ db, item, resolve, reject });
			// The database calls run on this thread, so without a pause every request would be written
			// alone: start the batch on the next turn of the event loop, so that every request that
			// becomes ready in this turn (many, under load) shares one transaction and one commit.
			if (pending.length === 1) setImmediate(() => void serialized(() => writeBatch(db)));
		});
}
