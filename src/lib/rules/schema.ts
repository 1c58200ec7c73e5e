/**
 * Input schemas for the three calculations, on `zod/mini`. The same schemas validate the HTTP
 * API's body, the CLI's file, case facts in content files at build time and the playground
 * island's form: `zod/mini` tree-shakes, so the island ships only the parts of zod they use.
 *
 * Unknown fields are allowed and dropped (zod's default `strip`). Every message is in bokmål;
 * `toFieldErrors` turns a ZodError into one `{ path, message }` per invalid field.
 */
import * as z from 'zod/mini';
import { isIsoDate } from './engine/dates.ts';
import { fieldErrors, type FieldError, type Parsed } from './schema/errors.ts';
import {
	isoDate,
	kroner,
	list,
	nullableIsoDate,
	nullableList,
	nullableOneOf,
	oneOf,
	record,
	triState,
	wholeNumber,
} from './schema/fields.ts';
import { BEFORE_2010 } from './schema/messages.ts';
import {
	refineBenefitInput,
	refineEligibilityFacts,
	refinePeriodInput,
	type Report,
} from './schema/refinements.ts';
import {
	BENEFIT_TYPES,
	DECISION_KINDS,
	EARLIEST_ASSESSMENT_DATE,
	NAV_CANNOT_OFFER_REASONS,
	OFFSET_BENEFIT_TYPES,
	PARTICIPATION_OUTCOMES,
	PENDING_CLAIM_STATUSES,
	WORK_ABILITY_OUTCOMES,
	WORKING_DAYS_PER_PERIOD,
} from './schema/values.ts';

export {
	BENEFIT_TYPES,
	EARLIEST_ASSESSMENT_DATE,
	NAV_CANNOT_OFFER_REASONS,
	OFFSET_BENEFIT_TYPES,
	PARTICIPATION_OUTCOMES,
	PENDING_CLAIM_STATUSES,
	WORK_ABILITY_OUTCOMES,
	WORKING_DAYS_PER_PERIOD,
};
export type { BenefitType, NavCannotOfferReason, WorkAbilityOutcome } from './schema/values.ts';
export { formatPath } from './schema/errors.ts';
export type { FieldError, Parsed };

const assessmentDate = () =>
	isoDate().check(
		z.refine((date) => !isIsoDate(date) || date >= EARLIEST_ASSESSMENT_DATE, {
			error: BEFORE_2010,
		}),
	);

const birthDate = () => isoDate();

const benefitSchema = record(
	{
		type: oneOf(BENEFIT_TYPES),
		annualAmountNOK: z._default(z.nullable(kroner()), null),
		noneOrVeryLimited: z._default(triState(), null),
	},
	'en ytelse',
);

const pendingClaimSchema = record(
	{
		type: oneOf(BENEFIT_TYPES),
		status: oneOf(PENDING_CLAIM_STATUSES),
	},
	'et krav som ikke er avgjort',
);

const participationSchema = record(
	{
		outcome: oneOf(PARTICIPATION_OUTCOMES),
		startDate: isoDate(),
		endDate: nullableIsoDate(),
		readmittedAfterInterruption: z._default(triState(), null),
	},
	'en tidligere deltakelse i KVP',
);

/** The shared cross-field checks, reporting through zod's refinement context. */
function reportTo(ctx: z.core.$RefinementCtx): Report {
	return (path, message) => ctx.addIssue({ code: 'custom', path, message });
}

export const eligibilityFactsSchema = record(
	{
		assessmentDate: assessmentDate(),
		birthDate: z.nullable(birthDate()),
		lawfulResidenceAndFixedAbodeInNorway: triState(),
		significantlyReducedWorkAndIncomeCapacity: triState(),
		workAbilityAssessmentDone: triState(),
		workAbilityAssessmentOutcome: nullableOneOf(WORK_ABILITY_OUTCOMES),
		benefits: nullableList(benefitSchema),
		pendingBenefitClaims: z._default(nullableList(pendingClaimSchema), []),
		closeCoordinatedAssistanceAppropriateAndNecessary: triState(),
		navCanOfferAdaptedProgramme: triState(),
		navCannotOfferReason: z._default(nullableOneOf(NAV_CANNOT_OFFER_REASONS), null),
		previousKvpParticipation: nullableList(participationSchema),
	},
	'faktaene i saken',
).check(z.superRefine((facts, ctx) => refineEligibilityFacts(facts, reportTo(ctx))));

