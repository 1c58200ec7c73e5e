/**
 * `no-or-very-limited-benefits`: "ingen eller svært begrensede ytelser til livsopphold etter
 * folketrygdloven eller arbeidsmarkedsloven" (§ 29 første ledd; S3, SD2).
 *
 * - Økonomisk sosialhjelp is a benefit under sosialtenestelova itself and does not count.
 * - Whether a benefit is "very limited" is a judgement; R35 4.29.1.7 (quoted in S14) gives the
 *   household's guideline norm as a starting point. The caseworker's answer per benefit decides.
 * - A claim for a benefit that is not yet decided goes to judgement: KVP is subsidiary, and in S16
 *   a refusal while an uføretrygd appeal was pending was upheld.
 */
import { formatKroner, join, t } from '../engine/text.ts';
import type { Localized } from '../engine/types.ts';
import { REFERENCES } from '../references.ts';
import type { BenefitType } from '../schema.ts';
import { conditionResult, type ConditionResult, type EligibilityContext } from './condition.ts';

const ID = 'no-or-very-limited-benefits';

export const BENEFIT_LABELS: Record<BenefitType, Localized> = {
	'economic-social-assistance': t('økonomisk sosialhjelp', 'økonomisk sosialhjelp'),
	arbeidsavklaringspenger: t('arbeidsavklaringspenger (AAP)', 'arbeidsavklaringspengar (AAP)'),
	dagpenger: t('dagpenger', 'dagpengar'),
	uføretrygd: t('uføretrygd', 'uføretrygd'),
	sykepenger: t('sykepenger', 'sjukepengar'),
	barnepensjon: t('barnepensjon', 'barnepensjon'),
	overgangsstønad: t('overgangsstønad', 'overgangsstønad'),
	tiltakspenger: t('tiltakspenger', 'tiltakspengar'),
	other: t('en annen ytelse', 'ei anna yting'),
};

const NORM = t(
	'Etter rundskrivet (R35 punkt 4.29.1.7) kan en ytelse på nivå med eller lavere enn den veiledende normen for husstanden anses som svært begrenset.',
	'Etter rundskrivet (R35 punkt 4.29.1.7) kan ei yting på nivå med eller lågare enn den rettleiande normen for hushaldet reknast som svært avgrensa.',
);

function named(type: BenefitType, amount: number | null): Localized {
	const label = BENEFIT_LABELS[type];
	if (amount === null) return label;
	const kr = formatKroner(amount);
	return t(`${label.nb} på ${kr} i året`, `${label.nn} på ${kr} i året`);
}

function list(items: Localized[]): Localized {
	return t(items.map((item) => item.nb).join(', '), items.map((item) => item.nn).join(', '));
}

