import type { APIRoute } from 'astro';
import { guardEndpoint } from '#lib/auth/guards.server.ts';
import { getExercise } from '#lib/exercises/exercises.server.ts';
import { subscribe } from '#lib/exercises/plenum.server.ts';
import { getGathering } from '#lib/gatherings/gatherings.server.ts';
import { database } from '#lib/platform/db.server.ts';

/** Server-sent events for the plenum view: every group's answer as soon as it is saved. */
export const GET: APIRoute = async (ctx) => {
	const db = await database();
	const exercise = await getExercise(db, ctx.params.exerciseId ?? '');
	const g = exercise ? await getGathering(db, exercise.gatheringId) : undefined;
	if (!exercise || !g) return new Response('Fann ikkje oppgåva.', { status: 404 });
	const user = guardEndpoint(ctx, { kind: 'coordinator', networkId: g.networkId });
	if (user instanceof Response) return user;
	const encoder = new TextEncoder();
	let stop: (() => void) | undefined;
	let ping: ReturnType<typeof setInterval> | undefined;
	const stream = new ReadableStream<Uint8Array>({
		async start(controller) {
			const send = (text: string) => {
				try {
					controller.enqueue(encoder.encode(text));
				} catch {
					stop?.();
				}
			};
			send('retry: 2000\n\n');
			stop = await subscribe(db, exercise.id, (payload) => send(`data: ${JSON.stringify(payload)}\n\n`));
			ping = setInterval(() => send(': ping\n\n'), 20_000);
			ctx.request.signal.addEventListener('abort', () => {
				stop?.();
				clearInterval(ping);
				try {
					controller.close();
				} catch {
					// already closed
				}
			});
		},
		cancel() {
			stop?.();
			clearInterval(ping);
		},
	});
	return new Response(stream, {
		headers: { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive', 'x-accel-buffering': 'no' },
	});
};
