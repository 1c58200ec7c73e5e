/**
 * Conditions that are the caseworker's judgement (skjønn) and arrive as a yes/no/null fact.
 * A recorded yes or no decides the condition, and the explanation says the caseworker's judgement
 * decided it; null (not assessed) is needs-judgement, never yes.
 */
import { join, t } from '../engine/text.ts';
import type { Doubt, LegalReference, Localized } from '../engine/types.ts';
import { REFERENCES } from '../references.ts';
import type { EligibilityFacts } from '../schema.ts';
import {
	conditionResult,
	type ConditionId,
	type ConditionResult,
	type EligibilityContext,
} from './condition.ts';

type JudgementSpec = {
	id: ConditionId;
	fact: keyof EligibilityFacts;
	reference: LegalReference;
	/** "that the person has …" / "that the person does not have …", as a clause after "at". */
	yes: Localized;
	no: Localized;
	/** What the caseworker should weigh, shown when the fact is null. */
	hint: Localized;
	doubts?: Doubt[];
};

function judgement(spec: JudgementSpec) {
	return (context: EligibilityContext): ConditionResult => {
		const value = context.facts[spec.fact];
		const facts = [spec.fact];
		const doubts = spec.doubts ?? [];
		if (value === true) {
			return conditionResult(
				spec.id,
				'met',
				spec.reference,
				t(
					`Saksbehandleren har vurdert at ${spec.yes.nb}. Dette er en skjønnsvurdering, og det er saksbehandlerens vurdering som avgjør at vilkåret er oppfylt.`,
					`Saksbehandlaren har vurdert at ${spec.yes.nn}. Dette er ei skjønnsvurdering, og det er vurderinga til saksbehandlaren som avgjer at vilkåret er oppfylt.`,
				),
				facts,
				{ doubts },
			);
		}
		if (value === false) {
			return conditionResult(
				spec.id,
				'not-met',
				spec.reference,
				t(
					`Saksbehandleren har vurdert at ${spec.no.nb}. Dette er en skjønnsvurdering, og det er saksbehandlerens vurdering som avgjør at vilkåret ikke er oppfylt.`,
					`Saksbehandlaren har vurdert at ${spec.no.nn}. Dette er ei skjønnsvurdering, og det er vurderinga til saksbehandlaren som avgjer at vilkåret ikkje er oppfylt.`,
				),
				facts,
				{ doubts },
			);
		}
		return conditionResult(
			spec.id,
			'needs-judgement',
			spec.reference,
			join(
				t(
					`Det er ikke registrert noen vurdering av om ${spec.yes.nb}. Dette må saksbehandleren vurdere; motoren regner aldri et manglende svar som ja.`,
					`Det er ikkje registrert noka vurdering av om ${spec.yes.nn}. Dette må saksbehandlaren vurdere; motoren reknar aldri eit manglande svar som ja.`,
				),
				spec.hint,
			),
			facts,
			{ doubts },
		);
	};
}

export const lawfulResidenceFixedAbode = judgement({
	id: 'lawful-residence-fixed-abode',
	fact: 'lawfulResidenceAndFixedAbodeInNorway',
	reference: REFERENCES.residence,
	yes: t(
		'personen har lovlig opphold og fast bopel i Norge',
		'personen har lovleg opphald og fast bustad i Noreg',
	),
	no: t(
		'personen ikke har lovlig opphold og fast bopel i Norge',
		'personen ikkje har lovleg opphald og fast bustad i Noreg',
	),
	hint: t(
		'Personer uten fast bopel i Norge har bare rett til begrensede tjenester, ikke til kvalifiseringsprogram.',
		'Personar utan fast bustad i Noreg har berre rett til avgrensa tenester, ikkje til kvalifiseringsprogram.',
	),
	doubts: [
		{
			id: 'residence-legal-basis',
			text: t(
				'Merk: hjemmelen for vilkåret (sosialtjenesteloven § 2 og forskriften om sosiale tjenester for personer uten fast bopel i riket) er ikke kontrollert mot lovteksten.',
				'Merk: heimelen for vilkåret (sosialtenestelova § 2 og forskrifta om sosiale tenester for personar utan fast bustad i riket) er ikkje kontrollert mot lovteksten.',
			),
		},
	],
});

export const significantlyReducedCapacity = judgement({
	id: 'significantly-reduced-work-income-capacity',
	fact: 'significantlyReducedWorkAndIncomeCapacity',
	reference: REFERENCES.targetGroup,
	yes: t(
		'personen har vesentlig nedsatt arbeids- og inntektsevne',
		'personen har vesentleg nedsett arbeids- og inntektsevne',
	),
	no: t(
		'personen ikke har vesentlig nedsatt arbeids- og inntektsevne',
		'personen ikkje har vesentleg nedsett arbeids- og inntektsevne',
	),
	hint: t(
		'Årsaken til den nedsatte evnen trenger ikke være helsemessig; ofte er det en blanding av sosiale og helsemessige forhold.',
		'Årsaka til den nedsette evna treng ikkje vere helsemessig; ofte er det ei blanding av sosiale og helsemessige forhold.',
	),
});

export const closeCoordinatedAssistance = judgement({
	id: 'close-coordinated-assistance-appropriate-necessary',
	fact: 'closeCoordinatedAssistanceAppropriateAndNecessary',
	reference: REFERENCES.preconditions,
	yes: t(
		'tett og koordinert bistand gjennom programmet er hensiktsmessig og nødvendig for å styrke personens mulighet til å delta i arbeidslivet',
		'tett og koordinert bistand gjennom programmet er føremålstenleg og naudsynt for å styrkje høvet personen har til å delta i arbeidslivet',
	),
	no: t(
		'tett og koordinert bistand gjennom programmet ikke er hensiktsmessig og nødvendig for å styrke personens mulighet til å delta i arbeidslivet',
		'tett og koordinert bistand gjennom programmet ikkje er føremålstenleg og naudsynt for å styrkje høvet personen har til å delta i arbeidslivet',
	),
	hint: t(
		'Vurderingen gjelder om nettopp den tette oppfølgingen i programmet trengs for å komme nærmere arbeid.',
		'Vurderinga gjeld om nettopp den tette oppfølginga i programmet trengst for å kome nærare arbeid.',
	),
});
