/**
 * Input schemas for the three calculations. The same schemas validate the HTTP API's body, the
 * CLI's file, the playground's form and case facts in content files at build time.
 *
 * Unknown fields are allowed and dropped (zod's default `strip`). Every message is in bokmål;
 * `toFieldErrors` turns a ZodError into one `{ path, message }` per invalid field.
 */
import { z } from 'zod';
import { addDays, isIsoDate } from './engine/dates.ts';
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

/** The Act came into force on 1 January 2010; no rule version exists before (fact sheet § 2). */
export const EARLIEST_ASSESSMENT_DATE = '2010-01-01';

export const WORK_ABILITY_OUTCOMES = [
	'standard-innsats',
	'situasjonsbestemt-innsats',
	'spesielt-tilpasset-innsats',
	'varig-tilpasset-innsats',
] as const;

export const BENEFIT_TYPES = [
	'economic-social-assistance',
	'arbeidsavklaringspenger',
	'dagpenger',
	'uføretrygd',
	'sykepenger',
	'barnepensjon',
	'overgangsstønad',
	'tiltakspenger',
	'other',
] as const;

export const PENDING_CLAIM_STATUSES = ['application-pending', 'appeal-pending'] as const;

export const NAV_CANNOT_OFFER_REASONS = [
	'office-capacity',
	'user-circumstances-outside-municipal-control',
	'other',
] as const;

export const PARTICIPATION_OUTCOMES = ['completed', 'terminated', 'interrupted'] as const;

/** Benefits that reduce kvalifiseringsstønad krone for krone (S10, S11). */
export const OFFSET_BENEFIT_TYPES = ['dagpenger', 'sykepenger', 'foreldrepenger'] as const;

const assessmentDate = () =>
	isoDate().refine((date) => !isIsoDate(date) || date >= EARLIEST_ASSESSMENT_DATE, {
		error:
			'Vurderingsdatoen må være 1.1.2010 eller senere: sosialtjenesteloven trådte i kraft 1.1.2010, og motoren har ingen regler fra før det.',
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

type Ctx = z.RefinementCtx;

function issue(ctx: Ctx, path: (string | number)[], message: string): void {
	ctx.addIssue({ code: 'custom', path, message });
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
).superRefine((facts, ctx) => {
	if (facts.birthDate !== null && facts.birthDate > facts.assessmentDate) {
		issue(ctx, ['birthDate'], 'Fødselsdatoen kan ikke være etter vurderingsdatoen.');
	}
	facts.previousKvpParticipation?.forEach((entry, index) => {
		if (entry.startDate > facts.assessmentDate) {
			issue(
				ctx,
				['previousKvpParticipation', index, 'startDate'],
				'En tidligere deltakelse kan ikke starte etter vurderingsdatoen.',
			);
		}
		if (entry.endDate !== null && entry.endDate < entry.startDate) {
			issue(
				ctx,
				['previousKvpParticipation', index, 'endDate'],
				'Sluttdatoen kan ikke være før startdatoen.',
			);
		}
	});
});

const dateRange = (what: string) => record({ startDate: isoDate(), endDate: isoDate() }, what);

const decisionSchema = record(
	{
		startDate: isoDate(),
		endDate: isoDate(),
		kind: oneOf(['ordinary', 'extension'] as const).default('ordinary'),
	},
	'et vedtak om programperiode',
);

function checkRanges(
	ctx: Ctx,
	field: string,
	ranges: readonly { startDate: string; endDate: string }[],
	programmeStart: string,
): void {
	ranges.forEach((range, index) => {
		if (range.endDate < range.startDate) {
			issue(ctx, [field, index, 'endDate'], 'Sluttdatoen kan ikke være før startdatoen.');
		}
		if (range.startDate < programmeStart) {
			issue(ctx, [field, index, 'startDate'], 'Perioden kan ikke starte før programmet starter.');
		}
	});
}

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
).superRefine((input, ctx) => {
	if (input.birthDate !== null && input.birthDate >= input.startDate) {
		issue(ctx, ['birthDate'], 'Fødselsdatoen må være før programstart.');
	}
	if (input.terminatedOn !== null && input.terminatedOn < input.startDate) {
		issue(ctx, ['terminatedOn'], 'Programmet kan ikke avsluttes før det starter.');
	}
	checkRanges(ctx, 'decisions', input.decisions, input.startDate);
	checkRanges(ctx, 'interruptions', input.interruptions, input.startDate);
	checkRanges(ctx, 'pandemicAbsences', input.pandemicAbsences, input.startDate);
	// A programme that starts more than ten years after the assessment is almost surely a typo.
	if (input.startDate > addDays(input.assessmentDate, 3653)) {
		issue(ctx, ['startDate'], 'Programstart er mer enn ti år etter vurderingsdatoen.');
	}
});

/** Working days in the two-week payment period the benefit calculation looks at. */
export const WORKING_DAYS_PER_PERIOD = 10;

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
).superRefine((input, ctx) => {
	if (input.birthDate > input.assessmentDate) {
		issue(ctx, ['birthDate'], 'Fødselsdatoen kan ikke være etter vurderingsdatoen.');
	}
	const days = input.unexcusedAbsenceDays + input.interruptedDays + input.pandemicAbsenceDays;
	if (days > WORKING_DAYS_PER_PERIOD) {
		issue(
			ctx,
			['unexcusedAbsenceDays'],
			`Fravær, avbrudd og pandemifravær er til sammen ${days} dager, men en periode på to uker har bare ${WORKING_DAYS_PER_PERIOD} arbeidsdager.`,
		);
	}
});

export type EligibilityFacts = z.output<typeof eligibilityFactsSchema>;
export type EligibilityFactsInput = z.input<typeof eligibilityFactsSchema>;
export type PeriodInput = z.output<typeof periodInputSchema>;
export type BenefitInput = z.output<typeof benefitInputSchema>;
export type BenefitEntry = z.output<typeof benefitSchema>;
export type PreviousParticipation = z.output<typeof participationSchema>;
export type WorkAbilityOutcome = (typeof WORK_ABILITY_OUTCOMES)[number];
export type BenefitType = (typeof BENEFIT_TYPES)[number];
export type NavCannotOfferReason = (typeof NAV_CANNOT_OFFER_REASONS)[number];

export type FieldError = { path: string; message: string };

/** 'benefits[0].type'; '' for the input as a whole. */
export function formatPath(path: readonly PropertyKey[]): string {
	let out = '';
	for (const segment of path) {
		if (typeof segment === 'number') out += `[${segment}]`;
		else out += out === '' ? String(segment) : `.${String(segment)}`;
	}
	return out;
}

/** One entry per invalid field, in the order zod found them; duplicates dropped. */
export function toFieldErrors(error: z.ZodError): FieldError[] {
	const seen = new Set<string>();
	const out: FieldError[] = [];
	for (const item of error.issues) {
		const entry = { path: formatPath(item.path), message: item.message };
		const key = `${entry.path}\u0000${entry.message}`;
		if (seen.has(key)) continue;
		seen.add(key);
		out.push(entry);
	}
	return out;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/** Validates without throwing. */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown): Parsed<z.output<S>> {
	const result = schema.safeParse(input);
	return result.success
		? { ok: true, value: result.data }
		: { ok: false, errors: toFieldErrors(result.error) };
}
