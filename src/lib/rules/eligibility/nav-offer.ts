/**
 * `nav-can-offer-adapted-programme`: the municipality's power to refuse because Nav cannot offer a
 * programme (§ 29 tredje ledd; SD0, S2, SD3).
 */
import { defineVariants, variantAt } from '../engine/parameter.ts';
import { join, t } from '../engine/text.ts';
import type { Localized } from '../engine/types.ts';
import { REFERENCES } from '../references.ts';
import type { NavCannotOfferReason } from '../schema.ts';
import { conditionResult, type ConditionResult, type EligibilityContext } from './condition.ts';

const ID = 'nav-can-offer-adapted-programme';
const FACTS = ['navCanOfferAdaptedProgramme', 'navCannotOfferReason'];

const REASON_LABELS: Record<NavCannotOfferReason, Localized> = {
	'office-capacity': t('kapasiteten ved Nav-kontoret', 'kapasiteten ved Nav-kontoret'),
	'user-circumstances-outside-municipal-control': t(
		'forhold ved brukeren som ligger utenfor kommunens kontroll',
		'forhold ved brukaren som ligg utanfor kontrollen til kommunen',
	),
	other: t('en annen grunn', 'ein annan grunn'),
};

const RIGHT = t(
	'Programmet er en rettighet for alle som fyller vilkårene, og kommunen kan ikke sette tak på antall deltakere.',
	'Programmet er ein rett for alle som fyller vilkåra, og kommunen kan ikkje setje tak på talet på deltakarar.',
);

function cannotOffer(reason: NavCannotOfferReason | null): Localized {
	if (reason === null) {
		return t(
			'Det er registrert at Nav ikke kan tilby et tilpasset program, men grunnen er ikke oppgitt.',
			'Det er registrert at Nav ikkje kan tilby eit tilpassa program, men grunnen er ikkje oppgitt.',
		);
	}
	const label = REASON_LABELS[reason];
	return t(
		`Det er registrert at Nav ikke kan tilby et tilpasset program på grunn av ${label.nb}.`,
		`Det er registrert at Nav ikkje kan tilby eit tilpassa program på grunn av ${label.nn}.`,
	);
}

type Rule = (reason: NavCannotOfferReason | null) => ConditionResult;

