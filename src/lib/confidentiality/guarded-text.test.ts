import { describe, expect, it } from 'vitest';
import { guardedText } from './guarded-text.ts';

describe('guarded free text', () => {
	const optional = guardedText({ max: 20, optional: true });
	const required = guardedText({ max: 20, required: 'error.question.required' });

	it('reads an empty form field (null) as empty text when optional, and asks for it when required', () => {
		expect(optional.parse(null)).toBe('');
		expect(required.safeParse(null).error?.issues[0]?.message).toBe('error.question.required');
	});

	it('refuses phone numbers and overlong text with their own messages', () => {
		expect(optional.safeParse('ring 91234567').error?.issues[0]?.message).toBe(
			'error.confidential.phone',
		);
		expect(optional.safeParse('x'.repeat(21)).error?.issues[0]).toMatchObject({
			message: 'error.text.tooLongBy',
			params: { max: 20, n: 21 },
		});
		expect(optional.parse('  hei  ')).toBe('hei');
	});
});
