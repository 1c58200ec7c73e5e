/**
 * A figures file as rows of text: CSV (comma, semicolon or tab; UTF-8 with or without BOM) or an
 * Excel workbook (.xlsx, the first sheet). No database here; tested with files made in the test.
 */
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

/** Figures for 60 offices over ten years fit in well under a megabyte; 5 MB is generous. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export type ReadError = 'tooLarge' | 'notSpreadsheet' | 'unreadable' | 'empty';
export type ReadResult = { ok: true; rows: string[][] } | { ok: false; error: ReadError };

export class TooLargeError extends Error {}

/** The whole stream, or TooLargeError as soon as more than `max` bytes have come: a large file is never held in memory. */
export async function readLimited(
	stream: ReadableStream<Uint8Array>,
	max = MAX_IMPORT_BYTES,
): Promise<Uint8Array> {
	const chunks: Uint8Array[] = [];
	let size = 0;
	const reader = stream.getReader();
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.byteLength;
		if (size > max) {
			await reader.cancel();
			throw new TooLargeError(`more than ${max} bytes`);
		}
		chunks.push(value);
	}
	return Buffer.concat(chunks);
}

const isZip = (b: Uint8Array) =>
	b.length > 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/** Text a person could have saved from Excel or a text editor: valid UTF-8, no control bytes. */
function asText(bytes: Uint8Array): string | null {
	try {
		const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		// Binary files (images, PDFs, old .xls) have control bytes that text never has.
		for (let i = 0; i < Math.min(text.length, 65_536); i++) {
			const c = text.charCodeAt(i);
			if (c < 9 || (c > 13 && c < 32)) return null;
		}
		return text;
	} catch {
		return null;
	}
}

/** The rows of a file, judged by its content and its name (.csv, .txt or .xlsx). */
export async function readFigureFile(name: string, bytes: Uint8Array): Promise<ReadResult> {
	if (bytes.byteLength > MAX_IMPORT_BYTES) return { ok: false, error: 'tooLarge' };
	if (bytes.byteLength === 0) return { ok: false, error: 'empty' };
	const ext = name.toLowerCase().split('.').pop() ?? '';
	if (ext === 'xlsx' && isZip(bytes)) return readXlsx(bytes);
	if (ext !== 'csv' && ext !== 'txt') return { ok: false, error: 'notSpreadsheet' };
	const text = asText(bytes);
	if (text === null) return { ok: false, error: 'notSpreadsheet' };
	try {
		const rows = parse(text, {
			bom: true,
			delimiter: delimiterOf(text),
			relax_column_count: true,
			skip_empty_lines: true,
			trim: true,
		}) as string[][];
		return rows.length === 0 ? { ok: false, error: 'empty' } : { ok: true, rows };
	} catch {
		return { ok: false, error: 'unreadable' };
	}
}

/** The header line's separator: semicolon (Norwegian Excel), tab or comma. A decimal comma in a count stays in its cell. */
function delimiterOf(text: string): string {
	const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
	const count = (c: string) => header.split(c).length - 1;
	return [';', '\t', ','].reduce((best, c) => (count(c) > count(best) ? c : best), ';');
}

function cellText(value: ExcelJS.CellValue): string {
	if (value === null || value === undefined) return '';
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if (typeof value === 'object') {
		if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
		if ('richText' in value) return value.richText.map((r) => r.text).join('');
		if ('text' in value) return String(value.text);
		return '';
	}
	return String(value);
}

async function readXlsx(bytes: Uint8Array): Promise<ReadResult> {
	const workbook = new ExcelJS.Workbook();
	try {
		await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
	} catch {
		return { ok: false, error: 'notSpreadsheet' };
	}
	const sheet = workbook.worksheets[0];
	if (!sheet) return { ok: false, error: 'empty' };
	const rows: string[][] = [];
	sheet.eachRow({ includeEmpty: true }, (row) => {
		const values = Array.isArray(row.values) ? row.values.slice(1) : [];
		rows.push(values.map((v) => cellText(v)));
	});
	return rows.length === 0 ? { ok: false, error: 'empty' } : { ok: true, rows };
}
