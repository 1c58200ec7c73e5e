import type { APIRoute } from 'astro';
import { sessionStillGrants } from '#lib/auth/access.server.ts';
import { guardEndpoint } from '#lib/auth/guards.server.ts';
import type { Need } from '#lib/auth/policy.ts';
import { getExercise } from '#lib/exercises/exercises.server.ts';
import { plenumStream } from '#lib/exercises/plenum-stream.server.ts';
import { getGathering } from '#lib/gatherings/gatherings.server.ts';
import { database } from '#lib/platform/db.server.ts';

/** Server-sent events for the plenum view; they end when the viewer logs out or loses the role. */
export const GET: APIRoute = async (ctx) => {
	const db = await database();
	const exercise = await getExercise(db, ctx.params.exerciseId ?? '');
	const g = exercise ? await getGathering(db, exercise.gatheringId) : undefined;
	if (!exercise || !g) return new Response('Fann ikkje oppgåva.', { status: 404 });
	const need: Need = { kind: 'coordinator', networkId: g.networkId };
	const user = guardEndpoint(ctx, need);
	if (user instanceof Response) return user;
	const sessionId = ctx.locals.session?.id ?? '';
	const stream = plenumStream(db, exercise.id, {
		signal: ctx.request.signal,
		stillAllowed: () => sessionStillGrants(db, sessionId, need),
	});
	return new Response(stream, {
		headers: {
			'content-type': 'text/event-stream; charset=utf-8',
			'cache-control': 'no-store',
			connection: 'keep-alive',
			'x-accel-buffering': 'no',
		},
	});
};
