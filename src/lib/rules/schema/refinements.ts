/**
 * The checks across fields of the three inputs, without zod. The schemas (`../schema.ts`) run
 * them in `superRefine`, only when no field failed in a way that stops checking (a wrong type, an
 * impossible date), so every value has its type, though it may still be out of range.
 */
import { addDays } from '../engine/dates.ts';
import { WORKING_DAYS_PER_PERIOD } from './values.ts';

/** Reports one problem at `path` (relative to the input). */
export type Report = (path: (string | number)[], message: string) => void;

type DateRange = { startDate: string; endDate: string };

export function refineEligibilityFacts(
	facts: {
		assessmentDate: string;
		birthDate: string | null;
		previousKvpParticipation: readonly { startDate: string; endDate: string | null }[] | null;
	},
	report: Report,
): void {
	if (facts.birthDate !== null && facts.birthDate > facts.assessmentDate) {
		report(['birthDate'], 'Fødselsdatoen kan ikke være etter vurderingsdatoen.');
	}
	facts.previousKvpParticipation?.forEach((entry, index) => {
		if (entry.startDate > facts.assessmentDate) {
			report(
				['previousKvpParticipation', index, 'startDate'],
				'En tidligere deltakelse kan ikke starte etter vurderingsdatoen.',
			);
		}
		if (entry.endDate !== null && entry.endDate < entry.startDate) {
			report(
				['previousKvpParticipation', index, 'endDate'],
				'Sluttdatoen kan ikke være før startdatoen.',
			);
		}
	});
}

function checkRanges(
	report: Report,
	field: string,
	ranges: readonly DateRange[],
	programmeStart: string,
): void {
	ranges.forEach((range, index) => {
		if (range.endDate < range.startDate) {
			report([field, index, 'endDate'], 'Sluttdatoen kan ikke være før startdatoen.');
		}
		if (range.startDate < programmeStart) {
			report([field, index, 'startDate'], 'Perioden kan ikke starte før programmet starter.');
		}
	});
}

export function refinePeriodInput(
	input: {
		assessmentDate: string;
		startDate: string;
		birthDate: string | null;
		decisions: readonly DateRange[];
		interruptions: readonly DateRange[];
		pandemicAbsences: readonly DateRange[];
		terminatedOn: string | null;
	},
	report: Report,
): void {
	if (input.birthDate !== null && input.birthDate >= input.startDate) {
		report(['birthDate'], 'Fødselsdatoen må være før programstart.');
	}
	if (input.terminatedOn !== null && input.terminatedOn < input.startDate) {
		report(['terminatedOn'], 'Programmet kan ikke avsluttes før det starter.');
	}
	checkRanges(report, 'decisions', input.decisions, input.startDate);
	checkRanges(report, 'interruptions', input.interruptions, input.startDate);
	checkRanges(report, 'pandemicAbsences', input.pandemicAbsences, input.startDate);
	// A programme that starts more than ten years after the assessment is almost surely a typo.
	if (input.startDate > addDays(input.assessmentDate, 3653)) {
		report(['startDate'], 'Programstart er mer enn ti år etter vurderingsdatoen.');
	}
}

export function refineBenefitInput(
	input: {
		assessmentDate: string;
		birthDate: string;
		unexcusedAbsenceDays: number;
		interruptedDays: number;
		pandemicAbsenceDays: number;
	},
	report: Report,
): void {
	if (input.birthDate > input.assessmentDate) {
		report(['birthDate'], 'Fødselsdatoen kan ikke være etter vurderingsdatoen.');
	}
	const days = input.unexcusedAbsenceDays + input.interruptedDays + input.pandemicAbsenceDays;
	if (days > WORKING_DAYS_PER_PERIOD) {
		report(
			['unexcusedAbsenceDays'],
			`Fravær, avbrudd og pandemifravær er til sammen ${days} dager, men en periode på to uker har bare ${WORKING_DAYS_PER_PERIOD} arbeidsdager.`,
		);
	}
}
