/**
 * Demo data for questions and group exercises: the seven exercises of the 19.09.2019 gathering
 * (seed 000, in our own words) with group answers and answered questions, and open questions with
 * votes on the upcoming spring gathering. Every answer and question is written for training.
 */
export const SEED_EXERCISES = [
	{
		number: 1,
		title: 'KVP på nytt',
		paragraphs: ['29'],
		task: 'Frå 2019 er det inga grense for kor mange gonger ein person kan få KVP, så lenge inngangsvilkåra er oppfylte (sosialtenestelova § 29).',
		questions: [
			'Del døme på saker der ein tidlegare deltakar har fått KVP på nytt.',
			'Kva legg de vekt på når ein tidlegare deltakar søkjer igjen?',
			'Kva har gått bra, og kva har vore vanskeleg?',
		],
	},
	{
		number: 2,
		title: 'Utdanning, opplæring og læretid i programmet',
		paragraphs: ['30'],
		task: 'Høvet til å ha utdanning, opplæring og læretid som del av programmet er utvida (§ 30).',
		questions: [
			'Del gode døme der utdanning eller læretid er del av programmet.',
			'Korleis vurderer de utdanning opp mot kor lenge programmet kan vare?',
		],
	},
	{
		number: 3,
		title: 'Avbrot eller avslutning',
		paragraphs: ['34'],
		task: 'Lova skil no mellom avbrot for ein periode og avslutning av programmet (§ 34). Andre ledd gir vern mot avslutning ved fråvær på grunn av ordinært arbeid, fødsel eller adopsjon.',
		questions: [
			'Del døme på saker med vedtak om avbrot.',
			'Korleis følgjer de opp deltakaren under avbrotet?',
		],
	},
	{
		number: 4,
		title: 'Oppfølging under avbrot',
		paragraphs: ['34', '35'],
		task: 'Under eit avbrot har deltakaren ikkje rett til kvalifiseringsstønad eller oppfølginga i programmet.',
		questions: [
			'Kva legg de vekt på når de vurderer anna oppfølging i perioden?',
			'Korleis fangar de opp når det er tid for å ta deltakaren inn igjen?',
		],
	},
	{
		number: 5,
		title: 'Meir fleksibelt og tilgjengeleg?',
		paragraphs: ['29'],
		task: 'Målet med endringane var at KVP skulle bli meir fleksibelt og tilgjengeleg for målgruppa.',
		questions: ['Har endringane verka slik hos dykk? Gje døme.'],
	},
	{
		number: 6,
		title: 'Avslag fordi Nav ikkje kan tilby program',
		paragraphs: ['29'],
		task: 'Ordlyden i § 29 tredje ledd gjer det tydeleg at avslag fordi Nav ikkje kan tilby eit program berre er meint for unntakstilfelle, når forhold utanfor kommunen sin kontroll gjer det uforholdsmessig byrdefullt.',
		questions: [
			'Når kan det vere aktuelt å avslå etter denne regelen? Del døme eller vurderingar.',
		],
	},
	{
		number: 7,
		title: 'Evaluering',
		paragraphs: [],
		task: 'Kort runde før vi avsluttar dagen.',
		questions: [
			'Var samlinga nyttig for dykk?',
			'Kva var bra, og kva kan bli betre til neste gong?',
		],
	},
] as const;

export const SEED_GROUPS = ['Gruppe 1', 'Gruppe 2', 'Gruppe 3', 'Gruppe 4', 'Gruppe 5', 'Gruppe 6'];

