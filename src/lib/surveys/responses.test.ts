import { describe, expect, it } from 'vitest';
import { decideAnswers, linksToClaim, surveysToCount, type AnswerRequest } from './responses.ts';

const link = (invitationId: string, surveyId = 's'): AnswerRequest => ({
	surveyId,
	invitationId,
	cap: null,
});
const screen = (cap: number | null, surveyId = 's'): AnswerRequest => ({
	surveyId,
	invitationId: null,
	cap,
});
const open = new Set(['s', 't']);
const stored = { ok: true };

describe('a batch of survey answers', () => {
	it('claims each personal link once, and none for a survey that has closed', () => {
		expect(linksToClaim([link('i1'), link('i2'), link('i1'), link('i3', 'closed')], open)).toEqual([
			'i1',
			'i2',
		]);
	});

	it('counts the answers only of open surveys that take a limited answer through the open link', () => {
		expect(
			surveysToCount(
				[link('i1'), screen(null, 't'), screen(0, 't'), screen(9), screen(9), screen(9, 'closed')],
				open,
			),
		).toEqual(['s']);
	});

	it.each([
		[
			'stores the first answer of a claimed link and refuses a second one with the same link',
			[link('i1'), link('i1')],
			{ claimed: ['i1'], responses: [] },
			[stored, { ok: false, reason: 'used' }],
		],
		[
			'refuses a link whose marker was already there (used before this batch)',
			[link('i2')],
			{ claimed: [], responses: [] },
			[{ ok: false, reason: 'used' }],
		],
		[
			'refuses every answer to a survey that is no longer open, before anything else',
			[link('i1', 'closed'), screen(5, 'closed')],
			{ claimed: ['i1'], responses: [] },
			[
				{ ok: false, reason: 'closed' },
				{ ok: false, reason: 'closed' },
			],
		],
		[
			'lets the open link fill the survey up to its audience, in arrival order, and no further',
			[screen(3), screen(3), screen(3), screen(3, 't')],
			{ claimed: [], responses: [['s', 1] as const] },
			[stored, stored, { ok: false, reason: 'full' }, stored],
		],
		[
			'does not count a personal link against the open link’s limit',
			[link('i1'), screen(2), screen(2)],
			{ claimed: ['i1'], responses: [['s', 1] as const] },
			[stored, stored, { ok: false, reason: 'full' }],
		],
		[
			'sets no limit for a survey with no audience',
			[screen(0), screen(null)],
			{ claimed: [], responses: [] },
			[stored, stored],
		],
	])('%s', (_name, requests, state, expected) => {
		expect(
			decideAnswers(requests, {
				open,
				claimed: new Set(state.claimed),
				responses: new Map(state.responses),
			}),
		).toEqual(expected);
	});
});