const dateRange = (what: string) => record({ startDate: isoDate(), endDate: isoDate() }, what);

const decisionSchema = record(
	{
		startDate: isoDate(),
		endDate: isoDate(),
		kind: z._default(oneOf(DECISION_KINDS), 'ordinary'),
	},
	'et vedtak om programperiode',
);

export const periodInputSchema = record(
	{
		assessmentDate: assessmentDate(),
		startDate: isoDate(),
		birthDate: z._default(z.nullable(birthDate()), null),
		decisions: z._default(list(decisionSchema), []),
		interruptions: z._default(list(dateRange('en periode med avbrudd')), []),
		pandemicAbsences: z._default(
			list(dateRange('en periode med fravær på grunn av pandemien')),
			[],
		),
		terminatedOn: z._default(nullableIsoDate(), null),
	},
	'opplysningene om programperioden',
).check(z.superRefine((input, ctx) => refinePeriodInput(input, reportTo(ctx))));

export const benefitInputSchema = record(
	{
		assessmentDate: assessmentDate(),
		birthDate: birthDate(),
		childrenSupported: z._default(wholeNumber(0, 20), 0),
		unexcusedAbsenceDays: z._default(wholeNumber(0, WORKING_DAYS_PER_PERIOD), 0),
		interruptedDays: z._default(wholeNumber(0, WORKING_DAYS_PER_PERIOD), 0),
		pandemicAbsenceDays: z._default(wholeNumber(0, WORKING_DAYS_PER_PERIOD), 0),
		otherBenefitsInPeriod: z._default(
			list(record({ type: oneOf(OFFSET_BENEFIT_TYPES), amountNOK: kroner() }, 'en annen ytelse')),
			[],
		),
	},
	'opplysningene om stønaden',
).check(z.superRefine((input, ctx) => refineBenefitInput(input, reportTo(ctx))));

export type EligibilityFacts = z.output<typeof eligibilityFactsSchema>;
export type EligibilityFactsInput = z.input<typeof eligibilityFactsSchema>;
export type PeriodInput = z.output<typeof periodInputSchema>;
export type BenefitInput = z.output<typeof benefitInputSchema>;
export type BenefitEntry = z.output<typeof benefitSchema>;
export type PreviousParticipation = z.output<typeof participationSchema>;

/** One entry per invalid field, in the order zod found them; duplicates dropped. */
export function toFieldErrors(error: z.core.$ZodError): FieldError[] {
	return fieldErrors(error.issues);
}

/** Validates without throwing (any zod schema, `zod/mini` or classic). */
export function parseWith<S extends z.core.$ZodType>(
	schema: S,
	input: unknown,
): Parsed<z.output<S>> {
	const result = z.safeParse(schema, input);
	return result.success
		? { ok: true, value: result.data }
		: { ok: false, errors: toFieldErrors(result.error) };
}

/** `parseWith(eligibilityFactsSchema, input)`. */
export const checkEligibilityFacts = (input: unknown): Parsed<EligibilityFacts> =>
	parseWith(eligibilityFactsSchema, input);

/** `parseWith(periodInputSchema, input)`. */
export const checkPeriodInput = (input: unknown): Parsed<PeriodInput> =>
	parseWith(periodInputSchema, input);

/** `parseWith(benefitInputSchema, input)`. */
export const checkBenefitInput = (input: unknown): Parsed<BenefitInput> =>
	parseWith(benefitInputSchema, input);
