/**
 * Age limits for the right to a programme ("yrkesaktiv alder", sosialtenestelova § 29).
 *
 * - Lower limit 19 before 2019 and 18 from 1.1.2019 (Prop. 12 L (2018–2019); S2, SD3).
 * - Upper limit 67, unchanged in 2019 (SD1, SD3, S14).
 * - In 2007 the Act said «yrkesaktiv alder» and the preparatory works explained it as 19–67 (N4,
 *   Ot.prp. nr. 70 (2006–2007)); where the numbers sit after 2019 is not verified.
 * - Whether 67 is exclusive (someone who has turned 67 is outside) is NOT verified: the engine
 *   reads it so, by analogy with AAP («mellom 18 og 67 år») and alderspensjon («fylt 67») (N21),
 *   and says so in the explanation.
 */
import { defineParameter } from '../engine/parameter.ts';

export const lowerAgeLimit = defineParameter<number>('lowerAgeLimit', {
	description: 'Lowest age (completed years) for the right to a programme; reached on the birthday',
	unit: 'years',
	reference: 'sosialtenestelova § 29 (ledd not verified)',
	values: {
		// Act as in force from 1.1.2010: "Yrkesaktiv alder (19-67 år)" (SD3).
		'2010-01-01': { value: 19, reference: 'SD3 (NAV Ålesund 2018); S2' },
		// LOV-2018-12 (Prop. 12 L (2018–2019)), in force 1.1.2019: "endres fra 19 til 18 år" (S2).
		'2019-01-01': { value: 18, reference: 'S2 (Fylkesmannen i Agder); SD1; SD2; S14' },
	},
});

export const upperAgeLimit = defineParameter<number>('upperAgeLimit', {
	description: 'The age at which the right ends: the person must be under this age (exclusive)',
	unit: 'years',
	reference: 'sosialtenestelova § 29 (ledd not verified)',
	values: {
		'2010-01-01': {
			value: 67,
			reference:
				'SD1, SD2, SD3, S14 ("mellom 18 og 67 år"); exclusivity: fact sheet § 10 decision 2',
			verified: false,
			doubt: {
				nb: 'Merk: at retten slutter på 67-årsdagen, er en tolkning som ikke er kontrollert mot lovteksten eller rundskrivet.',
				nn: 'Merk: at retten sluttar på 67-årsdagen, er ei tolking som ikkje er kontrollert mot lovteksten eller rundskrivet.',
			},
		},
	},
});
