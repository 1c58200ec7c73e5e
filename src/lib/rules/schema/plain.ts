/**
 * The three input schemas of `../schema.ts` again, on `mini.ts` instead of zod, for the browser:
 * the same fields, defaults, checks and messages, and so the same answer for every input
 * (`plain.test.ts` compares the two on generated input). A change to one is a change to both.
 */
import { isIsoDate } from '../engine/dates.ts';
import type { BenefitInput, EligibilityFacts, PeriodInput } from '../schema.ts';
import type { Parsed } from './errors.ts';
import {
	BEFORE_2010,
	DATE_INVALID,
	DATE_TYPE,
	inRange,
	KRONER,
	KRONER_MAX,
	KRONER_TOO_HIGH,
	LIST,
	missingOr,
	NULLABLE_DATE_INVALID,
	NULLABLE_DATE_TYPE,
	NULLABLE_LIST,
	oneOfMessage,
	RANGE_MESSAGE,
	recordMessage,
	TRI_STATE,
	wholeNumberMessage,
} from './messages.ts';
import * as m from './mini.ts';
import { refineBenefitInput, refineEligibilityFacts, refinePeriodInput } from './refinements.ts';
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
} from './values.ts';

// The field builders of fields.ts.

function isoDate() {
	return m.refine(
		m.refine(m.string(missingOr(DATE_TYPE, false)), isIsoDate, DATE_INVALID, true),
		inRange,
		RANGE_MESSAGE,
	);
}

function nullableIsoDate() {
	return m.nullable(
		m.refine(
			m.refine(
				m.string(missingOr(NULLABLE_DATE_TYPE, true)),
				isIsoDate,
				NULLABLE_DATE_INVALID,
				true,
			),
			inRange,
			RANGE_MESSAGE,
		),
	);
}

const triState = () => m.nullable(m.boolean(missingOr(TRI_STATE, true)));

const oneOf = <const T extends string>(values: readonly T[]) =>
	m.oneOf(values, missingOr(oneOfMessage(values, false), false));

const nullableOneOf = <const T extends string>(values: readonly T[]) =>
	m.nullable(m.oneOf(values, missingOr(oneOfMessage(values, true), true)));

function wholeNumber(min: number, max: number) {
	const message = wholeNumberMessage(min, max);
	let schema = m.number(missingOr(message, false));
	schema = m.refine(schema, Number.isInteger, message, true);
	schema = m.refine(schema, Number.isSafeInteger, message);
	schema = m.refine(schema, (n) => n >= min, message);
	return m.refine(schema, (n) => n <= max, message);
}

const kroner = () =>
	m.refine(
		m.refine(m.number(missingOr(KRONER, false)), (n) => n >= 0, KRONER),
		(n) => n <= KRONER_MAX,
		KRONER_TOO_HIGH,
	);

const list = <T>(item: m.Schema<T>) => m.array(item, missingOr(LIST, false));
const nullableList = <T>(item: m.Schema<T>) =>
	m.nullable(m.array(item, missingOr(NULLABLE_LIST, true)));
const record = <S extends Record<string, m.Schema<unknown>>>(shape: S, what: string) =>
	m.object(shape, missingOr(recordMessage(what), false));

const none = () => null;
const empty = () => [];
const zero = () => 0;

// The schemas of schema.ts.

const assessmentDate = () =>
	m.refine(isoDate(), (date) => !isIsoDate(date) || date >= EARLIEST_ASSESSMENT_DATE, BEFORE_2010);

const benefit = record(
	{
		type: oneOf(BENEFIT_TYPES),
		annualAmountNOK: m.withDefault(m.nullable(kroner()), none),
		noneOrVeryLimited: m.withDefault(triState(), none),
	},
	'en ytelse',
);

const pendingClaim = record(
	{ type: oneOf(BENEFIT_TYPES), status: oneOf(PENDING_CLAIM_STATUSES) },
	'et krav som ikke er avgjort',
);

const participation = record(
	{
		outcome: oneOf(PARTICIPATION_OUTCOMES),
		startDate: isoDate(),
		endDate: nullableIsoDate(),
		readmittedAfterInterruption: m.withDefault(triState(), none),
	},
	'en tidligere deltakelse i KVP',
);

const eligibilityFacts: m.Schema<EligibilityFacts> = m.superRefine(
	record(
		{
			assessmentDate: assessmentDate(),
			birthDate: m.nullable(isoDate()),
			lawfulResidenceAndFixedAbodeInNorway: triState(),
			significantlyReducedWorkAndIncomeCapacity: triState(),
			workAbilityAssessmentDone: triState(),
			workAbilityAssessmentOutcome: nullableOneOf(WORK_ABILITY_OUTCOMES),
			benefits: nullableList(benefit),
			pendingBenefitClaims: m.withDefault(nullableList(pendingClaim), empty),
			closeCoordinatedAssistanceAppropriateAndNecessary: triState(),
			navCanOfferAdaptedProgramme: triState(),
			navCannotOfferReason: m.withDefault(nullableOneOf(NAV_CANNOT_OFFER_REASONS), none),
			previousKvpParticipation: nullableList(participation),
		},
		'faktaene i saken',
	),
	refineEligibilityFacts,
);

const dateRange = (what: string) => record({ startDate: isoDate(), endDate: isoDate() }, what);

const decision = record(
	{
		startDate: isoDate(),
		endDate: isoDate(),
		kind: m.withDefault(oneOf(DECISION_KINDS), () => 'ordinary' as const),
	},
	'et vedtak om programperiode',
);

const periodInput: m.Schema<PeriodInput> = m.superRefine(
	record(
		{
			assessmentDate: assessmentDate(),
			startDate: isoDate(),
			birthDate: m.withDefault(m.nullable(isoDate()), none),
			decisions: m.withDefault(list(decision), empty),
			interruptions: m.withDefault(list(dateRange('en periode med avbrudd')), empty),
			pandemicAbsences: m.withDefault(
				list(dateRange('en periode med fravær på grunn av pandemien')),
				empty,
			),
			terminatedOn: m.withDefault(nullableIsoDate(), none),
		},
		'opplysningene om programperioden',
	),
	refinePeriodInput,
);

const benefitInput: m.Schema<BenefitInput> = m.superRefine(
	record(
		{
			assessmentDate: assessmentDate(),
			birthDate: isoDate(),
			childrenSupported: m.withDefault(wholeNumber(0, 20), zero),
			unexcusedAbsenceDays: m.withDefault(wholeNumber(0, WORKING_DAYS_PER_PERIOD), zero),
			interruptedDays: m.withDefault(wholeNumber(0, WORKING_DAYS_PER_PERIOD), zero),
			pandemicAbsenceDays: m.withDefault(wholeNumber(0, WORKING_DAYS_PER_PERIOD), zero),
			otherBenefitsInPeriod: m.withDefault(
				list(record({ type: oneOf(OFFSET_BENEFIT_TYPES), amountNOK: kroner() }, 'en annen ytelse')),
				empty,
			),
		},
		'opplysningene om stønaden',
	),
	refineBenefitInput,
);

/** As `parseWith(eligibilityFactsSchema, input)`. */
export const checkEligibilityFacts = (input: unknown): Parsed<EligibilityFacts> =>
	m.parse(eligibilityFacts, input);

/** As `parseWith(periodInputSchema, input)`. */
export const checkPeriodInput = (input: unknown): Parsed<PeriodInput> =>
	m.parse(periodInput, input);

/** As `parseWith(benefitInputSchema, input)`. */
export const checkBenefitInput = (input: unknown): Parsed<BenefitInput> =>
	m.parse(benefitInput, input);
