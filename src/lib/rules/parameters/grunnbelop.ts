/**
 * Grunnbeløpet i folketrygda (G), set by the King and adjusted with effect from 1 May each year
 * (folketrygdlova § 1-4). Kvalifiseringsstønad follows G: «Grunnbeløpet blir regulert 1. mai hvert
 * år, og kvalifiseringsstønaden blir justert tilsvarende» (S10).
 *
 * Sources (ids from shared/reference/kvp-rules-facts.md):
 * - S19: navikt/su-se-bakover `grunnbeløpsendringer` (G 2005–2024 with effect and adoption dates).
 *   The fact sheet's table tags 2016–2024 as verified there; the 2009–2015 values were read from the
 *   same stored file for this engine (not in the fact sheet's table).
 * - S20: Finansavisen 2025-05-22 for 2025.
 * - 2026: only in a third-party payroll codebase; unverified (fact sheet § 7 and § 11 item 7).
 */
import { defineParameter } from '../engine/parameter.ts';

const S19 = 'S19: navikt/su-se-bakover, grunnbeløpsendringer (nav.no/grunnbelopet)';
const S19_EXTRA = `${S19}; read from the stored source, not in the fact sheet's table`;

export const grunnbelop = defineParameter<number>('grunnbelop', {
	description: 'Grunnbeløpet i folketrygda (G), per år',
	unit: 'NOK/year',
	reference: 'folketrygdlova § 1-4; nav.no/grunnbelopet',
	values: {
		'2009-05-01': { value: 72_881, reference: S19_EXTRA },
		'2010-05-01': { value: 75_641, reference: S19_EXTRA },
		'2011-05-01': { value: 79_216, reference: S19_EXTRA },
		'2012-05-01': { value: 82_122, reference: S19_EXTRA },
		'2013-05-01': { value: 85_245, reference: S19_EXTRA },
		'2014-05-01': { value: 88_370, reference: S19_EXTRA },
		'2015-05-01': { value: 90_068, reference: S19_EXTRA },
		'2016-05-01': { value: 92_576, reference: S19 },
		'2017-05-01': { value: 93_634, reference: S19 },
		'2018-05-01': { value: 96_883, reference: S19 },
		'2019-05-01': { value: 99_858, reference: S19 },
		'2020-05-01': { value: 101_351, reference: S19, adopted: '2020-09-04' },
		'2021-05-01': { value: 106_399, reference: S19, adopted: '2021-05-21' },
		'2022-05-01': { value: 111_477, reference: S19, adopted: '2022-05-20' },
		'2023-05-01': { value: 118_620, reference: S19, adopted: '2023-05-26' },
		'2024-05-01': { value: 124_028, reference: S19, adopted: '2024-05-24' },
		'2025-05-01': { value: 130_160, reference: 'S20: Finansavisen 2025-05-22' },
		'2026-05-01': {
			value: 136_549,
			reference:
				'Unverified: appears only in a third-party payroll codebase; memory, to be checked against nav.no/grunnbelopet',
			verified: false,
			doubt: {
				nb: 'Merk: grunnbeløpet fra 1.5.2026 (136 549 kr) er ikke kontrollert mot nav.no/grunnbelopet.',
				nn: 'Merk: grunnbeløpet frå 1.5.2026 (136 549 kr) er ikkje kontrollert mot nav.no/grunnbelopet.',
			},
		},
	},
});
