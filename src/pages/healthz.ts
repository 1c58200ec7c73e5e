import type { APIRoute } from 'astro';
import { databaseReachable } from '#lib/platform/db.server.ts';

/** 200 when the database answers, 503 when it does not. For load balancers and monitoring. */
export const GET: APIRoute = async () => {
	const ok = await databaseReachable();
	return new Response(
		JSON.stringify({ status: ok ? 'ok' : 'unavailable', database: ok ? 'up' : 'down' }),
		{
			status: ok ? 200 : 503,
			headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
		},
	);
};
