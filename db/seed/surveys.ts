/**
 * Demo surveys (issue 7): evaluations of the two past gatherings with realistic answers (well
 * above the small-group threshold), a small past gathering whose evaluation got three answers
 * (so its results stay hidden), and the pre-event survey of the spring gathering, open, with the
 * registrants' input grouped by question. All text is written for the demo; no real names.
 * Idempotent by survey id.
 */
import { randomBytes } from 'node:crypto';
import { TZDate } from '@date-fns/tz';
import type { Db } from '../client.ts';
import {
	gatherings,
	programmeItems,
	registrations,
	surveyAnswers,
	surveyInvitations,
	surveyQuestions,
	surveyResponses,
	surveys,
	type ScaleLabels,
	type SurveyOption,
} from '../schema/index.ts';
import { fictionalPerson } from './gatherings.ts';
import { SEED_NETWORKS } from './networks.ts';

const DAY = 86_400_000;

/** A random id like the app's (80 bits, lower-case base32): response ids must not be guessable or ordered. */
function randomId(): string {
	const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
	const bytes = randomBytes(16);
	return Array.from(bytes, (b) => alphabet[b & 31]).join('');
}

// The demo surveys use the platform's two templates (src/lib/surveys/templates.ts). db/ imports
// nothing from src/, so their questions are written out here; a test checks they still match.
interface QuestionDraft {
	key: string;
	type: 'scale' | 'single' | 'multiple' | 'text' | 'grid';
	required: boolean;
	textNb: string;
	textNn: string;
	helpNb: string;
	helpNn: string;
	options: SurveyOption[];
	scaleMax: number;
	scaleLabels: ScaleLabels | null;
	maxLength: number;
}

const USEFUL_LABELS: ScaleLabels = {
	min: { nb: 'Ikke nyttig', nn: 'Ikkje nyttig' },
	max: { nb: 'Svært nyttig', nn: 'Svært nyttig' },
};
const draft = (
	q: Partial<QuestionDraft> & Pick<QuestionDraft, 'key' | 'type' | 'textNb' | 'textNn'>,
): QuestionDraft => ({
	required: false,
	helpNb: '',
	helpNn: '',
	options: [],
	scaleMax: 5,
	scaleLabels: null,
	maxLength: 2000,
	...q,
});
const RATED = new Set(['talk', 'group-work', 'plenum', 'evaluation', 'other']);

export function evaluationTemplate(
	programme: { id: string; title: string; startTime: string; kind: string }[],
) {
	const rows = programme
		.filter((i) => RATED.has(i.kind))
		.map((i) => ({
			value: i.id,
			// As src/lib/surveys/templates.ts names them: "kl. 09.30 Regelverket".
			nb: `kl. ${i.startTime.replace(':', '.')} ${i.title}`,
			nn: `kl. ${i.startTime.replace(':', '.')} ${i.title}`,
		}));
	return {
		titleNb: 'Evaluering av samlingen',
		titleNn: 'Evaluering av samlinga',
		introNb:
			'Takk for at du var med. Svaret ditt er anonymt og hjelper oss å lage neste samling bedre.',
		introNn:
			'Takk for at du var med. Svaret ditt er anonymt og hjelper oss å lage neste samling betre.',
		questions: [
			draft({
				key: 'useful',
				type: 'scale',
				required: true,
				textNb: 'Var denne nettverkssamlingen nyttig for deg?',
				textNn: 'Var denne nettverkssamlinga nyttig for deg?',
				scaleLabels: USEFUL_LABELS,
			}),
			...(rows.length > 0
				? [
						draft({
							key: 'items',
							type: 'grid',
							textNb: 'Hvor nyttig var hver del av programmet?',
							textNn: 'Kor nyttig var kvar del av programmet?',
							helpNb: 'Hopp over det du ikke var med på.',
							helpNn: 'Hopp over det du ikkje var med på.',
							options: rows,
							scaleLabels: USEFUL_LABELS,
						}),
					]
				: []),
			draft({ key: 'good', type: 'text', textNb: 'Hva var bra?', textNn: 'Kva var bra?' }),
			draft({
				key: 'improve',
				type: 'text',
				textNb: 'Innspill til forbedring?',
				textNn: 'Innspel til forbetring?',
			}),
			draft({
				key: 'topics',
				type: 'text',
				textNb: 'Hvilke temaer ønsker du på neste samling?',
				textNn: 'Kva tema ønskjer du på neste samling?',
				helpNb: 'Skriv ett tema per linje.',
				helpNn: 'Skriv eitt tema per linje.',
				maxLength: 1000,
			}),
		],
	};
}

