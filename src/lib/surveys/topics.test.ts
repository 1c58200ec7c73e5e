import { describe, expect, it } from 'vitest';
import { extractTopics, freeSlot } from './topics.ts';

describe('topics for next time', () => {
	it('splits answers into topics, one per line or semicolon, and counts each once per answer', () => {
		const topics = extractTopics([
			'- Arbeidstrening i ordinære verksemder\n• Mentor.',
			'arbeidstrening i ordinære verksemder; Mentor; mentor',
			'Økonomisk rettleiing',
			'ok',
		]);
		expect(topics).toEqual([
			{ text: 'Arbeidstrening i ordinære verksemder', count: 2 },
			{ text: 'Mentor', count: 2 },
			{ text: 'Økonomisk rettleiing', count: 1 },
		]);
	});

	it('finds the first free half hour, a shorter gap if that is all, or nothing', () => {
		const day = { startTime: '09:00', endTime: '15:00' };
		expect(
			freeSlot(
				[
					{ startTime: '09:00', endTime: '10:00' },
					{ startTime: '10:10', endTime: '12:00' },
				],
				day,
			),
		).toEqual({ startTime: '12:00', endTime: '12:30' });
		expect(freeSlot([{ startTime: '09:00', endTime: '14:40' }], day)).toEqual({
			startTime: '14:40',
			endTime: '15:00',
		});
		expect(freeSlot([{ startTime: '09:00', endTime: '14:50' }], day)).toBeNull();
		expect(freeSlot([], day)).toEqual({ startTime: '09:00', endTime: '09:30' });
	});
});
