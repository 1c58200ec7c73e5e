/**
 * `work-ability-assessment-qualifies`: the right presupposes a work ability assessment
 * (arbeidsevnevurdering, NAV-lova § 14 a) that concludes with a need for especially adapted
 * follow-up (spesielt tilpasset innsats). S15, S16, SD2; the ledd (§ 29 andre ledd) is not verified.
 *
 * A missing assessment is `not-met`, but the explanation says it is Nav's task to carry it out
 * (fact sheet § 10 decision 4), not a reason in itself to refuse.
 */
import { join, t } from '../engine/text.ts';
import type { Localized } from '../engine/types.ts';
import { REFERENCES } from '../references.ts';
import type { WorkAbilityOutcome } from '../schema.ts';
import { conditionResult, type ConditionResult, type EligibilityContext } from './condition.ts';

const ID = 'work-ability-assessment-qualifies';
const OTHER = [REFERENCES.navLaw14a];

export const OUTCOME_LABELS: Record<WorkAbilityOutcome, Localized> = {
	'standard-innsats': t('standard innsats', 'standard innsats'),
	'situasjonsbestemt-innsats': t('situasjonsbestemt innsats', 'situasjonsbestemt innsats'),
	'spesielt-tilpasset-innsats': t('spesielt tilpasset innsats', 'spesielt tilpassa innsats'),
	'varig-tilpasset-innsats': t('varig tilpasset innsats', 'varig tilpassa innsats'),
};

const REQUIREMENT = t(
	'Retten til program forutsetter at arbeidsevnevurderingen konkluderer med behov for spesielt tilpasset innsats.',
	'Retten til program føreset at arbeidsevnevurderinga konkluderer med behov for spesielt tilpassa innsats.',
);

const NAV_TASK = t(
	'Som hovedregel skal Nav gjøre eller oppdatere arbeidsevnevurderingen når noen søker om KVP. En manglende vurdering er en oppgave for Nav, ikke i seg selv en grunn til avslag.',
	'Som hovudregel skal Nav gjere eller oppdatere arbeidsevnevurderinga når nokon søkjer om KVP. Ei manglande vurdering er ei oppgåve for Nav, ikkje i seg sjølv ein grunn til avslag.',
);

function outcomeNote(outcome: WorkAbilityOutcome): Localized | null {
	if (outcome === 'situasjonsbestemt-innsats') {
		return t(
			'Fylkesmannen i Vestland har pekt på at brukere med situasjonsbestemt innsats bør vurderes på nytt; sjekk om vurderingen er oppdatert.',
			'Fylkesmannen i Vestland har peika på at brukarar med situasjonsbestemt innsats bør vurderast på nytt; sjekk om vurderinga er oppdatert.',
		);
	}
	if (outcome === 'varig-tilpasset-innsats') {
		return t(
			'I en klagesak la fylkesmannen til grunn at en person med varig nedsatt arbeidsevne (varig tilpasset innsats) ikke fylte vilkåret; Sivilombudet fant ikke grunn til å endre resultatet.',
			'I ei klagesak la fylkesmannen til grunn at ein person med varig nedsett arbeidsevne (varig tilpassa innsats) ikkje fylte vilkåret; Sivilombodet fann ikkje grunn til å endre resultatet.',
		);
	}
	return null;
}

export function workAbilityAssessment(context: EligibilityContext): ConditionResult {
	const done = context.facts.workAbilityAssessmentDone;
	const outcome = context.facts.workAbilityAssessmentOutcome;
	const facts = ['workAbilityAssessmentDone', 'workAbilityAssessmentOutcome'];
	if (done === false) {
		return conditionResult(
			ID,
			'not-met',
			REFERENCES.preconditions,
			join(
				t(
					'Det er registrert at personen ikke har fått en arbeidsevnevurdering etter NAV-loven § 14 a. Retten til program forutsetter en slik vurdering, så vilkåret er ikke oppfylt nå.',
					'Det er registrert at personen ikkje har fått ei arbeidsevnevurdering etter NAV-lova § 14 a. Retten til program føreset ei slik vurdering, så vilkåret er ikkje oppfylt no.',
				),
				NAV_TASK,
				outcome !== null &&
					t(
						`Et resultat (${OUTCOME_LABELS[outcome].nb}) er registrert, men det er ikke brukt fordi vurderingen er registrert som ikke gjort.`,
						`Eit resultat (${OUTCOME_LABELS[outcome].nn}) er registrert, men det er ikkje brukt fordi vurderinga er registrert som ikkje gjord.`,
					),
			),
			['workAbilityAssessmentDone'],
			{ otherReferences: OTHER },
		);
	}
	if (done === null) {
		return conditionResult(
			ID,
			'needs-judgement',
			REFERENCES.preconditions,
			join(
				t(
					'Det er ikke registrert om personen har fått en arbeidsevnevurdering etter NAV-loven § 14 a.',
					'Det er ikkje registrert om personen har fått ei arbeidsevnevurdering etter NAV-lova § 14 a.',
				),
				REQUIREMENT,
				NAV_TASK,
			),
			['workAbilityAssessmentDone'],
			{ otherReferences: OTHER },
		);
	}
	if (outcome === null) {
		return conditionResult(
			ID,
			'needs-judgement',
			REFERENCES.preconditions,
			join(
				t(
					'Arbeidsevnevurderingen er gjort, men resultatet er ikke registrert.',
					'Arbeidsevnevurderinga er gjord, men resultatet er ikkje registrert.',
				),
				REQUIREMENT,
			),
			facts,
			{ otherReferences: OTHER },
		);
	}
	const label = OUTCOME_LABELS[outcome];
	const found = t(
		`Arbeidsevnevurderingen er gjort og konkluderer med ${label.nb}.`,
		`Arbeidsevnevurderinga er gjord og konkluderer med ${label.nn}.`,
	);
	if (outcome === 'spesielt-tilpasset-innsats') {
		return conditionResult(
			ID,
			'met',
			REFERENCES.preconditions,
			join(
				found,
				t(
					'Det er dette behovet som kan gi rett til KVP, så vilkåret er oppfylt.',
					'Det er dette behovet som kan gi rett til KVP, så vilkåret er oppfylt.',
				),
			),
			facts,
			{ otherReferences: OTHER },
		);
	}
	return conditionResult(
		ID,
		'not-met',
		REFERENCES.preconditions,
		join(
			found,
			REQUIREMENT,
			t('Vilkåret er derfor ikke oppfylt.', 'Vilkåret er difor ikkje oppfylt.'),
			outcomeNote(outcome),
		),
		facts,
		{ otherReferences: OTHER },
	);
}
