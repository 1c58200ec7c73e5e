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
		description:
			`${plainText(g.description).slice(0, 1500)}\n\n${publicOrigin}/samlinger/${g.id}`.trim(),
		location: `${g.venueName}, ${g.venueAddress}, ${g.venueTown}`,
		url: `${publicOrigin}/samlinger/${g.id}`,
		status: g.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
		lastModified: utc(g.updatedAt),
		productId: 'kvp-nettverket',
		calName: 'KVP-nettverket',
	};
}

/** Markdown as calendar programs show it: plain text, links as their address, no markup. */
export function plainText(markdown: string): string {
	return markdown
		.replace(/!?\[([^\]]*)\]\(([^)]+)\)/g, (_, text: string, url: string) =>
			text && text !== url ? `${text} (${url})` : url,
		)
		.replace(/^#{1,6}\s+/gm, '')
		.replace(/^[ \t]*[-*+][ \t]+/gm, '– ')
		.replace(/^>\s?/gm, '')
		.replace(/(\*\*|__)(.+?)\1/g, '$2')
		.replace(/(\*|_)(.+?)\1/g, '$2')
		.replace(/`([^`]+)`/g, '$1')
		.trim();
}

/**
 * Folds content lines at 75 octets as RFC 5545 §3.1 asks (the library counts characters, so a
 * line with æ, ø or å came out too long), never inside a character.
 */
function foldOctets(ics: string): string {
	const encoder = new TextEncoder();
	const unfolded = ics.replace(/\r\n[ \t]/g, '');
	return unfolded
		.split('\r\n')
		.map((line) => {
			const parts: string[] = [];
			let current = '';
			let size = 0;
			for (const ch of line) {
				const octets = encoder.encode(ch).length;
				// The first line holds 75 octets; continuation lines start with a space, so 74 more.
				if (size + octets > (parts.length === 0 ? 75 : 74)) {
					parts.push(current);
					current = '';
					size = 0;
				}
				current += ch;
				size += octets;
			}
			parts.push(current);
			return parts.join('\r\n ');
		})
		.join('\r\n');
}

/** One gathering as an .ics file (created with the `ics` library). */
export function gatheringIcs(g: CalendarGathering, publicOrigin: string): string {
	const { error, value } = createEvent(event(g, publicOrigin));
	if (error || !value) throw error ?? new Error('Could not create the calendar event');
	return foldOctets(value);
}

export function gatheringCalendar(g: CalendarGathering, publicOrigin: string): OutboxAttachment {
	return {
		filename: 'samling.ics',
		contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
		content: gatheringIcs(g, publicOrigin),
	};
}

/** A network's feed: every published or cancelled gathering, for calendar subscriptions. */
export function networkFeed(list: CalendarGathering[], publicOrigin: string, name: string): string {
	if (list.length === 0) {
		// ics refuses an empty list; an empty calendar is still a valid feed.
		return [
			'BEGIN:VCALENDAR',
			'VERSION:2.0',
			'PRODID:kvp-nettverket',
			`X-WR-CALNAME:${name}`,
			'END:VCALENDAR',
			'',
		].join('\r\n');
	}
	const { error, value } = createEvents(
		list.map((g) => event(g, publicOrigin)),
		{ calName: name, productId: 'kvp-nettverket' },
	);
	if (error || !value) throw error ?? new Error('Could not create the calendar feed');
	return foldOctets(value);
}
