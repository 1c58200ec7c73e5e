/**
 * Grunnbeløpet i folketrygda (G), set by the King and adjusted with effect from 1 May each year
 * (folketrygdlova § 1-4). Kvalifiseringsstønad follows G: «Grunnbeløpet blir regulert 1. mai hvert
 * år, og kvalifiseringsstønaden blir justert tilsvarende» (S10).
 *
 * Sources (ids from docs/legal-sources.md):
 * - S19/N16: navikt/su-se-bakover `grunnbeløpsendringer` (G 2005–2024 with effect and adoption
 *   dates), read in full in the December 2026 check: 2009–2024 match exactly.
 * - S20: Finansavisen 2025-05-22 for 2025; consistent with N6 (2.041 × 130 160 = 265 657).
 * - 2026: no stored source gives G from 1.5.2026. The value is kept, marked unverified, and every
 *   answer that uses it says so and names the G it used (benefit.ts).
 */
import { defineParameter } from '../engine/parameter.ts';

const S19 = 'S19, N16: navikt/su-se-bakover, grunnbeløpsendringer';

export const grunnbelop = defineParameter<number>('grunnbelop', {
	description: 'Grunnbeløpet i folketrygda (G), per år',
	unit: 'NOK/year',
	reference: 'folketrygdlova § 1-4; nav.no/grunnbelopet',
	values: {
		'2009-05-01': { value: 72_881, reference: S19 },
		'2010-05-01': { value: 75_641, reference: S19 },
		'2011-05-01': { value: 79_216, reference: S19 },
		'2012-05-01': { value: 82_122, reference: S19 },
		'2013-05-01': { value: 85_245, reference: S19 },
		'2014-05-01': { value: 88_370, reference: S19 },
		'2015-05-01': { value: 90_068, reference: S19 },
		'2016-05-01': { value: 92_576, reference: S19 },
		'2017-05-01': { value: 93_634, reference: S19 },
		'2018-05-01': { value: 96_883, reference: S19 },
		'2019-05-01': { value: 99_858, reference: S19 },
		'2020-05-01': { value: 101_351, reference: S19, adopted: '2020-09-04' },
		'2021-05-01': { value: 106_399, reference: S19, adopted: '2021-05-21' },
		'2022-05-01': { value: 111_477, reference: S19, adopted: '2022-05-20' },
		'2023-05-01': { value: 118_620, reference: S19, adopted: '2023-05-26' },
		'2024-05-01': { value: 124_028, reference: S19, adopted: '2024-05-24' },
		'2025-05-01': { value: 130_160, reference: 'S20: Finansavisen 2025-05-22; N6' },
		'2026-05-01': {
			value: 136_549,
			reference: 'No stored source (N-list: not found); kept as the engine value until checked',
			verified: false,
		},
	},
});
