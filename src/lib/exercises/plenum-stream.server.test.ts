import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { getDb } from '#db/client.ts';
import { networkCoordinators } from '#db/schema/index.ts';
import { createGathering, createUser } from '#tests/factories.ts';
import { sessionStillGrants } from '#lib/auth/access.server.ts';
import type { Need } from '#lib/auth/policy.ts';
import { createSession, invalidateSession } from '#lib/auth/session.server.ts';
import { saveExercise } from './exercises.server.ts';
import { plenumStream } from './plenum-stream.server.ts';

const decoder = new TextDecoder();

/** Reads what arrives within `ms`; `ended` says whether the server closed the stream by then. */
function timedReader(stream: ReadableStream<Uint8Array>) {
	const reader = stream.getReader();
	// A read still waiting when time ran out is kept for the next call, so no chunk is lost.
	let pending: Promise<ReadableStreamReadResult<Uint8Array>> | undefined;
	return async (ms: number): Promise<{ text: string; ended: boolean }> => {
		let text = '';
		const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), ms));
		for (;;) {
			pending ??= reader.read();
			const next = await Promise.race([pending, timeout]);
			if (next === 'timeout') return { text, ended: false };
			pending = undefined;
			if (next.done) return { text, ended: true };
			text += decoder.decode(next.value);
		}
	};
}

async function watching() {
	const db = await getDb();
	const { id, networkId } = await createGathering(db);
	const exerciseId = await saveExercise(db, id, {
		number: 1,
		title: 'Avbrot',
		task: '',
		questions: [],
		paragraphs: ['34'],
	});
	const user = await createUser(db, { coordinatorOf: [networkId] });
	const { session } = await createSession(db, user.id);
	const need: Need = { kind: 'coordinator', networkId };
	const stream = plenumStream(db, exerciseId, {
		signal: new AbortController().signal,
		stillAllowed: () => sessionStillGrants(db, session.id, need),
		recheckMs: 50,
	});
	const readFor = timedReader(stream);
	const opening = await readFor(300);
	return { db, user, session, readFor, opening };
}

describe('the plenum event stream', () => {
	it('keeps streaming to a coordinator, and ends when they log out', async () => {
		const { db, session, readFor, opening } = await watching();
		expect(opening.ended).toBe(false);
		expect(opening.text).toContain('data: {');
		await invalidateSession(db, session.id);
		const after = await readFor(2_000);
		expect(after).toEqual({ text: 'event: end\ndata: {}\n\n', ended: true });
	});

	it('ends when the viewer is no longer a coordinator of the network', async () => {
		const { db, user, readFor, opening } = await watching();
		expect(opening.ended).toBe(false);
		await db.delete(networkCoordinators).where(eq(networkCoordinators.userId, user.id));
		expect((await readFor(2_000)).ended).toBe(true);
	});
});
