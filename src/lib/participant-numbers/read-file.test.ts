import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, readFigureFile, readLimited, TooLargeError } from './read-file.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

async function workbook(rows: (string | number | Date)[][]): Promise<Uint8Array> {
	const wb = new ExcelJS.Workbook();
	wb.addWorksheet('Tal').addRows(rows);
	return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('reading a figures file', () => {
	it('reads CSV with semicolons and a BOM, as Norwegian Excel saves it', async () => {
		const r = await readFigureFile(
			'tal.csv',
			utf8('\uFEFFKontor;Måned;Totalt\r\nNAV Larvik;2019-08;76\r\n'),
		);
		expect(r).toEqual({
			ok: true,
			rows: [
				['Kontor', 'Måned', 'Totalt'],
				['NAV Larvik', '2019-08', '76'],
			],
		});
	});
	it('keeps a decimal comma in its cell when the columns are separated by semicolons', async () => {
		const r = await readFigureFile('tal.csv', utf8('Kontor;Måned;Totalt\nHorten;2019-08;2,5\n'));
		expect(r.ok && r.rows[1]).toEqual(['Horten', '2019-08', '2,5']);
	});
	it('reads CSV with commas', async () => {
		const r = await readFigureFile('tal.csv', utf8('Kontor,Måned,Totalt\nHorten,2019-08,7\n'));
		expect(r.ok && r.rows[1]).toEqual(['Horten', '2019-08', '7']);
	});
	it('reads the first sheet of an Excel workbook, dates as dates', async () => {
		const r = await readFigureFile(
			'tal.xlsx',
			await workbook([
				['Kontor', 'Måned', 'Totalt'],
				['NAV Larvik', new Date(Date.UTC(2019, 7, 31)), 76],
			]),
		);
		expect(r).toEqual({
			ok: true,
			rows: [
				['Kontor', 'Måned', 'Totalt'],
				['NAV Larvik', '2019-08-31', '76'],
			],
		});
	});
	it('refuses a PDF, whatever it is called', async () => {
		const pdf = utf8('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n');
		expect(await readFigureFile('tal.xlsx', pdf)).toEqual({ ok: false, error: 'notSpreadsheet' });
		expect(await readFigureFile('tal.pdf', pdf)).toEqual({ ok: false, error: 'notSpreadsheet' });
	});
	it('refuses an image called .csv', async () => {
		const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
		expect(await readFigureFile('tal.csv', png)).toEqual({ ok: false, error: 'notSpreadsheet' });
	});
	it('refuses a zip that is no workbook', async () => {
		const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]);
		expect(await readFigureFile('tal.xlsx', zip)).toEqual({ ok: false, error: 'notSpreadsheet' });
	});
	it('refuses an empty file', async () => {
		expect(await readFigureFile('tal.csv', new Uint8Array())).toEqual({
			ok: false,
			error: 'empty',
		});
		expect(await readFigureFile('tal.csv', utf8('\n\n'))).toEqual({ ok: false, error: 'empty' });
	});
});

describe('the size limit', () => {
	it('stops reading a 50 MB upload once the limit is passed, without holding the rest', async () => {
		let pulled = 0;
		const chunk = new Uint8Array(1024 * 1024);
		const stream = new ReadableStream<Uint8Array>({
			pull(controller) {
				if (pulled >= 50) return controller.close();
				pulled++;
				controller.enqueue(chunk);
			},
		});
		await expect(readLimited(stream)).rejects.toBeInstanceOf(TooLargeError);
		expect(pulled).toBeLessThanOrEqual(MAX_IMPORT_BYTES / chunk.byteLength + 2);
	});
	it('reads a file under the limit whole', async () => {
		const bytes = await readLimited(new Blob([utf8('Kontor;Måned;Totalt\n')]).stream());
		expect(new TextDecoder().decode(bytes)).toBe('Kontor;Måned;Totalt\n');
	});
	it('refuses bytes over the limit', async () => {
		expect(await readFigureFile('tal.csv', new Uint8Array(MAX_IMPORT_BYTES + 1))).toEqual({
			ok: false,
			error: 'tooLarge',
		});
	});
});
