import { describe, expect, it } from 'vitest';
import { gatheringIcs, plainText } from './calendar.ts';

const g = {
	id: 'fagdag',
	title: 'Fagdag om kvalifiseringsprogrammet i Førde, Sogn og Fjordane – påmelding og ventelister',
	description:
		'## Om dagen\n\n**Erfaringsutveksling** og _fagleg påfyll_ for tilsette på Nav-kontora i Sunnfjord, Sogndal og Årdal, sjå [programmet](https://kvp.example.no/p).\n\n- Regelverk\n- Grupper',
	startsAt: new Date('2031-05-14T07:00:00Z'),
	endsAt: new Date('2031-05-14T13:00:00Z'),
	venueName: 'Scandic Sunnfjord',
	venueAddress: 'Storehagen 2',
	venueTown: 'Førde',
	status: 'published' as const,
	updatedAt: new Date('2031-04-01T08:00:00Z'),
};

describe('calendar files', () => {
	it('fold every line at 75 octets, counting æ, ø and å as two, and unfold to the same text', () => {
		const ics = gatheringIcs(g, 'https://kvp.example.no');
		const encoder = new TextEncoder();
		for (const line of ics.split('\r\n'))
			expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
		const unfolded = ics.replace(/\r\n /g, '');
		expect(unfolded).toContain(
			'SUMMARY:Fagdag om kvalifiseringsprogrammet i Førde\\, Sogn og Fjordane – påmelding og ventelister',
		);
	});

	it('carry the description as plain text, not Markdown', () => {
		expect(plainText(g.description)).toBe(
			'Om dagen\n\nErfaringsutveksling og fagleg påfyll for tilsette på Nav-kontora i Sunnfjord, Sogndal og Årdal, sjå programmet (https://kvp.example.no/p).\n\n– Regelverk\n– Grupper',
		);
		const unfolded = gatheringIcs(g, 'https://kvp.example.no').replace(/\r\n /g, '');
		expect(unfolded).not.toMatch(/\*\*|##|\]\(/);
	});
});
