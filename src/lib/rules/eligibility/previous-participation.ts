/**
 * `previous-participation-rules`: the once-only right (engangsrett) and the limits on re-entry
 * before 2019, and their removal from 1.1.2019.
 */
import { formatDateNo } from '../engine/dates.ts';
import { defineVariants, variantAt } from '../engine/parameter.ts';
import { join, t } from '../engine/text.ts';
import type { Doubt, Localized } from '../engine/types.ts';
import { REFERENCES } from '../references.ts';
import type { PreviousParticipation } from '../schema.ts';
import { conditionResult, type ConditionResult, type EligibilityContext } from './condition.ts';

const ID = 'previous-participation-rules';
const FACT = 'previousKvpParticipation';

const OUTCOME: Record<PreviousParticipation['outcome'], Localized> = {
	completed: t('fullført', 'fullført'),
	terminated: t('avsluttet', 'avslutta'),
	interrupted: t('avbrutt', 'avbrote'),
};

function describeEntry(entry: PreviousParticipation): Localized {
	const end = entry.endDate === null ? '' : formatDateNo(entry.endDate);
	const span = `${formatDateNo(entry.startDate)}–${end}`;
	return t(
		`et program (${span}) som ble ${OUTCOME[entry.outcome].nb}`,
		`eit program (${span}) som vart ${OUTCOME[entry.outcome].nn}`,
	);
}

const TERMINATED_DOUBT: Doubt = {
	id: 'once-only-right-terminated',
	text: t(
		'Merk: at også et avsluttet (ikke fullført) program stengte for et nytt program før 2019, er motorens lesing av engangsretten og er ikke kontrollert mot rundskrivet.',
		'Merk: at også eit avslutta (ikkje fullført) program stengde for eit nytt program før 2019, er lesinga motoren gjer av eingongsretten, og er ikkje kontrollert mot rundskrivet.',
	),
};

const REENTRY_DOUBT: Doubt = {
	id: 'reentry-limit-before-2019',
	text: t(
		'Merk: at grensen før 2019 var ett gjeninntak, er ikke kontrollert mot lovteksten; kildene sier bare at det fantes formelle begrensninger.',
		'Merk: at grensa før 2019 var eitt gjeninntak, er ikkje kontrollert mot lovteksten; kjeldene seier berre at det fanst formelle avgrensingar.',
	),
};

const TRANSITION_DOUBT: Doubt = {
	id: 'no-transitional-rule-2019',
	text: t(
		'Merk: ingen overgangsregel er funnet; motoren legger til grunn at heller ikke deltakelse før 2019 stenger for nytt program.',
		'Merk: ingen overgangsregel er funnen; motoren legg til grunn at heller ikkje deltaking før 2019 stengjer for nytt program.',
	),
};

const rules = defineVariants<(context: EligibilityContext) => ConditionResult>(
	'previousParticipation',
	{
		// Act from 1.1.2010, read with R35 on § 29: KVP was a once-only right, and re-entry into an
		// interrupted programme had formal limits (SD3, S5). The limit itself is MU.
		'2010-01-01': (context) => before2019(context.facts.previousKvpParticipation),
		// Prop. 12 L (2018–2019), in force 1.1.2019: no limit on how many times a person can take
		// part, and no formal limit on re-entry into an interrupted programme (S2, SD0, SD3).
		'2019-01-01': (context) => from2019(context.facts.previousKvpParticipation),
	},
);

