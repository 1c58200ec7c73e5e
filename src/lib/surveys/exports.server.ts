/**
 * Results as CSV and as an Excel workbook, like the participant lists (src/lib/gatherings/
 * exports.server.ts). Only aggregates and free text leave the platform, never one row per
 * respondent: a row per person would let anyone combine answers until someone is recognised.
 */
import { translator } from '#i18n/index.ts';
import ExcelJS from 'exceljs';
import { norwegianCsv } from '#lib/platform/csv.ts';
import { EXCEL_DATE, excelDate } from '#lib/platform/excel.ts';
import type { Lang } from '#i18n/index.ts';
import type { QuestionResult } from './results.ts';

export interface ExportMeta {
	surveyTitle: string;
	gatheringTitle: string;
	/** The gathering's date, "2019-09-19". */
	date: string;
	responses: number;
	audience: number;
	rate: number | null;
}

type Row = (string | number)[];

const round1 = (v: number | null) => (v === null ? '' : Math.round(v * 10) / 10);

function resultRows(results: QuestionResult[], lang: Lang): Row[] {
	const rows: Row[] = [];
	for (const r of results) {
		const question = lang === 'nn' ? r.question.textNn : r.question.textNb;
		if (r.kind === 'scale') {
			r.bars.forEach((b, i) =>
				rows.push([
					question,
					'',
					b.label[lang],
					b.count,
					round1(b.percent),
					i === 0 ? round1(r.mean) : '',
					i === 0 ? round1(r.median) : '',
				]),
			);
		} else if (r.kind === 'grid') {
			for (const row of r.rows)
				row.bars.forEach((b, i) =>
					rows.push([
						question,
						row.item[lang],
						b.label[lang],
						b.count,
						round1(b.percent),
						i === 0 ? round1(row.mean) : '',
						i === 0 ? round1(row.median) : '',
					]),
				);
		} else if (r.kind === 'choice') {
			for (const b of r.bars)
				rows.push([question, '', b.label[lang], b.count, round1(b.percent), '', '']);
		} else {
			for (const text of r.answers) rows.push([question, '', text, '', '', '', '']);
		}
	}
	return rows;
}

function header(lang: Lang): string[] {
	const s = translator(lang);
	return [
		s('export.question'),
		s('export.item'),
		s('export.answer'),
		s('export.count'),
		s('export.percent'),
		s('export.mean'),
		s('export.median'),
	];
}

/** The results as CSV for Norwegian Excel (see norwegianCsv). */
export function resultsCsv(results: QuestionResult[], lang: Lang): string {
	return norwegianCsv([header(lang), ...resultRows(results, lang)]);
}

/** A summary sheet, the results (counts, shares, means, medians) and the free text on its own sheet. */
export async function resultsXlsx(
	results: QuestionResult[],
	lang: Lang,
	meta: ExportMeta,
): Promise<Buffer> {
	const s = translator(lang);
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'KVP-nettverket';
	workbook.title = meta.surveyTitle;
	const summary = workbook.addWorksheet(s('export.sheet.summary'));
	summary.addRows([
		[s('export.survey'), meta.surveyTitle],
		[s('export.gathering'), meta.gatheringTitle],
		[s('export.date'), excelDate(meta.date)],
		[s('export.responses'), meta.responses],
		[s('export.audience'), meta.audience],
		[s('export.rate'), meta.rate === null ? '' : `${meta.rate} %`],
	]);
	summary.getCell('B3').numFmt = EXCEL_DATE;
	summary.getColumn(1).font = { bold: true };
	summary.getColumn(1).width = 24;
	summary.getColumn(2).width = 60;
	const sheet = workbook.addWorksheet(s('export.sheet.results'));
	sheet.addRow(header(lang)).font = { bold: true };
	for (const row of resultRows(
		results.filter((r) => r.kind !== 'text'),
		lang,
	))
		sheet.addRow(row);
	sheet.views = [{ state: 'frozen', ySplit: 1 }];
	[50, 36, 28, 10, 12, 14, 10].forEach((w, i) => (sheet.getColumn(i + 1).width = w));
	const texts = workbook.addWorksheet(s('export.sheet.texts'));
	texts.addRow([s('export.question'), s('export.answer')]).font = { bold: true };
	for (const r of results)
		if (r.kind === 'text')
			for (const text of r.answers)
				texts.addRow([lang === 'nn' ? r.question.textNn : r.question.textNb, text]);
	texts.getColumn(1).width = 50;
	texts.getColumn(2).width = 100;
	texts.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
	return Buffer.from(await workbook.xlsx.writeBuffer());
}
