/** Sets of inclusive date ranges: merging, counting and extending an end past paused days. */
import { addDays, addMonths, inclusiveDays, type IsoDate } from '../engine/dates.ts';

export type Range = { startDate: IsoDate; endDate: IsoDate };

/** Sorts and merges overlapping or adjacent ranges, so no day is counted twice. */
export function mergeRanges(ranges: readonly Range[]): Range[] {
	const sorted = ranges
		.filter((range) => range.endDate >= range.startDate)
		.map((range) => ({ ...range }))
		.sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0));
	const out: Range[] = [];
	for (const range of sorted) {
		const last = out[out.length - 1];
		if (last !== undefined && range.startDate <= addDays(last.endDate, 1)) {
			if (range.endDate > last.endDate) last.endDate = range.endDate;
		} else {
			out.push(range);
		}
	}
	return out;
}

/** Clips ranges to [from, to]; ranges outside disappear. */
export function clipRanges(ranges: readonly Range[], from: IsoDate, to: IsoDate): Range[] {
	const out: Range[] = [];
	for (const range of ranges) {
		const startDate = range.startDate > from ? range.startDate : from;
		const endDate = range.endDate < to ? range.endDate : to;
		if (endDate >= startDate) out.push({ startDate, endDate });
	}
	return out;
}

/** Days of merged `ranges` inside [from, to]. */
function daysWithin(ranges: readonly Range[], from: IsoDate, to: IsoDate): number {
	let total = 0;
	for (const range of clipRanges(ranges, from, to)) {
		total += inclusiveDays(range.startDate, range.endDate);
	}
	return total;
}

/**
 * The last day of a period of `months` from `start` when paused days do not count: the plain end
 * is pushed out by the paused days inside the period, repeated until it stops moving (a pause
 * that starts after the plain end may fall inside the pushed-out period).
 */
export function endAfterMonths(
	start: IsoDate,
	months: number,
	paused: readonly Range[],
): { plainEnd: IsoDate; end: IsoDate; pausedDays: number } {
	const plainEnd = addDays(addMonths(start, months), -1);
	let end = plainEnd;
	let pausedDays = 0;
	for (let guard = 0; guard < 1000; guard += 1) {
		const next = daysWithin(paused, start, end);
		if (next === pausedDays) break;
		pausedDays = next;
		end = addDays(plainEnd, pausedDays);
	}
	return { plainEnd, end, pausedDays };
}

/** Days in [from, to] that are not paused. */
export function countedDays(paused: readonly Range[], from: IsoDate, to: IsoDate): number {
	if (to < from) return 0;
	return inclusiveDays(from, to) - daysWithin(paused, from, to);
}
