/** The participant-number pages' text: `pn(lang)` translates keys of src/i18n/participant-numbers.*.ts. */
import type { Lang } from '#i18n/index.ts';
import { participantNumbersNb, type ParticipantNumbersKey } from '#i18n/participant-numbers.nb.ts';
import { participantNumbersNn } from '#i18n/participant-numbers.nn.ts';
import { NO_ERRORS, translateMessage, type FormErrors } from '#lib/platform/forms.ts';
import { fill } from '#lib/self-study/index.ts';
import { HEADER, type ImportError } from './import.ts';
import type { ReadError } from './read-file.ts';

export type { ParticipantNumbersKey };
const DICTIONARIES: Record<Lang, Record<ParticipantNumbersKey, string>> = {
	nb: participantNumbersNb,
	nn: participantNumbersNn,
};

export function pn(lang: Lang) {
	const dictionary = DICTIONARIES[lang];
	return (key: ParticipantNumbersKey, params?: Record<string, string | number>) =>
		fill(dictionary[key], params);
}

/** "Rad 4, kolonne Totalt: «-3» er negativt …" */
export function importErrorText(lang: Lang, e: ImportError): string {
	const p = pn(lang);
	const message = p(`error.${e.key}`, e.params);
	if (e.row === 0) return message;
	return e.column
		? p('error.rowColumn', { row: e.row, column: HEADER[lang][e.column], message })
		: p('error.row', { row: e.row, message });
}

export const readErrorText = (lang: Lang, e: ReadError | 'missing') => pn(lang)(`import.file.${e}`);

const MONTHS: Record<Lang, string[]> = {
	nb: [
		'januar',
		'februar',
		'mars',
		'april',
		'mai',
		'juni',
		'juli',
		'august',
		'september',
		'oktober',
		'november',
		'desember',
	],
	nn: [
		'januar',
		'februar',
		'mars',
		'april',
		'mai',
		'juni',
		'juli',
		'august',
		'september',
		'oktober',
		'november',
		'desember',
	],
};

/** "august 2019" */
export function monthName(lang: Lang, month: string): string {
	const [y, m] = month.split('-').map(Number) as [number, number];
	return `${MONTHS[lang][m - 1]} ${y}`;
}

/** "7,8" */
export const decimal = (n: number) => n.toLocaleString('nb-NO', { maximumFractionDigits: 2 });

/** Messages of a failed form, field by field: zod's messages are keys of this dictionary or the site's. */
export function pnFormErrors(
	error: { message?: string; fields?: Record<string, string[] | undefined> } | undefined | null,
	lang: Lang,
): FormErrors {
	if (!error) return NO_ERRORS;
	const message = (key: string) =>
		Object.hasOwn(participantNumbersNb, key)
			? pn(lang)(key as ParticipantNumbersKey)
			: translateMessage(lang, key);
	const fields = Object.fromEntries(
		Object.entries(error.fields ?? {}).flatMap(([f, m]) => (m?.[0] ? [[f, message(m[0])]] : [])),
	);
	return {
		fields,
		list: Object.entries(fields).map(([field, m]) => ({ field, message: m })),
		form: error.fields ? undefined : message(error.message ?? ''),
	};
}
