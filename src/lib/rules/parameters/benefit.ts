/**
 * Kvalifiseringsstønad (sosialtenestelova § 35 and the regulation; where each rate sits is MU).
 *
 * - 2 G a year; participants under 25 get 2/3 of that (S10, S11, S12). Lindesnes calls the
 *   under-25 rate «hovedregelen» (S21), which hints at exceptions that are not verified.
 * - Barnetillegg: «27 kr per barn fem dager i uken» (S10, S11: nav.no). A stored page from
 *   Statsforvaltaren i Innlandet says 35 kr from 1.2.2023. The sources conflict, so both values are
 *   kept and the doubt is shown (fact sheet § 11 item 5).
 * - How municipalities round and convert to two-weekly or daily amounts is not verified and varies
 *   (fact sheet § 7): the conversions below are engine conventions, marked as such.
 */
import { defineParameter } from '../engine/parameter.ts';

export const yearlyRateInG = defineParameter<number>('yearlyRateInG', {
	description: 'Yearly kvalifiseringsstønad for participants aged 25 or more, in G',
	unit: 'G',
	reference: 'sosialtenestelova § 35 / forskrift (location not verified)',
	values: {
		'2010-01-01': { value: 2, reference: 'S10, S11, S12 (nav.no): «2 G per år»; S29 (2007)' },
	},
});

export const reducedRateFraction = defineParameter<number>('reducedRateFraction', {
	description: 'Share of the full rate paid to participants under the reduced-rate age',
	unit: 'fraction',
	reference: 'sosialtenestelova § 35 / forskrift (location not verified)',
	values: {
		'2010-01-01': { value: 2 / 3, reference: 'S10, S11, S12: «Under 25: 2/3 av 2 G»' },
	},
});

export const reducedRateAgeLimit = defineParameter<number>('reducedRateAgeLimit', {
	description: 'Participants younger than this get the reduced rate',
	unit: 'years',
	reference: 'sosialtenestelova § 35 / forskrift (location not verified)',
	values: {
		'2010-01-01': {
			value: 25,
			reference: 'S10, S11, S12; S21 calls it «hovedregelen»',
			verified: false,
			doubt: {
				nb: 'Merk: lav sats under 25 år omtales som «hovedregelen»; eventuelle unntak er ikke kontrollert mot forskriften.',
				nn: 'Merk: låg sats under 25 år blir omtalt som «hovudregelen»; eventuelle unntak er ikkje kontrollerte mot forskrifta.',
			},
		},
	},
});

export const childSupplementPerDay = defineParameter<number>('childSupplementPerDay', {
	description: 'Barnetillegg per child the participant supports, per day, five days a week',
	unit: 'NOK/day',
	reference: 'forskrift om kvalifiseringsprogram og kvalifiseringsstønad (not verified)',
	values: {
		'2010-01-01': {
			value: 27,
			reference:
				'S10, S11 (nav.no): «27 kr per barn fem dager i uken»; the start date 2010-01-01 is assumed',
			verified: false,
			doubt: {
				nb: 'Merk: barnetillegget på 27 kr per dag er hentet fra nav.no; fra hvilken dato satsen gjaldt, er ikke kontrollert mot forskriften.',
				nn: 'Merk: barnetillegget på 27 kr per dag er henta frå nav.no; frå kva dato satsen gjaldt, er ikkje kontrollert mot forskrifta.',
			},
		},
		'2023-02-01': {
			value: 35,
			reference:
				'Statsforvaltaren i Innlandet (stored KVP page): 35 kr from 1.2.2023; conflicts with nav.no (S10: 27 kr)',
			verified: false,
			doubt: {
				nb: 'Merk: kildene er uenige om barnetillegget. Statsforvalteren i Innlandet oppgir 35 kr per dag fra 1.2.2023, mens nav.no fortsatt viser 27 kr. Satsen er ikke kontrollert mot forskriften.',
				nn: 'Merk: kjeldene er usamde om barnetillegget. Statsforvaltaren i Innlandet oppgir 35 kr per dag frå 1.2.2023, medan nav.no framleis viser 27 kr. Satsen er ikkje kontrollert mot forskrifta.',
			},
		},
	},
});

/** Engine convention: 5 working days a week × 52 weeks. */
export const workingDaysPerYear = defineParameter<number>('workingDaysPerYear', {
	description: 'Working days a year used to turn yearly amounts into daily ones',
	unit: 'days',
	reference: 'Engine convention (5 × 52); S10 «fem dager i uken»',
	values: {
		'2010-01-01': {
			value: 260,
			reference: 'Engine convention, not verified (fact sheet § 7: practice varies)',
			verified: false,
		},
	},
});

/** Engine convention: the two-weekly amount is the yearly amount / 26. */
export const paymentPeriodsPerYear = defineParameter<number>('paymentPeriodsPerYear', {
	description: 'Two-week periods a year',
	unit: 'periods',
	reference: 'Engine convention; each municipality decides how and when it pays (S10)',
	values: {
		'2010-01-01': {
			value: 26,
			reference: 'Engine convention, not verified (fact sheet § 7: practice varies)',
			verified: false,
		},
	},
});
