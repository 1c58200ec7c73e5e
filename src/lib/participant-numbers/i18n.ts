/** The participant-number pages' text beyond the dictionaries (src/i18n/participant-numbers.*.ts). */
import { translator, type Lang } from '#i18n/index.ts';
import { HEADER, MONTH_NAMES, type ImportError } from './import.ts';
import type { ReadError } from './read-file.ts';

/** "Rad 4, kolonne Totalt: «-3» er negativt …" */
export function importErrorText(lang: Lang, e: ImportError): string {
	const p = translator(lang);
	const message = p(`error.${e.key}`, e.params);
	if (e.row === 0) return message;
	return e.column
		? p('error.rowColumn', { row: e.row, column: HEADER[lang][e.column], message })
		: p('error.row', { row: e.row, message });
}

export const readErrorText = (lang: Lang, e: ReadError | 'missing') =>
	translator(lang)(`import.file.${e}`);

/** The months' names by language (the two written languages spell them alike). */
const MONTHS: Record<Lang, readonly string[]> = { nb: MONTH_NAMES, nn: MONTH_NAMES };

/** "august 2019" */
export function monthName(lang: Lang, month: string): string {
	const [y, m] = month.split('-').map(Number) as [number, number];
	return `${MONTHS[lang][m - 1]} ${y}`;
}

/** "7,8" */
export const decimal = (n: number) => n.toLocaleString('nb-NO', { maximumFractionDigits: 2 });
