/** The benefit's figures, each with the computation that produced it. */
import { formatDateLongNo, formatDateNo } from '../engine/dates.ts';
import type { ResolvedValue } from '../engine/parameter.ts';
import {
	days,
	formatFactor as factor,
	formatKroner as kr,
	formatNumber as num,
	join,
	t,
} from '../engine/text.ts';
import type { LegalReference, Localized } from '../engine/types.ts';
import { REFERENCES } from '../references.ts';
import type { BenefitInput } from '../schema.ts';

export type BenefitFigure = {
	id: string;
	label: Localized;
	value: number;
	unit: 'NOK' | 'NOK/year' | 'NOK/14 days' | 'NOK/day';
	/** The computation with its numbers, e.g. "2 × 99 858 kr = 199 716 kr". */
	computation: Localized;
	reference: LegalReference;
	/** False when a value or method behind the figure is not verified. */
	verified: boolean;
};

export type FigureArgs = {
	input: BenefitInput;
	g: ResolvedValue<number>;
	rateInG: number;
	rate: ResolvedValue<number>;
	/** rateInG × G before rounding. */
	exactFull: number;
	fraction: number;
	age: number;
	ageLimit: number;
	reducedRate: boolean;
	full: number;
	basicYearly: number;
	child: ResolvedValue<number>;
	childYearly: number;
	workingDays: number;
	periods: number;
	daysPerPeriod: number;
	basicTwoWeekly: number;
	childTwoWeekly: number;
	gross: number;
	dailyRate: number;
	unexcused: number;
	interruption: number;
	otherTotal: number;
	otherBenefits: number;
	payable: number;
};

function same(text: string): Localized {
	return { nb: text, nn: text };
}

/** Kroner with øre only when the amount is not whole. */
function exact(value: number): string {
	return Number.isInteger(value) ? kr(value) : kr(value, 2);
}

export function benefitFigures(a: FigureArgs): BenefitFigure[] {
	const children = a.input.childrenSupported;
	const fractionText = a.fraction === 2 / 3 ? '2/3' : num(a.fraction, 4);
	const figures: BenefitFigure[] = [
		{
			id: 'grunnbelop',
			label: t('Grunnbeløpet (G)', 'Grunnbeløpet (G)'),
			value: a.g.value,
			unit: 'NOK/year',
			computation: a.g.verified
				? t(
						`Grunnbeløpet fra ${formatDateNo(a.g.from)} er ${kr(a.g.value)}.`,
						`Grunnbeløpet frå ${formatDateNo(a.g.from)} er ${kr(a.g.value)}.`,
					)
				: t(
						`Grunnbeløpet fra ${formatDateLongNo(a.g.from)} er ikke bekreftet her; regnet med ${kr(a.g.value)}.`,
						`Grunnbeløpet frå ${formatDateLongNo(a.g.from)} er ikkje stadfesta her; rekna med ${kr(a.g.value)}.`,
					),
			reference: REFERENCES.benefitRates,
			verified: a.g.verified,
		},
		{
			id: 'yearlyFull',
			label: t('Full sats per år', 'Full sats per år'),
			value: a.full,
			unit: 'NOK/year',
			computation: join(
				same(
					a.exactFull === a.full
						? `${factor(a.rateInG)} × ${kr(a.g.value)} = ${kr(a.full)}`
						: `${factor(a.rateInG)} × ${kr(a.g.value)} = ${exact(a.exactFull)} ≈ ${kr(a.full)}`,
				),
				t(
					`Satsen er ${factor(a.rateInG)} G i året fra ${formatDateNo(a.rate.from)}.`,
					`Satsen er ${factor(a.rateInG)} G i året frå ${formatDateNo(a.rate.from)}.`,
				),
			),
			reference: REFERENCES.benefitRates,
			verified: a.g.verified && a.rate.verified,
		},
		{
			id: 'yearlyBasic',
			label: t('Kvalifiseringsstønad per år', 'Kvalifiseringsstønad per år'),
			value: a.basicYearly,
			unit: 'NOK/year',
			computation: a.reducedRate
				? t(
						`Personen er ${a.age} år, altså under ${a.ageLimit}: ${fractionText} × ${exact(a.exactFull)} = ${kr(a.basicYearly)} (avrundet til hele kroner).`,
						`Personen er ${a.age} år, altså under ${a.ageLimit}: ${fractionText} × ${exact(a.exactFull)} = ${kr(a.basicYearly)} (avrunda til heile kroner).`,
					)
				: t(
						`Personen er ${a.age} år, altså ${a.ageLimit} eller eldre: full sats ${kr(a.full)}.`,
						`Personen er ${a.age} år, altså ${a.ageLimit} eller eldre: full sats ${kr(a.full)}.`,
					),
			reference: REFERENCES.benefitRates,
			verified: a.g.verified && a.rate.verified,
		},
		{
			id: 'yearlyChildSupplement',
			label: t('Barnetillegg per år', 'Barnetillegg per år'),
			value: a.childYearly,
			unit: 'NOK/year',
			computation: t(
				`${kr(a.child.value)} per dag × ${a.workingDays} arbeidsdager × ${children} barn = ${kr(a.childYearly)}.`,
				`${kr(a.child.value)} per dag × ${a.workingDays} arbeidsdagar × ${children} barn = ${kr(a.childYearly)}.`,
			),
			reference: REFERENCES.regulation,
			verified: children === 0 || a.child.verified,
		},
		{
			id: 'twoWeeklyBasic',
			label: t('Stønad per 14. dag', 'Stønad per 14. dag'),
			value: a.basicTwoWeekly,
			unit: 'NOK/14 days',
			computation: t(
				`${kr(a.basicYearly)} / ${a.periods} = ${kr(a.basicYearly / a.periods, 2)} ≈ ${kr(a.basicTwoWeekly)} (avrundet til hele kroner).`,
				`${kr(a.basicYearly)} / ${a.periods} = ${kr(a.basicYearly / a.periods, 2)} ≈ ${kr(a.basicTwoWeekly)} (avrunda til heile kroner).`,
			),
			reference: REFERENCES.benefitRates,
			verified: false,
		},
		{
			id: 'twoWeeklyChildSupplement',
			label: t('Barnetillegg per 14. dag', 'Barnetillegg per 14. dag'),
			value: a.childTwoWeekly,
			unit: 'NOK/14 days',
			computation: t(
				`${kr(a.child.value)} × ${a.daysPerPeriod} dager × ${children} barn = ${kr(a.childTwoWeekly)}.`,
				`${kr(a.child.value)} × ${a.daysPerPeriod} dagar × ${children} barn = ${kr(a.childTwoWeekly)}.`,
			),
			reference: REFERENCES.regulation,
			verified: children === 0 || a.child.verified,
		},
		{
			id: 'twoWeeklyGross',
			label: t('Sum før trekk per 14. dag', 'Sum før trekk per 14. dag'),
			value: a.gross,
			unit: 'NOK/14 days',
			computation: same(`${kr(a.basicTwoWeekly)} + ${kr(a.childTwoWeekly)} = ${kr(a.gross)}`),
			reference: REFERENCES.benefit,
			verified: false,
		},
		{
			id: 'dailyRate',
			label: t('Dagsats brukt ved trekk', 'Dagsats brukt ved trekk'),
			value: a.dailyRate,
			unit: 'NOK/day',
			computation: same(
				`${kr(a.basicYearly)} / ${a.workingDays} + ${kr(a.child.value)} × ${children} = ${kr(a.dailyRate, 2)}`,
			),
			reference: REFERENCES.absence,
			verified: false,
		},
	];
	figures.push(...reductionFigures(a));
	return figures;
}

