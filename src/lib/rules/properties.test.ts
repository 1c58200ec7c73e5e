/** Property tests (fast-check): invariants that must hold for any valid facts. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculateBenefit } from './benefit.ts';
import { CONDITION_IDS } from './eligibility/condition.ts';
import { evaluateEligibility, verdictOf } from './eligibility.ts';
import { addDays, daysBetween, fromDayNumber, toDayNumber } from './engine/dates.ts';
import type { Verdict } from './engine/types.ts';
import { calculateBenefitInput, calculatePeriodInput, evaluateEligibilityInput } from './input.ts';
import { calculatePeriod } from './period.ts';
import {
	BENEFIT_TYPES,
	benefitInputSchema,
	eligibilityFactsSchema,
	NAV_CANNOT_OFFER_REASONS,
	periodInputSchema,
	WORK_ABILITY_OUTCOMES,
	type EligibilityFacts,
} from './schema.ts';

const dateBetween = (from: string, to: string) =>
	fc.integer({ min: toDayNumber(from), max: toDayNumber(to) }).map(fromDayNumber);
const tri = fc.constantFrom(true, false, null);

const benefitArb = fc.record({
	type: fc.constantFrom(...BENEFIT_TYPES),
	annualAmountNOK: fc.option(fc.integer({ min: 0, max: 400_000 }), { nil: null }),
	noneOrVeryLimited: tri,
});

const factsArb: fc.Arbitrary<EligibilityFacts> = fc
	.record({
		assessmentDate: dateBetween('2010-01-01', '2027-12-31'),
		ageInDays: fc.option(fc.integer({ min: 15 * 365, max: 70 * 365 }), { nil: null }),
		lawful: tri,
		capacity: tri,
		done: tri,
		outcome: fc.option(fc.constantFrom(...WORK_ABILITY_OUTCOMES), { nil: null }),
		benefits: fc.option(fc.array(benefitArb, { maxLength: 3 }), { nil: null }),
		pending: fc.option(
			fc.array(
				fc.record({
					type: fc.constantFrom(...BENEFIT_TYPES),
					status: fc.constantFrom('application-pending' as const, 'appeal-pending' as const),
				}),
				{ maxLength: 2 },
			),
			{ nil: null },
		),
		close: tri,
		navCan: tri,
		reason: fc.option(fc.constantFrom(...NAV_CANNOT_OFFER_REASONS), { nil: null }),
		previous: fc.option(
			fc.array(
				fc.record({
					outcome: fc.constantFrom(
						'completed' as const,
						'terminated' as const,
						'interrupted' as const,
					),
					startsDaysBefore: fc.integer({ min: 0, max: 3000 }),
					length: fc.option(fc.integer({ min: 0, max: 900 }), { nil: null }),
					readmitted: tri,
				}),
				{ maxLength: 2 },
			),
			{ nil: null },
		),
	})
	.map((r) => ({
		assessmentDate: r.assessmentDate,
		birthDate: r.ageInDays === null ? null : addDays(r.assessmentDate, -r.ageInDays),
		lawfulResidenceAndFixedAbodeInNorway: r.lawful,
		significantlyReducedWorkAndIncomeCapacity: r.capacity,
		workAbilityAssessmentDone: r.done,
		workAbilityAssessmentOutcome: r.outcome,
		benefits: r.benefits,
		pendingBenefitClaims: r.pending,
		closeCoordinatedAssistanceAppropriateAndNecessary: r.close,
		navCanOfferAdaptedProgramme: r.navCan,
		navCannotOfferReason: r.reason,
		previousKvpParticipation:
			r.previous?.map((p) => {
				const startDate = addDays(r.assessmentDate, -p.startsDaysBefore);
				return {
					outcome: p.outcome,
					startDate,
					endDate: p.length === null ? null : addDays(startDate, p.length),
					readmittedAfterInterruption: p.readmitted,
				};
			}) ?? null,
	}));

const RANK: Record<Verdict, number> = { 'not-eligible': 0, 'needs-judgement': 1, eligible: 2 };
const verdict = (facts: EligibilityFacts) => evaluateEligibility(facts).verdict;

/** Yes/no facts where yes is the answer that favours the right to a programme. */
const FAVOURABLE = [
	'lawfulResidenceAndFixedAbodeInNorway',
	'significantlyReducedWorkAndIncomeCapacity',
	'closeCoordinatedAssistanceAppropriateAndNecessary',
	'navCanOfferAdaptedProgramme',
] as const;
/** Every top-level yes/no fact. */
const YES_NO = [...FAVOURABLE, 'workAbilityAssessmentDone'] as const;

