/**
 * The server is killed with SIGKILL in the middle of a registration burst and started again:
 * every registration that was answered with success is still there, as what it was told, and
 * capacity still holds when registration continues.
 */
import { and, eq } from 'drizzle-orm';
import { createDb } from '#db/client.ts';
import { registrations } from '#db/schema/index.ts';
import {
	prepareDatabase,
	registerAll,
	startServer,
	waitForServer,
	type Outcome,
} from '../support/load.ts';
import { expect, test } from './fixtures.ts';

const FILE = '.e2e/crash.db';
const PORT = 4387;
const CAPACITY = 60;

test('registrations answered with success survive a SIGKILL, and capacity holds after restart', async () => {
	test.setTimeout(120_000);
	const gatheringId = await prepareDatabase(FILE, CAPACITY);
	const base = `http://127.0.0.1:${PORT}`;
	let server = startServer(PORT, FILE);
	await waitForServer(base);

	// Kill the server once 40 registrations have been answered, with many more in flight.
	const answered: Outcome[] = [];
	let killed = false;
	const burst = registerAll(
		base,
		gatheringId,
		Array.from({ length: 300 }, (_, i) => `krasj-${i}@example.no`),
		30,
		(o) => {
			if (o.status === 200) answered.push(o);
			if (!killed && answered.length >= 40) {
				killed = true;
				server.kill('SIGKILL');
			}
		},
	);
	const first = await burst;
	expect(killed).toBe(true);
	expect(first.some((o) => o.networkError)).toBe(true);

	server = startServer(PORT, FILE);
	try {
		await waitForServer(base);
		const db = await createDb(`file:${FILE}`);
		for (const o of answered) {
			const [row] = await db
				.select()
				.from(registrations)
				.where(and(eq(registrations.gatheringId, gatheringId), eq(registrations.email, o.email)));
			expect(row?.status, `${o.email} was told ${o.result?.status}`).toBe(o.result?.status);
		}
		// Registration goes on after the restart; the seats never exceed the capacity.
		const after = await registerAll(
			base,
			gatheringId,
			Array.from({ length: 100 }, (_, i) => `etter-${i}@example.no`),
			20,
		);
		expect(after.filter((o) => o.status !== 200 && o.status !== 409)).toEqual([]);
		const rows = await db
			.select()
			.from(registrations)
			.where(eq(registrations.gatheringId, gatheringId));
		expect(rows.filter((r) => r.status === 'confirmed')).toHaveLength(CAPACITY);
		const seqs = rows.map((r) => r.seq);
		expect(new Set(seqs).size).toBe(seqs.length);
		db.$client.close();
	} finally {
		server.kill();
	}
});
