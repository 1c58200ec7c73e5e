/**
 * `working-age`: "yrkesaktiv alder", sosialtenestelova § 29 (which ledd carries the numbers is not
 * verified). 19–67 before 2019, 18–67 from 1.1.2019 (parameters/age.ts). The lower limit is reached
 * on the birthday; the upper limit is exclusive (an unverified reading, shown as a doubt).
 */
import { ageOn, birthdayAt, formatDateNo } from '../engine/dates.ts';
import { requireAt } from '../engine/parameter.ts';
import { days, join, t } from '../engine/text.ts';
import type { Doubt, Localized } from '../engine/types.ts';
import { lowerAgeLimit, upperAgeLimit } from '../parameters/age.ts';
import { REFERENCES } from '../references.ts';
import { conditionResult, type ConditionResult, type EligibilityContext } from './condition.ts';

const ID = 'working-age';

function ruleText(context: EligibilityContext, lower: number, upper: number): Localized {
	return context.version.id === 'rv-2019'
		? t(
				`Fra 1.1.2019 er aldersgrensen ${lower} til ${upper} år.`,
				`Frå 1.1.2019 er aldersgrensa ${lower} til ${upper} år.`,
			)
		: t(
				`I reglene som gjaldt fra 1.1.2010 til 31.12.2018, var aldersgrensen ${lower} til ${upper} år.`,
				`I reglane som gjaldt frå 1.1.2010 til 31.12.2018, var aldersgrensa ${lower} til ${upper} år.`,
			);
}

export function workingAge(context: EligibilityContext): ConditionResult {
	const { birthDate } = context.facts;
	if (birthDate === null) {
		return conditionResult(
			ID,
			'needs-judgement',
			REFERENCES.age,
			t(
				'Fødselsdatoen er ikke oppgitt, så alderen kan ikke vurderes. Vilkåret må avklares før søknaden kan avgjøres.',
				'Fødselsdatoen er ikkje oppgitt, så alderen kan ikkje vurderast. Vilkåret må avklarast før søknaden kan avgjerast.',
			),
			['birthDate'],
		);
	}
	const lower = requireAt(lowerAgeLimit, context.ruleDate).value;
	const upperEntry = requireAt(upperAgeLimit, context.ruleDate);
	const upper = upperEntry.value;
	const age = ageOn(birthDate, context.assessmentDate);
	const born = formatDateNo(birthDate);
	const span = days(age.days);
	const ageText = t(
		`Personen er ${age.years} år og ${span.nb} gammel på vurderingsdatoen (født ${born}).`,
		`Personen er ${age.years} år og ${span.nn} gammal på vurderingsdatoen (fødd ${born}).`,
	);
	const facts = ['birthDate', 'assessmentDate'];
	const upperDoubt: Doubt[] = upperEntry.doubt
		? [{ id: 'upper-age-limit-exclusive', text: upperEntry.doubt }]
		: [];

	if (age.years < lower) {
		const turns = formatDateNo(birthdayAt(birthDate, lower));
		return conditionResult(
			ID,
			'not-met',
			REFERENCES.age,
			join(
				ageText,
				ruleText(context, lower, upper),
				t(
					`Nedre aldersgrense er ${lower} år, så vilkåret er ikke oppfylt. Personen fyller ${lower} år ${turns}.`,
					`Nedre aldersgrense er ${lower} år, så vilkåret er ikkje oppfylt. Personen fyller ${lower} år ${turns}.`,
				),
			),
			facts,
		);
	}
	if (age.years >= upper) {
		return conditionResult(
			ID,
			'not-met',
			REFERENCES.age,
			join(
				ageText,
				ruleText(context, lower, upper),
				t(
					`Retten gjelder personer under ${upper} år, så vilkåret er ikke oppfylt.`,
					`Retten gjeld personar under ${upper} år, så vilkåret er ikkje oppfylt.`,
				),
			),
			facts,
			{ doubts: upperDoubt },
		);
	}
	// Near the upper limit the programme cannot run past the day before the 67th birthday.
	const nearUpper = age.years >= upper - 3;
	const lastDay = formatDateNo(birthdayAt(birthDate, upper));
	return conditionResult(
		ID,
		'met',
		REFERENCES.age,
		join(
			ageText,
			ruleText(context, lower, upper),
			t(
				`Personen er ${lower} år eller eldre og under ${upper} år, så vilkåret er oppfylt.`,
				`Personen er ${lower} år eller eldre og under ${upper} år, så vilkåret er oppfylt.`,
			),
			nearUpper &&
				t(
					`Personen fyller ${upper} år ${lastDay}; programmet kan ikke vare lenger enn til dagen før.`,
					`Personen fyller ${upper} år ${lastDay}; programmet kan ikkje vare lenger enn til dagen før.`,
				),
		),
		facts,
		{ doubts: nearUpper ? upperDoubt : [] },
	);
}
