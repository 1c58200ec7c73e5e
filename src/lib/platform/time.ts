/**
 * Local dates and times in Norway. Everything happens there: every local date and time in a form
 * means Europe/Oslo (the one zone, TIME_ZONE in src/i18n/format.ts), whatever the server's zone is.
 */
import { TZDate } from '@date-fns/tz';
import { TIME_ZONE } from '#i18n/format.ts';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isDate(value: string): boolean {
	const m = DATE.exec(value);
	if (!m) return false;
	const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
	return d.toISOString().slice(0, 10) === value;
}

export function isTime(value: string): boolean {
	return TIME.test(value);
}

/** The instant of a local date and time in Norway, e.g. ("2019-09-19", "09:00") → 07:00 UTC. */
export function osloInstant(date: string, time: string): Date {
	const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
	const [h, mi] = time.split(':').map(Number) as [number, number];
	return new Date(new TZDate(y, mo - 1, d, h, mi, TIME_ZONE).getTime());
}

/** A `datetime-local` value ("2019-09-12T12:00") read as Norwegian time. */
export function osloInstantFromLocal(value: string): Date | null {
	const [date, time] = value.split('T');
	if (!date || !time || !isDate(date) || !isTime(time.slice(0, 5))) return null;
	return osloInstant(date, time.slice(0, 5));
}

/** The local date and time in Norway of an instant. */
export function osloParts(instant: Date): { date: string; time: string; local: string } {
	const z = new TZDate(instant.getTime(), TIME_ZONE);
	const pad = (n: number) => String(n).padStart(2, '0');
	const date = `${z.getFullYear()}-${pad(z.getMonth() + 1)}-${pad(z.getDate())}`;
	const time = `${pad(z.getHours())}:${pad(z.getMinutes())}`;
	return { date, time, local: `${date}T${time}` };
}

export function minutesOf(time: string): number {
	const [h, m] = time.split(':').map(Number) as [number, number];
	return h * 60 + m;
}
