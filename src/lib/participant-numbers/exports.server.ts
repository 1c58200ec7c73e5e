/** Files: the import template (CSV, Excel), the network's table (Excel) and the letter (Word). */
import { translator } from '#i18n/index.ts';
import { stringify } from 'csv-stringify/sync';
import { HeadingLevel } from 'docx';
import ExcelJS from 'exceljs';
import type { Lang } from '#i18n/index.ts';
import { textParagraph, wordDocument } from '#lib/platform/docx.server.ts';
import type { NetworkView } from './figures.ts';
import { HEADER, COLUMNS } from './import.ts';
import { paragraphs } from './letter.ts';

const header = (lang: Lang) => COLUMNS.map((c) => HEADER[lang][c]);

/** Example rows for the template: one plain figure, one estimate, one figure from another month. */
function exampleRows(offices: { name: string }[], month: string): string[][] {
	const [a, b, c] = [
		offices[0]?.name ?? 'NAV Eksempel',
		offices[1]?.name ?? offices[0]?.name ?? 'NAV Eksempel',
		offices[2]?.name ?? offices[0]?.name ?? 'NAV Eksempel',
	];
	return [
		[a, month, '12', '3', '9', ''],
		[b, month, '4', '', '', 'anslag'],
		[c, month, '7', '2', '5', 'juni-tall'],
	];
}

/** Semicolon-separated with a BOM, which Norwegian Excel opens as columns. */
export function templateCsv(lang: Lang, offices: { name: string }[], month: string): string {
	return (
		'\uFEFF' +
		stringify([header(lang), ...exampleRows(offices, month)], {
			delimiter: ';',
			record_delimiter: '\r\n',
		})
	);
}

export async function templateXlsx(
	lang: Lang,
	offices: { name: string }[],
	month: string,
): Promise<Buffer> {
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'KVP-nettverket';
	const sheet = workbook.addWorksheet(translator(lang)('export.sheet'));
	sheet.addRow(header(lang)).font = { bold: true };
	for (const row of exampleRows(offices, month)) sheet.addRow(row);
	// Month as text, so Excel does not turn "2019-08" into a date in another format.
	sheet.getColumn(2).numFmt = '@';
	[28, 12, 10, 18, 18, 20].forEach((w, i) => (sheet.getColumn(i + 1).width = w));
	return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The network's table: a row per office and month shown, then the network's sum. */
export async function tableXlsx(
	lang: Lang,
	networkName: string,
	view: NetworkView,
): Promise<Buffer> {
	const p = translator(lang);
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'KVP-nettverket';
	workbook.title = `${p('pn.title')}: ${networkName}`;
	const sheet = workbook.addWorksheet(p('export.sheet'));
	sheet.addRow([
		p('table.office'),
		p('table.latest'),
		p('month.label'),
		HEADER[lang].under25,
		HEADER[lang].over25,
		HEADER[lang].note,
		p('table.band'),
		p('table.position'),
		p('table.share'),
		...view.months,
	]).font = { bold: true };
	for (const r of view.rows) {
		sheet.addRow([
			r.name,
			r.latest?.total ?? p('table.missing'),
			r.latest?.month ?? '',
			r.latest?.under25 ?? '',
			r.latest?.over25 ?? '',
			r.latest?.note ?? '',
			r.band ? `${r.band.low}–${r.band.high}` : '',
			r.position ? p(`position.${r.position}`) : '',
			r.share === null ? '' : r.share / 100,
			...r.values.map((v) => v ?? ''),
		]);
	}
	const c = view.current;
	if (c)
		sheet.addRow([
			p('network.title'),
			c.total,
			c.month,
			c.under25,
			c.over25,
			'',
			'',
			'',
			c.share === null ? '' : c.share / 100,
			...view.series.map((s) => (s.reported === 0 ? '' : s.total)),
		]).font = { bold: true };
	sheet.getColumn(9).numFmt = '0.0%';
	sheet.getColumn(1).width = 30;
	sheet.views = [{ state: 'frozen', ySplit: 1, xSplit: 1 }];
	return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The letter as a Word document: the first paragraph a heading, the rest body text. */
export async function letterDocx(text: string, title: string): Promise<Buffer> {
	const [heading = '', ...body] = paragraphs(text);
	return wordDocument(title, [
		textParagraph(heading, { heading: HeadingLevel.HEADING_1 }),
		...body.map((para) => textParagraph(para, { spacing: { after: 200 } })),
	]);
}