export function preEventTemplate() {
	const text = (key: string, textNb: string, textNn: string, helpNb = '', helpNn = '') =>
		draft({ key, type: 'text', textNb, textNn, helpNb, helpNn });
	return {
		titleNb: 'Innspill før fagdagen',
		titleNn: 'Innspel før fagdagen',
		introNb:
			'Fem korte spørsmål før fagdagen. Svarene er anonyme, og vi bruker dem til å lage programmet.',
		introNn:
			'Fem korte spørsmål før fagdagen. Svara er anonyme, og vi brukar dei til å lage programmet.',
		questions: [
			text(
				'pre-challenges',
				'Hvilke utfordringer møter du i arbeidet med KVP?',
				'Kva utfordringar møter du i arbeidet med KVP?',
			),
			text(
				'pre-measures',
				'Hvilke tiltak passer for deltakere i KVP, etter din erfaring?',
				'Kva tiltak passar for deltakarar i KVP, etter erfaringa di?',
			),
			text(
				'pre-courses',
				'Hvilke AMO-kurs kan være aktuelle for KVP-deltakere?',
				'Kva AMO-kurs kan vere aktuelle for KVP-deltakarar?',
				'Gjerne forslag til innhold, og hva som kan gjøre det lettere å komme i arbeid eller utdanning.',
				'Gjerne forslag til innhald, og kva som kan gjere det lettare å kome i arbeid eller utdanning.',
			),
			text(
				'pre-positive',
				'Hva har fungert godt i KVP hos dere?',
				'Kva har fungert godt i KVP hos dykk?',
			),
			text(
				'pre-free',
				'Er det noe annet du vil ta opp på fagdagen?',
				'Er det noko anna du vil ta opp på fagdagen?',
			),
		],
	};
}

/** A deterministic sequence, so the demo looks the same every time it is seeded. */
function sequence(seed: number) {
	let x = seed;
	return () => {
		x = (x * 1_103_515_245 + 12_345) % 2_147_483_648;
		return x / 2_147_483_648;
	};
}

/** Values laid out by a distribution ({1: 0, 2: 2, …}), shuffled by `next`. */
function spread(distribution: Record<number, number>, next: () => number): number[] {
	const values = Object.entries(distribution).flatMap(([v, n]) =>
		Array.from({ length: n }, () => Number(v)),
	);
	for (let i = values.length - 1; i > 0; i--) {
		const j = Math.floor(next() * (i + 1));
		[values[i], values[j]] = [values[j]!, values[i]!];
	}
	return values;
}

const ROLE_QUESTION: QuestionDraft = {
	key: 'role',
	type: 'single',
	required: false,
	textNb: 'Hva er rollen din?',
	textNn: 'Kva er rolla di?',
	helpNb: '',
	helpNn: '',
	options: [
		{ value: 'o1', nb: 'KVP-veileder', nn: 'KVP-rettleiar' },
		{ value: 'o2', nb: 'Leder', nn: 'Leiar' },
		{ value: 'o3', nb: 'Annen rolle', nn: 'Anna rolle' },
	],
	scaleMax: 5,
	scaleLabels: null,
	maxLength: 2000,
};

interface SeedEvaluation {
	surveyId: string;
	gatheringId: string;
	responses: number;
	useful: Record<number, number>;
	/** Each programme item's average leaning: the ratings are drawn around it. */
	itemLeaning: number[];
	roles: [number, number, number];
	good: string[];
	improve: string[];
	topics: string[];
	followUp: string | null;
	seed: number;
}

