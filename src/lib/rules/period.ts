/**
 * Programme period (sosialtenestelova § 32 duration, § 34 interruption), under the rule version
 * in force on the assessment date, with the 2020 temporary regulation where it applied.
 *
 * Days in an interruption, and (only from 16.3.2020 to 31.12.2020, mellombels forskrift § 3 andre
 * ledd) days of pandemic absence, do not count towards the maximum: they push the end date out.
 */
import {
	addDays,
	birthdayAt,
	formatDateNo,
	inclusiveDays,
	minDate,
	type IsoDate,
} from './engine/dates.ts';
import { requireAt } from './engine/parameter.ts';
import { join, t, uniqueDoubts } from './engine/text.ts';
import type { Doubt, Localized } from './engine/types.ts';
import { upperAgeLimit } from './parameters/age.ts';
import {
	baseDurationMonths,
	extensionMonths,
	interruptionPausesDuration,
} from './parameters/period.ts';
import { periodFigures, type PeriodFigure } from './period/figures.ts';
import {
	clipRanges,
	countedDays,
	endAfterMonths,
	mergeRanges,
	type Range,
} from './period/ranges.ts';
import {
	buildPeriodNotes,
	EXTENSION_TEST,
	extensionAnswer,
	type PeriodNote,
} from './period/notes.ts';
import { REFERENCES } from './references.ts';
import type { PeriodInput } from './schema.ts';
import { ruleVersionFor, type RuleVersion } from './versions.ts';

/** § 3 andre ledd of the temporary regulation: only in its 2020 version (S7, S8). */
const PANDEMIC_PAUSE_WINDOW: Range = { startDate: '2020-03-16', endDate: '2020-12-31' };

export type { PeriodFigure };
export type PeriodStatus = 'not-started' | 'active' | 'interrupted' | 'ended';

export type PeriodResult = {
	assessmentDate: IsoDate;
	ruleVersion: RuleVersion;
	startDate: IsoDate;
	status: PeriodStatus;
	baseMonths: number;
	extensionMonths: number;
	/** The latest end under the rules, with the extension if one is granted. */
	latestEndDate: IsoDate;
	latestEndDateWithoutExtension: IsoDate;
	latestEndDateWithExtension: IsoDate;
	/** True when the day before the 67th birthday comes before the rules' end date. */
	cappedByAge: boolean;
	/** The end of the last decision, or null when no decision is given. */
	grantedUntil: IsoDate | null;
	daysUsed: number;
	daysLeft: number;
	daysLeftWithExtension: number;
	pausedDays: { interruptions: number; pandemicAbsence: number };
	extension: {
		granted: boolean;
		possible: boolean;
		/** The 2020 temporary regulation § 5 allowed going beyond the usual maximum. */
		beyondMaximumUnderTemporaryRegulation: boolean;
		explanation: Localized;
	};
	figures: PeriodFigure[];
	notes: PeriodNote[];
	summary: Localized;
	doubts: Doubt[];
};

function ageCap(input: PeriodInput, upperAge: number): IsoDate | null {
	if (input.birthDate === null) return null;
	return addDays(birthdayAt(input.birthDate, upperAge), -1);
}

function statusOn(
	input: PeriodInput,
	actualEnd: IsoDate,
	interruptions: readonly Range[],
): PeriodStatus {
	const date = input.assessmentDate;
	if (date < input.startDate) return 'not-started';
	if (date > actualEnd) return 'ended';
	const inInterruption = interruptions.some((r) => r.startDate <= date && date <= r.endDate);
	return inInterruption ? 'interrupted' : 'active';
}

const STATUS_TEXT: Record<PeriodStatus, Localized> = {
	'not-started': t('Programmet har ikke startet ennå.', 'Programmet har ikkje starta enno.'),
	active: t('Programmet pågår.', 'Programmet går føre seg.'),
	interrupted: t(
		'Programmet er avbrutt på vurderingsdatoen; i avbruddet er det ikke rett til stønad.',
		'Programmet er avbrote på vurderingsdatoen; i avbrotet er det ikkje rett til stønad.',
	),
	ended: t('Programmet er slutt på vurderingsdatoen.', 'Programmet er slutt på vurderingsdatoen.'),
};

