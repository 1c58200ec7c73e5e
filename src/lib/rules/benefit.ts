/**
 * Kvalifiseringsstønad (sosialtenestelova § 35): yearly and two-weekly amounts from G in force on
 * the date, the reduced rate under 25, the child supplement, and reductions for one two-week
 * period. Every figure carries how it was computed.
 *
 * Rounding (engine convention, not verified; fact sheet § 7 says practice varies):
 * - yearly amounts are rounded to whole kroner; the reduced rate is 2/3 of the unrounded full rate,
 *   which gives nav.no's figures (N5, N6: 168 761 and 177 104 kr);
 * - two-weekly basic amount = round(yearly / 26);
 * - the daily rate used for reductions = yearly / 260 + child supplement per day, kept in øre, and
 *   each reduction is rounded to whole kroner.
 */
import { ageOn, formatDateLongNo, formatDateNo, type IsoDate } from './engine/dates.ts';
import { lastVerifiedAt, requireAt, type ResolvedValue } from './engine/parameter.ts';
import { formatFactor, formatKroner, join, t, uniqueDoubts } from './engine/text.ts';
import type { Doubt, Localized } from './engine/types.ts';
import { benefitFigures, type BenefitFigure } from './benefit/figures.ts';
import { benefitNotes, type BenefitNote } from './benefit/notes.ts';
import {
	childSupplementPerDay,
	paymentPeriodsPerYear,
	reducedRateAgeLimit,
	reducedRateFraction,
	workingDaysPerYear,
	yearlyRateInG,
} from './parameters/benefit.ts';
import { grunnbelop } from './parameters/grunnbelop.ts';
import type { BenefitInput } from './schema.ts';
import { WORKING_DAYS_PER_PERIOD } from './schema/values.ts';
import { overlayProvisionApplies, ruleVersionFor, type RuleVersion } from './versions.ts';

export type { BenefitFigure, BenefitNote };

export type BenefitResult = {
	assessmentDate: IsoDate;
	ruleVersion: RuleVersion;
	grunnbelop: { value: number; from: IsoDate; adopted: IsoDate | null; verified: boolean };
	/** The yearly rate in G (2, or 2.041 from 1.7.2024) and the date it holds from. */
	rateInG: { value: number; from: IsoDate; verified: boolean };
	age: number;
	reducedRate: boolean;
	yearly: { full: number; basic: number; childSupplement: number; total: number };
	twoWeekly: {
		basic: number;
		childSupplement: number;
		gross: number;
		/** Per working day: basic / 260 + child supplement per day, in kroner with øre. */
		dailyRate: number;
		reductions: { unexcusedAbsence: number; interruption: number; otherBenefits: number };
		payable: number;
	};
	figures: BenefitFigure[];
	notes: BenefitNote[];
	summary: Localized;
	doubts: Doubt[];
};

const round2 = (value: number) => Math.round(value * 100) / 100;

/**
 * When G on the date is past the last verified value: says so plainly and names the G used and the
 * last verified one.
 */
function grunnbelopDoubt(g: ResolvedValue<number>, date: IsoDate): Doubt[] {
	if (g.verified) return [];
	const last = lastVerifiedAt(grunnbelop, date);
	const lastText =
		last === null
			? t('', '')
			: t(
					` Siste bekreftede grunnbeløp er ${formatKroner(last.value)} fra ${formatDateLongNo(last.from)}.`,
					` Siste stadfesta grunnbeløp er ${formatKroner(last.value)} frå ${formatDateLongNo(last.from)}.`,
				);
	return [
		{
			id: 'grunnbelop-unverified',
			text: t(
				`Merk: grunnbeløpet fra ${formatDateLongNo(g.from)} er ikke bekreftet her; regnet med ${formatKroner(g.value)}.${lastText.nb}`,
				`Merk: grunnbeløpet frå ${formatDateLongNo(g.from)} er ikkje stadfesta her; rekna med ${formatKroner(g.value)}.${lastText.nn}`,
			),
		},
	];
}