const EVALUATIONS: SeedEvaluation[] = [
	{
		surveyId: 'undersoking-2019-09-19',
		gatheringId: 'samling-2019-09-19',
		responses: 38,
		useful: { 1: 0, 2: 2, 3: 7, 4: 17, 5: 12 },
		itemLeaning: [3.6, 4.4, 4.5, 3.9, 4.1, 4.0, 3.4],
		roles: [22, 6, 10],
		good: [
			'Gjennomgangen av regelverksendringane var konkret og nyttig.',
			'Godt å få svar på spørsmåla vi sende inn på førehand.',
			'Erfaringsutvekslinga i gruppene. Det er der ein lærer mest.',
			'Fint å møte kollegaer frå andre kontor.',
			'Oppgåvene til gruppene var godt førebudde.',
			'Bra med tid til spørsmål etter innlegga.',
			'Nyttig å høyre korleis andre vurderer søknader frå tidlegare deltakarar.',
			'Konkrete døme frå praksis.',
			'God stemning og god styring av tida.',
			'Innlegget frå direktoratet var oppklarande.',
			'Likte at gruppene prioriterte spørsmål til plenum.',
			'Alt var bra!',
		],
		improve: [
			'Meir tid til gruppearbeidet, det vart litt kort.',
			'Send gjerne oppgåvene ut på førehand.',
			'Lydanlegget i salen var dårleg bak i rommet.',
			'Ønskjer at presentasjonane blir lagde ut same dag.',
			'Litt lange innlegg før lunsj.',
			'Grupper på tvers av kontor, ikkje saman med eigne kollegaer.',
			'Meir om korleis vi skal dokumentere vurderingane.',
			'Kortare pausar og heller slutte tidlegare.',
			'Ta med ein brukarrepresentant neste gong.',
		],
		topics: [
			'Arbeidstrening i ordinære verksemder\nSamarbeid med vidaregåande skule',
			'Arbeidstrening i ordinære verksemder',
			'Utdanning som del av programmet; læretid',
			'Økonomisk rettleiing',
			'Korleis fylle 37,5 timar i veka',
			'Samarbeid med vidaregåande skule',
			'Arbeidstrening i ordinære verksemder\nMentor',
			'Korleis fylle 37,5 timar i veka',
			'Barna sine behov i programmet',
			'Utdanning som del av programmet',
		],
		followUp:
			'Mange ønskte meir om arbeidstrening i ordinære verksemder og om utdanning i programmet. Neste samling får eit eige innlegg om arbeidstrening frå eit Nav-kontor, og vi set av meir tid til gruppearbeid. Oppgåvene til gruppene blir sende ut ei veke før.',
		seed: 2019,
	},
	{
		surveyId: 'undersoking-2020-10-14',
		gatheringId: 'samling-2020-10-14',
		responses: 27,
		useful: { 1: 1, 2: 1, 3: 5, 4: 12, 5: 8 },
		itemLeaning: [3.8, 4.2, 4.4, 3.9, 3.3, 4.3, 4.0, 3.6],
		roles: [15, 5, 7],
		good: [
			'Innlegget frå NAV Luster om å finne kandidatar var svært nyttig.',
			'Gode diskusjonar i gruppene om individuelt tilpassa program.',
			'Fint med ei samling i Førde, kortare reiseveg for oss.',
			'Oppdatering om den mellombelse forskrifta.',
			'Konkrete tips vi kan ta med heim.',
			'God mat og god stemning.',
			'Tydeleg gjennomgang av regelverket.',
		],
		improve: [
			'Innlegget «Om KVP» overlappa med gjennomgangen om morgonen.',
			'Ønskjer meir om oppfølging undervegs i programmet.',
			'Lenger tid til gruppearbeid og kortare innlegg.',
			'Start litt seinare for dei som reiser langt.',
			'Meir om samarbeid med kommunale tenester.',
		],
		topics: [
			'Arbeidsretta innhald i programmet (§ 30)',
			'Arbeidstrening i ordinære verksemder',
			'Oppfølging undervegs i programmet',
			'Arbeidsretta innhald i programmet (§ 30)\nLønstilskot',
			'Kommunale tiltak',
			'Arbeidstrening i ordinære verksemder',
		],
		followUp:
			'Takk for mange gode innspel! Våren handlar om arbeidsretta innhald i programmet (§ 30), med erfaringar med arbeidstrening frå NAV Voss. Gruppearbeidet blir lengre og innlegga kortare, og caset blir sendt ut på førehand.',
		seed: 2020,
	},
];

