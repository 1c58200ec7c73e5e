/** Notes on the benefit answer: late G adoption, pandemic absence, what does not reduce it. */
import { formatDateNo } from '../engine/dates.ts';
import type { ResolvedValue } from '../engine/parameter.ts';
import { days, t } from '../engine/text.ts';
import type { LegalReference, Localized } from '../engine/types.ts';
import { REFERENCES } from '../references.ts';
import type { BenefitInput } from '../schema.ts';

export type BenefitNote = { id: string; text: Localized; reference: LegalReference };

export function benefitNotes(args: {
	input: BenefitInput;
	g: ResolvedValue<number>;
	pandemicShielded: boolean;
}): BenefitNote[] {
	const { input, g } = args;
	const notes: BenefitNote[] = [];
	if (g.adopted !== null && input.assessmentDate < g.adopted) {
		notes.push({
			id: 'grunnbelop-adopted-later',
			text: t(
				`Grunnbeløpet fra ${formatDateNo(g.from)} ble vedtatt ${formatDateNo(g.adopted)} med virkning tilbake i tid. Før vedtaket ble stønaden utbetalt med forrige grunnbeløp og etterbetalt.`,
				`Grunnbeløpet frå ${formatDateNo(g.from)} vart vedteke ${formatDateNo(g.adopted)} med verknad tilbake i tid. Før vedtaket vart stønaden utbetalt med førre grunnbeløp og etterbetalt.`,
			),
			reference: REFERENCES.benefitRates,
		});
	}
	if (input.pandemicAbsenceDays > 0) {
		notes.push(
			args.pandemicShielded
				? {
						id: 'pandemic-absence-not-reduced',
						text: t(
							`${days(input.pandemicAbsenceDays).nb} fravær på grunn av pandemien gir ikke trekk (midlertidig forskrift § 3).`,
							`${days(input.pandemicAbsenceDays).nn} fråvær på grunn av pandemien gir ikkje trekk (mellombels forskrift § 3).`,
						),
						reference: REFERENCES.temporaryRegulation,
					}
				: {
						id: 'pandemic-absence-outside-regulation',
						text: t(
							'Den midlertidige forskriften gjelder ikke på denne datoen. Fravær på grunn av pandemien må registreres som gyldig fravær eller som fravær uten gyldig grunn; motoren har ikke trukket for disse dagene.',
							'Den mellombelse forskrifta gjeld ikkje på denne datoen. Fråvær på grunn av pandemien må registrerast som gyldig fråvær eller som fråvær utan gyldig grunn; motoren har ikkje trekt for desse dagane.',
						),
						reference: REFERENCES.temporaryRegulation,
					},
		);
	}
	notes.push({
		id: 'not-reduced-by',
		text: t(
			'Stønaden reduseres ikke av bostøtte, barnebidrag, barnetrygd, kontantstøtte, engangsstønad eller tilleggsstønader. Sykdom gir ikke trekk når deltakeren leverer egenmelding eller legeerklæring. Stønaden er skattepliktig og gir pensjonsopptjening.',
			'Stønaden blir ikkje redusert av bustøtte, barnebidrag, barnetrygd, kontantstøtte, eingongsstønad eller tilleggsstønader. Sjukdom gir ikkje trekk når deltakaren leverer eigenmelding eller legeerklæring. Stønaden er skattepliktig og gir pensjonsopptening.',
		),
		reference: REFERENCES.benefit,
	});
	return notes;
}
