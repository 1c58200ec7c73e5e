import { stringify } from 'csv-stringify/sync';

export type CsvRow = (string | number | null | undefined)[];

/**
 * A CSV file as Norwegian Excel opens it: semicolon-separated, CRLF, a UTF-8 byte order mark
 * (csv-stringify's `bom`) and numbers with a decimal comma (3,8; "3.8" would open as a date).
 * Cells that a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage
 * return) get a leading apostrophe by csv-stringify's `escape_formulas`; negative numbers stay
 * numbers. Line breaks stay inside their cell.
 */
export function norwegianCsv(rows: CsvRow[]): string {
	return stringify(rows, {
		bom: true,
		delimiter: ';',
		record_delimiter: '\r\n',
		escape_formulas: true,
		// csv-stringify 6.9 leaves a lone \n or \r unquoted when records end in \r\n, which splits a
		// free-text answer over several rows; any cell with a line break is quoted.
		quoted_match: /[\r\n]/,
		cast: { number: (value) => String(value).replace('.', ',') },
	});
}
