/**
 * Demo gatherings, modelled on the source material: 19.09.2019 (seed 000) and 14.10.2020 in
 * Førde (seed 001), both past, and two upcoming ones in the Vestland network, one nearly full.
 * Presenters are roles, never names. Registrants are fictional.
 */
export type Kind = 'talk' | 'group-work' | 'plenum' | 'break' | 'meal' | 'evaluation' | 'other';
export interface SeedItem {
	start: string;
	end: string;
	title: string;
	kind: Kind;
	role?: string;
	org?: string;
	description?: string;
}
export interface SeedGathering {
	id: string;
	title: string;
	description: string;
	goals: string[];
	/** Fixed date, or days from the day the seed runs (for upcoming gatherings). */
	date: string | { inDays: number };
	start: string;
	end: string;
	venue: { name: string; address: string; town: string };
	capacity: number;
	registrations: number;
	attended: number;
	lunch: boolean;
	programme: SeedItem[];
}

const FM = 'Fylkesmannen i Vestland';
const SF = 'Statsforvaltaren i Vestland';
const DIR = 'Arbeids- og velferdsdirektoratet';

const goals2019 = [
	'Erfaringsutveksling og fagleg påfyll for Nav-tilsette som arbeider med KVP',
	'Forum for alle Nav-kontora i nettverket',
	'Halde ved like kunnskapen om KVP, med gjennomgang av regelverksendringar',
	'Medverke til at innbyggjarane får sikra retten sin til KVP',
];