function before2019(entries: PreviousParticipation[] | null): ConditionResult {
	const rule = t(
		'Før 2019 var KVP en engangsrett etter rundskrivet til § 29: den som hadde deltatt i et program, hadde ikke rett til et nytt.',
		'Før 2019 var KVP ein eingongsrett etter rundskrivet til § 29: den som hadde delteke i eit program, hadde ikkje rett til eit nytt.',
	);
	const refs = { otherReferences: [REFERENCES.interruption] };
	if (entries === null) {
		return conditionResult(
			ID,
			'needs-judgement',
			REFERENCES.r35Section29,
			join(
				t(
					'Det er ikke kjent om personen har deltatt i KVP før.',
					'Det er ikkje kjent om personen har delteke i KVP før.',
				),
				rule,
				t('Dette må avklares.', 'Dette må avklarast.'),
			),
			[FACT],
			refs,
		);
	}
	const [first] = entries;
	if (first === undefined) {
		return conditionResult(
			ID,
			'met',
			REFERENCES.r35Section29,
			join(
				t(
					'Det er registrert at personen ikke har deltatt i KVP før.',
					'Det er registrert at personen ikkje har delteke i KVP før.',
				),
				rule,
				t('Vilkåret er oppfylt.', 'Vilkåret er oppfylt.'),
			),
			[FACT],
			refs,
		);
	}
	const closed = entries.findIndex((entry) => entry.outcome !== 'interrupted');
	const closedEntry = entries[closed];
	if (closedEntry !== undefined) {
		const what = describeEntry(closedEntry);
		return conditionResult(
			ID,
			'not-met',
			REFERENCES.r35Section29,
			join(
				t(`Personen har deltatt i ${what.nb}.`, `Personen har delteke i ${what.nn}.`),
				rule,
				t('Vilkåret er derfor ikke oppfylt.', 'Vilkåret er difor ikkje oppfylt.'),
			),
			[`${FACT}[${closed}]`],
			{ ...refs, doubts: closedEntry.outcome === 'terminated' ? [TERMINATED_DOUBT] : [] },
		);
	}
	const reentry = t(
		'Et avbrutt program kunne tas opp igjen (gjeninntak), men før 2019 var det formelle grenser for hvor mange ganger.',
		'Eit avbrote program kunne takast opp att (gjeninntak), men før 2019 var det formelle grenser for kor mange gonger.',
	);
	const used = entries.findIndex((entry) => entry.readmittedAfterInterruption === true);
	const usedEntry = entries[used];
	if (usedEntry !== undefined) {
		const what = describeEntry(usedEntry);
		return conditionResult(
			ID,
			'not-met',
			REFERENCES.r35Section29,
			join(
				t(
					`Personen har deltatt i ${what.nb}, og er allerede tatt inn igjen én gang etter et avbrudd.`,
					`Personen har delteke i ${what.nn}, og er alt teken inn att éin gong etter eit avbrot.`,
				),
				reentry,
				t(
					'Motoren legger til grunn at grensen var ett gjeninntak, så vilkåret er ikke oppfylt.',
					'Motoren legg til grunn at grensa var eitt gjeninntak, så vilkåret er ikkje oppfylt.',
				),
			),
			[`${FACT}[${used}]`],
			{ ...refs, doubts: [REENTRY_DOUBT] },
		);
	}
	const unknown = entries.some((entry) => entry.readmittedAfterInterruption === null);
	return conditionResult(
		ID,
		'needs-judgement',
		REFERENCES.r35Section29,
		join(
			t(
				`Personen har deltatt i ${describeEntry(first).nb}.`,
				`Personen har delteke i ${describeEntry(first).nn}.`,
			),
			reentry,
			unknown
				? t(
						'Det er ikke registrert om personen allerede er tatt inn igjen etter et avbrudd.',
						'Det er ikkje registrert om personen alt er teken inn att etter eit avbrot.',
					)
				: t(
						'Det er registrert at personen ikke er tatt inn igjen før.',
						'Det er registrert at personen ikkje er teken inn att før.',
					),
			t(
				'Om personen skal tas inn igjen, er en skjønnsvurdering.',
				'Om personen skal takast inn att, er ei skjønnsvurdering.',
			),
		),
		[FACT],
		{ ...refs, doubts: [REENTRY_DOUBT] },
	);
}

function from2019(entries: PreviousParticipation[] | null): ConditionResult {
	const rule = t(
		'Fra 1.1.2019 er det ingen grense for hvor mange ganger en person kan delta i KVP, og ingen formell grense for gjeninntak i et avbrutt program, så lenge inngangsvilkårene er oppfylt. Vilkåret er oppfylt.',
		'Frå 1.1.2019 er det inga grense for kor mange gonger ein person kan delta i KVP, og inga formell grense for gjeninntak i eit avbrote program, så lenge inngangsvilkåra er oppfylte. Vilkåret er oppfylt.',
	);
	const count = entries?.length ?? 0;
	const before2019Entries = entries?.some((entry) => entry.startDate < '2019-01-01') === true;
	const intro =
		entries === null
			? t(
					'Det er ikke registrert om personen har deltatt i KVP før, men det har ingen betydning her.',
					'Det er ikkje registrert om personen har delteke i KVP før, men det har inga tyding her.',
				)
			: count === 0
				? t(
						'Det er registrert at personen ikke har deltatt i KVP før.',
						'Det er registrert at personen ikkje har delteke i KVP før.',
					)
				: t(
						`Personen har deltatt i KVP før (${count} ${count === 1 ? 'gang' : 'ganger'}).`,
						`Personen har delteke i KVP før (${count} ${count === 1 ? 'gong' : 'gonger'}).`,
					);
	return conditionResult(ID, 'met', REFERENCES.participation, join(intro, rule), [FACT], {
		otherReferences: [REFERENCES.interruption],
		doubts: before2019Entries ? [TRANSITION_DOUBT] : [],
	});
}

export function previousParticipation(context: EligibilityContext): ConditionResult {
	return variantAt(rules, context.ruleDate)(context);
}
