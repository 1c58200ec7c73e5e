/**
 * "What changed": run a case library under the rules in force on two dates and show which
 * verdicts change and which conditions changed them.
 *
 * Each case keeps its own facts and its own assessment date (so ages and earlier participation are
 * read as of that date); only the rules differ. That isolates the effect of the rule change from
 * the effect of time passing.
 */
import { isIsoDate, type IsoDate } from './engine/dates.ts';
import type { ConditionStatus, Localized, Outcome, Verdict } from './engine/types.ts';
import { CONDITION_TITLES, type ConditionId } from './eligibility/condition.ts';
import { evaluateEligibility } from './eligibility.ts';
import type { EligibilityFacts } from './schema.ts';
import { EARLIEST_ASSESSMENT_DATE } from './schema/values.ts';
import { ruleVersionFor, type RuleVersion, type RuleVersionId } from './versions.ts';

export type ComparableCase = { id: string; title?: Localized; facts: EligibilityFacts };

export type ConditionChange = {
	id: ConditionId;
	title: Localized;
	a: ConditionStatus;
	b: ConditionStatus;
};

export type CaseComparison = {
	id: string;
	title: Localized | null;
	a: { ruleVersion: RuleVersionId; verdict: Verdict };
	b: { ruleVersion: RuleVersionId; verdict: Verdict };
	verdictChanged: boolean;
	/** Conditions whose status differs between the two dates, in condition order. */
	changedConditions: ConditionChange[];
};

export type Comparison = {
	dateA: IsoDate;
	dateB: IsoDate;
	versionA: RuleVersion;
	versionB: RuleVersion;
	cases: CaseComparison[];
	/** How many cases got a different verdict. */
	changedCount: number;
};

/** Compares already validated cases. Dates must be 2010-01-01 or later. */
export function compareVersions(
	cases: readonly ComparableCase[],
	dateA: IsoDate,
	dateB: IsoDate,
): Comparison {
	const results = cases.map((item): CaseComparison => {
		const a = evaluateEligibility(item.facts, { ruleDate: dateA });
		const b = evaluateEligibility(item.facts, { ruleDate: dateB });
		const changedConditions: ConditionChange[] = [];
		a.conditions.forEach((condition, index) => {
			const other = b.conditions[index];
			if (other !== undefined && other.status !== condition.status) {
				changedConditions.push({
					id: condition.id,
					title: CONDITION_TITLES[condition.id],
					a: condition.status,
					b: other.status,
				});
			}
		});
		return {
			id: item.id,
			title: item.title ?? null,
			a: { ruleVersion: a.ruleVersion.id, verdict: a.verdict },
			b: { ruleVersion: b.ruleVersion.id, verdict: b.verdict },
			verdictChanged: a.verdict !== b.verdict,
			changedConditions,
		};
	});
	return {
		dateA,
		dateB,
		versionA: ruleVersionFor(dateA),
		versionB: ruleVersionFor(dateB),
		cases: results,
		changedCount: results.filter((r) => r.verdictChanged).length,
	};
}

/** Like `compareVersions`, but checks the two dates first. Never throws for bad dates. */
export function compareVersionsInput(
	cases: readonly ComparableCase[],
	dateA: unknown,
	dateB: unknown,
): Outcome<Comparison> {
	const errors: { path: string; message: string }[] = [];
	const check = (path: string, value: unknown) => {
		if (!isIsoDate(value) || value < EARLIEST_ASSESSMENT_DATE) {
			errors.push({
				path,
				message: 'Må være en gyldig dato skrevet ÅÅÅÅ-MM-DD, fra og med 2010-01-01.',
			});
		}
	};
	check('dateA', dateA);
	check('dateB', dateB);
	if (errors.length > 0 || typeof dateA !== 'string' || typeof dateB !== 'string') {
		return { ok: false, errors };
	}
	return { ok: true, result: compareVersions(cases, dateA, dateB) };
}
