/** The programme period's extension answer and its notes and warnings. */
import { formatDateNo, type IsoDate } from '../engine/dates.ts';
import { join, t } from '../engine/text.ts';
import type { LegalReference, Localized } from '../engine/types.ts';
import { REFERENCES } from '../references.ts';
import type { PeriodStatus } from '../period.ts';
import type { PeriodInput } from '../schema.ts';
import { overlayProvisionApplies, type RuleVersion } from '../versions.ts';

export type PeriodNote = {
	id: string;
	/** 'warning' when the input conflicts with the rules; 'info' otherwise. */
	level: 'info' | 'warning';
	text: Localized;
	reference: LegalReference;
};

export function extensionAnswer(args: {
	date: IsoDate;
	granted: boolean;
	status: PeriodStatus;
	extensionMonths: number;
	endWithout: IsoDate;
	endWith: IsoDate;
}): {
	granted: boolean;
	possible: boolean;
	beyondMaximumUnderTemporaryRegulation: boolean;
	explanation: Localized;
} {
	const beyond = overlayProvisionApplies(args.date, '§ 5');
	const overlayText =
		beyond &&
		t(
			'Etter den midlertidige forskriften § 5 (2020) kunne programmet også forlenges ut over den vanlige grensen.',
			'Etter den mellombelse forskrifta § 5 (2020) kunne programmet også forlengjast ut over den vanlege grensa.',
		);
	if (args.granted) {
		return {
			granted: true,
			possible: beyond,
			beyondMaximumUnderTemporaryRegulation: beyond,
			explanation: join(
				t(
					'Programmet er allerede forlenget, så lengste tid etter loven er brukt opp ved siste sluttdato.',
					'Programmet er alt forlengt, så lengste tid etter lova er brukt opp ved siste sluttdato.',
				),
				overlayText,
			),
		};
	}
	if (args.status === 'ended') {
		return {
			granted: false,
			possible: false,
			beyondMaximumUnderTemporaryRegulation: false,
			explanation: t(
				'Programmet er slutt, så det kan ikke forlenges. Et nytt program krever ny søknad.',
				'Programmet er slutt, så det kan ikkje forlengjast. Eit nytt program krev ny søknad.',
			),
		};
	}
	if (args.extensionMonths === 0 || args.endWith <= args.endWithout) {
		return {
			granted: false,
			possible: beyond,
			beyondMaximumUnderTemporaryRegulation: beyond,
			explanation: join(
				t(
					'Forlengelse er ikke mulig: det er ingen tid å forlenge med innenfor grensene.',
					'Forlenging er ikkje mogleg: det er inga tid å forlengje med innanfor grensene.',
				),
				overlayText,
			),
		};
	}
	return {
		granted: false,
		possible: true,
		beyondMaximumUnderTemporaryRegulation: beyond,
		explanation: join(
			t(
				`Programmet kan forlenges med inntil ${args.extensionMonths} måneder, til senest ${formatDateNo(args.endWith)}, når særlige grunner tilsier det. Det er en skjønnsvurdering.`,
				`Programmet kan forlengjast med inntil ${args.extensionMonths} månader, til seinast ${formatDateNo(args.endWith)}, når særlege grunnar tilseier det. Det er ei skjønnsvurdering.`,
			),
			overlayText,
		),
	};
}

