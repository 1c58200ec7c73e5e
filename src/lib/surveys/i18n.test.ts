import { describe, expect, it } from 'vitest';
import { translator } from '#i18n/index.ts';
import { fieldErrors } from '#lib/platform/form-error.ts';
import { formErrors, messageText } from '#lib/platform/forms.ts';
import { surveysNb } from '#i18n/surveys.nb.ts';
import { surveysNn } from '#i18n/surveys.nn.ts';
import { shownRate } from './anonymity.ts';
import { rateText } from './i18n.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('survey dictionaries', () => {
	it('have exactly the same keys in bokmål and nynorsk', () => {
		expect(Object.keys(surveysNn).sort()).toEqual(Object.keys(surveysNb).sort());
	});

	it.each(Object.keys(surveysNb))(
		'%s has text and the same placeholders in both languages',
		(key) => {
			const k = key as keyof typeof surveysNb;
			expect(surveysNb[k].trim()).not.toBe('');
			expect(surveysNn[k].trim()).not.toBe('');
			expect(placeholders(surveysNn[k])).toEqual(placeholders(surveysNb[k]));
		},
	);

	it('fills placeholders', () => {
		expect(translator('nn')('results.rateFinal', { n: 6, audience: 9, rate: 67 })).toBe(
			'6 av 9 har svart (67 %).',
		);
	});

	it('shows no response rate below five answers, and while open only in steps of five', () => {
		expect(rateText('nb', shownRate('open', 4, 9))).toBe(
			'Svarprosenten vises når minst 5 har svart.',
		);
		expect(rateText('nn', shownRate('closed', 4, 9))).toBe(
			'Svarprosenten blir vist når minst 5 har svart.',
		);
		// 7 of 20 answered: shown as the 5 of 20 it has certainly passed, until 10 have.
		expect(rateText('nb', shownRate('open', 7, 20))).toBe(
			'Svarprosent: minst 25 % (oppdateres for hvert 5. svar).',
		);
		expect(shownRate('open', 9, 20)).toEqual(shownRate('open', 5, 20));
		expect(rateText('nn', shownRate('closed', 7, 20))).toBe('7 av 20 har svart (35 %).');
		expect(rateText('nn', shownRate('open', 0, 0))).toBe('Ingen har fått lenkje enno.');
	});
});

describe('survey messages', () => {
	it('translates keys of either dictionary, with parameters, and anything else as a generic error', () => {
		expect(messageText('nn', { key: 'survey.error.scale', params: { max: 5 } })).toBe(
			'Vel eit tal frå 1 til 5.',
		);
		expect(messageText('nb', 'error.confidential.phone')).toContain('telefonnummer');
		expect(messageText('nn', 'Failed to validate: {…}')).toBe('Noko gjekk gale. Prøv igjen.');
	});

	it('puts each of several server-side field errors on its field, in page order', () => {
		const error = fieldErrors('BAD_REQUEST', {
			'q-b': 'survey.error.required',
			'q-a': { key: 'survey.error.tooLong', params: { max: 10, length: 12 } },
		});
		const errors = formErrors(error, 'nb', [
			{ field: 'q-a', anchor: 'q-a' },
			{ field: 'q-b', anchor: 'q-b-1' },
		]);
		expect(errors.form).toBeUndefined();
		expect(errors.list).toEqual([
			{
				field: 'q-a',
				message:
					'Svaret kan være på høyst 10 tegn (nå 12). Kort det ned litt; det du har skrevet, står fortsatt i feltet.',
			},
			{ field: 'q-b-1', message: 'Svar på dette spørsmålet.' },
		]);
		expect(formErrors({ code: 'CONFLICT', message: 'survey.error.used' }, 'nn').form).toContain(
			'alt brukt',
		);
	});
});
