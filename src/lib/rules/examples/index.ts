/**
 * The playground's case library: fictional cases (invented first names only), each validated
 * against the schemas when this module loads. Lise is the training case from the KVP fagdag of
 * 8.5.2018 (shared/seeds/003), retold; the others were written for training.
 */
import { z } from 'zod';
import type { Localized } from '../engine/types.ts';
import {
	benefitInputSchema,
	eligibilityFactsSchema,
	periodInputSchema,
	toFieldErrors,
	type BenefitInput,
	type EligibilityFacts,
	type PeriodInput,
} from '../schema.ts';
import ahmedAap2020 from './ahmed-aap-2020.json' with { type: 'json' };
import amira18Ar2018 from './amira-18-ar-2018.json' with { type: 'json' };
import elineFodselsdatoManglar from './eline-fodselsdato-manglar.json' with { type: 'json' };
import emilUtanforKommunenKontroll from './emil-utanfor-kommunen-kontroll.json' with { type: 'json' };
import hanneKontorkapasitet2016 from './hanne-kontorkapasitet-2016.json' with { type: 'json' };
import ingridBarnepensjon from './ingrid-barnepensjon.json' with { type: 'json' };
import jonas18Ar2019 from './jonas-18-ar-2019.json' with { type: 'json' };
import kristoffer2014 from './kristoffer-2014.json' with { type: 'json' };
import leahIkkjeVesentlegNedsett from './leah-ikkje-vesentleg-nedsett.json' with { type: 'json' };
import lise from './lise.json' with { type: 'json' };
import mariaAvbroteProgram from './maria-avbrote-program.json' with { type: 'json' };
import matsOpphaldIkkjeVurdert from './mats-opphald-ikkje-vurdert.json' with { type: 'json' };
import noraUtanArbeidsevnevurdering from './nora-utan-arbeidsevnevurdering.json' with { type: 'json' };
import oskarTettBistandIkkjeNaudsynt from './oskar-tett-bistand-ikkje-naudsynt.json' with { type: 'json' };
import petterKontorkapasitet2023 from './petter-kontorkapasitet-2023.json' with { type: 'json' };
import sindreFullfortTidlegare from './sindre-fullfort-tidlegare.json' with { type: 'json' };
import sofieFyller67 from './sofie-fyller-67.json' with { type: 'json' };
import tobiasUforetrygdKlage from './tobias-uforetrygd-klage.json' with { type: 'json' };
import vildeUtanFastBustad from './vilde-utan-fast-bustad.json' with { type: 'json' };

const localized = z.object({
	nb: z
		.string({ error: 'Teksten på bokmål mangler.' })
		.min(1, { error: 'Teksten på bokmål er tom.' }),
	nn: z
		.string({ error: 'Teksten på nynorsk mangler.' })
		.min(1, { error: 'Teksten på nynorsk er tom.' }),
});

export const exampleSchema = z.object({
	id: z
		.string({ error: 'Id mangler.' })
		.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'Id må være små bokstaver, tall og bindestrek.' }),
	title: localized,
	summary: localized,
	facts: eligibilityFactsSchema,
	/** Optional input for the programme-period tab. */
	period: periodInputSchema.optional(),
	/** Optional input for the benefit tab. */
	benefit: benefitInputSchema.optional(),
});

export type Example = {
	id: string;
	title: Localized;
	summary: Localized;
	facts: EligibilityFacts;
	period?: PeriodInput;
	benefit?: BenefitInput;
};

/** The raw JSON, in library order (Lise first). Tests validate these one by one. */
export const RAW_EXAMPLES: readonly unknown[] = [
	lise,
	kristoffer2014,
	hanneKontorkapasitet2016,
	mariaAvbroteProgram,
	sindreFullfortTidlegare,
	amira18Ar2018,
	jonas18Ar2019,
	elineFodselsdatoManglar,
	vildeUtanFastBustad,
	emilUtanforKommunenKontroll,
	ahmedAap2020,
	oskarTettBistandIkkjeNaudsynt,
	tobiasUforetrygdKlage,
	noraUtanArbeidsevnevurdering,
	petterKontorkapasitet2023,
	ingridBarnepensjon,
	sofieFyller67,
	matsOpphaldIkkjeVurdert,
	leahIkkjeVesentlegNedsett,
];

function load(raw: readonly unknown[]): Example[] {
	return raw.map((item, index) => {
		const parsed = exampleSchema.safeParse(item);
		if (!parsed.success) {
			const id = (item as { id?: unknown } | null)?.id ?? `#${index}`;
			const details = toFieldErrors(parsed.error)
				.map((e) => `${e.path || '(eksempelet)'}: ${e.message}`)
				.join('; ');
			throw new Error(`Eksempelet ${String(id)} er ugyldig: ${details}`);
		}
		return parsed.data;
	});
}

/** The validated case library. */
export const EXAMPLES: readonly Example[] = load(RAW_EXAMPLES);

export function exampleById(id: string): Example | undefined {
	return EXAMPLES.find((example) => example.id === id);
}
