/**
 * Input schemas for the three calculations. The same schemas validate the HTTP API's body, the
 * CLI's file and case facts in content files at build time. The playground island validates with
 * `schema/plain.ts` instead, which answers exactly as these do (tested) without shipping zod.
 *
 * Unknown fields are allowed and dropped (zod's default `strip`). Every message is in bokmål;
 * `toFieldErrors` turns a ZodError into one `{ path, message }` per invalid field.
 */
import { z } from 'zod';
import { isIsoDate } from './engine/dates.ts';
import { fieldErrors, type FieldError, type Parsed } from './schema/errors.ts';
import {
	isoDate,
	kroner,
	list,
	nullableIsoDate,
	nullableList,
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
	isoDate().refine((date) => !isIsoDate(date) || date >= EARLIEST_ASSESSMENT_DATE, {
		error: BEFORE_2010,
	});

const birthDate = () => isoDate();

const benefitSchema = record(
	{
		type: oneOf(BENEFIT_TYPES),
		annualAmountNOK: kroner().nullable().default(null),
		noneOrVeryLimited: triState().default(null),
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
		readmittedAfterInterruption: triState().default(null),
	},
	'en tidligere deltakelse i KVP',
);

/** The shared cross-field checks, reporting through zod's refinement context. */
function reportTo(ctx: z.RefinementCtx): Report {
	return (path, message) => ctx.addIssue({ code: 'custom', path, message });
}

export const eligibilityFactsSchema = record(
	{
		assessmentDate: assessmentDate(),
		birthDate: birthDate().nullable(),
		lawfulResidenceAndFixedAbodeInNorway: triState(),
		significantlyReducedWorkAndIncomeCapacity: triState(),
		workAbilityAssessmentDone: triState(),
		workAbilityAssessmentOutcome: oneOf(WORK_ABILITY_OUTCOMES, { nullable: true }),
		benefits: nullableList(benefitSchema),
		pendingBenefitClaims: nullableList(pendingClaimSchema).default([]),
		closeCoordinatedAssistanceAppropriateAndNecessary: triState(),
		navCanOfferAdaptedProgramme: triState(),
		navCannotOfferReason: oneOf(NAV_CANNOT_OFFER_REASONS, { nullable: true }).default(null),
		previousKvpParticipation: nullableList(participationSchema),
	},
	'faktaene i saken',
).superRefine((facts, ctx) => refineEligibilityFacts(facts, reportTo(ctx)));

const dateRange = (what: string) => record({ startDate: isoDate(), endDate: isoDate() }, what);

const decisionSchema = record(
	{
		startDate: isoDate(),
		endDate: isoDate(),
		kind: oneOf(DECISION_KINDS).default('ordinary'),
	},
	'et vedtak om programperiode',
);

export const periodInputSchema = record(
	{
		assessmentDate: assessmentDate(),
		startDate: isoDate(),
		birthDate: birthDate().nullable().default(null),
		decisions: list(decisionSchema).default([]),
		interruptions: list(dateRange('en periode med avbrudd')).default([]),
		pandemicAbsences: list(dateRange('en periode med fravær på grunn av pandemien')).default([]),
		terminatedOn: nullableIsoDate().default(null),
	},
	'opplysningene om programperioden',
).superRefine((input, ctx) => refinePeriodInput(input, reportTo(ctx)));

export const benefitInputSchema = record(
	{
		assessmentDate: assessmentDate(),
		birthDate: birthDate(),
		childrenSupported: wholeNumber(0, 20).default(0),
		unexcusedAbsenceDays: wholeNumber(0, WORKING_DAYS_PER_PERIOD).default(0),
		interruptedDays: wholeNumber(0, WORKING_DAYS_PER_PERIOD).default(0),
		pandemicAbsenceDays: wholeNumber(0, WORKING_DAYS_PER_PERIOD).default(0),
		otherBenefitsInPeriod: list(
			record({ type: oneOf(OFFSET_BENEFIT_TYPES), amountNOK: kroner() }, 'en annen ytelse'),
		).default([]),
	},
	'opplysningene om stønaden',
).superRefine((input, ctx) => refineBenefitInput(input, reportTo(ctx)));

export type EligibilityFacts = z.output<typeof eligibilityFactsSchema>;
export type EligibilityFactsInput = z.input<typeof eligibilityFactsSchema>;
export type PeriodInput = z.output<typeof periodInputSchema>;
export type BenefitInput = z.output<typeof benefitInputSchema>;
export type BenefitEntry = z.output<typeof benefitSchema>;
export type PreviousParticipation = z.output<typeof participationSchema>;

/** One entry per invalid field, in the order zod found them; duplicates dropped. */
export function toFieldErrors(error: z.ZodError): FieldError[] {
	return fieldErrors(error.issues);
}

/** Validates without throwing. */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown): Parsed<z.output<S>> {
	const result = schema.safeParse(input);
	return result.success
		? { ok: true, value: result.data }
		: { ok: false, errors: toFieldErrors(result.error) };
}