function reductionFigures(a: FigureArgs): BenefitFigure[] {
	const { unexcusedAbsenceDays, interruptedDays } = a.input;
	return [
		{
			id: 'reductionUnexcusedAbsence',
			label: t('Trekk for fravær uten gyldig grunn', 'Trekk for fråvær utan gyldig grunn'),
			value: a.unexcused,
			unit: 'NOK',
			computation: t(
				`${days(unexcusedAbsenceDays).nb} × ${kr(a.dailyRate, 2)} = ${kr(a.unexcused)} (avrundet, aldri mer enn det som er igjen).`,
				`${days(unexcusedAbsenceDays).nn} × ${kr(a.dailyRate, 2)} = ${kr(a.unexcused)} (avrunda, aldri meir enn det som er att).`,
			),
			reference: REFERENCES.absence,
			verified: unexcusedAbsenceDays === 0,
		},
		{
			id: 'reductionInterruption',
			label: t('Trekk for dager i avbrudd', 'Trekk for dagar i avbrot'),
			value: a.interruption,
			unit: 'NOK',
			computation: t(
				`Ingen stønad i avbrudd: ${days(interruptedDays).nb} × ${kr(a.dailyRate, 2)} = ${kr(a.interruption)}.`,
				`Ingen stønad i avbrot: ${days(interruptedDays).nn} × ${kr(a.dailyRate, 2)} = ${kr(a.interruption)}.`,
			),
			reference: REFERENCES.benefit,
			verified: interruptedDays === 0,
		},
		{
			id: 'reductionOtherBenefits',
			label: t(
				'Trekk krone for krone for andre ytelser',
				'Trekk krone for krone for andre ytingar',
			),
			value: a.otherBenefits,
			unit: 'NOK',
			computation: t(
				`Dagpenger, sykepenger og foreldrepenger i perioden: ${kr(a.otherTotal)}, trukket krone for krone: ${kr(a.otherBenefits)}.`,
				`Dagpengar, sjukepengar og foreldrepengar i perioden: ${kr(a.otherTotal)}, trekt krone for krone: ${kr(a.otherBenefits)}.`,
			),
			reference: REFERENCES.offset,
			verified: true,
		},
		{
			id: 'twoWeeklyPayable',
			label: t('Til utbetaling for 14 dager', 'Til utbetaling for 14 dagar'),
			value: a.payable,
			unit: 'NOK/14 days',
			computation: same(
				`${kr(a.gross)} − ${kr(a.unexcused)} − ${kr(a.interruption)} − ${kr(a.otherBenefits)} = ${kr(a.payable)}`,
			),
			reference: REFERENCES.benefit,
			verified: false,
		},
	];
}