describe('eligibility invariants', () => {
	it('the generator only makes valid facts', () => {
		fc.assert(fc.property(factsArb, (facts) => eligibilityFactsSchema.safeParse(facts).success));
	});

	it('a fact changed from null to true never turns eligible into not-eligible', () => {
		fc.assert(
			fc.property(factsArb, fc.constantFrom(...YES_NO), (facts, key) => {
				const unknown = { ...facts, [key]: null };
				const yes = { ...facts, [key]: true };
				if (verdict(unknown) === 'eligible') expect(verdict(yes)).not.toBe('not-eligible');
			}),
		);
	});

	it('a nested yes/no fact changed from null to true never turns eligible into not-eligible', () => {
		fc.assert(
			fc.property(factsArb, (facts) => {
				const set = (value: boolean | null): EligibilityFacts => ({
					...facts,
					benefits: facts.benefits?.map((b) => ({ ...b, noneOrVeryLimited: value })) ?? null,
					previousKvpParticipation:
						facts.previousKvpParticipation?.map((p) => ({
							...p,
							readmittedAfterInterruption: value,
						})) ?? null,
				});
				if (verdict(set(null)) === 'eligible') expect(verdict(set(true))).not.toBe('not-eligible');
			}),
		);
	});

	it('a favourable fact going from unknown to yes never makes the verdict worse, and to no never better', () => {
		fc.assert(
			fc.property(factsArb, fc.constantFrom(...FAVOURABLE), (facts, key) => {
				const unknown = RANK[verdict({ ...facts, [key]: null })];
				expect(RANK[verdict({ ...facts, [key]: true })]).toBeGreaterThanOrEqual(unknown);
				expect(RANK[verdict({ ...facts, [key]: false })]).toBeLessThanOrEqual(
					RANK[verdict({ ...facts, [key]: true })],
				);
			}),
		);
	});

	it('a not-eligible case stays not eligible whatever an unknown yes/no fact turns out to be', () => {
		fc.assert(
			fc.property(factsArb, fc.constantFrom(...YES_NO), fc.boolean(), (facts, key, value) => {
				const unknown = { ...facts, [key]: null };
				if (verdict(unknown) === 'not-eligible')
					expect(verdict({ ...facts, [key]: value })).toBe('not-eligible');
			}),
		);
	});

	it('the verdict is consistent with the condition statuses', () => {
		fc.assert(
			fc.property(factsArb, (facts) => {
				const result = evaluateEligibility(facts);
				expect(result.verdict).toBe(verdictOf(result.conditions));
				const statuses = result.conditions.map((c) => c.status);
				if (statuses.includes('not-met')) expect(result.verdict).toBe('not-eligible');
				else if (statuses.includes('needs-judgement'))
					expect(result.verdict).toBe('needs-judgement');
				else expect(result.verdict).toBe('eligible');
				const decisiveStatus = result.verdict === 'not-eligible' ? 'not-met' : 'needs-judgement';
				expect(result.decisive).toEqual(
					result.verdict === 'eligible'
						? []
						: result.conditions.filter((c) => c.status === decisiveStatus).map((c) => c.id),
				);
			}),
		);
	});

	it('the same facts and date always give the same, JSON-serialisable result', () => {
		fc.assert(
			fc.property(factsArb, (facts) => {
				const first = evaluateEligibility(facts);
				const second = evaluateEligibility(structuredClone(facts));
				expect(second).toEqual(first);
				expect(JSON.parse(JSON.stringify(first))).toEqual(first);
			}),
		);
	});

	it('every condition answers, in order, with a reference, a link and explanations in nb and nn', () => {
		fc.assert(
			fc.property(factsArb, (facts) => {
				const result = evaluateEligibility(facts);
				expect(result.conditions.map((c) => c.id)).toEqual([...CONDITION_IDS]);
				for (const c of result.conditions) {
					expect(c.explanation.nb.trim().length).toBeGreaterThan(20);
					expect(c.explanation.nn.trim().length).toBeGreaterThan(20);
					expect(c.explanation.nb).not.toBe(c.explanation.nn);
					expect(c.reference.text).toMatch(/§|forskrift|rundskriv/);
					expect(c.reference.href).toMatch(/^(\/regelverk\/|https:\/\/)/);
					expect(c.decidingFacts.length).toBeGreaterThan(0);
					for (const doubt of c.doubts) {
						expect(c.explanation.nb).toContain(doubt.text.nb);
						expect(c.explanation.nn).toContain(doubt.text.nn);
					}
				}
				expect(result.summary.nb.length).toBeGreaterThan(0);
			}),
		);
	});

	it('within one rule version, the rule date does not change any status', () => {
		fc.assert(
			fc.property(factsArb, dateBetween('2019-01-01', '2030-12-31'), (facts, ruleDate) => {
				const a = evaluateEligibility(facts, { ruleDate: '2019-01-01' }).conditions.map(
					(c) => c.status,
				);
				const b = evaluateEligibility(facts, { ruleDate }).conditions.map((c) => c.status);
				expect(b).toEqual(a);
			}),
		);
	});

	it('never throws on arbitrary input', () => {
		fc.assert(
			fc.property(fc.anything(), (input) => {
				expect(() => evaluateEligibilityInput(input)).not.toThrow();
				expect(() => calculatePeriodInput(input)).not.toThrow();
				expect(() => calculateBenefitInput(input)).not.toThrow();
			}),
		);
	});

	it('never throws on objects that look almost right', () => {
		fc.assert(
			fc.property(
				factsArb,
				fc.constantFrom(...Object.keys(eligibilityFactsSchema.shape)),
				fc.anything(),
				(facts, key, value) => {
					expect(() => evaluateEligibilityInput({ ...facts, [key]: value })).not.toThrow();
				},
			),
		);
	});
});

