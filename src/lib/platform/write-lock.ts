/**
 * One writer at a time in this process. SQLite takes one write lock per database; when several
 * pooled connections race for it, the losers sleep in the busy handler and latency jumps. Queueing
 * check-then-write transactions here instead keeps them short and in arrival order. With a libSQL
 * server the server serialises transactions across instances; this only orders this instance's.
 */
let tail: Promise<unknown> = Promise.resolve();

export function serialized<T>(work: () => Promise<T>): Promise<T> {
	const run = tail.then(work, work);
	tail = run.catch(() => undefined);
	return run;
}
