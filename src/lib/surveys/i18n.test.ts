import { describe, expect, it } from 'vitest';
import { surveysNb } from '../../i18n/surveys.nb.ts';
import { surveysNn } from '../../i18n/surveys.nn.ts';
import { fieldErrorsMessage, surveyFormErrors, surveyMessage, sv } from './i18n.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('survey dictionaries', () => {
	it('have exactly the same keys in bokmål and nynorsk', () => {
		expect(Object.keys(surveysNn).sort()).toEqual(Object.keys(surveysNb).sort());
	});

	it.each(Object.keys(surveysNb))('%s has text and the same placeholders in both languages', (key) => {
		const k = key as keyof typeof surveysNb;
		expect(surveysNb[k].trim()).not.toBe('');
		expect(surveysNn[k].trim()).not.toBe('');
		expect(placeholders(surveysNn[k])).toEqual(placeholders(surveysNb[k]));
	});

	it('fills placeholders', () => {
		expect(sv('nn')('results.rate', { rate: 42 })).toBe('Svarprosent: 42 %');
	});
});

describe('survey messages', () => {
	it('translates keys of either dictionary, with parameters, and anything else as a generic error', () => {
		expect(surveyMessage('nn', 'survey.error.scale?max=5')).toBe('Vel eit tal frå 1 til 5.');
		expect(surveyMessage('nb', 'error.confidential.phone')).toContain('telefonnummer');
		expect(surveyMessage('nn', 'Failed to validate: {…}')).toBe('Noko gjekk gale. Prøv igjen.');
	});

	it('puts each of several server-side field errors on its field, in page order', () => {
		const message = fieldErrorsMessage({ 'q-b': 'survey.error.required', 'q-a': 'survey.error.tooLong?max=10&length=12' });
		const errors = surveyFormErrors({ code: 'BAD_REQUEST', message }, 'nb', [{ field: 'q-a', anchor: 'q-a' }, { field: 'q-b', anchor: 'q-b-1' }]);
		expect(errors.form).toBeUndefined();
		expect(errors.list).toEqual([
			{ field: 'q-a', message: 'Svaret kan være på høyst 10 tegn (nå 12). Kort det ned litt; det du har skrevet, står fortsatt i feltet.' },
			{ field: 'q-b-1', message: 'Svar på dette spørsmålet.' },
		]);
		expect(surveyFormErrors({ code: 'CONFLICT', message: 'survey.error.used' }, 'nn').form).toContain('alt brukt');
	});
});
