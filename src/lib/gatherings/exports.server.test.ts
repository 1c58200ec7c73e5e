import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { participantsCsv, participantsXlsx } from './exports.server.ts';
import type { Participant, ParticipantOverview } from './participants.server.ts';

// Registered 15 June 2026 at 09.30 in Norway (07.30 UTC, summer time), and 2 December at 08.05 (07.05 UTC).
const person = (name: string, createdAt: Date) =>
	({
		name,
		email: `${name.toLowerCase()}@example.no`,
		status: 'confirmed',
		position: null,
		officeName: 'NAV Voss',
		organisation: 'NAV Voss',
		jobRole: 'Rettleiar',
		lunch: true,
		diet: null,
		accessibility: null,
		createdAt,
		attendedAt: null,
	}) as unknown as Participant;
const overview = {
	confirmed: [
		person('Kari', new Date('2026-06-15T07:30:00Z')),
		person('Ola', new Date('2026-12-02T07:05:00Z')),
	],
	waitlisted: [],
	cancelled: [],
	perOffice: [{ organisation: 'NAV Voss', confirmed: 2, attended: 0 }],
	catering: { lunches: 2, diets: [], accessibility: [] },
	attended: 0,
} as ParticipantOverview;

describe('the participant list as Excel', () => {
	it('has the registration time as a date cell in Norwegian time and format, in both languages', async () => {
		for (const [lang, heading] of [
			['nb', 'Påmeldt'],
			['nn', 'Påmeld'],
		] as const) {
			const workbook = new ExcelJS.Workbook();
			await workbook.xlsx.load(
				(await participantsXlsx(overview, lang, 'Samling')) as unknown as ArrayBuffer,
			);
			const sheet = workbook.worksheets[0]!;
			const column = (sheet.getRow(1).values as string[]).indexOf(heading);
			expect(column).toBeGreaterThan(0);
			const cells = [sheet.getRow(2).getCell(column), sheet.getRow(3).getCell(column)];
			expect(cells.map((c) => c.type)).toEqual([ExcelJS.ValueType.Date, ExcelJS.ValueType.Date]);
			// A cell has no zone: it holds the wall-clock time in Norway.
			expect(cells.map((c) => (c.value as Date).toISOString())).toEqual([
				'2026-06-15T09:30:00.000Z',
				'2026-12-02T08:05:00.000Z',
			]);
			expect(cells.map((c) => c.numFmt)).toEqual(['dd.mm.yyyy hh.mm', 'dd.mm.yyyy hh.mm']);
		}
	});

	it('keeps the registration time as Norwegian text in the CSV', () => {
		expect(participantsCsv(overview, 'nb')).toContain(';15.06.2026 kl. 09.30;');
	});
});
