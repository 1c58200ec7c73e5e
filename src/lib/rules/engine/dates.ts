/**
 * Calendar dates as ISO strings ('YYYY-MM-DD'), with no time zone and no `Date` objects.
 *
 * Day arithmetic goes through "day numbers" (days since 1970-01-01 in the proleptic Gregorian
 * calendar, Howard Hinnant's `days_from_civil`), so there is no local-time or DST pitfall and the
 * same answer comes out in a browser in Oslo and on a server in UTC.
 */

/** An ISO calendar date, 'YYYY-MM-DD'. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
	if (month === 2) return isLeapYear(year) ? 29 : 28;
	return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True when `value` is a real calendar date written as 'YYYY-MM-DD' (no 2019-02-29). */
export function isIsoDate(value: unknown): value is IsoDate {
	if (typeof value !== 'string') return false;
	const match = ISO_DATE.exec(value);
	if (!match) return false;
	const year = Number(match[1]);
	const month = Number(match[2]);
	const day = Number(match[3]);
	return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Splits a (valid) ISO date without regex or allocation of intermediate arrays. */
function parts(date: IsoDate): { year: number; month: number; day: number } {
	return {
		year: Number(date.slice(0, 4)),
		month: Number(date.slice(5, 7)),
		day: Number(date.slice(8, 10)),
	};
}

function pad(value: number, width: number): string {
	return String(value).padStart(width, '0');
}

function fromParts(year: number, month: number, day: number): IsoDate {
	return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Days since 1970-01-01 (negative before). */
export function toDayNumber(date: IsoDate): number {
	const { year, month, day } = parts(date);
	const y = month <= 2 ? year - 1 : year;
	const era = Math.floor(y / 400);
	const yoe = y - era * 400;
	const mp = (month + 9) % 12;
	const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
	const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
	return era * 146097 + doe - 719468;
}

export function fromDayNumber(dayNumber: number): IsoDate {
	const z = dayNumber + 719468;
	const era = Math.floor(z / 146097);
	const doe = z - era * 146097;
	const yoe = Math.floor(
		(doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
	);
	const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
	const mp = Math.floor((5 * doy + 2) / 153);
	const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
	const month = mp < 10 ? mp + 3 : mp - 9;
	const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
	return fromParts(year, month, day);
}

export function addDays(date: IsoDate, days: number): IsoDate {
	return fromDayNumber(toDayNumber(date) + days);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
	return toDayNumber(to) - toDayNumber(from);
}

/**
 * Adds calendar months. When the day does not exist in the target month, the result is the first
 * day of the following month (31 January + 1 month = 1 March; 29 February + 12 months = 1 March in
 * a common year). This is the same convention `birthdayAt` uses for 29 February birthdays, and it
 * means a period of N months starting on day D always ends the day before `addMonths(D, N)`.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
	const { year, month, day } = parts(date);
	const index = year * 12 + (month - 1) + months;
	const targetYear = Math.floor(index / 12);
	const targetMonth = (index % 12) + 1;
	const last = daysInMonth(targetYear, targetMonth);
	if (day <= last) return fromParts(targetYear, targetMonth, day);
	// The day does not exist in the target month: the anniversary is the first day after the
	// month's last day.
	return addDays(fromParts(targetYear, targetMonth, last), 1);
}

function addYears(date: IsoDate, years: number): IsoDate {
	return addMonths(date, years * 12);
}

/**
 * The day a person born on `birthDate` turns `age`.
 *
 * Engine convention (not a legal fact, see `docs` in parameters/age.ts): someone born on
 * 29 February turns a year older on 1 March in a common year, because the day that completes the
 * year, 29 February, does not exist and 28 February is still inside the unfinished year.
 */
export function birthdayAt(birthDate: IsoDate, age: number): IsoDate {
	return addYears(birthDate, age);
}

/** Completed years on `date`, and the days since the last birthday. */
export function ageOn(birthDate: IsoDate, date: IsoDate): { years: number; days: number } {
	let years = parts(date).year - parts(birthDate).year;
	let lastBirthday = birthdayAt(birthDate, years);
	if (lastBirthday > date) {
		years -= 1;
		lastBirthday = birthdayAt(birthDate, years);
	}
	return { years, days: daysBetween(lastBirthday, date) };
}

/** Inclusive number of days in [from, to]; 0 when `to` is before `from`. */
export function inclusiveDays(from: IsoDate, to: IsoDate): number {
	const span = daysBetween(from, to) + 1;
	return span > 0 ? span : 0;
}

/** Days of [aFrom, aTo] that also lie in [bFrom, bTo] (all inclusive). */
export function overlapDays(aFrom: IsoDate, aTo: IsoDate, bFrom: IsoDate, bTo: IsoDate): number {
	const from = aFrom > bFrom ? aFrom : bFrom;
	const to = aTo < bTo ? aTo : bTo;
	return inclusiveDays(from, to);
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
	return a < b ? a : b;
}

/** Norwegian short form: '2019-01-01' → '1.1.2019'. */
export function formatDateNo(date: IsoDate): string {
	const { year, month, day } = parts(date);
	return `${day}.${month}.${year}`;
}

const MONTHS = [
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
] as const;

/** Norwegian long form, the same in bokmål and nynorsk: '2026-05-01' → '1. mai 2026'. */
export function formatDateLongNo(date: IsoDate): string {
	const { year, month, day } = parts(date);
	return `${day}. ${MONTHS[month - 1] ?? ''} ${year}`;
}
