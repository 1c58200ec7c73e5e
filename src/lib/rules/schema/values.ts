/**
 * The closed lists and limits of the input schemas, without zod: the calculations and the browser
 * island import these, and `schema.ts` builds its zod schemas from them.
 */

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

/** The kinds of decision on a programme period. */
export const DECISION_KINDS = ['ordinary', 'extension'] as const;

/** Working days in the two-week payment period the benefit calculation looks at. */
export const WORKING_DAYS_PER_PERIOD = 10;

export type WorkAbilityOutcome = (typeof WORK_ABILITY_OUTCOMES)[number];
export type BenefitType = (typeof BENEFIT_TYPES)[number];
export type NavCannotOfferReason = (typeof NAV_CANNOT_OFFER_REASONS)[number];