/** Group answers by exercise number: [group index, summary, examples, prioritised questions]. */
export const SEED_ANSWERS: Record<number, [number, string, string, string[]][]> = {
	1: [
		[
			0,
			'Vi har fleire som har fått KVP på nytt etter at dei avbraut for nokre år sidan. Vi ser mest på om situasjonen er endra og om eit nytt program kan gje noko anna enn sist.',
			'Ein mann i 40-åra som avbraut i 2016 og kom tilbake med eit klarare mål om arbeid i butikk.',
			['Kor lang tid bør gå før ein kan søkje på nytt etter eit avbrote program?'],
		],
		[
			1,
			'Viktig å ikkje avvise nye søknader med grunngjeving i tidlegare deltaking. Vurderinga skal gjerast som for andre søkjarar.',
			'',
			['Skal vi leggje vekt på korleis det gjekk i førre program?'],
		],
		[
			2,
			'Vi har lite erfaring enno, men forventar fleire søknader. Vi ønskjer felles retningslinjer i nettverket.',
			'',
			[],
		],
	],
	2: [
		[
			0,
			'Fagbrev som praksiskandidat har fungert godt i kombinasjon med arbeidstrening.',
			'Ei kvinne tok fagbrev i reinhald gjennom programmet og fekk fast stilling.',
			['Kan fullføring av vidaregåande vere hovudmål i programmet?'],
		],
		[
			3,
			'Utdanning må sjåast opp mot kor lenge programmet kan vare. Kortare kurs er lettare å få til enn fullt år på skule.',
			'',
			[],
		],
	],
	3: [
		[
			1,
			'Vi brukar avbrot ved sjukdom og rus-behandling. Vernet i andre ledd er nytt for mange av oss.',
			'',
			['Kva skjer med vernet viss fråværet varer meir enn eitt år?'],
		],
		[
			4,
			'Avbrot gjer at vi ikkje mistar kontakten. Vi avtalar faste samtalar i perioden.',
			'Ein deltakar som fekk midlertidig jobb i tre månader og kom tilbake i programmet etterpå.',
			[],
		],
	],
	4: [
		[
			2,
			'Vi vurderer sosialhjelp og anna oppfølging frå Nav-kontoret i perioden. Vi set ein dato for ny vurdering i vedtaket.',
			'',
			[],
		],
	],
	5: [
		[5, 'Ja, fleire unge over 18 har fått tilbod. Det er lettare å ta inn att deltakarar.', '', []],
	],
	6: [
		[
			3,
			'Vi har ikkje avslått etter denne regelen. Kapasitet på kontoret er ikkje nok åleine.',
			'',
			['Kva er døme på forhold utanfor kommunen sin kontroll?'],
		],
	],
};

/** Questions answered in plenum on 19.09.2019 and published as the gathering's Q&A. */
export const SEED_ANSWERED = [
	{
		paragraph: '29',
		text: 'Kan vi avslå KVP fordi personen har delteke i programmet før?',
		answer:
			'Nei, ikkje etter 1.1.2019. Tidlegare deltaking er ikkje i seg sjølv grunn til avslag; søknaden skal vurderast etter inngangsvilkåra i § 29 som for andre søkjarar.',
	},
	{
		paragraph: '34',
		text: 'Kva er skilnaden på avbrot og avslutning av programmet?',
		answer:
			'Avbrot set programmet på pause for ein periode, og deltakaren kan kome tilbake utan ny søknad. Avslutning avsluttar programmet. § 34 andre ledd gir vern mot avslutning ved fråvær på grunn av ordinært arbeid, fødsel eller adopsjon.',
	},
];

/** Open questions on the upcoming spring gathering, with how many of the registrants vote for each. */
export const SEED_OPEN_QUESTIONS: {
	text: string;
	paragraph: string | null;
	votes: number;
	showName: boolean;
}[] = [
	{
		text: 'Korleis kan vi fylle 37,5 timar når deltakaren berre klarer nokre timar arbeidstrening i veka?',
		paragraph: '30',
		votes: 9,
		showName: false,
	},
	{
		text: 'Kan eit norskkurs vere hovudinnhaldet i programmet dei første månadene?',
		paragraph: '30',
		votes: 5,
		showName: true,
	},
	{
		text: 'Korleis skal vi dokumentere arbeidsevnevurderinga før vedtak om KVP?',
		paragraph: '29',
		votes: 3,
		showName: false,
	},
	{
		text: 'Kva gjer vi når deltakaren får tilbod om deltidsjobb midt i programmet?',
		paragraph: '34',
		votes: 1,
		showName: false,
	},
];
