/**
 * Programme duration (sosialtenestelova § 32 from 2019; that § 32 held the rule before 2019 too is
 * inferred from the regulation's legal basis, N1). Source ids: docs/legal-sources.md.
 *
 * - From 1.1.2019: as long as the § 29 conditions are met, at most 2 years; «kan unntaksvis
 *   forlenges med inntil ett år når særlige grunner tilsier det» (S2; N10; SD1).
 * - Before 2019: up to one year (regulation § 2 as of 2012, N1), extendable by one year after a new
 *   assessment of whether that is «hensiktsmessig og nødvendig» (N7, N8, N9). «Særlige grunner» is
 *   the 2019 wording.
 * - 2020: the temporary regulation § 5 let the programme period be extended by up to six months
 *   beyond that (N12); not continued from 1.1.2021 (S8).
 */
import { defineParameter } from '../engine/parameter.ts';

export const baseDurationMonths = defineParameter<number>('baseDurationMonths', {
	description: 'Longest ordinary programme period, before any extension',
	unit: 'months',
	reference: 'sosialtenestelova § 32',
	values: {
		'2010-01-01': {
			value: 12,
			reference: 'S21 «Programmet kan innvilges for et år, med mulighet for forlengelse»; SD3',
		},
		'2019-01-01': { value: 24, reference: 'S2; SD1 «Hovudregel: 2 år»; SD4' },
	},
});

export const extensionMonths = defineParameter<number>('extensionMonths', {
	description: 'Longest extension (special reasons from 2019; appropriate and necessary before)',
	unit: 'months',
	reference: 'sosialtenestelova § 32',
	values: {
		'2010-01-01': {
			value: 12,
			reference: 'N1 (regulation § 2, 2012: «inntil ett år»); N7, N8, N9: «forlenge … med ett år»',
		},
		'2019-01-01': { value: 12, reference: 'S2 «unntaksvis forlenges med inntil ett år»; SD1' },
	},
});

/** The 2020 temporary regulation § 5: extension beyond the usual maximum, up to six months (N12). */
export const temporaryExtensionMonths = defineParameter<number>('temporaryExtensionMonths', {
	description: 'Longest extension beyond the usual maximum under the 2020 temporary regulation § 5',
	unit: 'months',
	reference: 'mellombels forskrift 2020 § 5',
	values: {
		'2020-03-16': {
			value: 6,
			reference: 'N12 (statsbudsjettet.no, revised budget 2020): «inntil seks måneder»',
		},
		'2021-01-01': { value: null, reference: 'S8: § 5 not continued from 1.1.2021' },
	},
});

/**
 * Whether days in an interruption (avbrot, § 34) count towards the maximum duration. The engine
 * assumes they do not: during an interruption the person gets neither benefit nor programme
 * follow-up (§ 35; SD0), so the programme is paused. Not verified against R35.
 */
export const interruptionPausesDuration = defineParameter<boolean>('interruptionPausesDuration', {
	description: 'Days in an interruption do not count towards the maximum duration',
	unit: 'boolean',
	reference: 'sosialtenestelova §§ 32 and 34',
	values: {
		// Before 2019 the rules spoke of "stans" and of re-entry into an interrupted programme (SD3);
		// the engine uses the same reading for both versions.
		'2010-01-01': {
			value: true,
			reference: 'Engine reading of § 34 and § 35 (SD0); not verified against R35',
			verified: false,
			doubt: {
				nb: 'Merk: at dager i avbrudd ikke regnes med i programtiden, er motorens tolkning og er ikke kontrollert mot lovteksten eller rundskrivet.',
				nn: 'Merk: at dagar i avbrot ikkje blir rekna med i programtida, er tolkinga til motoren og er ikkje kontrollert mot lovteksten eller rundskrivet.',
			},
		},
	},
});
