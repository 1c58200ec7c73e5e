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
	/** The rule itself, shown whatever the answer (after the judgement sentence). */
	basis?: Localized;
	doubts?: Doubt[];
	/** Doubts that matter only when the condition is not met or not assessed. */
	doubtsUnlessMet?: Doubt[];
};

function judgement(spec: JudgementSpec) {
	return (context: EligibilityContext): ConditionResult => {
		const value = context.facts[spec.fact];
		const facts = [spec.fact];
		const always = spec.doubts ?? [];
		const doubts = [...always, ...(spec.doubtsUnlessMet ?? [])];
		if (value === true) {
			return conditionResult(
				spec.id,
				'met',
				spec.reference,
				join(
					t(
						`Saksbehandleren har vurdert at ${spec.yes.nb}. Dette er en skjønnsvurdering, og det er saksbehandlerens vurdering som avgjør at vilkåret er oppfylt.`,
						`Saksbehandlaren har vurdert at ${spec.yes.nn}. Dette er ei skjønnsvurdering, og det er vurderinga til saksbehandlaren som avgjer at vilkåret er oppfylt.`,
					),
					spec.basis,
				),
				facts,
				{ doubts: always },
			);
		}
		if (value === false) {
			return conditionResult(
				spec.id,
				'not-met',
				spec.reference,
				join(
					t(
						`Saksbehandleren har vurdert at ${spec.no.nb}. Dette er en skjønnsvurdering, og det er saksbehandlerens vurdering som avgjør at vilkåret ikke er oppfylt.`,
						`Saksbehandlaren har vurdert at ${spec.no.nn}. Dette er ei skjønnsvurdering, og det er vurderinga til saksbehandlaren som avgjer at vilkåret ikkje er oppfylt.`,
					),
					spec.basis,
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
				spec.basis,
				spec.hint,
			),
			facts,
			{ doubts },
		);
	};
}

/**
 * Scope of the Act (sotjl § 2, N2) and the regulation on people without a fixed abode
 * (FOR-2011-12-16-1251 § 1, N3): the Act applies to everyone staying in Norway; the regulation
 * limits it for people who are not Norwegian citizens and have no *bopel* in the realm, unless the
 * EEA Agreement or the Nordic convention says otherwise, and not for some victims of trafficking
 * or pending asylum cases. *Bopel* is a tie to Norway, not a dwelling (N18). People staying
 * unlawfully are covered by § 4 of the regulation (N19), which was not read.
 * The fact keeps its name; it means "the Act covers the person and the regulation does not exclude".
 */
export const lawfulResidenceFixedAbode = judgement({
	id: 'lawful-residence-fixed-abode',
	fact: 'lawfulResidenceAndFixedAbodeInNorway',
	reference: REFERENCES.residence,
	yes: t(
		'personen er omfattet av loven og ikke unntatt etter forskriften om sosiale tjenester for personer uten fast bopel i Norge',
		'personen er omfatta av lova og ikkje unnateken etter forskrifta om sosiale tenester for personar utan fast bopel i Noreg',
	),
	no: t(
		'personen er unntatt fra retten til program: personen er ikke norsk statsborger, har ikke bopel i riket, og ingen unntak i forskriften gjelder',
		'personen er unnateken frå retten til program: personen er ikkje norsk statsborgar, har ikkje bopel i riket, og ingen unntak i forskrifta gjeld',
	),
	basis: t(
		'Loven gjelder for alle som oppholder seg i Norge (sosialtjenesteloven § 2). Forskriften om sosiale tjenester for personer uten fast bopel i Norge begrenser retten for personer som ikke er norske statsborgere og ikke har bopel i riket: de har bare krav på opplysning, råd og veiledning og på hjelp i en nødssituasjon. Bopel betyr tilknytning til Norge, ikke bolig, så en norsk statsborger uten bolig er ikke utelukket.',
		'Lova gjeld for alle som oppheld seg i Noreg (sosialtenestelova § 2). Forskrifta om sosiale tenester for personar utan fast bopel i Noreg avgrensar retten for personar som ikkje er norske statsborgarar og ikkje har bopel i riket: dei har berre krav på opplysning, råd og rettleiing og på hjelp i ein naudssituasjon. Bopel tyder tilknyting til Noreg, ikkje bustad, så ein norsk statsborgar utan bustad er ikkje utestengd.',
	),
	hint: t(
		'Avgrensningen gjelder ikke når EØS-avtalen eller den nordiske konvensjonen om sosial bistand sier noe annet, og heller ikke for enkelte ofre for menneskehandel eller personer med asylsak eller klagesak til behandling.',
		'Avgrensinga gjeld ikkje når EØS-avtalen eller den nordiske konvensjonen om sosial hjelp seier noko anna, og heller ikkje for somme offer for menneskehandel eller personar med asylsak eller klagesak til handsaming.',
	),
	doubtsUnlessMet: [
		{
			id: 'residence-unlawful-stay',
			text: t(
				'Merk: forskriftens regel om personer uten lovlig opphold (§ 4) er ikke bekreftet mot forskriftsteksten. Teksten i § 4 på Lovdata avgjør hva som gjelder for dem.',
				'Merk: regelen i forskrifta om personar utan lovleg opphald (§ 4) er ikkje stadfesta mot forskriftsteksten. Teksten i § 4 på Lovdata avgjer kva som gjeld for dei.',
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
