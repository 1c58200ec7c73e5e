import type { APIRoute } from 'astro';
import { sessionStillGrants } from '#lib/auth/access.server.ts';
import { recordEndpoint } from '#lib/auth/page.server.ts';
import type { Need } from '#lib/auth/policy.ts';
import { getExercise } from '#lib/exercises/exercises.server.ts';
import { plenumStream } from '#lib/exercises/plenum-stream.server.ts';
import { getGathering } from '#lib/gatherings/gatherings.server.ts';

/** Server-sent events for the plenum view; they end when the viewer logs out or loses the role. */
export const GET: APIRoute = async (ctx) => {
	const need = (g: { networkId: string }): Need => ({
		kind: 'coordinator',
		networkId: g.networkId,
	});
	const opened = await recordEndpoint(
		ctx,
		async (db) => {
			const exercise = await getExercise(db, ctx.params.exerciseId ?? '');
			const g = exercise ? await getGathering(db, exercise.gatheringId) : undefined;
			return exercise && g ? { exercise, g } : undefined;
		},
		({ g }) => need(g),
		'Fann ikkje oppgåva.',
	);
	if (opened instanceof Response) return opened;
	const { db, found } = opened;
	const { exercise, g } = found;
	const sessionId = ctx.locals.session?.id ?? '';
	const stream = plenumStream(db, exercise.id, {
		signal: ctx.request.signal,
		stillAllowed: () => sessionStillGrants(db, sessionId, need(g)),
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
