/** The eligibility conditions' ids, titles, result shape and a builder for results. */
import type { IsoDate } from '../engine/dates.ts';
import { withDoubts } from '../engine/text.ts';
import type { ConditionStatus, Doubt, LegalReference, Localized } from '../engine/types.ts';
import type { EligibilityFacts } from '../schema.ts';
import type { RuleVersion } from '../versions.ts';

/** Part of the API: the order is the order of the answer. */
export const CONDITION_IDS = [
	'working-age',
	'lawful-residence-fixed-abode',
	'significantly-reduced-work-income-capacity',
	'work-ability-assessment-qualifies',
	'no-or-very-limited-benefits',
	'close-coordinated-assistance-appropriate-necessary',
	'nav-can-offer-adapted-programme',
	'previous-participation-rules',
] as const;

export type ConditionId = (typeof CONDITION_IDS)[number];

export const CONDITION_TITLES: Record<ConditionId, Localized> = {
	'working-age': { nb: 'Yrkesaktiv alder', nn: 'Yrkesaktiv alder' },
	'lawful-residence-fixed-abode': {
		nb: 'Omfattet av loven (§ 2 og forskriften om personer uten fast bopel)',
		nn: 'Omfatta av lova (§ 2 og forskrifta om personar utan fast bopel)',
	},
	'significantly-reduced-work-income-capacity': {
		nb: 'Vesentlig nedsatt arbeids- og inntektsevne',
		nn: 'Vesentleg nedsett arbeids- og inntektsevne',
	},
	'work-ability-assessment-qualifies': {
		nb: 'Arbeidsevnevurdering med behov for spesielt tilpasset innsats',
		nn: 'Arbeidsevnevurdering med behov for spesielt tilpassa innsats',
	},
	'no-or-very-limited-benefits': {
		nb: 'Ingen eller svært begrensede ytelser til livsopphold',
		nn: 'Ingen eller svært avgrensa ytingar til livsopphald',
	},
	'close-coordinated-assistance-appropriate-necessary': {
		nb: 'Tett og koordinert bistand er hensiktsmessig og nødvendig',
		nn: 'Tett og koordinert bistand er føremålstenleg og naudsynt',
	},
	'nav-can-offer-adapted-programme': {
		nb: 'Nav kan tilby et tilpasset program',
		nn: 'Nav kan tilby eit tilpassa program',
	},
	'previous-participation-rules': {
		nb: 'Tidligere deltakelse i KVP',
		nn: 'Tidlegare deltaking i KVP',
	},
};

export type ConditionResult = {
	id: ConditionId;
	title: Localized;
	status: ConditionStatus;
	/** The main legal anchor; `reference.text` is the citation, `reference.href` the link. */
	reference: LegalReference;
	/** Further sources the explanation relies on (R35, NAV-lova § 14 a …). */
	otherReferences: LegalReference[];
	/** Says which facts decided the status; ends with any doubt ("Merk: …"). */
	explanation: Localized;
	/** The input fields that decided the status, as paths ('birthDate', 'benefits[0]'). */
	decidingFacts: string[];
	/** Unverified values or readings the status rests on. */
	doubts: Doubt[];
};

export type EligibilityContext = {
	facts: EligibilityFacts;
	/** The date the facts are assessed on (ages are computed on this date). */
	assessmentDate: IsoDate;
	/** The date whose rules apply; equal to `assessmentDate` except in `compareVersions`. */
	ruleDate: IsoDate;
	version: RuleVersion;
};

export type ConditionRule = (context: EligibilityContext) => ConditionResult;

export function conditionResult(
	id: ConditionId,
	status: ConditionStatus,
	reference: LegalReference,
	explanation: Localized,
	decidingFacts: string[],
	extra: { otherReferences?: LegalReference[]; doubts?: Doubt[] } = {},
): ConditionResult {
	const doubts = extra.doubts ?? [];
	return {
		id,
		title: CONDITION_TITLES[id],
		status,
		reference,
		otherReferences: extra.otherReferences ?? [],
		explanation: withDoubts(explanation, doubts),
		decidingFacts,
		doubts,
	};
}