/** Calculates the benefit for already validated input. */
export function calculateBenefit(input: BenefitInput): BenefitResult {
	const date = input.assessmentDate;
	const g = requireAt(grunnbelop, date);
	const rate = requireAt(yearlyRateInG, date);
	const rateInG = rate.value;
	const fraction = requireAt(reducedRateFraction, date).value;
	const ageLimit = requireAt(reducedRateAgeLimit, date);
	const child = requireAt(childSupplementPerDay, date);
	const workingDays = requireAt(workingDaysPerYear, date).value;
	const periods = requireAt(paymentPeriodsPerYear, date).value;
	const daysPerPeriod = WORKING_DAYS_PER_PERIOD;

	const age = ageOn(input.birthDate, date).years;
	const reducedRate = age < ageLimit.value;
	// The reduced rate comes from the unrounded full rate, as nav.no's figures do (N5, N6).
	const exactFull = rateInG * g.value;
	const full = Math.round(exactFull);
	const basicYearly = reducedRate ? Math.round(exactFull * fraction) : full;
	const children = input.childrenSupported;
	const childYearly = child.value * workingDays * children;
	const basicTwoWeekly = Math.round(basicYearly / periods);
	const childTwoWeekly = child.value * daysPerPeriod * children;
	const gross = basicTwoWeekly + childTwoWeekly;
	const dailyRate = round2(basicYearly / workingDays + child.value * children);

	let remaining = gross;
	const take = (amount: number) => {
		const taken = Math.min(remaining, Math.max(0, amount));
		remaining -= taken;
		return taken;
	};
	const unexcused = take(Math.round(input.unexcusedAbsenceDays * dailyRate));
	const interruption = take(Math.round(input.interruptedDays * dailyRate));
	const otherTotal = input.otherBenefitsInPeriod.reduce((sum, b) => sum + b.amountNOK, 0);
	const otherBenefits = take(Math.round(otherTotal));
	const payable = remaining;

	const pandemicShielded = overlayProvisionApplies(date, '§ 3');
	const figures = benefitFigures({
		input,
		g,
		rateInG,
		rate,
		exactFull,
		fraction,
		age,
		ageLimit: ageLimit.value,
		reducedRate,
		full,
		basicYearly,
		child,
		childYearly,
		workingDays,
		periods,
		daysPerPeriod,
		basicTwoWeekly,
		childTwoWeekly,
		gross,
		dailyRate,
		unexcused,
		interruption,
		otherTotal,
		otherBenefits,
		payable,
	});
	const notes = benefitNotes({ input, g, pandemicShielded });
	const gDoubts = grunnbelopDoubt(g, date);
	const doubts = uniqueDoubts([
		gDoubts,
		rate.doubt ? [{ id: 'benefit-factor-start-date', text: rate.doubt }] : [],
		reducedRate && ageLimit.doubt ? [{ id: 'reduced-rate-exceptions', text: ageLimit.doubt }] : [],
		children > 0 && child.doubt ? [{ id: 'child-supplement-rate', text: child.doubt }] : [],
		input.unexcusedAbsenceDays + input.interruptedDays > 0
			? [
					{
						id: 'reduction-method',
						text: t(
							'Merk: at trekket regnes per arbeidsdag (årlig stønad / 260, med barnetillegg), er motorens metode; hvordan kommunene regner trekk, er ikke kontrollert mot forskriften.',
							'Merk: at trekket blir rekna per arbeidsdag (årleg stønad / 260, med barnetillegg), er metoden til motoren; korleis kommunane reknar trekk, er ikkje kontrollert mot forskrifta.',
						),
					},
				]
			: [],
	]);

	const summary = join(
		t(
			`Med grunnbeløpet fra ${formatDateNo(g.from)} (${formatKroner(g.value)}) og en sats på ${formatFactor(rateInG)} G i året fra ${formatDateNo(rate.from)} er kvalifiseringsstønaden ${formatKroner(basicYearly)} i året${reducedRate ? ` (lav sats, to tredjedeler, fordi personen er under ${ageLimit.value} år)` : ''}, eller ${formatKroner(basicTwoWeekly)} per 14. dag.`,
			`Med grunnbeløpet frå ${formatDateNo(g.from)} (${formatKroner(g.value)}) og ein sats på ${formatFactor(rateInG)} G i året frå ${formatDateNo(rate.from)} er kvalifiseringsstønaden ${formatKroner(basicYearly)} i året${reducedRate ? ` (låg sats, to tredjedelar, fordi personen er under ${ageLimit.value} år)` : ''}, eller ${formatKroner(basicTwoWeekly)} per 14. dag.`,
		),
		...gDoubts.map((doubt) => doubt.text),
		children > 0 &&
			t(
				`Barnetillegg for ${children} barn: ${formatKroner(childTwoWeekly)} per 14. dag.`,
				`Barnetillegg for ${children} barn: ${formatKroner(childTwoWeekly)} per 14. dag.`,
			),
		t(
			`Til utbetaling for perioden: ${formatKroner(payable)}.`,
			`Til utbetaling for perioden: ${formatKroner(payable)}.`,
		),
	);

	return {
		assessmentDate: date,
		ruleVersion: ruleVersionFor(date),
		grunnbelop: { value: g.value, from: g.from, adopted: g.adopted, verified: g.verified },
		rateInG: { value: rateInG, from: rate.from, verified: rate.verified },
		age,
		reducedRate,
		yearly: {
			full,
			basic: basicYearly,
			childSupplement: childYearly,
			total: basicYearly + childYearly,
		},
		twoWeekly: {
			basic: basicTwoWeekly,
			childSupplement: childTwoWeekly,
			gross,
			dailyRate,
			reductions: { unexcusedAbsence: unexcused, interruption, otherBenefits },
			payable,
		},
		figures,
		notes,
		summary,
		doubts,
	};
}
