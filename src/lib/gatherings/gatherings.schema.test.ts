import { describe, expect, it } from 'vitest';
import { formErrors } from '#lib/platform/forms.ts';
import { registrationSchema } from './gatherings.schema.ts';

/** The form's errors as the page shows them, from what a person typed. */
function errorsFor(input: Record<string, unknown>, lang: 'nb' | 'nn') {
	const parsed = registrationSchema.safeParse(input);
	if (parsed.success) return {};
	return formErrors(parsed.error, lang).fields;
}

describe('registration form errors', () => {
	it('shows every error in one round, including consent and organisation', () => {
		const errors = errorsFor(
			{ gatheringId: 'g', name: '', email: 'ikkje-ei-adresse', jobRole: '', consent: false },
			'nn',
		);
		expect(Object.keys(errors).sort()).toEqual(['consent', 'email', 'jobRole', 'name', 'officeId']);
	});

	it.each([
		['nb', /^Høyst 300 tegn \(nå 5\s000\)\.$/],
		['nn', /^Høgst 300 teikn \(no 5\s000\)\.$/],
	] as const)('names the limit and the length of a too long text (%s)', (lang, expected) => {
		const errors = errorsFor(
			{
				gatheringId: 'g',
				name: 'Kari',
				email: 'kari@example.no',
				jobRole: 'Rettleiar',
				organisation: 'NAV',
				consent: true,
				diet: 'x'.repeat(5000),
			},
			lang,
		);
		expect(errors.diet).toMatch(expected);
	});
});
