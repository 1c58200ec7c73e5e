/**
 * The `…Input` functions for the server (HTTP API, CLI, tests): validate unknown input with the
 * zod schemas, then calculate. They never throw for bad input; `errors` names every invalid field
 * in bokmål. The playground island has the same functions without zod in `browser.ts`.
 */
import { calculateBenefit, type BenefitResult } from './benefit.ts';
import type { Outcome } from './engine/types.ts';
import { evaluateParsed, type EligibilityResult, type EvaluateOptions } from './eligibility.ts';
import { calculatePeriod, type PeriodResult } from './period.ts';
import {
	benefitInputSchema,
	eligibilityFactsSchema,
	parseWith,
	periodInputSchema,
} from './schema.ts';
import { outcomeOf } from './schema/errors.ts';

/** Validates unknown input, then evaluates. Never throws for bad input. */
export function evaluateEligibilityInput(
	input: unknown,
	options: EvaluateOptions = {},
): Outcome<EligibilityResult> {
	return evaluateParsed(parseWith(eligibilityFactsSchema, input), options);
}

/** Validates unknown input, then calculates. Never throws for bad input. */
export function calculatePeriodInput(input: unknown): Outcome<PeriodResult> {
	return outcomeOf(parseWith(periodInputSchema, input), calculatePeriod);
}

/** Validates unknown input, then calculates. Never throws for bad input. */
export function calculateBenefitInput(input: unknown): Outcome<BenefitResult> {
	return outcomeOf(parseWith(benefitInputSchema, input), calculateBenefit);
}