/** A small past gathering (8 confirmed, 6 checked in) whose evaluation got only three answers. */
const SMALL = {
	gatheringId: 'samling-2021-03-18',
	surveyId: 'undersoking-2021-03-18',
	title: 'Fagmøte om avbrot og avslutning av program',
	date: '2021-03-18',
	registrations: 8,
	attended: 6,
	responses: 3,
};

const PRE_EVENT = {
	surveyId: 'undersoking-vest-var-innspel',
	gatheringId: 'samling-vest-var',
	answers: [
		[
			'Vanskeleg å fylle programmet med nok aktivitet heile veka.',
			'Arbeidstrening i ordinær verksemd med tett oppfølging.',
			'Kurs i jobbsøking og norsk med arbeidspraksis.',
			'Deltakarane set pris på at vi har tid til dei.',
			'Kan vi få eit felles oppsett for vekeplanar?',
		],
		[
			'Mykje dokumentasjon, mindre tid til brukarane.',
			'Praksisplass i kommunen, frivillig arbeid.',
			'Digitale ferdigheiter, førarkort-teori.',
			'Fleire har kome i arbeid etter arbeidstrening.',
			'',
		],
		[
			'Få aktuelle kandidatar i ein liten kommune.',
			'Mentor på arbeidsplassen.',
			'Truckførarkurs og reinhaldskurs.',
			'Stabil økonomi gjer at deltakarane kan konsentrere seg om måla.',
			'Ønskjer ein introduksjon for nye rettleiarar.',
		],
		[
			'Realistiske mål for deltakarar som har vore lenge utanfor arbeidslivet.',
			'Fysisk aktivitet og frisklivssentralen.',
			'',
			'Tett oppfølging gir tillit.',
			'',
		],
		[
			'Ungdom med låg stønad som i tillegg treng sosialhjelp.',
			'Lønstilskot i overgangen til arbeid.',
			'AMO-kurs i butikk og service.',
			'',
			'Korleis vurdere arbeidsevne hos unge?',
		],
		[
			'Samarbeidet med andre einingar i Nav.',
			'Arbeidsførebuande trening.',
			'Kurs i kommunikasjon og arbeidslivskunnskap.',
			'Deltakarar som fullfører utdanning.',
			'',
		],
		[
			'',
			'Norskopplæring kombinert med praksis.',
			'Norsk med arbeidspraksis.',
			'Programmet gir rom for både små og store mål.',
			'Eit nettverk for jamleg erfaringsutveksling.',
		],
		[
			'Å halde seg oppdatert på regelverket.',
			'Økonomisk rettleiing.',
			'',
			'',
			'Korleis bruke den digitale aktivitetsplanen betre?',
		],
		[
			'Avbrot på grunn av sjukdom: kor lenge kan vi vente?',
			'Arbeidstrening i ordinær verksemd.',
			'Kurs i personleg økonomi.',
			'Meistring og sjølvtillit hos deltakarane.',
			'',
		],
	],
};

