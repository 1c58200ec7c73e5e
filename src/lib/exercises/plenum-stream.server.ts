import type { Db } from '#db/client.ts';
import { subscribe } from './plenum.server.ts';

export interface PlenumStreamOptions {
	/** The request's signal: the viewer went away. */
	signal: AbortSignal;
	/** Asked every `recheckMs`: false ends the stream (logged out, or no longer a coordinator). */
	stillAllowed: () => Promise<boolean>;
	recheckMs?: number;
	pingMs?: number;
}

/** How soon a viewer who logged out or lost the role stops receiving answers. */
const RECHECK_MS = 5_000;

/**
 * The plenum's server-sent events: every group's answer as soon as it is saved, until the viewer
 * leaves or is no longer allowed to see them. On the way out it sends `event: end`, so the page
 * stops instead of reconnecting.
 */
export function plenumStream(
	db: Db,
	exerciseId: string,
	options: PlenumStreamOptions,
): ReadableStream<Uint8Array> {
	const encoder = new TextEncoder();
	let closed = false;
	let stop: (() => void) | undefined;
	const timers: ReturnType<typeof setInterval>[] = [];
	const release = () => {
		closed = true;
		stop?.();
		for (const t of timers) clearInterval(t);
	};
	return new ReadableStream<Uint8Array>({
		async start(controller) {
			const send = (text: string) => {
				if (closed) return;
				try {
					controller.enqueue(encoder.encode(text));
				} catch {
					release();
				}
			};
			const end = () => {
				if (closed) return;
				release();
				try {
					controller.close();
				} catch {
					// already closed
				}
			};
			send('retry: 2000\n\n');
			stop = await subscribe(db, exerciseId, (payload) =>
				send(`data: ${JSON.stringify(payload)}\n\n`),
			);
			if (closed) stop();
			timers.push(setInterval(() => send(': ping\n\n'), options.pingMs ?? 20_000));
			timers.push(
				setInterval(() => {
					void options.stillAllowed().then(
						(allowed) => {
							if (allowed) return;
							send('event: end\ndata: {}\n\n');
							end();
						},
						() => undefined,
					);
				}, options.recheckMs ?? RECHECK_MS),
			);
			if (options.signal.aborted) end();
			else options.signal.addEventListener('abort', end, { once: true });
		},
		cancel() {
			release();
		},
	});
}
