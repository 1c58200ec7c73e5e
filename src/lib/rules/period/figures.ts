/** The programme period's figures, each with the computation that produced it. */
import { formatDateNo, inclusiveDays, type IsoDate } from '../engine/dates.ts';
import type { ResolvedValue } from '../engine/parameter.ts';
import { join, t } from '../engine/text.ts';
import type { LegalReference, Localized } from '../engine/types.ts';
import { REFERENCES } from '../references.ts';
import type { PeriodInput } from '../schema.ts';

export type PeriodFigure = {
	id: string;
	label: Localized;
	value: IsoDate | number;
	unit: 'date' | 'days' | 'months';
	/** How the value was computed, with the numbers. */
	computation: Localized;
	reference: LegalReference;
	verified: boolean;
};

type End = { plainEnd: IsoDate; end: IsoDate; pausedDays: number };

export type PeriodFigureArgs = {
	input: PeriodInput;
	base: ResolvedValue<number>;
	ext: ResolvedValue<number>;
	pauseRule: ResolvedValue<boolean>;
	without: End;
	withExt: End;
	endWithout: IsoDate;
	endWith: IsoDate;
	cap: IsoDate | null;
	usedUntil: IsoDate;
	daysUsed: number;
	daysLeft: number;
	daysLeftWithExtension: number;
	maxDays: number;
	maxDaysWithExt: number;
	granted: boolean;
	hasInterruptions: boolean;
	durationRef: LegalReference;
};

export function periodFigures(a: PeriodFigureArgs): PeriodFigure[] {
	const { input, base, ext, without, withExt, cap, usedUntil, daysUsed, durationRef } = a;
	const start = formatDateNo(input.startDate);
	const pausedText = (paused: number, end: IsoDate): Localized =>
		paused === 0
			? t('', '')
			: t(
					`, pluss ${paused} dager som ikke teller = ${formatDateNo(end)}`,
					`, pluss ${paused} dagar som ikkje tel = ${formatDateNo(end)}`,
				);
	return [
		{
			id: 'latestEndDateWithoutExtension',
			label: t('Siste sluttdato uten forlengelse', 'Siste sluttdato utan forlenging'),
			value: a.endWithout,
			unit: 'date',
			computation: join(
				t(
					`Start ${start} + ${base.value} måneder = ${formatDateNo(without.plainEnd)}${pausedText(without.pausedDays, without.end).nb}.`,
					`Start ${start} + ${base.value} månader = ${formatDateNo(without.plainEnd)}${pausedText(without.pausedDays, without.end).nn}.`,
				),
				cap !== null &&
					cap < without.end &&
					t(
						`Dagen før 67-årsdagen (${formatDateNo(cap)}) kommer før, og er siste dag.`,
						`Dagen før 67-årsdagen (${formatDateNo(cap)}) kjem før, og er siste dag.`,
					),
			),
			reference: durationRef,
			verified: base.verified,
		},
		{
			id: 'latestEndDateWithExtension',
			label: t('Siste sluttdato med forlengelse', 'Siste sluttdato med forlenging'),
			value: a.endWith,
			unit: 'date',
			computation: join(
				t(
					`Start ${start} + ${base.value} + ${ext.value} måneder = ${formatDateNo(withExt.plainEnd)}${pausedText(withExt.pausedDays, withExt.end).nb}.`,
					`Start ${start} + ${base.value} + ${ext.value} månader = ${formatDateNo(withExt.plainEnd)}${pausedText(withExt.pausedDays, withExt.end).nn}.`,
				),
				cap !== null &&
					cap < withExt.end &&
					t(
						`Dagen før 67-årsdagen (${formatDateNo(cap)}) kommer før, og er siste dag.`,
						`Dagen før 67-årsdagen (${formatDateNo(cap)}) kjem før, og er siste dag.`,
					),
			),
			reference: durationRef,
			verified: base.verified && ext.verified,
		},
		{
			id: 'daysUsed',
			label: t('Brukt programtid', 'Brukt programtid'),
			value: daysUsed,
			unit: 'days',
			computation:
				input.assessmentDate < input.startDate
					? t(
							'Programmet har ikke startet, så ingen dager er brukt.',
							'Programmet har ikkje starta, så ingen dagar er brukte.',
						)
					: t(
							`Fra ${start} til ${formatDateNo(usedUntil)} er det ${inclusiveDays(input.startDate, usedUntil)} dager, minus ${inclusiveDays(input.startDate, usedUntil) - daysUsed} dager som ikke teller = ${daysUsed} dager.`,
							`Frå ${start} til ${formatDateNo(usedUntil)} er det ${inclusiveDays(input.startDate, usedUntil)} dagar, minus ${inclusiveDays(input.startDate, usedUntil) - daysUsed} dagar som ikkje tel = ${daysUsed} dagar.`,
						),
			reference: REFERENCES.interruption,
			verified: a.pauseRule.verified || !a.hasInterruptions,
		},
		{
			id: 'daysLeft',
			label: t('Programtid igjen', 'Programtid att'),
			value: a.daysLeft,
			unit: 'days',
			computation: t(
				`Lengste programtid ${a.granted ? 'med' : 'uten'} forlengelse er ${a.maxDays} dager; ${a.maxDays} − ${daysUsed} brukt = ${a.daysLeft} dager.`,
				`Lengste programtid ${a.granted ? 'med' : 'utan'} forlenging er ${a.maxDays} dagar; ${a.maxDays} − ${daysUsed} brukt = ${a.daysLeft} dagar.`,
			),
			reference: durationRef,
			verified: base.verified,
		},
		{
			id: 'daysLeftWithExtension',
			label: t('Programtid igjen med forlengelse', 'Programtid att med forlenging'),
			value: a.daysLeftWithExtension,
			unit: 'days',
			computation: t(
				`Lengste programtid med forlengelse er ${a.maxDaysWithExt} dager; ${a.maxDaysWithExt} − ${daysUsed} brukt = ${a.daysLeftWithExtension} dager.`,
				`Lengste programtid med forlenging er ${a.maxDaysWithExt} dagar; ${a.maxDaysWithExt} − ${daysUsed} brukt = ${a.daysLeftWithExtension} dagar.`,
			),
			reference: durationRef,
			verified: base.verified && ext.verified,
		},
	];
}