/** Calculates the period for already validated input. */
export function calculatePeriod(input: PeriodInput): PeriodResult {
	const date = input.assessmentDate;
	const version = ruleVersionFor(date);
	const base = requireAt(baseDurationMonths, date);
	const ext = requireAt(extensionMonths, date);
	const pauseRule = requireAt(interruptionPausesDuration, date);
	const upperAge = requireAt(upperAgeLimit, date);
	const interruptions = mergeRanges(input.interruptions);
	const pandemic = mergeRanges(
		clipRanges(
			input.pandemicAbsences,
			PANDEMIC_PAUSE_WINDOW.startDate,
			PANDEMIC_PAUSE_WINDOW.endDate,
		),
	);
	const paused = mergeRanges([...(pauseRule.value ? interruptions : []), ...pandemic]);

	const without = endAfterMonths(input.startDate, base.value, paused);
	const withExt = endAfterMonths(input.startDate, base.value + ext.value, paused);
	const cap = ageCap(input, upperAge.value);
	const endWithout = cap === null ? without.end : minDate(without.end, cap);
	const endWith = cap === null ? withExt.end : minDate(withExt.end, cap);
	const cappedByAge = cap !== null && cap < withExt.end;

	const grantedUntil = input.decisions.reduce<IsoDate | null>(
		(latest, d) => (latest === null || d.endDate > latest ? d.endDate : latest),
		null,
	);
	const granted =
		input.decisions.some((d) => d.kind === 'extension') ||
		(grantedUntil !== null && grantedUntil > endWithout);
	const latestEnd = granted ? endWith : endWithout;
	let actualEnd = latestEnd;
	if (grantedUntil !== null) actualEnd = minDate(actualEnd, grantedUntil);
	if (input.terminatedOn !== null) actualEnd = minDate(actualEnd, input.terminatedOn);
	const status = statusOn(input, actualEnd, interruptions);

	const usedUntil = minDate(date, actualEnd);
	const daysUsed = countedDays(paused, input.startDate, usedUntil);
	const maxDays = countedDays(paused, input.startDate, latestEnd);
	const maxDaysWithExt = countedDays(paused, input.startDate, endWith);
	const daysLeft = Math.max(0, maxDays - daysUsed);
	const daysLeftWithExtension = Math.max(0, maxDaysWithExt - daysUsed);
	const pausedInterruptions = pauseRule.value
		? countedPaused(interruptions, input.startDate, latestEnd)
		: 0;
	const pausedPandemic = countedPaused(pandemic, input.startDate, latestEnd);

	const durationRef =
		version.id === 'rv-2019' ? REFERENCES.duration : REFERENCES.durationBefore2019;
	const extension = extensionAnswer({
		date,
		version: version.id,
		granted,
		status,
		extensionMonths: ext.value,
		endWithout,
		endWith,
	});
	const notes = buildPeriodNotes({ input, version, latestEnd, endWith, cap, cappedByAge, status });
	const doubts = uniqueDoubts([
		pauseRule.doubt && interruptions.length > 0
			? [{ id: 'interruption-pauses-duration', text: pauseRule.doubt }]
			: [],
		cappedByAge && upperAge.doubt
			? [{ id: 'upper-age-limit-exclusive', text: upperAge.doubt }]
			: [],
		version.overlays.flatMap((o) =>
			o.doubt ? [{ id: 'temporary-regulation-end', text: o.doubt }] : [],
		),
	]);

	const figures = periodFigures({
		input,
		base,
		ext,
		pauseRule,
		without,
		withExt,
		endWithout,
		endWith,
		cap,
		usedUntil,
		daysUsed,
		daysLeft,
		daysLeftWithExtension,
		maxDays,
		maxDaysWithExt,
		granted,
		hasInterruptions: interruptions.length > 0,
		durationRef,
	});

	const summary = join(
		STATUS_TEXT[status],
		t(
			`Etter ${version.title.nb.toLowerCase()} kan programmet vare i inntil ${base.value} måneder, med mulig forlengelse på inntil ${ext.value} måneder ${EXTENSION_TEST[version.id].nb}. Siste sluttdato er ${formatDateNo(latestEnd)}${granted ? ' (med forlengelse)' : ''}. Brukt: ${daysUsed} dager, igjen: ${daysLeft} dager.`,
			`Etter ${version.title.nn.toLowerCase()} kan programmet vare i inntil ${base.value} månader, med mogleg forlenging på inntil ${ext.value} månader ${EXTENSION_TEST[version.id].nn}. Siste sluttdato er ${formatDateNo(latestEnd)}${granted ? ' (med forlenging)' : ''}. Brukt: ${daysUsed} dagar, att: ${daysLeft} dagar.`,
		),
		extension.explanation,
	);

	return {
		assessmentDate: date,
		ruleVersion: version,
		startDate: input.startDate,
		status,
		baseMonths: base.value,
		extensionMonths: ext.value,
		latestEndDate: latestEnd,
		latestEndDateWithoutExtension: endWithout,
		latestEndDateWithExtension: endWith,
		cappedByAge,
		grantedUntil,
		daysUsed,
		daysLeft,
		daysLeftWithExtension,
		pausedDays: { interruptions: pausedInterruptions, pandemicAbsence: pausedPandemic },
		extension,
		figures,
		notes,
		summary,
		doubts,
	};
}

function countedPaused(ranges: readonly Range[], from: IsoDate, to: IsoDate): number {
	return inclusiveDays(from, to) - countedDays(ranges, from, to);
}
