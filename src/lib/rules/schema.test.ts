import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
	benefitInputSchema,
	eligibilityFactsSchema,
	formatPath,
	parseWith,
	periodInputSchema,
	toFieldErrors,
} from './schema.ts';
import { calculateBenefitInput, calculatePeriodInput, evaluateEligibilityInput } from './input.ts';

/** The example from the issue, verbatim. */
const ISSUE_FACTS = {
	assessmentDate: '2019-09-01',
	birthDate: '2002-06-01',
	lawfulResidenceAndFixedAbodeInNorway: true,
	significantlyReducedWorkAndIncomeCapacity: true,
	workAbilityAssessmentDone: true,
	workAbilityAssessmentOutcome: 'spesielt-tilpasset-innsats',
	benefits: [
		{ type: 'economic-social-assistance', annualAmountNOK: 110000, noneOrVeryLimited: true },
	],
	pendingBenefitClaims: [{ type: 'uføretrygd', status: 'appeal-pending' }],
	closeCoordinatedAssistanceAppropriateAndNecessary: true,
	navCanOfferAdaptedProgramme: true,
	navCannotOfferReason: null,
	previousKvpParticipation: [
		{
			outcome: 'interrupted',
			startDate: '2017-09-01',
			endDate: '2018-03-15',
			readmittedAfterInterruption: false,
		},
	],
};

describe('eligibilityFactsSchema', () => {
	it('accepts the facts from the issue, and the engine answers with the named version', () => {
		const outcome = evaluateEligibilityInput(ISSUE_FACTS);
		expect(outcome.ok).toBe(true);
		if (!outcome.ok) return;
		expect(outcome.result.ruleVersion.id).toBe('rv-2019');
		// Born 2002-06-01, assessed 2019-09-01: 17 years old.
		expect(outcome.result.verdict).toBe('not-eligible');
		expect(outcome.result.conditions.map((c) => c.id)).toEqual([
			'working-age',
			'lawful-residence-fixed-abode',
			'significantly-reduced-work-income-capacity',
			'work-ability-assessment-qualifies',
			'no-or-very-limited-benefits',
			'close-coordinated-assistance-appropriate-necessary',
			'nav-can-offer-adapted-programme',
			'previous-participation-rules',
		]);
	});

	it('drops unknown fields', () => {
		const parsed = eligibilityFactsSchema.parse({ ...ISSUE_FACTS, extra: 1 });
		expect(parsed).not.toHaveProperty('extra');
	});

	it('defaults the optional pendingBenefitClaims and navCannotOfferReason', () => {
		const { pendingBenefitClaims: _a, navCannotOfferReason: _b, ...rest } = ISSUE_FACTS;
		const parsed = eligibilityFactsSchema.parse(rest);
		expect(parsed.pendingBenefitClaims).toEqual([]);
		expect(parsed.navCannotOfferReason).toBeNull();
	});

	it('names every invalid field, in bokmål', () => {
		const outcome = evaluateEligibilityInput({
			assessmentDate: '2019-02-29',
			birthDate: 12,
			benefits: [
				{ type: 'x', annualAmountNOK: -5 },
				{ type: 'dagpenger', noneOrVeryLimited: 'ja' },
			],
		});
		expect(outcome.ok).toBe(false);
		if (outcome.ok) return;
		const paths = outcome.errors.map((e) => e.path);
		expect(paths).toEqual([
			'assessmentDate',
			'birthDate',
			'lawfulResidenceAndFixedAbodeInNorway',
			'significantlyReducedWorkAndIncomeCapacity',
			'workAbilityAssessmentDone',
			'workAbilityAssessmentOutcome',
			'benefits[0].type',
			'benefits[0].annualAmountNOK',
			'benefits[1].noneOrVeryLimited',
			'closeCoordinatedAssistanceAppropriateAndNecessary',
			'navCanOfferAdaptedProgramme',
			'previousKvpParticipation',
		]);
		const message = (path: string) => outcome.errors.find((e) => e.path === path)?.message;
		expect(message('assessmentDate')).toBe(
			'Må være en gyldig dato skrevet ÅÅÅÅ-MM-DD, for eksempel 2019-09-01.',
		);
		expect(message('lawfulResidenceAndFixedAbodeInNorway')).toBe(
			'Feltet mangler. Bruk null hvis det ikke er vurdert ennå.',
		);
		expect(message('benefits[1].noneOrVeryLimited')).toMatch(
			/true \(ja\), false \(nei\) eller null/,
		);
		for (const error of outcome.errors)
			expect(error.message).not.toMatch(/Invalid|expected|received/i);
	});

	it('rejects something that is not an object, without throwing', () => {
		for (const input of [null, 'facts', 42, [], undefined]) {
			const outcome = evaluateEligibilityInput(input);
			expect(outcome.ok).toBe(false);
			if (!outcome.ok)
				expect(outcome.errors[0]).toEqual({
					path: '',
					message: expect.stringMatching(/objekt|mangler/),
				});
		}
	});

	it('rejects an invalid rule date given as an option', () => {
		const outcome = evaluateEligibilityInput(ISSUE_FACTS, { ruleDate: '2009-01-01' });
		expect(outcome).toEqual({
			ok: false,
			errors: [{ path: 'ruleDate', message: expect.any(String) }],
		});
	});
});

