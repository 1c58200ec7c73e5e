/**
 * Closing the loop, pure: the topics people asked for next time, taken from the free-text answers
 * (one per line, or separated by semicolons), and the first free slot in the next programme where
 * one can go.
 */
import { isTime, minutesOf } from '#lib/platform/time.ts';

export interface Topic {
	/** As first written (trimmed, bullets removed). */
	text: string;
	/** How many answers asked for it. */
	count: number;
}

const TITLE_MAX = 200;

export function normaliseTopic(text: string): string {
	return text
		.toLocaleLowerCase('nb')
		.replace(/[\s.!?,:]+/g, ' ')
		.trim();
}

/** The distinct topics in the answers, most asked for first. */
export function extractTopics(answers: string[]): Topic[] {
	const topics = new Map<string, Topic>();
	for (const answer of answers) {
		const seen = new Set<string>();
		for (const part of answer.split(/[\n;]+/)) {
			const text = part
				.replace(/^[\s\-–•*·\d.)]+/, '')
				.trim()
				.replace(/[.!]+$/, '')
				.slice(0, TITLE_MAX);
			const key = normaliseTopic(text);
			if (key.length < 3 || seen.has(key)) continue;
			seen.add(key);
			const existing = topics.get(key);
			if (existing) existing.count++;
			else topics.set(key, { text, count: 1 });
		}
	}
	return [...topics.values()].sort(
		(a, b) => b.count - a.count || a.text.localeCompare(b.text, 'nb'),
	);
}

const hhmm = (minutes: number) =>
	`${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * The first gap in the day long enough for `minutes` (or, failing that, the first gap of at least
 * 15 minutes, used whole); null when the programme is full. Times are local "HH:MM".
 */
export function freeSlot(
	items: { startTime: string; endTime: string }[],
	day: { startTime: string; endTime: string },
	minutes = 30,
): { startTime: string; endTime: string } | null {
	if (!isTime(day.startTime) || !isTime(day.endTime)) return null;
	const busy = items
		.filter((i) => isTime(i.startTime) && isTime(i.endTime))
		.map((i) => [minutesOf(i.startTime), minutesOf(i.endTime)] as const)
		.sort((a, b) => a[0] - b[0]);
	const gaps: [number, number][] = [];
	let cursor = minutesOf(day.startTime);
	for (const [start, end] of busy) {
		if (start > cursor) gaps.push([cursor, start]);
		cursor = Math.max(cursor, end);
	}
	const dayEnd = minutesOf(day.endTime);
	if (dayEnd > cursor) gaps.push([cursor, dayEnd]);
	const fits = gaps.find(([s, e]) => e - s >= minutes);
	if (fits) return { startTime: hhmm(fits[0]), endTime: hhmm(fits[0] + minutes) };
	const short = gaps.find(([s, e]) => e - s >= 15);
	return short ? { startTime: hhmm(short[0]), endTime: hhmm(short[1]) } : null;
}