export function benefitsCondition(context: EligibilityContext): ConditionResult {
	const { benefits, pendingBenefitClaims } = context.facts;
	const other = [REFERENCES.r35VeryLimited];
	if (benefits === null) {
		return conditionResult(
			ID,
			'needs-judgement',
			REFERENCES.targetGroup,
			t(
				'Det er ikke registrert hvilke ytelser personen får. Vilkåret må vurderes når det er kjent.',
				'Det er ikkje registrert kva ytingar personen får. Vilkåret må vurderast når det er kjent.',
			),
			['benefits'],
			{ otherReferences: other },
		);
	}
	const parts: (Localized | false)[] = [];
	const notLimited: string[] = [];
	const unknown: string[] = [];
	const limitedLabels: Localized[] = [];
	const social: Localized[] = [];
	let barnepensjon = false;
	benefits.forEach((benefit, index) => {
		const path = `benefits[${index}]`;
		const label = named(benefit.type, benefit.annualAmountNOK);
		if (benefit.type === 'economic-social-assistance') {
			social.push(label);
			return;
		}
		if (benefit.type === 'barnepensjon') barnepensjon = true;
		if (benefit.noneOrVeryLimited === false) {
			notLimited.push(path);
			parts.push(
				t(
					`Saksbehandleren har vurdert at ${label.nb} ikke er en svært begrenset ytelse.`,
					`Saksbehandlaren har vurdert at ${label.nn} ikkje er ei svært avgrensa yting.`,
				),
			);
		} else if (benefit.noneOrVeryLimited === null) {
			unknown.push(path);
			parts.push(
				t(
					`Det er ikke vurdert om ${label.nb} er en svært begrenset ytelse.`,
					`Det er ikkje vurdert om ${label.nn} er ei svært avgrensa yting.`,
				),
			);
		} else {
			limitedLabels.push(label);
		}
	});
	if (limitedLabels.length > 0) {
		const names = list(limitedLabels);
		parts.push(
			t(
				`Saksbehandleren har vurdert disse ytelsene som svært begrensede: ${names.nb}.`,
				`Saksbehandlaren har vurdert desse ytingane som svært avgrensa: ${names.nn}.`,
			),
		);
	}
	if (social.length > 0) {
		const names = list(social);
		parts.unshift(
			t(
				`Personen får ${names.nb}. Sosialhjelp er ikke en ytelse etter folketrygdloven eller arbeidsmarkedsloven og teller ikke med her.`,
				`Personen får ${names.nn}. Sosialhjelp er ikkje ei yting etter folketrygdlova eller arbeidsmarknadslova og tel ikkje med her.`,
			),
		);
	}
	if (barnepensjon) {
		parts.push(
			t(
				'For barnepensjon skal Nav bruke skjønn med R35 punkt 4.29.1.7 som utgangspunkt (Arbeids- og velferdsdirektoratet, 28.5.2024).',
				'For barnepensjon skal Nav bruke skjønn med R35 punkt 4.29.1.7 som utgangspunkt (Arbeids- og velferdsdirektoratet, 28.5.2024).',
			),
		);
	}
	const pending: string[] = [];
	if (pendingBenefitClaims === null) {
		pending.push('pendingBenefitClaims');
		parts.push(
			t(
				'Det er ikke registrert om personen har krav om andre ytelser som ikke er avgjort.',
				'Det er ikkje registrert om personen har krav om andre ytingar som ikkje er avgjorde.',
			),
		);
	} else {
		pendingBenefitClaims.forEach((claim, index) => {
			if (claim.type === 'economic-social-assistance') return;
			pending.push(`pendingBenefitClaims[${index}]`);
			const label = BENEFIT_LABELS[claim.type];
			const what =
				claim.status === 'appeal-pending'
					? t(`en klage om ${label.nb}`, `ei klage om ${label.nn}`)
					: t(`en søknad om ${label.nb}`, `ein søknad om ${label.nn}`);
			parts.push(
				t(
					`Personen har ${what.nb} som ikke er avgjort. KVP er en subsidiær ytelse, og i en klagesak ble avslag begrunnet med at en klage om uføretrygd var til behandling. Om kravet står i veien for KVP nå, må vurderes konkret.`,
					`Personen har ${what.nn} som ikkje er avgjord. KVP er ei subsidiær yting, og i ei klagesak vart avslag grunngitt med at ei klage om uføretrygd var til behandling. Om kravet står i vegen for KVP no, må vurderast konkret.`,
				),
			);
		});
	}

	if (notLimited.length > 0) {
		return conditionResult(
			ID,
			'not-met',
			REFERENCES.targetGroup,
			join(...parts, t('Vilkåret er derfor ikke oppfylt.', 'Vilkåret er difor ikkje oppfylt.')),
			notLimited,
			{ otherReferences: other },
		);
	}
	if (unknown.length > 0 || pending.length > 0) {
		return conditionResult(
			ID,
			'needs-judgement',
			REFERENCES.targetGroup,
			join(...parts, NORM, t('Vilkåret må vurderes.', 'Vilkåret må vurderast.')),
			[...unknown, ...pending],
			{ otherReferences: other },
		);
	}
	const none = limitedLabels.length === 0;
	return conditionResult(
		ID,
		'met',
		REFERENCES.targetGroup,
		join(
			...parts,
			none
				? t(
						'Personen får ingen ytelser til livsopphold etter folketrygdloven eller arbeidsmarkedsloven, så vilkåret er oppfylt.',
						'Personen får ingen ytingar til livsopphald etter folketrygdlova eller arbeidsmarknadslova, så vilkåret er oppfylt.',
					)
				: t(
						'Det er saksbehandlerens vurdering som avgjør at vilkåret er oppfylt.',
						'Det er vurderinga til saksbehandlaren som avgjer at vilkåret er oppfylt.',
					),
		),
		['benefits', 'pendingBenefitClaims'],
		{ otherReferences: other },
	);
}
