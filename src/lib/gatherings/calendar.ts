import { createEvent, createEvents, type EventAttributes } from 'ics';
import type { OutboxAttachment } from '#db/schema/outbox.ts';

interface CalendarGathering {
	id: string;
	title: string;
	description: string;
	startsAt: Date;
	endsAt: Date;
	venueName: string;
	venueAddress: string;
	venueTown: string;
	status: 'draft' | 'published' | 'cancelled';
	updatedAt: Date;
}

const utc = (d: Date): [number, number, number, number, number] => [
	d.getUTCFullYear(),
	d.getUTCMonth() + 1,
	d.getUTCDate(),
	d.getUTCHours(),
	d.getUTCMinutes(),
];

function event(g: CalendarGathering, publicOrigin: string): EventAttributes {
	return {
		uid: `${g.id}@kvp-nettverket`,
		start: utc(g.startsAt),
		startInputType: 'utc',
		startOutputType: 'utc',
		end: utc(g.endsAt),
		endInputType: 'utc',
		endOutputType: 'utc',
		title: g.title,
		description: `${g.description.slice(0, 1500)}\n\n${publicOrigin}/samlinger/${g.id}`.trim(),
		location: `${g.venueName}, ${g.venueAddress}, ${g.venueTown}`,
		url: `${publicOrigin}/samlinger/${g.id}`,
		status: g.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
		lastModified: utc(g.updatedAt),
		productId: 'kvp-nettverket',
		calName: 'KVP-nettverket',
	};
}

/** One gathering as an .ics file (created with the `ics` library). */
export function gatheringIcs(g: CalendarGathering, publicOrigin: string): string {
	const { error, value } = createEvent(event(g, publicOrigin));
	if (error || !value) throw error ?? new Error('Could not create the calendar event');
	return value;
}

export function gatheringCalendar(g: CalendarGathering, publicOrigin: string): OutboxAttachment {
	return { filename: 'samling.ics', contentType: 'text/calendar; charset=utf-8; method=PUBLISH', content: gatheringIcs(g, publicOrigin) };
}

/** A network's feed: every published or cancelled gathering, for calendar subscriptions. */
export function networkFeed(list: CalendarGathering[], publicOrigin: string, name: string): string {
	if (list.length === 0) {
		// ics refuses an empty list; an empty calendar is still a valid feed.
		return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:kvp-nettverket', `X-WR-CALNAME:${name}`, 'END:VCALENDAR', ''].join('\r\n');
	}
	const { error, value } = createEvents(list.map((g) => event(g, publicOrigin)), { calName: name, productId: 'kvp-nettverket' });
	if (error || !value) throw error ?? new Error('Could not create the calendar feed');
	return value;
}