/** Refusal when Nav cannot offer a programme, as the rules read on each date. */
const refusalRules = defineVariants<Rule>('navCannotOfferRefusal', {
	// Act from 1.1.2010: a statutory power to refuse when Nav cannot offer a programme. Office
	// capacity was not a lawful ground then either: Prop. 12 L (2018–2019) ch. 3.1 says the programme
	// was already a right with no cap on participants (S3), and calls the 2019 rewording a
	// linguistic clarification (S2, N10, SD0).
	'2010-01-01': (reason) => {
		if (reason === 'office-capacity') {
			return conditionResult(
				ID,
				'met',
				REFERENCES.refusal,
				join(
					cannotOffer(reason),
					RIGHT,
					t(
						'Dette gjaldt også før 2019: Prop. 12 L (2018–2019) kapittel 3.1 sier at programmet allerede var en rettighet uten tak på antall deltakere, og kaller endringen av § 29 tredje ledd i 2019 en språklig presisering. Kapasiteten ved kontoret var derfor heller ikke før 2019 en lovlig grunn til avslag, og opplysningen er sett bort fra. Vilkåret er oppfylt.',
						'Dette galdt òg før 2019: Prop. 12 L (2018–2019) kapittel 3.1 seier at programmet alt var ein rett utan tak på talet på deltakarar, og kallar endringa av § 29 tredje ledd i 2019 ei språkleg presisering. Kapasiteten ved kontoret var difor heller ikkje før 2019 ein lovleg grunn til avslag, og opplysninga er sett bort frå. Vilkåret er oppfylt.',
					),
				),
				FACTS,
			);
		}
		if (reason === 'user-circumstances-outside-municipal-control') {
			return conditionResult(
				ID,
				'not-met',
				REFERENCES.refusal,
				join(
					cannotOffer(reason),
					t(
						'Før 2019 hadde kommunen hjemmel til å avslå søknaden når Nav ikke kunne tilby et program. Saksbehandlerens vurdering avgjør at vilkåret ikke er oppfylt.',
						'Før 2019 hadde kommunen heimel til å avslå søknaden når Nav ikkje kunne tilby eit program. Vurderinga til saksbehandlaren avgjer at vilkåret ikkje er oppfylt.',
					),
				),
				FACTS,
			);
		}
		return conditionResult(
			ID,
			'needs-judgement',
			REFERENCES.refusal,
			join(
				cannotOffer(reason),
				t(
					'Før 2019 hadde kommunen hjemmel til å avslå når Nav ikke kunne tilby et program. Om grunnen som er oppgitt, var god nok, må vurderes.',
					'Før 2019 hadde kommunen heimel til å avslå når Nav ikkje kunne tilby eit program. Om grunnen som er oppgitt, var god nok, må vurderast.',
				),
				RIGHT,
				t('Vilkåret må vurderes.', 'Vilkåret må vurderast.'),
			),
			FACTS,
		);
	},
	// LOV 2018 (Prop. 12 L (2018–2019)), in force 1.1.2019: reworded so refusal is for exceptional
	// cases only, where circumstances outside the municipality's control make an adapted programme
	// disproportionately burdensome; the limit lies with the user, not the office (SD0, S2, SD3).
	'2019-01-01': (reason) => {
		const exceptional = t(
			'Fra 1.1.2019 kan kommunen bare avslå i unntakstilfeller, der forhold utenfor kommunens kontroll gjør det uforholdsmessig byrdefullt å tilby et tilpasset program. Begrensningen ligger i forhold ved brukeren, ikke ved kommunen eller Nav-kontoret.',
			'Frå 1.1.2019 kan kommunen berre avslå i unntakstilfelle, der forhold utanfor kontrollen til kommunen gjer det uforholdsmessig byrdefullt å tilby eit tilpassa program. Avgrensinga ligg i forhold ved brukaren, ikkje ved kommunen eller Nav-kontoret.',
		);
		if (reason === 'office-capacity') {
			return conditionResult(
				ID,
				'met',
				REFERENCES.refusal,
				join(
					cannotOffer(reason),
					exceptional,
					RIGHT,
					t(
						'Kapasiteten ved kontoret er derfor ikke en lovlig grunn til avslag, og opplysningen er sett bort fra. Vilkåret er oppfylt.',
						'Kapasiteten ved kontoret er difor ikkje ein lovleg grunn til avslag, og opplysninga er sett bort frå. Vilkåret er oppfylt.',
					),
				),
				FACTS,
			);
		}
		if (reason === 'user-circumstances-outside-municipal-control') {
			return conditionResult(
				ID,
				'not-met',
				REFERENCES.refusal,
				join(
					cannotOffer(reason),
					exceptional,
					t(
						'Saksbehandleren har vurdert at dette er et slikt unntakstilfelle, og den vurderingen avgjør at vilkåret ikke er oppfylt. Terskelen er høy.',
						'Saksbehandlaren har vurdert at dette er eit slikt unntakstilfelle, og den vurderinga avgjer at vilkåret ikkje er oppfylt. Terskelen er høg.',
					),
				),
				FACTS,
			);
		}
		return conditionResult(
			ID,
			'needs-judgement',
			REFERENCES.refusal,
			join(
				cannotOffer(reason),
				exceptional,
				t(
					'Det må vurderes om grunnen gjør dette til et unntakstilfelle.',
					'Det må vurderast om grunnen gjer dette til eit unntakstilfelle.',
				),
			),
			FACTS,
		);
	},
});

export function navCanOffer(context: EligibilityContext): ConditionResult {
	const value = context.facts.navCanOfferAdaptedProgramme;
	if (value === true) {
		return conditionResult(
			ID,
			'met',
			REFERENCES.refusal,
			t(
				'Saksbehandleren har vurdert at Nav kan tilby et tilpasset program, så vilkåret er oppfylt.',
				'Saksbehandlaren har vurdert at Nav kan tilby eit tilpassa program, så vilkåret er oppfylt.',
			),
			['navCanOfferAdaptedProgramme'],
		);
	}
	if (value === null) {
		return conditionResult(
			ID,
			'needs-judgement',
			REFERENCES.refusal,
			join(
				t(
					'Det er ikke vurdert om Nav kan tilby et tilpasset program; motoren regner aldri et manglende svar som ja.',
					'Det er ikkje vurdert om Nav kan tilby eit tilpassa program; motoren reknar aldri eit manglande svar som ja.',
				),
				context.version.id === 'rv-2019' &&
					t(
						'Fra 1.1.2019 kan kommunen bare unntaksvis avslå av denne grunnen.',
						'Frå 1.1.2019 kan kommunen berre unntaksvis avslå av denne grunnen.',
					),
			),
			['navCanOfferAdaptedProgramme'],
		);
	}
	return variantAt(refusalRules, context.ruleDate)(context.facts.navCannotOfferReason);
}
