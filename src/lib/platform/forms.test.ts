import { describe, expect, it } from 'vitest';
import { fieldErrors, formError } from './form-error.ts';
import { errorText, formErrors, messageText } from './forms.ts';

/** What the page receives: Astro sends an action error's own fields as JSON, also without JavaScript. */
const overTheWire = (error: object) => JSON.parse(JSON.stringify({ ...error })) as object;

describe('form errors from action to page', () => {
	it('carries the key and its parameters as data, and puts the message on the field it names', () => {
		const sent = overTheWire(
			formError(
				'CONFLICT',
				{ key: 'error.gathering.capacityBelowConfirmed', params: { n: 12 } },
				'capacity',
			),
		);
		expect(sent).toMatchObject({
			type: 'AstroActionInputError',
			code: 'CONFLICT',
			issues: [
				{
					path: ['capacity'],
					message: 'error.gathering.capacityBelowConfirmed',
					params: { n: 12 },
				},
			],
		});
		const errors = formErrors(sent, 'nb', ['title', 'capacity']);
		expect(errors.fields.capacity).toBe(
			'Det er allerede 12 påmeldte. Antall plasser kan ikke være lavere.',
		);
		expect(errors.list).toEqual([{ field: 'capacity', message: errors.fields.capacity }]);
		expect(errors.form).toBeUndefined();
	});

	it('shows a refusal of the whole form once, and several fields in page order', () => {
		expect(errorText(overTheWire(formError('NOT_FOUND', 'survey.error.used')), 'nn')).toContain(
			'alt brukt',
		);
		const errors = formErrors(
			overTheWire(fieldErrors('BAD_REQUEST', { b: 'survey.error.required', a: 'error.datetime' })),
			'nb',
			['a', 'b'],
		);
		expect(errors.list.map((e) => e.field)).toEqual(['a', 'b']);
	});

	it('writes a count in its plural form and large numbers the Norwegian way', () => {
		const wait = (n: number, lang: 'nb' | 'nn') =>
			messageText(lang, { key: 'error.rateLimited', params: { n } });
		expect(wait(1, 'nb')).toContain('Vent 1 sekund og');
		expect(wait(5, 'nb')).toContain('Vent 5 sekunder og');
		expect(wait(1, 'nn')).toContain('Vent 1 sekund og');
		expect(messageText('nb', { key: 'error.text.tooLongBy', params: { max: 300, n: 5000 } })).toBe(
			'Høyst 300 tegn (nå 5\u00a0000).',
		);
	});
});