export function buildPeriodNotes(args: {
	input: PeriodInput;
	version: RuleVersion;
	latestEnd: IsoDate;
	endWith: IsoDate;
	cap: IsoDate | null;
	cappedByAge: boolean;
	status: PeriodStatus;
}): PeriodNote[] {
	const { input, version } = args;
	const notes: PeriodNote[] = [];
	const beyondAllowed = overlayProvisionApplies(input.assessmentDate, '§ 5');
	input.decisions.forEach((decision, index) => {
		const limit = decision.kind === 'extension' ? args.endWith : args.latestEnd;
		if (decision.endDate <= limit) return;
		notes.push({
			id: `decision-${index}-beyond-maximum`,
			level: beyondAllowed ? 'info' : 'warning',
			text: beyondAllowed
				? t(
						`Vedtak ${index + 1} varer til ${formatDateNo(decision.endDate)}, etter den vanlige siste sluttdatoen ${formatDateNo(limit)}. Det kan ha hjemmel i den midlertidige forskriften § 5.`,
						`Vedtak ${index + 1} varer til ${formatDateNo(decision.endDate)}, etter den vanlege siste sluttdatoen ${formatDateNo(limit)}. Det kan ha heimel i den mellombelse forskrifta § 5.`,
					)
				: t(
						`Vedtak ${index + 1} varer til ${formatDateNo(decision.endDate)}, etter siste lovlige sluttdato ${formatDateNo(limit)}.`,
						`Vedtak ${index + 1} varer til ${formatDateNo(decision.endDate)}, etter siste lovlege sluttdato ${formatDateNo(limit)}.`,
					),
			reference: beyondAllowed ? REFERENCES.temporaryRegulation : REFERENCES.duration,
		});
	});
	const grantedUntil = input.decisions.reduce(
		(latest, d) => (d.endDate > latest ? d.endDate : latest),
		'',
	);
	if (grantedUntil !== '' && grantedUntil < args.latestEnd && args.status !== 'ended') {
		notes.push({
			id: 'shorter-decision-keeps-time',
			level: 'info',
			text: t(
				`Vedtakene dekker perioden til ${formatDateNo(grantedUntil)}. Et vedtak for kortere tid enn lengste tid gjør ikke at personen mister programtid.`,
				`Vedtaka dekkjer perioden til ${formatDateNo(grantedUntil)}. Eit vedtak for kortare tid enn lengste tid gjer ikkje at personen mistar programtid.`,
			),
			reference: REFERENCES.duration,
		});
	}
	if (args.cappedByAge && args.cap !== null) {
		notes.push({
			id: 'capped-by-age',
			level: 'info',
			text: t(
				`Personen fyller 67 år, så programmet kan ikke vare lenger enn til ${formatDateNo(args.cap)}.`,
				`Personen fyller 67 år, så programmet kan ikkje vare lenger enn til ${formatDateNo(args.cap)}.`,
			),
			reference: REFERENCES.age,
		});
	}
	const outside = input.pandemicAbsences.some(
		(r) => r.startDate < '2020-03-16' || r.endDate > '2020-12-31',
	);
	if (outside) {
		notes.push({
			id: 'pandemic-absence-outside-2020',
			level: 'info',
			text: t(
				'Fravær på grunn av pandemien ble bare holdt utenfor programtiden fra 16.3.2020 til 31.12.2020 (midlertidig forskrift § 3 andre ledd, opphevet fra 1.1.2021). Fravær utenfor dette tidsrommet teller med.',
				'Fråvær på grunn av pandemien vart berre halde utanfor programtida frå 16.3.2020 til 31.12.2020 (mellombels forskrift § 3 andre ledd, oppheva frå 1.1.2021). Fråvær utanfor dette tidsrommet tel med.',
			),
			reference: REFERENCES.temporaryRegulation,
		});
	}
	if (args.status === 'not-started' && overlayProvisionApplies(input.assessmentDate, '§ 4')) {
		notes.push({
			id: 'postponed-start',
			level: 'info',
			text: t(
				'Etter den midlertidige forskriften § 4 kan oppstarten utsettes i inntil seks måneder når programmet ikke kan gjennomføres på grunn av pandemien.',
				'Etter den mellombelse forskrifta § 4 kan oppstarten utsetjast i inntil seks månader når programmet ikkje kan gjennomførast på grunn av pandemien.',
			),
			reference: REFERENCES.temporaryRegulation,
		});
	}
	if (version.id === 'rv-2019' && input.startDate < '2019-01-01') {
		notes.push({
			id: 'started-before-2019',
			level: 'info',
			text: t(
				'Programmet startet før 1.1.2019, men er vurdert etter reglene som gjelder på vurderingsdatoen. Ingen overgangsregel er funnet; dette er ikke kontrollert mot lovteksten.',
				'Programmet starta før 1.1.2019, men er vurdert etter reglane som gjeld på vurderingsdatoen. Ingen overgangsregel er funnen; dette er ikkje kontrollert mot lovteksten.',
			),
			reference: REFERENCES.duration,
		});
	}
	return notes;
}
