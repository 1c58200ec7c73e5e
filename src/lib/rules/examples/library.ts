/**
 * The playground's case library as plain data, not validated again: the island imports this. Lise is the
 * training case from the KVP fagdag of 8.5.2018 (shared/seeds/003), retold; the others were
 * written for training, with invented first names only.
 *
 * Each file is written as the schemas return it (every default filled in), so the JSON is the
 * validated case as it is: `examples.test.ts` checks every file against `exampleSchema` and that
 * validating changes nothing, and the server validates them again when `index.ts` loads.
 */
import type { Localized } from '../engine/types.ts';
import type { BenefitInput, EligibilityFacts, PeriodInput } from '../schema.ts';
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
import vildeUtanBopelINoreg from './vilde-utan-bopel-i-noreg.json' with { type: 'json' };

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
	vildeUtanBopelINoreg,
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

/** The case library (checked by tests, and by the server when it loads `index.ts`). */
export const EXAMPLES = RAW_EXAMPLES as readonly Example[];

export function exampleById(id: string): Example | undefined {
	return EXAMPLES.find((example) => example.id === id);
}
