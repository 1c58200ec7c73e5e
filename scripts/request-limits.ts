/**
 * Time limits on the Node server (scripts/start.ts): a client must send its headers within
 * 15 s and its whole body within the route's time (30 s for forms, 3 min for uploads), or it gets
 * 408 and the connection is closed. Size limits are the middleware's (src/lib/platform/request-guard.server.ts).
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { BODY_TIMEOUT_MS, bodyKindOf, hasBody, type BodyKind } from '#lib/platform/body-limit.ts';

const MESSAGE = 'Det tok for lang tid å motta skjemaet. Gå tilbake og send det på nytt.';

export function limitSlowClients(server: Server): void {
	server.headersTimeout = 15_000;
	// The whole request, for the slowest route; bodyDeadline holds each route to its own time.
	server.requestTimeout = BODY_TIMEOUT_MS.upload + 15_000;
}

/** Answers 408 and closes the connection when the body has not arrived within its route's time. */
export function bodyDeadline(
	req: IncomingMessage,
	res: ServerResponse,
	timeouts: Record<BodyKind, number> = BODY_TIMEOUT_MS,
): void {
	if (!hasBody(req.method ?? 'GET') || req.complete) return;
	const kind = bodyKindOf(new URL(req.url ?? '/', 'http://localhost'));
	const timer = setTimeout(() => {
		if (req.complete) return;
		if (!res.headersSent) {
			res.writeHead(408, { 'content-type': 'text/plain; charset=utf-8', connection: 'close' });
			res.end(MESSAGE, () => req.destroy());
		} else req.destroy();
	}, timeouts[kind]);
	timer.unref();
	const done = () => clearTimeout(timer);
	req.once('end', done);
	req.once('close', done);
	res.once('close', done);
}