const benefitArbInput = fc
	.record({
		assessmentDate: dateBetween('2010-01-01', '2027-12-31'),
		ageInDays: fc.integer({ min: 17 * 365, max: 67 * 365 }),
		childrenSupported: fc.integer({ min: 0, max: 6 }),
		unexcused: fc.integer({ min: 0, max: 10 }),
		interrupted: fc.integer({ min: 0, max: 10 }),
		other: fc.array(
			fc.record({
				type: fc.constantFrom(
					'dagpenger' as const,
					'sykepenger' as const,
					'foreldrepenger' as const,
				),
				amountNOK: fc.integer({ min: 0, max: 20_000 }),
			}),
			{ maxLength: 2 },
		),
	})
	.filter((r) => r.unexcused + r.interrupted <= 10)
	.map((r) =>
		benefitInputSchema.parse({
			assessmentDate: r.assessmentDate,
			birthDate: addDays(r.assessmentDate, -r.ageInDays),
			childrenSupported: r.childrenSupported,
			unexcusedAbsenceDays: r.unexcused,
			interruptedDays: r.interrupted,
			otherBenefitsInPeriod: r.other,
		}),
	);

describe('benefit invariants', () => {
	it('amounts are non-negative and add up', () => {
		fc.assert(
			fc.property(benefitArbInput, (input) => {
				const r = calculateBenefit(input);
				const { reductions } = r.twoWeekly;
				for (const value of [
					r.yearly.basic,
					r.yearly.childSupplement,
					r.twoWeekly.gross,
					r.twoWeekly.payable,
					reductions.unexcusedAbsence,
					reductions.interruption,
					reductions.otherBenefits,
				]) {
					expect(value).toBeGreaterThanOrEqual(0);
					expect(Number.isInteger(value)).toBe(true);
				}
				expect(r.twoWeekly.payable).toBe(
					r.twoWeekly.gross -
						reductions.unexcusedAbsence -
						reductions.interruption -
						reductions.otherBenefits,
				);
				expect(r.twoWeekly.payable).toBeLessThanOrEqual(r.twoWeekly.gross);
			}),
		);
	});

	it('the two-weekly amount is the yearly amount / 26 rounded to whole kroner, and the rate follows age and G', () => {
		fc.assert(
			fc.property(benefitArbInput, (input) => {
				const r = calculateBenefit(input);
				expect(r.twoWeekly.basic).toBe(Math.round(r.yearly.basic / 26));
				// 2 G until 30.6.2024, 2.041 G from 1.7.2024 (N5, N6, N15).
				const factor = input.assessmentDate < '2024-07-01' ? 2 : 2.041;
				expect(r.rateInG.value).toBe(factor);
				expect(r.yearly.full).toBe(Math.round(factor * r.grunnbelop.value));
				expect(r.reducedRate).toBe(r.age < 25);
				// The reduced rate is 2/3 of the unrounded full rate, as nav.no's figures are.
				expect(r.yearly.basic).toBe(
					r.reducedRate ? Math.round((factor * r.grunnbelop.value * 2) / 3) : r.yearly.full,
				);
				expect(r.yearly.childSupplement).toBe(r.twoWeekly.childSupplement * 26);
				for (const figure of r.figures) {
					expect(figure.computation.nb.length).toBeGreaterThan(0);
					expect(figure.computation.nn.length).toBeGreaterThan(0);
				}
			}),
		);
	});
});

