/**
 * Public API of the KVP rules engine for the server (HTTP API, CLI, tests). Pure TypeScript (zod
 * only): the same calculations run in the playground island, which imports `browser.ts` (this
 * API without the server-only parts) instead.
 *
 * Two entry points per calculation:
 * - `evaluateEligibility(facts)`, `calculatePeriod(input)`, `calculateBenefit(input)` take
 *   already validated input (fast, no parsing);
 * - `…Input(unknown)` validate first and return `{ ok: true, result } | { ok: false, errors }`,
 *   where `errors` names every invalid field in bokmål. They never throw for bad input.
 */
export { calculateBenefitInput, calculatePeriodInput, evaluateEligibilityInput } from './input.ts';
export {
	evaluateEligibility,
	verdictOf,
	type EligibilityResult,
	type EvaluateOptions,
} from './eligibility.ts';
export {
	CONDITION_IDS,
	CONDITION_TITLES,
	type ConditionId,
	type ConditionResult,
} from './eligibility/condition.ts';
export { calculatePeriod, type PeriodResult, type PeriodStatus } from './period.ts';
export type { PeriodFigure } from './period.ts';
export type { PeriodNote } from './period/notes.ts';
export {
	calculateBenefit,
	type BenefitFigure,
	type BenefitNote,
	type BenefitResult,
} from './benefit.ts';
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
	benefitInputSchema,
	EARLIEST_ASSESSMENT_DATE,
	eligibilityFactsSchema,
	NAV_CANNOT_OFFER_REASONS,
	OFFSET_BENEFIT_TYPES,
	PARTICIPATION_OUTCOMES,
	PENDING_CLAIM_STATUSES,
	periodInputSchema,
	toFieldErrors,
	WORK_ABILITY_OUTCOMES,
	type BenefitInput,
	type EligibilityFacts,
	type EligibilityFactsInput,
	type FieldError,
	type PeriodInput,
} from './schema.ts';
export { EXAMPLES, exampleById, exampleSchema, type Example } from './examples/index.ts';
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
