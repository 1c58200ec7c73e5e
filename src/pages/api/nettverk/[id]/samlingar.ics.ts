import type { APIRoute } from 'astro';
import { networkFeed } from '#lib/gatherings/calendar.ts';
import { listGatherings } from '#lib/gatherings/gatherings.server.ts';
import { getNetwork } from '#lib/networks/networks.server.ts';
import { config } from '#lib/platform/config.server.ts';
import { database } from '#lib/platform/db.server.ts';

/** A network's iCal feed: its published and cancelled gatherings, never drafts. */
export const GET: APIRoute = async ({ params }) => {
	const db = await database();
	const network = await getNetwork(db, params.id ?? '');
	if (!network) return new Response('Ukjent nettverk.', { status: 404 });
	const { upcoming, past } = await listGatherings(db, null, { networkId: network.id });
	return new Response(networkFeed([...upcoming, ...past], config.publicOrigin, network.name), {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			'cache-control': 'public, max-age=300',
		},
	});
};
