/**
 * The right to a qualification programme (sosialtenestelova § 29, read with R35): eight named
 * conditions, each `met`, `not-met` or `needs-judgement`, and a verdict:
 * `not-eligible` if any condition is not met, else `needs-judgement` if any needs judgement,
 * else `eligible`.
 */
import { isIsoDate, type IsoDate } from './engine/dates.ts';
import { t, uniqueDoubts } from './engine/text.ts';
import type { Doubt, Localized, Outcome, Verdict } from './engine/types.ts';
import { benefitsCondition } from './eligibility/benefits.ts';
import {
	CONDITION_TITLES,
	type ConditionId,
	type ConditionResult,
	type ConditionRule,
	type EligibilityContext,
} from './eligibility/condition.ts';
import {
	closeCoordinatedAssistance,
	lawfulResidenceFixedAbode,
	significantlyReducedCapacity,
} from './eligibility/judgement.ts';
import { navCanOffer } from './eligibility/nav-offer.ts';
import { previousParticipation } from './eligibility/previous-participation.ts';
import { workAbilityAssessment } from './eligibility/work-ability.ts';
import { workingAge } from './eligibility/working-age.ts';
import type { EligibilityFacts } from './schema.ts';
import type { Parsed } from './schema/errors.ts';
import { EARLIEST_ASSESSMENT_DATE } from './schema/values.ts';
import { ruleVersionFor, type RuleVersion } from './versions.ts';

/** In the order of CONDITION_IDS. */
const RULES: readonly ConditionRule[] = [
	workingAge,
	lawfulResidenceFixedAbode,
	significantlyReducedCapacity,
	workAbilityAssessment,
	benefitsCondition,
	closeCoordinatedAssistance,
	navCanOffer,
	previousParticipation,
];

export type EligibilityResult = {
	assessmentDate: IsoDate;
	/** The date whose rules were applied; equals `assessmentDate` unless overridden. */
	ruleDate: IsoDate;
	ruleVersion: RuleVersion;
	verdict: Verdict;
	/** The conditions that decided the verdict: not met, or (if none) needing judgement. */
	decisive: ConditionId[];
	summary: Localized;
	conditions: ConditionResult[];
	/** Every unverified value or reading the answer rests on, once each. */
	doubts: Doubt[];
};

export type EvaluateOptions = {
	/** Apply the rules in force on this date instead of on `facts.assessmentDate`. */
	ruleDate?: IsoDate;
};

/** The verdict the statuses give. Exported so tests and the UI can check consistency. */
export function verdictOf(statuses: readonly { status: ConditionResult['status'] }[]): Verdict {
	let judgement = false;
	for (const { status } of statuses) {
		if (status === 'not-met') return 'not-eligible';
		if (status === 'needs-judgement') judgement = true;
	}
	return judgement ? 'needs-judgement' : 'eligible';
}

function titles(conditions: ConditionResult[]): Localized {
	return t(
		conditions.map((c) => `«${c.title.nb}»`).join(', '),
		conditions.map((c) => `«${c.title.nn}»`).join(', '),
	);
}

function summarize(verdict: Verdict, decisive: ConditionResult[], version: RuleVersion): Localized {
	const rules = t(version.title.nb.toLowerCase(), version.title.nn.toLowerCase());
	const names = titles(decisive);
	const n = decisive.length;
	if (verdict === 'eligible') {
		return t(
			`Alle vilkårene er oppfylt etter ${rules.nb}. Personen har rett til kvalifiseringsprogram.`,
			`Alle vilkåra er oppfylte etter ${rules.nn}. Personen har rett til kvalifiseringsprogram.`,
		);
	}
	if (verdict === 'not-eligible') {
		return t(
			`${n} vilkår er ikke oppfylt etter ${rules.nb}: ${names.nb}. Personen har ikke rett til kvalifiseringsprogram slik faktaene står nå.`,
			`${n} vilkår er ikkje ${n === 1 ? 'oppfylt' : 'oppfylte'} etter ${rules.nn}: ${names.nn}. Personen har ikkje rett til kvalifiseringsprogram slik fakta står no.`,
		);
	}
	return t(
		`Ingen vilkår er avkreftet etter ${rules.nb}, men ${n} vilkår må vurderes av saksbehandler: ${names.nb}.`,
		`Ingen vilkår er avkrefta etter ${rules.nn}, men ${n} vilkår må vurderast av saksbehandlar: ${names.nn}.`,
	);
}

/**
 * Evaluates already validated facts (see `eligibilityFactsSchema`). Pure and fast: no parsing,
 * no I/O. Use `evaluateEligibilityInput` (`input.ts`, or `browser.ts` in the island) for unknown
 * input.
 */
export function evaluateEligibility(
	facts: EligibilityFacts,
	options: EvaluateOptions = {},
): EligibilityResult {
	const ruleDate = options.ruleDate ?? facts.assessmentDate;
	const version = ruleVersionFor(ruleDate);
	const context: EligibilityContext = {
		facts,
		assessmentDate: facts.assessmentDate,
		ruleDate,
		version,
	};
	const conditions = RULES.map((rule) => rule(context));
	const verdict = verdictOf(conditions);
	const decisiveStatus = verdict === 'not-eligible' ? 'not-met' : 'needs-judgement';
	const decisive =
		verdict === 'eligible' ? [] : conditions.filter((c) => c.status === decisiveStatus);
	return {
		assessmentDate: facts.assessmentDate,
		ruleDate,
		ruleVersion: version,
		verdict,
		decisive: decisive.map((c) => c.id),
		summary: summarize(verdict, decisive, version),
		conditions,
		doubts: uniqueDoubts(conditions.map((c) => c.doubts)),
	};
}

/**
 * `evaluateEligibilityInput` once the facts went through the schema: its errors, an error for a
 * bad `ruleDate`, or the answer.
 */
export function evaluateParsed(
	parsed: Parsed<EligibilityFacts>,
	options: EvaluateOptions = {},
): Outcome<EligibilityResult> {
	if (!parsed.ok) return parsed;
	const { ruleDate } = options;
	if (ruleDate !== undefined && (!isIsoDate(ruleDate) || ruleDate < EARLIEST_ASSESSMENT_DATE)) {
		return {
			ok: false,
			errors: [
				{
					path: 'ruleDate',
					message: 'Regeldatoen må være en gyldig dato (ÅÅÅÅ-MM-DD) fra og med 1.1.2010.',
				},
			],
		};
	}
	return { ok: true, result: evaluateEligibility(parsed.value, options) };
}

export { CONDITION_TITLES };