describe('dates', () => {
	it('refuse dates outside 1900–2099 and impossible dates, naming the field', () => {
		const outcome = calculatePeriodInput({
			assessmentDate: '2100-01-01',
			startDate: '2019-02-29',
			birthDate: '1899-12-31',
		});
		expect(outcome).toEqual({
			ok: false,
			errors: [
				{
					path: 'assessmentDate',
					message: 'Datoen må være fra og med 1.1.1900 til og med 31.12.2099.',
				},
				{ path: 'startDate', message: expect.stringMatching(/gyldig dato/) },
				{ path: 'birthDate', message: expect.stringMatching(/1\.1\.1900/) },
			],
		});
	});
});

describe('period and benefit schemas', () => {
	it('name every invalid field', () => {
		const period = calculatePeriodInput({
			assessmentDate: '2020-01-01',
			startDate: 'soon',
			decisions: [{ kind: 'x' }],
		});
		expect(period.ok).toBe(false);
		if (!period.ok) {
			expect(period.errors.map((e) => e.path)).toEqual([
				'startDate',
				'decisions[0].startDate',
				'decisions[0].endDate',
				'decisions[0].kind',
			]);
		}
		const benefit = calculateBenefitInput({ assessmentDate: '2020-01-01', childrenSupported: 1.5 });
		expect(benefit.ok).toBe(false);
		if (!benefit.ok)
			expect(benefit.errors.map((e) => e.path)).toEqual(['birthDate', 'childrenSupported']);
	});

	it('accept the eligibility facts as benefit input, ignoring the extra fields', () => {
		expect(benefitInputSchema.safeParse({ ...ISSUE_FACTS }).success).toBe(true);
		expect(
			periodInputSchema.safeParse({ assessmentDate: '2020-01-01', startDate: '2020-01-01' })
				.success,
		).toBe(true);
	});
});

describe('toFieldErrors and formatPath', () => {
	it('formats paths with dots and brackets', () => {
		expect(formatPath(['benefits', 0, 'type'])).toBe('benefits[0].type');
		expect(formatPath([])).toBe('');
		expect(formatPath(['a', 'b', 2])).toBe('a.b[2]');
	});

	it('drops duplicate errors', () => {
		const schema = z
			.string()
			.refine(() => false, 'x')
			.refine(() => false, 'x');
		const result = schema.safeParse('a');
		expect(result.success).toBe(false);
		if (!result.success) expect(toFieldErrors(result.error)).toEqual([{ path: '', message: 'x' }]);
		expect(parseWith(schema, 'a')).toEqual({ ok: false, errors: [{ path: '', message: 'x' }] });
	});
});
