/**
 * The three demo networks with their NAV offices and municipalities (public names only).
 * The offices are those named in the source material: seed 000/001 (Vestland), 002
 * (Vestfold og Telemark) and 003 (Søre Sunnmøre).
 */
export interface SeedNetwork {
	id: string;
	name: string;
	organiser: string;
	offices: { id: string; name: string; municipalities: string[] }[];
}

const office = (
	municipality: string,
	name = `NAV ${municipality}`,
	municipalities = [municipality],
) => ({
	id: name
		.toLowerCase()
		.replace(/æ/g, 'ae')
		.replace(/ø/g, 'o')
		.replace(/å/g, 'a')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, ''),
	name,
	municipalities,
});

export const SEED_NETWORKS: SeedNetwork[] = [
	{
		id: 'vestland',
		name: 'KVP-nettverket i Vestland',
		organiser: 'Statsforvaltaren i Vestland',
		offices: [
			office('Bergen'),
			office('Askøy'),
			office('Alver'),
			office('Øygarden'),
			office('Bjørnafjorden'),
			office('Voss'),
			office('Stord'),
			office('Kvinnherad'),
			office('Sunnfjord'),
			office('Kinn'),
			office('Sogndal'),
			office('Luster'),
		],
	},
	{
		id: 'vestfold-og-telemark',
		name: 'KVP-nettverket i Vestfold og Telemark',
		organiser: 'Statsforvalteren i Vestfold og Telemark',
		offices: [
			office('Sandefjord'),
			office('Larvik'),
			office('Tønsberg'),
			office('Færder'),
			office('Horten'),
			office('Holmestrand'),
			office('Skien'),
			office('Porsgrunn'),
			office('Bamble'),
			office('Kragerø'),
			office('Drangedal'),
			office('Siljan'),
			office('Notodden'),
			office('Tinn'),
			office('Midt-Telemark', 'NAV Midt-Telemark', ['Nome', 'Bø', 'Sauherad']),
			// The offices below report in seed 002 (participant numbers, 2018–2019).
			office('Svelvik'),
			office('Re'),
			office('Hjartdal'),
			office('Seljord'),
			office('Kviteseid'),
			office('Nissedal'),
			office('Fyresdal'),
			office('Tokke'),
			office('Vinje'),
		],
	},
	{
		id: 'sore-sunnmore',
		name: 'KVP-nettverket på Søre Sunnmøre',
		organiser: 'Statsforvaltaren i Møre og Romsdal',
		offices: [
			office('Hareid'),
			office('Herøy'),
			office('Sande'),
			office('Ulstein'),
			office('Vanylven'),
			office('Volda'),
			office('Ørsta'),
		],
	},
];

/** The demo accounts from the README. Every person here is fictional. */
export const DEMO_ACCOUNTS = [
	{
		email: 'admin@example.no',
		password: 'kvp-demo-admin',
		name: 'Ada Administrator',
		organisation: 'Statsforvaltaren i Vestland',
		officeId: null,
		isAdmin: true,
		coordinatorOf: [] as string[],
	},
	{
		email: 'koordinator.vestland@example.no',
		password: 'kvp-demo-koordinator',
		name: 'Kari Koordinator',
		organisation: 'Statsforvaltaren i Vestland',
		officeId: null,
		isAdmin: false,
		coordinatorOf: ['vestland'],
	},
	{
		email: 'deltakar@example.no',
		password: 'kvp-demo-deltakar',
		name: 'Dina Deltakar',
		organisation: 'NAV Bergen',
		officeId: 'nav-bergen',
		isAdmin: false,
		coordinatorOf: [] as string[],
	},
];
