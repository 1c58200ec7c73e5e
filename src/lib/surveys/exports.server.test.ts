import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { resultsXlsx } from './exports.server.ts';

describe('survey results as Excel', () => {
	it('give the gathering date as a date cell in Norwegian format', async () => {
		const file = await resultsXlsx([], 'nn', {
			surveyTitle: 'Evaluering',
			gatheringTitle: 'Samling',
			date: '2026-11-20',
			responses: 6,
			audience: 8,
			rate: 75,
		});
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(file as unknown as ArrayBuffer);
		const summary = workbook.worksheets[0]!;
		expect(summary.getCell('A3').value).toBe('Dato');
		const date = summary.getCell('B3');
		expect(date.type).toBe(ExcelJS.ValueType.Date);
		expect((date.value as Date).toISOString()).toBe('2026-11-20T00:00:00.000Z');
		expect(date.numFmt).toBe('dd.mm.yyyy');
		expect(summary.getCell('B4').type).toBe(ExcelJS.ValueType.Number);
	});
});
