/**
 * Kvalifiseringsstønad (sosialtenestelova § 35 and the regulation; where each rate sits is not
 * verified). Source ids: docs/legal-sources.md.
 *
 * - The yearly rate was 2 G (S10, S11, S12) and is 2.041 G today (N5, N6: nav.no, 253 141 kr with
 *   G 2024 and 265 657 kr with G 2025). No KVP source gives the start date; NAV's own code moved the
 *   AAP minimum from 2 G to 2.041 G on 1.7.2024 (N15), and the uføretrygd minimum factors changed the
 *   same day (N16). The engine uses 1.7.2024 and shows that the date is inferred.
 * - Participants under 25 get 2/3 of the full rate (S10, S11, N5, N6), computed from the unrounded
 *   yearly amount as nav.no's figures are (168 761 and 177 104 kr).
 * - Barnetillegg per child per day, five days a week: 27 kr (S10, S11), then the AAP series
 *   35 (1.2.2023), 36 (1.1.2024), 37 (1.1.2025), 38 (1.1.2026) (N14, N13). nav.no shows 36 kr with
 *   G-2024 amounts (N5) and 38 kr with G-2025 amounts (N6). The dates for KVP are inferred from AAP.
 *   The older 27 kr page is simply older: the sources do not conflict.
 * - How municipalities round and convert to two-weekly or daily amounts is not verified and varies
 *   (S10): the conversions below are engine conventions, marked as such.
 */
import { defineParameter } from '../engine/parameter.ts';

export const yearlyRateInG = defineParameter<number>('yearlyRateInG', {
	description: 'Yearly kvalifiseringsstønad for participants aged 25 or more, in G',
	unit: 'G',
	reference: 'sosialtenestelova § 35 / forskrift (location not verified)',
	values: {
		'2010-01-01': { value: 2, reference: 'S10, S11, S12 (nav.no): «2 G per år»; S29 (2007)' },
		'2024-07-01': {
			value: 2.041,
			reference:
				'N5, N6 (nav.no): 2,041 G; start date inferred from N15 (AAP 2 G → 2.041 G on 1.7.2024) and N16',
			verified: false,
			doubt: {
				nb: 'Merk: at stønaden er 2,041 G, står på nav.no. Datoen satsen gjelder fra (1.7.2024), er ikke bekreftet i en kilde om kvalifiseringsstønad; den følger endringen for arbeidsavklaringspenger samme dag. Forskriften eller rundskrivet til loven kan avgjøre datoen.',
				nn: 'Merk: at stønaden er 2,041 G, står på nav.no. Datoen satsen gjeld frå (1.7.2024), er ikkje stadfesta i ei kjelde om kvalifiseringsstønad; han følgjer endringa for arbeidsavklaringspengar same dag. Forskrifta eller rundskrivet til lova kan avgjere datoen.',
			},
		},
	},
});

export const reducedRateFraction = defineParameter<number>('reducedRateFraction', {
	description: 'Share of the full rate paid to participants under the reduced-rate age',
	unit: 'fraction',
	reference: 'sosialtenestelova § 35 / forskrift (location not verified)',
	values: {
		'2010-01-01': { value: 2 / 3, reference: 'S10, S11, S12, N5, N6: «to tredjedeler» under 25' },
	},
});

export const reducedRateAgeLimit = defineParameter<number>('reducedRateAgeLimit', {
	description: 'Participants younger than this get the reduced rate',
	unit: 'years',
	reference: 'sosialtenestelova § 35 / forskrift (location not verified)',
	values: {
		'2010-01-01': {
			value: 25,
			reference: 'S10, S11, S12, N5, N6; S21 calls it «hovedregelen» (exceptions not found)',
			doubt: {
				nb: 'Merk: Lindesnes kommune kaller lav sats under 25 år «hovedregelen». Om det finnes unntak, er ikke bekreftet mot forskriften.',
				nn: 'Merk: Lindesnes kommune kallar låg sats under 25 år «hovudregelen». Om det finst unntak, er ikkje stadfesta mot forskrifta.',
			},
		},
	},
});