function oslo(date: string, time: string): Date {
	const [y, m, d] = date.split('-').map(Number) as [number, number, number];
	const [h, mi] = time.split(':').map(Number) as [number, number];
	return new Date(new TZDate(y, m - 1, d, h, mi, 'Europe/Oslo').getTime());
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

async function insertQuestions(
	tx: Tx,
	surveyId: string,
	drafts: QuestionDraft[],
): Promise<(QuestionDraft & { id: string })[]> {
	const questions = drafts.map((q, i) => ({
		...q,
		id: `${surveyId}-q${i + 1}`,
		surveyId,
		position: i + 1,
	}));
	await tx.insert(surveyQuestions).values(questions);
	return questions;
}

/** Invitations for the audience, `used` for as many as answered (chosen by `next`). */
async function insertInvitations(
	tx: Tx,
	surveyId: string,
	registrationIds: string[],
	used: number,
	sentAt: Date,
	next: () => number,
): Promise<void> {
	const order = spread(Object.fromEntries(registrationIds.map((_, i) => [i, 1])), next);
	const usedSet = new Set(order.slice(0, used));
	await tx.insert(surveyInvitations).values(
		registrationIds.map((registrationId, i) => ({
			id: randomId(),
			surveyId,
			registrationId,
			// Demo links: nobody holds the secret, so they cannot be used.
			secretHash: randomBytes(32),
			sentAt,
			remindedAt: usedSet.has(i) ? null : new Date(sentAt.getTime() + 5 * DAY),
			used: usedSet.has(i),
		})),
	);
}

async function insertResponse(
	tx: Tx,
	surveyId: string,
	answers: {
		questionId: string;
		item?: string;
		valueInt?: number | null;
		valueText?: string | null;
	}[],
): Promise<void> {
	const id = randomId();
	await tx.insert(surveyResponses).values({ id, surveyId });
	if (answers.length > 0) {
		await tx.insert(surveyAnswers).values(
			answers.map((a) => ({
				responseId: id,
				questionId: a.questionId,
				item: a.item ?? '',
				valueInt: a.valueInt ?? null,
				valueText: a.valueText ?? null,
			})),
		);
	}
}

async function seedEvaluation(tx: Tx, e: SeedEvaluation): Promise<void> {
	const g = await tx.query.gatherings.findFirst({
		where: (t, { eq }) => eq(t.id, e.gatheringId),
		with: { programme: true, registrations: true },
	});
	if (!g) return;
	const next = sequence(e.seed);
	const programme = [...g.programme].sort((a, b) => a.startTime.localeCompare(b.startTime));
	const template = evaluationTemplate(programme);
	const drafts = [...template.questions, ROLE_QUESTION];
	const closedAt = new Date(g.endsAt.getTime() + 14 * DAY);
	await tx.insert(surveys).values({
		id: e.surveyId,
		gatheringId: g.id,
		kind: 'evaluation',
		titleNb: template.titleNb,
		titleNn: template.titleNn,
		introNb: template.introNb,
		introNn: template.introNn,
		status: 'closed',
		openedAt: g.endsAt,
		closedAt,
		invitationsSentAt: g.endsAt,
		reminderSentAt: new Date(g.endsAt.getTime() + 5 * DAY),
		followUp: e.followUp,
		followUpAt: e.followUp ? new Date(closedAt.getTime() + DAY) : null,
		createdAt: g.startsAt,
		updatedAt: closedAt,
	});
	const [useful, grid, good, improve, topics, role] = await insertQuestions(tx, e.surveyId, drafts);
	const attended = g.registrations.filter((r) => r.attendedAt).map((r) => r.id);
	await insertInvitations(tx, e.surveyId, attended, e.responses, g.endsAt, next);
	const usefulValues = spread(e.useful, next);
	const roleValues = spread({ 1: e.roles[0], 2: e.roles[1], 3: e.roles[2] }, next);
	const rating = (leaning: number) =>
		Math.max(1, Math.min(5, Math.round(leaning + (next() - 0.5) * 2.2)));
	for (let i = 0; i < e.responses; i++) {
		const answers: Parameters<typeof insertResponse>[2] = [
			{ questionId: useful!.id, valueInt: usefulValues[i]! },
		];
		if (grid?.type === 'grid') {
			grid.options.forEach((row, j) => {
				// Some skip an item they did not attend.
				if (next() < 0.08) return;
				answers.push({
					questionId: grid.id,
					item: row.value,
					valueInt: rating(e.itemLeaning[j % e.itemLeaning.length]!),
				});
			});
		}
		if (e.good[i]) answers.push({ questionId: good!.id, valueText: e.good[i] });
		if (e.improve[i]) answers.push({ questionId: improve!.id, valueText: e.improve[i] });
		if (e.topics[i]) answers.push({ questionId: topics!.id, valueText: e.topics[i] });
		answers.push({ questionId: role!.id, item: `o${roleValues[i]}`, valueInt: 1 });
		next(); // once the day of the answer, which is no longer stored: the demo figures stay as they were
		await insertResponse(tx, e.surveyId, answers);
	}
}

async function seedSmallGathering(tx: Tx, now: Date): Promise<void> {
	const startsAt = oslo(SMALL.date, '10:00');
	const endsAt = oslo(SMALL.date, '14:00');
	await tx.insert(gatherings).values({
		id: SMALL.gatheringId,
		networkId: 'vestland',
		title: SMALL.title,
		language: 'nn',
		description:
			'Eit kort fagmøte for dei som ønskte å gå djupare i reglane om avbrot og avslutning av program.',
		goals: ['Felles forståing av avbrot og avslutning'],
		date: SMALL.date,
		startsAt,
		endsAt,
		venueName: 'Statens hus',
		venueAddress: 'Njøsavegen 2',
		venueTown: 'Leikanger',
		capacity: 15,
		registrationOpensAt: new Date(startsAt.getTime() - 30 * DAY),
		registrationClosesAt: new Date(startsAt.getTime() - 3 * DAY),
		lunchServed: true,
		reminderDays: 3,
		status: 'published',
		reminderSentAt: new Date(startsAt.getTime() - 3 * DAY),
		createdAt: now,
		updatedAt: now,
	});
	await tx.insert(programmeItems).values([
		{
			id: `${SMALL.gatheringId}-p1`,
			gatheringId: SMALL.gatheringId,
			startTime: '10:00',
			endTime: '11:00',
			title: 'Avbrot og avslutning: kva seier § 34?',
			kind: 'talk',
			presenterRole: 'Rådgjevar',
			presenterOrganisation: 'Statsforvaltaren i Vestland',
		},
		{
			id: `${SMALL.gatheringId}-p2`,
			gatheringId: SMALL.gatheringId,
			startTime: '11:00',
			endTime: '11:45',
			title: 'Lunsj',
			kind: 'meal',
		},
		{
			id: `${SMALL.gatheringId}-p3`,
			gatheringId: SMALL.gatheringId,
			startTime: '11:45',
			endTime: '13:45',
			title: 'Oppdikta saker i grupper',
			kind: 'group-work',
		},
		{
			id: `${SMALL.gatheringId}-p4`,
			gatheringId: SMALL.gatheringId,
			startTime: '13:45',
			endTime: '14:00',
			title: 'Evaluering',
			kind: 'evaluation',
		},
	]);
	const vestland = SEED_NETWORKS.find((n) => n.id === 'vestland')!;
	for (let n = 0; n < SMALL.registrations; n++) {
		const person = fictionalPerson(n + 40);
		const office = vestland.offices[(n * 3) % vestland.offices.length]!;
		const created = new Date(startsAt.getTime() - (12 - n) * DAY);
		await tx.insert(registrations).values({
			id: `${SMALL.gatheringId}-r${n + 1}`,
			seq: n + 1,
			gatheringId: SMALL.gatheringId,
			status: 'confirmed',
			email: `${person.name.toLowerCase().replace(/[^a-zæøå]+/g, '.')}.fm${n + 1}@example.no`,
			name: person.name,
			organisation: office.name,
			officeId: office.id,
			jobRole: person.role,
			lunch: true,
			language: n % 3 === 0 ? 'nb' : 'nn',
			manageSecretHash: null,
			consentedAt: created,
			createdAt: created,
			updatedAt: created,
			attendedAt: n < SMALL.attended ? startsAt : null,
		});
	}
	const template = evaluationTemplate([
		{
			id: `${SMALL.gatheringId}-p1`,
			title: 'Avbrot og avslutning: kva seier § 34?',
			startTime: '10:00',
			kind: 'talk',
		},
		{
			id: `${SMALL.gatheringId}-p3`,
			title: 'Oppdikta saker i grupper',
			startTime: '11:45',
			kind: 'group-work',
		},
	]);
	await tx.insert(surveys).values({
		id: SMALL.surveyId,
		gatheringId: SMALL.gatheringId,
		kind: 'evaluation',
		titleNb: template.titleNb,
		titleNn: template.titleNn,
		introNb: template.introNb,
		introNn: template.introNn,
		status: 'closed',
		openedAt: endsAt,
		closedAt: new Date(endsAt.getTime() + 10 * DAY),
		invitationsSentAt: endsAt,
		createdAt: startsAt,
		updatedAt: endsAt,
	});
	const [useful, , good] = await insertQuestions(tx, SMALL.surveyId, template.questions);
	const next = sequence(2021);
	const attended = Array.from(
		{ length: SMALL.attended },
		(_, n) => `${SMALL.gatheringId}-r${n + 1}`,
	);
	await insertInvitations(tx, SMALL.surveyId, attended, SMALL.responses, endsAt, next);
	const values = [4, 5, 3];
	const texts = ['Nyttig å gå gjennom sakene saman.', '', 'Gjerne fleire slike korte fagmøte.'];
	for (let i = 0; i < SMALL.responses; i++) {
		await insertResponse(tx, SMALL.surveyId, [
			{ questionId: useful!.id, valueInt: values[i]! },
			...(texts[i] ? [{ questionId: good!.id, valueText: texts[i]! }] : []),
		]);
	}
}

async function seedPreEvent(tx: Tx, now: Date): Promise<void> {
	const g = await tx.query.gatherings.findFirst({
		where: (t, { eq }) => eq(t.id, PRE_EVENT.gatheringId),
		with: { registrations: true },
	});
	if (!g) return;
	const template = preEventTemplate();
	const openedAt = new Date(now.getTime() - 6 * DAY);
	await tx.insert(surveys).values({
		id: PRE_EVENT.surveyId,
		gatheringId: g.id,
		kind: 'pre-event',
		titleNb: template.titleNb,
		titleNn: template.titleNn,
		introNb: template.introNb,
		introNn: template.introNn,
		status: 'open',
		openedAt,
		invitationsSentAt: openedAt,
		createdAt: openedAt,
		updatedAt: openedAt,
	});
	const questions = await insertQuestions(tx, PRE_EVENT.surveyId, template.questions);
	const registered = g.registrations.filter((r) => r.status !== 'cancelled').map((r) => r.id);
	const next = sequence(2026);
	await insertInvitations(
		tx,
		PRE_EVENT.surveyId,
		registered,
		PRE_EVENT.answers.length,
		openedAt,
		next,
	);
	for (const row of PRE_EVENT.answers) {
		const answers = row.flatMap((text, i) =>
			text ? [{ questionId: questions[i]!.id, valueText: text }] : [],
		);
		next(); // as above
		await insertResponse(tx, PRE_EVENT.surveyId, answers);
	}
}

/** Seeds the demo surveys; each one only if it is not there yet. */
export async function seedSurveys(db: Db, now = new Date()): Promise<void> {
	const exists = async (id: string) =>
		Boolean(await db.query.surveys.findFirst({ where: (t, { eq }) => eq(t.id, id) }));
	for (const e of EVALUATIONS) {
		if (!(await exists(e.surveyId))) await db.transaction((tx) => seedEvaluation(tx, e));
	}
	if (
		!(await db.query.gatherings.findFirst({ where: (t, { eq }) => eq(t.id, SMALL.gatheringId) }))
	) {
		await db.transaction((tx) => seedSmallGathering(tx, now));
	}
	if (!(await exists(PRE_EVENT.surveyId))) await db.transaction((tx) => seedPreEvent(tx, now));
}