export const SEED_GATHERINGS: SeedGathering[] = [
	{
		id: 'samling-2019-09-19',
		title: 'Nettverkssamling om kvalifiseringsprogrammet',
		description:
			'Samling for Nav-kontora i Hordaland og Sogn og Fjordane om **regelverksendringane i KVP frå 1. januar 2019**.\n\nSend gjerne inn spørsmål på førehand, så svarar føredragshaldarane på dei i plenum.',
		goals: goals2019,
		date: '2019-09-19',
		start: '09:00',
		end: '15:00',
		venue: { name: 'Statens hus', address: 'Kaigaten 9', town: 'Bergen' },
		capacity: 80,
		registrations: 62,
		attended: 55,
		lunch: true,
		programme: [
			{
				start: '09:00',
				end: '09:15',
				title: 'Velkommen',
				kind: 'talk',
				role: 'Rådgjevar',
				org: FM,
			},
			{
				start: '09:15',
				end: '10:15',
				title: 'Informasjon om KVP',
				kind: 'talk',
				role: 'Seniorrådgjevar',
				org: DIR,
			},
			{ start: '10:15', end: '10:30', title: 'Pause', kind: 'break' },
			{
				start: '10:30',
				end: '11:30',
				title: 'Gjennomgang av regelverksendringane om KVP, og svar på spørsmål som er sende inn',
				kind: 'talk',
				role: 'Rådgjevar',
				org: DIR,
			},
			{
				start: '11:30',
				end: '12:00',
				title: 'Drøfting i grupper, og spørsmål til føredragshaldarane',
				kind: 'group-work',
			},
			{ start: '12:00', end: '12:45', title: 'Enkel lunsj', kind: 'meal' },
			{
				start: '12:45',
				end: '13:30',
				title: 'Erfaringsutveksling i grupper (oppgåve 1–7) og oppsummering i plenum',
				kind: 'group-work',
			},
			{ start: '13:30', end: '13:45', title: 'Pause', kind: 'break' },
			{
				start: '13:45',
				end: '14:45',
				title: 'Erfaringsutveksling i grupper og oppsummering i plenum, framhald',
				kind: 'plenum',
			},
			{ start: '14:45', end: '15:00', title: 'Avslutning og evaluering', kind: 'evaluation' },
		],
	},
	{
		id: 'samling-2020-10-14',
		title: 'Samling om kvalifiseringsprogrammet i Førde',
		description:
			'Regelverket i KVP, korleis finne aktuelle kandidatar, og korleis lage gode, individuelt tilpassa program.',
		goals: [
			'Kjennskap til regelverket, medrekna den mellombelse forskrifta frå 2020',
			'Fleire aktuelle kandidatar til KVP',
			'Betre, individuelt tilpassa program',
		],
		date: '2020-10-14',
		start: '09:30',
		end: '16:00',
		venue: { name: 'Scandic Sunnfjord', address: 'Storehagen 2', town: 'Førde' },
		capacity: 45,
		registrations: 38,
		attended: 34,
		lunch: true,
		programme: [
			{ start: '09:30', end: '10:00', title: 'Registrering, kaffi, te og mat', kind: 'meal' },
			{
				start: '10:00',
				end: '10:15',
				title: 'Velkommen',
				kind: 'talk',
				role: 'Rådgjevar',
				org: FM,
			},
			{
				start: '10:15',
				end: '11:15',
				title:
					'Kort gjennomgang av KVP-regelverket, og svar på spørsmål som er melde inn på førehand',
				kind: 'talk',
				role: 'Rådgjevar',
				org: FM,
			},
			{ start: '11:15', end: '11:30', title: 'Pause', kind: 'break' },
			{
				start: '11:30',
				end: '12:10',
				title: 'Korleis finne aktuelle kandidatar til KVP?',
				kind: 'talk',
				role: 'KVP-rettleiarar',
				org: 'NAV Luster',
			},
			{ start: '12:10', end: '13:00', title: 'Lunsj', kind: 'meal' },
			{
				start: '13:00',
				end: '13:45',
				title: 'Drøfting i grupper: korleis finne aktuelle kandidatar?',
				kind: 'group-work',
			},
			{
				start: '13:45',
				end: '14:05',
				title: 'Om KVP',
				kind: 'talk',
				role: 'Rådgjevar',
				org: 'NAV Vestland',
			},
			{ start: '14:05', end: '14:15', title: 'Pause', kind: 'break' },
			{
				start: '14:15',
				end: '15:00',
				title: 'Korleis lage gode, individuelt tilpassa program?',
				kind: 'talk',
				role: 'KVP-rettleiarar',
				org: 'NAV Luster',
			},
			{
				start: '15:00',
				end: '15:45',
				title: 'Drøfting i grupper om KVP-program',
				kind: 'group-work',
			},
			{ start: '15:45', end: '16:00', title: 'Evaluering', kind: 'evaluation' },
		],
	},
	{
		id: 'samling-vest-var',
		title: 'Nettverkssamling: gode program og overgang til arbeid',
		description:
			'Vi ser på korleis programmet kan fyllast med arbeidsretta tiltak, og deler erfaringar med arbeidstrening i ordinære verksemder.\n\nSend inn spørsmål på førehand.',
		goals: [
			'Erfaringsutveksling om arbeidsretta innhald i programmet',
			'Fagleg påfyll om § 30 og § 31',
		],
		date: { inDays: 24 },
		start: '09:00',
		end: '15:00',
		venue: { name: 'Statens hus', address: 'Kaigaten 9', town: 'Bergen' },
		capacity: 40,
		registrations: 38,
		attended: 0,
		lunch: true,
		programme: [
			{
				start: '09:00',
				end: '09:15',
				title: 'Velkommen',
				kind: 'talk',
				role: 'Rådgjevar',
				org: SF,
			},
			{
				start: '09:15',
				end: '10:15',
				title: 'Kva kan eit program innehalde? § 30 i praksis',
				kind: 'talk',
				role: 'Rådgjevar',
				org: SF,
			},
			{ start: '10:15', end: '10:30', title: 'Pause', kind: 'break' },
			{
				start: '10:30',
				end: '11:30',
				title: 'Arbeidstrening i ordinære verksemder: erfaringar frå eit Nav-kontor',
				kind: 'talk',
				role: 'KVP-rettleiar',
				org: 'NAV Voss',
			},
			{ start: '11:30', end: '12:15', title: 'Lunsj', kind: 'meal' },
			{
				start: '12:15',
				end: '13:30',
				title: 'Gruppearbeid: programmet til Lise',
				kind: 'group-work',
			},
			{ start: '13:30', end: '13:45', title: 'Pause', kind: 'break' },
			{ start: '13:45', end: '14:45', title: 'Oppsummering i plenum', kind: 'plenum' },
			{ start: '14:45', end: '15:00', title: 'Avslutning og evaluering', kind: 'evaluation' },
		],
	},
	{
		id: 'samling-vest-haust',
		title: 'Fagdag om KVP for nye rettleiarar',
		description:
			'Ein innføringsdag for deg som er ny i arbeidet med kvalifiseringsprogrammet: inngangsvilkår, innhald, varigheit og stønad.',
		goals: ['Grunnleggjande kunnskap om KVP', 'Nettverk med andre KVP-rettleiarar'],
		date: { inDays: 75 },
		start: '10:00',
		end: '15:00',
		venue: { name: 'Kulturhuset', address: 'Angedalsvegen 5', town: 'Førde' },
		capacity: 60,
		registrations: 9,
		attended: 0,
		lunch: true,
		programme: [
			{
				start: '10:00',
				end: '10:15',
				title: 'Velkommen',
				kind: 'talk',
				role: 'Rådgjevar',
				org: SF,
			},
			{
				start: '10:15',
				end: '11:30',
				title: 'Inngangsvilkåra i § 29',
				kind: 'talk',
				role: 'Rådgjevar',
				org: SF,
			},
			{ start: '11:30', end: '12:15', title: 'Lunsj', kind: 'meal' },
			{
				start: '12:15',
				end: '13:30',
				title: 'Varigheit, avbrot og stønad',
				kind: 'talk',
				role: 'Rådgjevar',
				org: SF,
			},
			{
				start: '13:30',
				end: '14:45',
				title: 'Gruppearbeid med oppdikta saker',
				kind: 'group-work',
			},
			{ start: '14:45', end: '15:00', title: 'Evaluering', kind: 'evaluation' },
		],
	},
];

const FIRST = [
	'Ane',
	'Bjørn',
	'Camilla',
	'Dag',
	'Eli',
	'Frode',
	'Guro',
	'Halvor',
	'Ingrid',
	'Jon',
	'Kari',
	'Lars',
	'Mette',
	'Nils',
	'Oda',
	'Per',
	'Randi',
	'Sindre',
	'Tone',
	'Unni',
	'Vegard',
	'Åse',
];
const LAST = ['Berg', 'Dale', 'Fjell', 'Haug', 'Lie', 'Moe', 'Nes', 'Rud', 'Strand', 'Vik'];
const ROLES = ['KVP-rettleiar', 'Rettleiar', 'Leiar', 'Fagkoordinator'];

/** The n-th fictional registrant: deterministic, so reseeding gives the same people. */
export function fictionalPerson(n: number): { name: string; role: string } {
	return {
		name: `${FIRST[n % FIRST.length]} ${LAST[Math.floor(n / FIRST.length) % LAST.length]}`,
		role: ROLES[n % ROLES.length] as string,
	};
}
