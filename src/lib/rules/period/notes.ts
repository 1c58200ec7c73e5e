/** The programme period's extension answer and its notes and warnings. */
import { addDays, addMonths, formatDateNo, minDate, type IsoDate } from '../engine/dates.ts';
import { valueAt } from '../engine/parameter.ts';
import { join, t } from '../engine/text.ts';
import type { LegalReference, Localized } from '../engine/types.ts';
import { REFERENCES } from '../references.ts';
import type { PeriodStatus } from '../period.ts';
import type { PeriodInput } from '../schema.ts';
import { temporaryExtensionMonths } from '../parameters/period.ts';
import { overlayProvisionApplies, type RuleVersion, type RuleVersionId } from '../versions.ts';

/**
 * The test for an extension: «særlige grunner» from 2019 (S2); before 2019 a new assessment of
 * whether an extension is «hensiktsmessig og nødvendig» (N7, N8, N9).
 */
export const EXTENSION_TEST: Record<RuleVersionId, Localized> = {
	'rv-2010': t(
		'etter en ny vurdering av om forlengelse er hensiktsmessig og nødvendig',
		'etter ei ny vurdering av om forlenging er føremålstenleg og naudsynt',
	),
	'rv-2019': t(
		'unntaksvis, når særlige grunner tilsier det',
		'unntaksvis, når særlege grunnar tilseier det',
	),
};

/** The last day a decision may run to under the 2020 temporary regulation § 5 (N12), or null. */
function temporaryRegulationLimit(
	date: IsoDate,
	limit: IsoDate,
	cap: IsoDate | null,
): IsoDate | null {
	const months = valueAt(temporaryExtensionMonths, date);
	if (months === null || !overlayProvisionApplies(date, '§ 5')) return null;
	const end = addDays(addMonths(addDays(limit, 1), months), -1);
	return cap === null ? end : minDate(end, cap);
}

export type PeriodNote = {
	id: string;
	/** 'warning' when the input conflicts with the rules; 'info' otherwise. */
	level: 'info' | 'warning';
	text: Localized;
	reference: LegalReference;
};

export function extensionAnswer(args: {
	date: IsoDate;
	version: RuleVersionId;
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
			'Etter den midlertidige forskriften § 5 (2020) kunne programperioden i tillegg forlenges med inntil seks måneder ut over den vanlige grensen, ikke mer.',
			'Etter den mellombelse forskrifta § 5 (2020) kunne programperioden i tillegg forlengjast med inntil seks månader ut over den vanlege grensa, ikkje meir.',
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
				`Programmet kan forlenges med inntil ${args.extensionMonths} måneder, til senest ${formatDateNo(args.endWith)}, ${EXTENSION_TEST[args.version].nb}. Det er en skjønnsvurdering.`,
				`Programmet kan forlengjast med inntil ${args.extensionMonths} månader, til seinast ${formatDateNo(args.endWith)}, ${EXTENSION_TEST[args.version].nn}. Det er ei skjønnsvurdering.`,
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
	input.decisions.forEach((decision, index) => {
		const limit = decision.kind === 'extension' ? args.endWith : args.latestEnd;
		if (decision.endDate <= limit) return;
		notes.push(beyondMaximumNote(index, decision.endDate, limit, input.assessmentDate, args.cap));
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

/** A decision that runs past the latest lawful end: covered by the 2020 § 5 (up to six months) or not. */
function beyondMaximumNote(
	index: number,
	endDate: IsoDate,
	limit: IsoDate,
	date: IsoDate,
	cap: IsoDate | null,
): PeriodNote {
	const id = `decision-${index}-beyond-maximum`;
	const end = formatDateNo(endDate);
	const temporary = temporaryRegulationLimit(date, limit, cap);
	if (temporary !== null && endDate <= temporary) {
		return {
			id,
			level: 'info',
			text: t(
				`Vedtak ${index + 1} varer til ${end}, etter den vanlige siste sluttdatoen ${formatDateNo(limit)}. Det kan ha hjemmel i den midlertidige forskriften § 5, som tillot forlengelse med inntil seks måneder (til ${formatDateNo(temporary)}).`,
				`Vedtak ${index + 1} varer til ${end}, etter den vanlege siste sluttdatoen ${formatDateNo(limit)}. Det kan ha heimel i den mellombelse forskrifta § 5, som tillét forlenging med inntil seks månader (til ${formatDateNo(temporary)}).`,
			),
			reference: REFERENCES.temporaryRegulation,
		};
	}
	return {
		id,
		level: 'warning',
		text: join(
			t(
				`Vedtak ${index + 1} varer til ${end}, etter siste lovlige sluttdato ${formatDateNo(limit)}.`,
				`Vedtak ${index + 1} varer til ${end}, etter siste lovlege sluttdato ${formatDateNo(limit)}.`,
			),
			temporary !== null &&
				t(
					`Den midlertidige forskriften § 5 tillot bare forlengelse med inntil seks måneder, til ${formatDateNo(temporary)}.`,
					`Den mellombelse forskrifta § 5 tillét berre forlenging med inntil seks månader, til ${formatDateNo(temporary)}.`,
				),
		),
		reference: temporary !== null ? REFERENCES.temporaryRegulation : REFERENCES.duration,
	};
}
