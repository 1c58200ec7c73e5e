import { describe, expect, it } from 'vitest';
import { answerBlock } from './blocked.ts';

const used = (answered: boolean) => ({ reason: 'used' as const, check: () => answered });

describe('answerBlock: why a survey link shows a message instead of the form', () => {
	it('a draft is not open yet and a closed survey is closed, answered or not', async () => {
		expect(await answerBlock('draft', used(false), false)).toBe('survey.error.notOpenYet');
		expect(await answerBlock('closed', used(true), false)).toBe('survey.error.closed');
		expect(await answerBlock('closed', used(false), true)).toBe('survey.error.closed');
	});

	it('an open survey shows the form until this link or this browser has answered', async () => {
		expect(await answerBlock('open', used(false), false)).toBeNull();
		expect(await answerBlock('open', used(true), false)).toBe('survey.error.used');
		const here = { reason: 'answeredHere' as const, check: () => Promise.resolve(true) };
		expect(await answerBlock('open', here, false)).toBe('survey.error.answeredHere');
	});

	it('a refused answer shows the form again with its errors, and the link is not looked up', async () => {
		let asked = false;
		const spent = {
			reason: 'used' as const,
			check: () => {
				asked = true;
				return true;
			},
		};
		expect(await answerBlock('open', spent, true)).toBeNull();
		expect(asked).toBe(false);
	});
});
