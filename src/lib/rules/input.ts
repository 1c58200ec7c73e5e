/**
 * The `…Input` functions, for the server (HTTP API, CLI, tests) and the playground island alike:
 * validate unknown input with the schemas, then calculate. They never throw for bad input;
 * `errors` names every invalid field in bokmål.
 */
import { calculateBenefit, type BenefitResult } from './benefit.ts';
import type { Outcome } from './engine/types.ts';
import { evaluateParsed, type EligibilityResult, type EvaluateOptions } from './eligibility.ts';
import { calculatePeriod, type PeriodResult } from './period.ts';
import { checkBenefitInput, checkEligibilityFacts, checkPeriodInput } from './schema.ts';
import { outcomeOf } from './schema/errors.ts';

/** Validates unknown input, then evaluates. Never throws for bad input. */
export function evaluateEligibilityInput(
	input: unknown,
	options: EvaluateOptions = {},
): Outcome<EligibilityResult> {
	return evaluateParsed(checkEligibilityFacts(input), options);
}

/** Validates unknown input, then calculates. Never throws for bad input. */
export function calculatePeriodInput(input: unknown): Outcome<PeriodResult> {
	return outcomeOf(checkPeriodInput(input), calculatePeriod);
}

/** Validates unknown input, then calculates. Never throws for bad input. */
export function calculateBenefitInput(input: unknown): Outcome<BenefitResult> {
	return outcomeOf(checkBenefitInput(input), calculateBenefit);
}