const periodArb = fc
	.record({
		assessmentDate: dateBetween('2010-01-01', '2027-12-31'),
		startOffset: fc.integer({ min: -1200, max: 200 }),
		birthYearsBefore: fc.option(fc.integer({ min: 18, max: 70 }), { nil: null }),
		interruptions: fc.array(
			fc.record({
				after: fc.integer({ min: 0, max: 800 }),
				length: fc.integer({ min: 0, max: 120 }),
			}),
			{ maxLength: 3 },
		),
		decisionMonths: fc.option(fc.integer({ min: 1, max: 40 }), { nil: null }),
	})
	.map((r) => {
		const startDate = addDays(r.assessmentDate, r.startOffset);
		return periodInputSchema.parse({
			assessmentDate: r.assessmentDate < '2010-01-01' ? '2010-01-01' : r.assessmentDate,
			startDate,
			birthDate: r.birthYearsBefore === null ? null : addDays(startDate, -r.birthYearsBefore * 365),
			interruptions: r.interruptions.map((i) => ({
				startDate: addDays(startDate, i.after),
				endDate: addDays(startDate, i.after + i.length),
			})),
			decisions:
				r.decisionMonths === null
					? []
					: [{ startDate, endDate: addDays(startDate, r.decisionMonths * 30), kind: 'ordinary' }],
		});
	});

describe('programme period invariants', () => {
	it('dates and day counts are ordered and non-negative', () => {
		fc.assert(
			fc.property(periodArb, (input) => {
				const r = calculatePeriod(input);
				expect(r.latestEndDateWithoutExtension <= r.latestEndDateWithExtension).toBe(true);
				expect([r.latestEndDateWithoutExtension, r.latestEndDateWithExtension]).toContain(
					r.latestEndDate,
				);
				expect(r.daysUsed).toBeGreaterThanOrEqual(0);
				expect(r.daysLeft).toBeGreaterThanOrEqual(0);
				expect(r.daysLeft).toBeLessThanOrEqual(r.daysLeftWithExtension);
				if (!r.cappedByAge) {
					// Paused days only ever push the end out.
					expect(daysBetween(r.startDate, r.latestEndDateWithoutExtension)).toBeGreaterThanOrEqual(
						28 * r.baseMonths,
					);
				}
				if (r.extension.granted) expect(r.latestEndDate).toBe(r.latestEndDateWithExtension);
				expect(JSON.parse(JSON.stringify(r))).toEqual(r);
			}),
		);
	});
});
