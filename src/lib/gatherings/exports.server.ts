import ExcelJS from 'exceljs';
import { norwegianCsv } from '#lib/platform/csv.ts';
import { EXCEL_DATE_TIME, excelDateTime } from '#lib/platform/excel.ts';
import { t, type Lang } from '#i18n/index.ts';
import { formatDateTime } from '#i18n/format.ts';
import type { ParticipantOverview, Participant } from './participants.server.ts';

const COLUMNS = [
	'export.status',
	'export.position',
	'export.name',
	'export.email',
	'export.organisation',
	'export.role',
	'export.lunch',
	'export.diet',
	'export.accessibility',
	'export.registered',
	'export.attended',
] as const;

/** One row per registration; the registration time as a Date, written by each format its own way. */
function rows(overview: ParticipantOverview, lang: Lang): (string | number | Date)[][] {
	const yes = t(lang, 'export.yes');
	const no = t(lang, 'export.no');
	const row = (p: Participant) => [
		t(lang, `export.status.${p.status}`),
		p.position ?? '',
		p.name,
		p.email,
		p.officeName ?? p.organisation,
		p.jobRole,
		p.lunch ? yes : no,
		p.diet ?? '',
		p.accessibility ?? '',
		p.createdAt,
		p.attendedAt ? yes : '',
	];
	return [
		...overview.confirmed.map(row),
		...overview.waitlisted.map(row),
		...overview.cancelled.map(row),
	];
}

/** The participant list as CSV for Norwegian Excel (see norwegianCsv). */
export function participantsCsv(overview: ParticipantOverview, lang: Lang): string {
	return norwegianCsv([
		COLUMNS.map((c) => t(lang, c)),
		...rows(overview, lang).map((r) =>
			r.map((v) => (v instanceof Date ? formatDateTime(v, lang) : v)),
		),
	]);
}

/** The participant list as an Excel workbook: a sheet of participants and one per office. */
export async function participantsXlsx(
	overview: ParticipantOverview,
	lang: Lang,
	title: string,
): Promise<Buffer> {
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'KVP-nettverket';
	workbook.title = title;
	const sheet = workbook.addWorksheet(t(lang, 'export.sheet.participants'));
	sheet.addRow(COLUMNS.map((c) => t(lang, c))).font = { bold: true };
	for (const r of rows(overview, lang))
		sheet.addRow(r.map((v) => (v instanceof Date ? excelDateTime(v) : v)));
	sheet.columns.forEach((column) => (column.width = 22));
	sheet.getColumn(COLUMNS.indexOf('export.registered') + 1).numFmt = EXCEL_DATE_TIME;
	sheet.views = [{ state: 'frozen', ySplit: 1 }];
	const perOffice = workbook.addWorksheet(t(lang, 'export.sheet.offices'));
	perOffice.addRow([
		t(lang, 'export.organisation'),
		t(lang, 'export.confirmed'),
		t(lang, 'export.attended'),
	]).font = { bold: true };
	for (const o of overview.perOffice) perOffice.addRow([o.organisation, o.confirmed, o.attended]);
	perOffice.columns.forEach((column) => (column.width = 28));
	return Buffer.from(await workbook.xlsx.writeBuffer());
}
