import { clockSpan } from '#i18n/format.ts';
import { isTime, minutesOf } from '#lib/platform/time.ts';

export interface ProgrammeSlot {
	id?: string;
	startTime: string;
	endTime: string;
	title: string;
}

export type SlotProblem =
	| { field: 'startTime' | 'endTime'; message: 'error.programme.time' }
	| { field: 'endTime'; message: 'error.programme.endBeforeStart' }
	| { field: 'startTime'; message: 'error.programme.outsideDay' }
	| { field: 'startTime'; message: 'error.programme.overlap'; other: string };

/**
 * Checks one programme item against the day and the other items: it must end after it starts,
 * lie within the gathering's hours, and not overlap another item.
 */
export function checkSlot(
	slot: ProgrammeSlot,
	others: ProgrammeSlot[],
	day: { startTime: string; endTime: string },
): SlotProblem[] {
	const problems: SlotProblem[] = [];
	if (!isTime(slot.startTime))
		problems.push({ field: 'startTime', message: 'error.programme.time' });
	if (!isTime(slot.endTime)) problems.push({ field: 'endTime', message: 'error.programme.time' });
	if (problems.length > 0) return problems;
	const start = minutesOf(slot.startTime);
	const end = minutesOf(slot.endTime);
	if (end <= start) return [{ field: 'endTime', message: 'error.programme.endBeforeStart' }];
	if (start < minutesOf(day.startTime) || end > minutesOf(day.endTime)) {
		return [{ field: 'startTime', message: 'error.programme.outsideDay' }];
	}
	const clash = others.find(
		(o) => o.id !== slot.id && minutesOf(o.startTime) < end && start < minutesOf(o.endTime),
	);
	if (clash)
		return [
			{
				field: 'startTime',
				message: 'error.programme.overlap',
				other: `${clockSpan(clash.startTime, clash.endTime)} ${clash.title}`,
			},
		];
	return [];
}

export function sortProgramme<T extends { startTime: string }>(items: T[]): T[] {
	return [...items].sort((a, b) => minutesOf(a.startTime) - minutesOf(b.startTime));
}
