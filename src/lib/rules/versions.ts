/**
 * Rule versions, chosen by date. The assessment date picks the version; every answer names it.
 *
 * - rv-2010: sosialtenestelova as in force from 1.1.2010 (lower age 19, the once-only right,
 *   limits on re-entry after an interruption, refusal when Nav cannot offer a programme).
 * - rv-2019: the 2018 amendment (Prop. 12 L (2018–2019), adopted 14.12.2018), in force 1.1.2019
 *   (S2): age 18, no once-only right, no re-entry limits, refusal only in exceptional cases,
 *   2 years + up to 1.
 * - mellombels-forskrift-2020: the temporary COVID-19 regulation, an overlay on rv-2019 for the
 *   dates it applied (S6, S7, S8). It does not change eligibility; it changes duration, absence
 *   and start dates. No transitional rule was found, so the assessment date alone decides.
 */
import type { IsoDate } from './engine/dates.ts';
import { defineParameter, entryAt, type Parameter } from './engine/parameter.ts';
import type { LegalReference, Localized } from './engine/types.ts';
import { REFERENCES } from './references.ts';

export type RuleVersionId = 'rv-2010' | 'rv-2019';
export type OverlayProvisionId = '§ 3' | '§ 3 andre ledd' | '§ 4' | '§ 5' | '§ 6';

export type OverlayInfo = {
	id: 'mellombels-forskrift-2020';
	/** '2020' as adopted 8.5.2020, or '2021' as amended from 1.1.2021. */
	variant: '2020' | '2021';
	title: Localized;
	validFrom: IsoDate;
	validTo: IsoDate;
	/** False when `validTo` is an assumption (the end of the 2021 version was not found). */
	validToVerified: boolean;
	/** The provisions in force on the date. */
	provisions: { id: OverlayProvisionId; title: Localized }[];
	reference: LegalReference;
	doubt: Localized | null;
};

export type RuleVersion = {
	id: RuleVersionId;
	title: Localized;
	validFrom: IsoDate;
	validTo: IsoDate | null;
	summary: Localized;
	overlays: OverlayInfo[];
};

type BaseVersion = Omit<RuleVersion, 'overlays'>;

export const RULE_VERSIONS: readonly BaseVersion[] = [
	{
		id: 'rv-2010',
		title: {
			nb: 'Sosialtjenesteloven slik den gjaldt fra 1.1.2010 til 31.12.2018',
			nn: 'Sosialtenestelova slik ho gjaldt frå 1.1.2010 til 31.12.2018',
		},
		validFrom: '2010-01-01',
		validTo: '2018-12-31',
		summary: {
			nb: 'Nedre aldersgrense 19 år, KVP var en engangsrett, begrenset gjeninntak etter avbrudd, og kommunen kunne avslå når Nav ikke kunne tilby program.',
			nn: 'Nedre aldersgrense 19 år, KVP var ein eingongsrett, avgrensa gjeninntak etter avbrot, og kommunen kunne avslå når Nav ikkje kunne tilby program.',
		},
	},
	{
		id: 'rv-2019',
		title: {
			nb: 'Sosialtjenesteloven slik den gjelder fra 1.1.2019',
			nn: 'Sosialtenestelova slik ho gjeld frå 1.1.2019',
		},
		validFrom: '2019-01-01',
		validTo: null,
		summary: {
			nb: 'Nedre aldersgrense 18 år, ingen engangsrett, ingen grense for gjeninntak, avslag fordi Nav ikke kan tilby program bare i unntakstilfeller, og program i inntil 2 år med mulig forlengelse på inntil 1 år.',
			nn: 'Nedre aldersgrense 18 år, ingen eingongsrett, inga grense for gjeninntak, avslag fordi Nav ikkje kan tilby program berre i unntakstilfelle, og program i inntil 2 år med mogleg forlenging på inntil 1 år.',
		},
	},
];

const PROVISIONS: Record<OverlayProvisionId, Localized> = {
	'§ 3': {
		nb: 'Unntak fra deltakelse: stønaden reduseres ikke for fravær som skyldes pandemien',
		nn: 'Unntak frå deltaking: stønaden blir ikkje redusert for fråvær som kjem av pandemien',
	},
	'§ 3 andre ledd': {
		nb: 'Fravær som skyldes pandemien, regnes ikke med i programmets varighet',
		nn: 'Fråvær som kjem av pandemien, blir ikkje rekna med i varigheita til programmet',
	},
	'§ 4': {
		nb: 'Utsatt iverksetting: programstart kan utsettes i inntil seks måneder',
		nn: 'Utsett iverksetjing: programstart kan utsetjast i inntil seks månader',
	},
	'§ 5': {
		nb: 'Unntak fra programmets varighet: programmet kan forlenges ut over den vanlige grensen',
		nn: 'Unntak frå programmets varigheit: programmet kan forlengjast ut over den vanlege grensa',
	},
	'§ 6': {
		nb: 'Egenmelding ved sykdom under KVP (opphevet fra 1.6.2020)',
		nn: 'Eigenmelding ved sjukdom under KVP (oppheva frå 1.6.2020)',
	},
};

