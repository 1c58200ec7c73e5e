/**
 * Dates in the Excel files the platform hands out: real date cells (sortable, filterable) shown
 * the Norwegian way. A cell has no time zone, so an instant is written as its wall-clock time in
 * Norway.
 */
import { TZDate } from '@date-fns/tz';
import { TIME_ZONE } from '#i18n/format.ts';

/** "19.09.2019" */
export const EXCEL_DATE = 'dd.mm.yyyy';
/** "19.09.2019 09.30" (Språkrådet's full stop between hours and minutes) */
export const EXCEL_DATE_TIME = 'dd.mm.yyyy hh.mm';

/** The value for a date cell showing an instant as the clock in Norway read it. */
export function excelDateTime(instant: Date): Date {
	const z = new TZDate(instant.getTime(), TIME_ZONE);
	return new Date(
		Date.UTC(
			z.getFullYear(),
			z.getMonth(),
			z.getDate(),
			z.getHours(),
			z.getMinutes(),
			z.getSeconds(),
		),
	);
}

/** The value for a date cell showing a calendar date ("2019-09-19"). */
export function excelDate(date: string): Date {
	return new Date(`${date}T00:00:00Z`);
}
