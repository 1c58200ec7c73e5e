/**
 * Programme duration (sosialtenestelova § 32 from 2019; the pre-2019 paragraph is not verified).
 *
 * - From 1.1.2019: as long as the § 29 conditions are met, at most 2 years; «kan unntaksvis
 *   forlenges med inntil ett år når særlige grunner tilsier det» (S2; SD1; SD3 "3 år til sammen").
 * - Before 2019: one year, extendable (S21, SD3). The extension of "up to one more year" (so 1 + 1)
 *   is from memory only [MU].
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
	description: 'Longest extension, granted only for special reasons',
	unit: 'months',
	reference: 'sosialtenestelova § 32',
	values: {
		'2010-01-01': {
			value: 12,
			reference: 'Memory only [MU]; fact sheet § 32 "Pre-2019 maximum of 1 year + up to 1 year"',
			verified: false,
			doubt: {
				nb: 'Merk: at programmet før 2019 kunne forlenges med inntil ett år (til sammen to år), er ikke kontrollert mot lovteksten.',
				nn: 'Merk: at programmet før 2019 kunne forlengjast med inntil eitt år (til saman to år), er ikkje kontrollert mot lovteksten.',
			},
		},
		'2019-01-01': { value: 12, reference: 'S2 «unntaksvis forlenges med inntil ett år»; SD1' },
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
