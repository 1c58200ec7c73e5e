/**
 * Demo participant numbers (issue 15). Aggregate public statistics from the source material,
 * never a person.
 *
 * Seed 002: participants in KVP per NAV office in Vestfold og Telemark on 31 Dec 2018 and
 * 31 Aug 2019, split into 24 or younger / 25 or older, marked as the slide marks them: "anslag"
 * (an estimate), "?" (uncertain) and "juni-tall" and the like (a figure from another month). An
 * empty age cell on the slide, where the other cell equals the total, is 0. The slide's own sums
 * (360: 52 and 261 in 2018; 469: 119 and 340 in 2019) are its county figures (context figures).
 */
export type SeedFigure = [
	office: string,
	total: number,
	under25: number | null,
	over25: number | null,
	note?: string,
];

export const SEED_002_DEC_2018: SeedFigure[] = [
	['nav-holmestrand', 7, 3, 4],
	['nav-faerder', 31, 3, 28],
	['nav-larvik', 58, 9, 14, '?'],
	['nav-horten', 0, null, null, 'anslag'],
	['nav-tonsberg', 45, 4, 41],
	['nav-sandefjord', 7, 5, 2],
	['nav-svelvik', 6, 0, 6],
	['nav-re', 1, null, null, 'anslag'],
	['nav-porsgrunn', 56, 4, 52],
	['nav-skien', 75, 10, 65],
	['nav-notodden', 8, 3, 5],
	['nav-siljan', 6, 0, 6],
	['nav-bamble', 22, 5, 12, '?'],
	['nav-kragero', 8, null, null],
	// The slide's split (0 and 8) does not add up to its total (5).
	['nav-drangedal', 5, 0, 8, '? (fordelingen summerer ikke i kilden)'],
	['nav-midt-telemark', 8, 1, 7],
	['nav-tinn', 9, 4, 5],
	['nav-hjartdal', 1, 0, 1],
	['nav-seljord', 3, 1, 2],
	['nav-kviteseid', 1, null, null, 'august-tall'],
	['nav-nissedal', 0, null, null, 'november-tall'],
	['nav-fyresdal', 2, 0, 2],
	['nav-tokke', 0, null, null],
	['nav-vinje', 1, 0, 1],
];

export const SEED_002_AUG_2019: SeedFigure[] = [
	['nav-holmestrand', 10, 2, 8],
	['nav-faerder', 42, 6, 36],
	['nav-larvik', 76, 21, 55],
	['nav-horten', 7, 4, 3],
	['nav-tonsberg', 84, 27, 57],
	['nav-sandefjord', 23, 9, 14],
	['nav-svelvik', 6, 1, 5],
	['nav-re', 1, 0, 0, 'anslag'],
	['nav-porsgrunn', 66, 13, 53],
	['nav-skien', 73, 17, 56],
	['nav-notodden', 10, 5, 5],
	['nav-siljan', 5, 0, 5],
	['nav-bamble', 17, 4, 13],
	['nav-kragero', 15, 0, 13, 'juli-tall'],
	['nav-drangedal', 5, 2, 3],
	['nav-midt-telemark', 13, 3, 5, 'juni-tall'],
	['nav-tinn', 10, 5, 5],
	['nav-hjartdal', 0, 0, 0],
	['nav-seljord', 1, 0, 1],
	['nav-kviteseid', 2, 0, 0, 'mai-tall'],
	['nav-nissedal', 0, 0, 0, 'juni-tall'],
	['nav-fyresdal', 2, 0, 2],
	['nav-tokke', 1, 0, 1],
	['nav-vinje', 0, 0, 0],
];

const SEED_002_SOURCE = 'Fylkesmannen i Vestfold og Telemark, fagsamling om KVP 6. november 2019';

/** County and national figures with date and source (seeds 001 and 002). */
export const SEED_CONTEXT = [
	{
		id: 'vt-2018-12',
		networkId: 'vestfold-og-telemark',
		area: 'Vestfold og Telemark',
		participants: 360,
		under25: 52,
		potential: null,
		asOf: '2018-12-31',
		source: SEED_002_SOURCE,
	},
	{
		id: 'vt-2019-08',
		networkId: 'vestfold-og-telemark',
		area: 'Vestfold og Telemark',
		participants: 469,
		under25: 119,
		potential: null,
		asOf: '2019-08-31',
		source: SEED_002_SOURCE,
	},
	{
		id: 'vl-2020-08',
		networkId: 'vestland',
		area: 'Vestland',
		participants: 699,
		under25: null,
		potential: null,
		asOf: '2020-08-31',
		source: 'Statsforvaltaren i Vestland, samling i Førde 14. oktober 2020',
	},
	{
		id: 'no-2020-08',
		networkId: 'vestland',
		area: 'Landet',
		participants: 6818,
		under25: null,
		potential: 13_600,
		asOf: '2020-08-31',
		source: 'Statsforvaltaren i Vestland, samling i Førde 14. oktober 2020',
	},
];

/**
 * Seed 004: an expected level of 7.8 a month ±30 %, from the Directorate's statistics of
 * 9 April 2019, based on the 2013 distribution of the KVP grant. Here it is given to NAV Alver,
 * with a fictional year of monthly figures (September 2018 – August 2019), several below the band
 * (5.46–10.14); October 2018 was not reported and shows as missing.
 */
export const SEED_004_LEVEL = {
	officeId: 'nav-alver',
	level: 7.8,
	tolerancePercent: 30,
	asOf: '2019-04-09',
	source:
		'statistikk frå Arbeids- og velferdsdirektoratet, basert på kommunefordelinga av KVP-løyvingar over statsbudsjettet i 2013',
};

export const SEED_004_MONTHS: [month: string, total: number, under25: number, over25: number][] = [
	['2018-09', 6, 1, 5],
	['2018-11', 5, 1, 4],
	['2018-12', 5, 0, 5],
	['2019-01', 4, 0, 4],
	['2019-02', 4, 1, 3],
	['2019-03', 6, 1, 5],
	['2019-04', 5, 1, 4],
	['2019-05', 4, 1, 3],
	['2019-06', 3, 0, 3],
	['2019-07', 3, 0, 3],
	['2019-08', 4, 1, 3],
];
