import { describe, expect, it } from 'vitest';
import {
	benefitInputSchema,
	compareVersionsInput,
	eligibilityFactsSchema,
	exampleById,
	periodInputSchema,
	toFieldErrors,
} from '#lib/rules/index.ts';
import { errorKey, errorsByPath, localizeError } from './errors.ts';

function messages(
	schema: { safeParse: (v: unknown) => { success: boolean; error?: unknown } },
	value: unknown,
): string[] {
	const parsed = schema.safeParse(value);
	if (parsed.success) return [];
	return toFieldErrors(parsed.error as Parameters<typeof toFieldErrors>[0]).map((e) => e.message);
}

describe('the form’s wording for the engine’s field errors', () => {
	const lise = exampleById('lise')!.facts;
	const period = exampleById('kristoffer-2014')!.period!;
	const benefit = exampleById('lise')!.benefit!;

	it('recognises every error the form can cause', () => {
		const all = [
			...messages(eligibilityFactsSchema, { ...lise, assessmentDate: '' }),
			...messages(eligibilityFactsSchema, { ...lise, assessmentDate: '2009-06-01' }),
			...messages(eligibilityFactsSchema, { ...lise, birthDate: '1850-01-01' }),
			...messages(eligibilityFactsSchema, { ...lise, birthDate: '2020-01-01' }),
			...messages(eligibilityFactsSchema, {
				...lise,
				benefits: [{ type: 'dagpenger', annualAmountNOK: -1, noneOrVeryLimited: null }],
			}),
			...messages(eligibilityFactsSchema, {
				...lise,
				benefits: [{ type: 'dagpenger', annualAmountNOK: 1e9, noneOrVeryLimited: null }],
			}),
			...messages(eligibilityFactsSchema, {
				...lise,
				previousKvpParticipation: [
					{ outcome: 'completed', startDate: '2019-01-01', endDate: null },
				],
			}),
			...messages(eligibilityFactsSchema, {
				...lise,
				previousKvpParticipation: [
					{ outcome: 'completed', startDate: '2015-01-01', endDate: '2014-01-01' },
				],
			}),
			...messages(eligibilityFactsSchema, {
				...lise,
				previousKvpParticipation: [{ outcome: 'completed', startDate: '', endDate: null }],
			}),
			...messages(periodInputSchema, { ...period, birthDate: '2015-01-01' }),
			...messages(periodInputSchema, { ...period, terminatedOn: '2010-01-01' }),
			...messages(periodInputSchema, {
				...period,
				interruptions: [{ startDate: '2010-01-01', endDate: '2010-01-02' }],
			}),
			...messages(periodInputSchema, { ...period, startDate: '2030-01-01' }),
			...messages(benefitInputSchema, { ...benefit, childrenSupported: Number.NaN }),
			...messages(benefitInputSchema, { ...benefit, childrenSupported: 2.5 }),
			...messages(benefitInputSchema, { ...benefit, unexcusedAbsenceDays: 6, interruptedDays: 6 }),
			...messages(benefitInputSchema, {
				...benefit,
				otherBenefitsInPeriod: [{ type: 'dagpenger', amountNOK: Number.NaN }],
			}),
		];
		const compare = compareVersionsInput([], '', '2019-01-01');
		if (!compare.ok) all.push(...compare.errors.map((e) => e.message));
		expect(all.length).toBeGreaterThan(15);
		for (const message of all) expect(errorKey(message), message).not.toBeNull();
	});

	it('speaks the page’s language and keeps unknown messages as they are', () => {
		expect(localizeError('nn', 'Fødselsdatoen kan ikke være etter vurderingsdatoen.')).toBe(
			'Fødselsdatoen kan ikkje vere etter vurderingsdatoen.',
		);
		expect(localizeError('nb', 'Må være et heltall fra og med 0 til og med 20.')).toBe(
			'Skriv et heltall fra 0 til 20.',
		);
		expect(localizeError('nn', 'Noko heilt anna.')).toBe('Noko heilt anna.');
		expect(
			errorsByPath('nb', [
				{ path: 'a', message: 'x' },
				{ path: 'a', message: 'y' },
			]),
		).toEqual({ a: 'x' });
	});
});
