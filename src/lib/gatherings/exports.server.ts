import ExcelJS from 'exceljs';
import { norwegianCsv } from '../platform/csv.ts';
import { t, type Lang } from '../../i18n/index.ts';
import { formatDateTime } from '../../i18n/format.ts';
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

function rows(overview: ParticipantOverview, lang: Lang): (string | number)[][] {
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
		formatDateTime(p.createdAt, lang),
		p.attendedAt ? yes : '',
	];
	return [...overview.confirmed.map(row), ...overview.waitlisted.map(row), ...overview.cancelled.map(row)];
}

/** The participant list as CSV for Norwegian Excel (see norwegianCsv). */
export function participantsCsv(overview: ParticipantOverview, lang: Lang): string {
	return norwegianCsv([COLUMNS.map((c) => t(lang, c)), ...rows(overview, lang)]);
}

/** The participant list as an Excel workbook: a sheet of participants and one per office. */
export async function participantsXlsx(overview: ParticipantOverview, lang: Lang, title: string): Promise<Buffer> {
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'KVP-nettverket';
	workbook.title = title;
	const sheet = workbook.addWorksheet(t(lang, 'export.sheet.participants'));
	sheet.addRow(COLUMNS.map((c) => t(lang, c))).font = { bold: true };
	for (const r of rows(overview, lang)) sheet.addRow(r);
	sheet.columns.forEach((column) => (column.width = 22));
	sheet.views = [{ state: 'frozen', ySplit: 1 }];
	const perOffice = workbook.addWorksheet(t(lang, 'export.sheet.offices'));
	perOffice.addRow([t(lang, 'export.organisation'), t(lang, 'export.confirmed'), t(lang, 'export.attended')]).font = { bold: true };
	for (const o of overview.perOffice) perOffice.addRow([o.organisation, o.confirmed, o.attended]);
	perOffice.columns.forEach((column) => (column.width = 28));
	return Buffer.from(await workbook.xlsx.writeBuffer());
}
