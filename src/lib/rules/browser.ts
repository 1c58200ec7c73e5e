/**
 * The rules engine for the browser (the playground island): the calculations, the data for the
 * UI and the `…Input` functions of `index.ts`, without what only the server needs (the case
 * library validated at load, the schemas themselves). It validates with the same `zod/mini`
 * schemas as the server; `browser.test.ts` checks that it loads no other package and that its
 * `…Input` functions answer as the server's.
 */
import { calculateBenefit, type BenefitResult } from './benefit.ts';
import {
	evaluateEligibility,
	verdictOf,
	type EligibilityResult,
	type EvaluateOptions,
} from './eligibility.ts';
import { calculatePeriod, type PeriodResult } from './period.ts';
import { checkBenefitInput, checkEligibilityFacts, checkPeriodInput } from './schema.ts';

export { evaluateEligibility, verdictOf, type EligibilityResult, type EvaluateOptions };
export {
	CONDITION_IDS,
	CONDITION_TITLES,
	type ConditionId,
	type ConditionResult,
} from './eligibility/condition.ts';
export { calculatePeriod, type PeriodResult };
export type { PeriodFigure, PeriodStatus } from './period.ts';
export type { PeriodNote } from './period/notes.ts';
export { calculateBenefit, type BenefitResult };
export type { BenefitFigure, BenefitNote } from './benefit.ts';
export {
	compareVersions,
	compareVersionsInput,
	type CaseComparison,
	type ComparableCase,
	type Comparison,
	type ConditionChange,
} from './compare.ts';
export {
	overlayFor,
	RULE_VERSIONS,
	ruleVersionFor,
	type OverlayInfo,
	type RuleVersion,
	type RuleVersionId,
} from './versions.ts';
export {
	BENEFIT_TYPES,
	EARLIEST_ASSESSMENT_DATE,
	NAV_CANNOT_OFFER_REASONS,
	OFFSET_BENEFIT_TYPES,
	PARTICIPATION_OUTCOMES,
	PENDING_CLAIM_STATUSES,
	WORK_ABILITY_OUTCOMES,
} from './schema/values.ts';
export type {
	BenefitInput,
	EligibilityFacts,
	EligibilityFactsInput,
	PeriodInput,
} from './schema.ts';
export type { FieldError } from './schema/errors.ts';
export { checkBenefitInput, checkEligibilityFacts, checkPeriodInput };
export { EXAMPLES, exampleById, type Example } from './examples/library.ts';
export { REFERENCES } from './references.ts';
export { BENEFIT_LABELS } from './eligibility/benefits.ts';
export { OUTCOME_LABELS as WORK_ABILITY_OUTCOME_LABELS } from './eligibility/work-ability.ts';
export type {
	ConditionStatus,
	Doubt,
	LegalReference,
	Localized,
	Outcome,
	Verdict,
} from './engine/types.ts';

export { calculateBenefitInput, calculatePeriodInput, evaluateEligibilityInput } from './input.ts';