const INFERRED_CHILD_DATE = {
	nb: (rate: number, date: string, seen: string) =>
		`Merk: barnetillegget på ${rate} kr per dag ${seen}. Datoen ${date} er utledet fra satsene for barnetillegg i arbeidsavklaringspenger og er ikke bekreftet mot forskriften om kvalifiseringsstønad.`,
	nn: (rate: number, date: string, seen: string) =>
		`Merk: barnetillegget på ${rate} kr per dag ${seen}. Datoen ${date} er utleidd frå satsane for barnetillegg i arbeidsavklaringspengar og er ikkje stadfesta mot forskrifta om kvalifiseringsstønad.`,
};

function inferredChildRate(rate: number, date: string, seen: { nb: string; nn: string }) {
	return {
		nb: INFERRED_CHILD_DATE.nb(rate, date, seen.nb),
		nn: INFERRED_CHILD_DATE.nn(rate, date, seen.nn),
	};
}

export const childSupplementPerDay = defineParameter<number>('childSupplementPerDay', {
	description: 'Barnetillegg per child the participant supports, per day, five days a week',
	unit: 'NOK/day',
	reference: 'forskrift om kvalifiseringsprogram og kvalifiseringsstønad (location not verified)',
	values: {
		'2010-01-01': {
			value: 27,
			reference: 'S10, S11 (nav.no): «27 kr per barn fem dager i uken»; start date assumed',
			verified: false,
			doubt: {
				nb: 'Merk: barnetillegget på 27 kr per dag står på eldre sider på nav.no. Fra hvilken dato satsen gjaldt, er ikke bekreftet mot forskriften.',
				nn: 'Merk: barnetillegget på 27 kr per dag står på eldre sider på nav.no. Frå kva dato satsen gjaldt, er ikkje stadfesta mot forskrifta.',
			},
		},
		'2023-02-01': {
			value: 35,
			reference: 'N14 (AAP 35 kr from 1.2.2023), N13; Statsforvaltaren i Innlandet (KVP page)',
			verified: false,
			doubt: inferredChildRate(35, '1.2.2023', {
				nb: 'oppgis av Statsforvalteren i Innlandet',
				nn: 'blir oppgitt av Statsforvaltaren i Innlandet',
			}),
		},
		'2024-01-01': {
			value: 36,
			reference:
				'N5 (nav.no, with G-2024 amounts); date inferred from N14 (AAP 36 kr from 1.1.2024)',
			verified: false,
			doubt: inferredChildRate(36, '1.1.2024', {
				nb: 'står på nav.no sammen med beløp med grunnbeløpet fra 2024',
				nn: 'står på nav.no saman med beløp med grunnbeløpet frå 2024',
			}),
		},
		'2025-01-01': {
			value: 37,
			reference: 'Inferred from N14 (AAP 37 kr from 1.1.2025); no KVP source shows 37 kr',
			verified: false,
			doubt: inferredChildRate(37, '1.1.2025', {
				nb: 'står ikke i noen kilde om kvalifiseringsstønad, men ligger mellom satsene nav.no viser (36 og 38 kr)',
				nn: 'står ikkje i noka kjelde om kvalifiseringsstønad, men ligg mellom satsane nav.no viser (36 og 38 kr)',
			}),
		},
		'2026-01-01': {
			value: 38,
			reference:
				'N6 (nav.no, with G-2025 amounts); date inferred from N14 (AAP 38 kr from 1.1.2026)',
			verified: false,
			doubt: inferredChildRate(38, '1.1.2026', {
				nb: 'står på nav.no sammen med beløp med grunnbeløpet fra 2025',
				nn: 'står på nav.no saman med beløp med grunnbeløpet frå 2025',
			}),
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