type OverlayState = { variant: '2020' | '2021'; validFrom: IsoDate; validTo: IsoDate };

/**
 * The temporary regulation as a dated parameter. Adopted 8.5.2020 with effect from 16.3.2020 to
 * 31.12.2020 (S6, S7). Continued in changed form from 1.1.2021 (S8): § 3 andre ledd and § 5 were
 * not continued. The end of the 2021 version was NOT found (fact sheet § 11 item 6): the engine
 * assumes 31.12.2021 and shows the doubt.
 */
export const temporaryRegulation: Parameter<OverlayState> = defineParameter<OverlayState>(
	'temporaryRegulation2020',
	{
		description: 'The temporary COVID-19 regulation (mellombels forskrift) in force on a date',
		unit: 'overlay',
		reference: 'sosialtenestelova § 51 a andre ledd (lov 15. april 2020 nr. 19); S6–S9',
		values: {
			'2020-03-16': {
				value: { variant: '2020', validFrom: '2020-03-16', validTo: '2020-12-31' },
				reference: 'S6, S7: adopted 8.5.2020, retroactive from 16.3.2020 to 31.12.2020',
			},
			'2021-01-01': {
				value: { variant: '2021', validFrom: '2021-01-01', validTo: '2021-12-31' },
				reference: 'S8: continued in changed form from 1.1.2021; end date assumed',
				verified: false,
				doubt: {
					nb: 'Merk: når 2021-versjonen av den midlertidige forskriften opphørte, er ikke funnet i kildene. Motoren går ut fra 31.12.2021.',
					nn: 'Merk: når 2021-versjonen av den mellombelse forskrifta fall bort, er ikkje funne i kjeldene. Motoren går ut frå 31.12.2021.',
				},
			},
			'2022-01-01': { value: null, reference: 'Assumed end (see 2021-01-01)', verified: false },
		},
	},
);

function provisionsFor(state: OverlayState, date: IsoDate): OverlayProvisionId[] {
	if (state.variant === '2021') return ['§ 3', '§ 4'];
	const ids: OverlayProvisionId[] = ['§ 3', '§ 3 andre ledd', '§ 4', '§ 5'];
	// § 6 (egenmelding) was repealed from 1.6.2020 (S7).
	if (date <= '2020-05-31') ids.push('§ 6');
	return ids;
}

/** The overlay in force on `date`, or null. */
export function overlayFor(date: IsoDate): OverlayInfo | null {
	const entry = entryAt(temporaryRegulation, date);
	if (entry === null) return null;
	const state = entry.value;
	return {
		id: 'mellombels-forskrift-2020',
		variant: state.variant,
		title: {
			nb: `Midlertidig forskrift om unntak fra sosialtjenesteloven (${state.variant === '2020' ? 'fastsatt 8.5.2020' : 'endret fra 1.1.2021'})`,
			nn: `Mellombels forskrift om unntak frå sosialtenestelova (${state.variant === '2020' ? 'fastsett 8.5.2020' : 'endra frå 1.1.2021'})`,
		},
		validFrom: state.validFrom,
		validTo: state.validTo,
		validToVerified: entry.verified,
		provisions: provisionsFor(state, date).map((id) => ({ id, title: PROVISIONS[id] })),
		reference: REFERENCES.temporaryRegulation,
		doubt: entry.doubt,
	};
}

/** True when the overlay's provision `id` applies on `date`. */
export function overlayProvisionApplies(date: IsoDate, id: OverlayProvisionId): boolean {
	const overlay = overlayFor(date);
	return overlay !== null && overlay.provisions.some((provision) => provision.id === id);
}

const cache = new Map<string, RuleVersion>();

/**
 * The rule version in force on `date`, with any overlay. Dates before 1.1.2010 have no version:
 * the schemas refuse them, and calling this directly with one throws a RangeError.
 */
export function ruleVersionFor(date: IsoDate): RuleVersion {
	const base = date >= '2019-01-01' ? RULE_VERSIONS[1] : RULE_VERSIONS[0];
	if (base === undefined || date < base.validFrom) {
		throw new RangeError(`No rule version is in force on ${date} (the Act took effect 2010-01-01)`);
	}
	const overlay = overlayFor(date);
	const key =
		overlay === null ? base.id : `${base.id}|${overlay.variant}|${overlay.provisions.length}`;
	let version = cache.get(key);
	if (version === undefined) {
		// Shared between answers, so frozen: a caller cannot change another answer's version.
		version = deepFreeze({ ...base, overlays: overlay === null ? [] : [overlay] });
		cache.set(key, version);
	}
	return version;
}

function deepFreeze<T>(value: T): T {
	if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
		Object.freeze(value);
		for (const inner of Object.values(value)) deepFreeze(inner);
	}
	return value;
}
