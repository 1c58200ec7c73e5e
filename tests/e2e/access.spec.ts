/**
 * Every protected page and action, for every role. A page answers 200 when allowed, sends the
 * anonymous to the login page, and shows the 403 page to the signed-in who may not see it.
 * An action answers 401 for the anonymous and 403 for the forbidden, and does nothing.
 * When a feature adds a protected page or action, it is added to these tables.
 */
import { createGathering } from '../factories.ts';
import { e2eDb, expect, sessionCookieFor, test, type Role } from './fixtures.ts';
import { SESSION_COOKIE } from '#lib/auth/session.server.ts';
import { like } from 'drizzle-orm';
import { networks, surveyQuestions, surveys } from '#db/schema/index.ts';

const ROLES: Role[] = ['anonymous', 'participant', 'coordinator-other', 'coordinator', 'admin'];
type Allowed = Record<Role, boolean>;
const only = (...roles: Role[]): Allowed =>
	Object.fromEntries(ROLES.map((r) => [r, roles.includes(r)])) as Allowed;
const signedIn = only('participant', 'coordinator-other', 'coordinator', 'admin');
const coordinators = only('coordinator-other', 'coordinator', 'admin');
const admins = only('admin');
const vestland = only('coordinator', 'admin');

const PAGES: [string, Allowed][] = [
	['/min-side', signedIn],
	['/nn/min-side', signedIn],
	['/admin', coordinators],
	['/nn/admin', coordinators],
	['/admin/brukere', admins],
	['/nn/admin/brukere', admins],
	['/admin/epost', admins],
	['/nn/admin/epost', admins],
	['/admin/nettverk', admins],
	['/nn/admin/nettverk', admins],
	['/admin/nettverk/vestland', admins],
	['/nn/admin/nettverk/vestland', admins],
	['/admin/logg', admins],
	['/nn/admin/logg', admins],
	['/admin/samlinger/ny', coordinators],
	['/admin/samlinger/samling-vest-var', vestland],
	['/nn/admin/samlinger/samling-vest-var/deltakarar', vestland],
	['/admin/samlinger/samling-vest-var/innsjekk', vestland],
	['/admin/samlinger/samling-vest-var/sporsmal', vestland],
	['/nn/admin/samlinger/samling-vest-var/mappe', vestland],
	['/admin/samlinger/samling-vest-var/oppgaver', vestland],
	['/admin/samlinger/samling-2019-09-19/rapport', vestland],
	['/admin/samlinger/samling-2019-09-19/plenum/samling-2019-09-19-e1', vestland],
	['/nn/admin/samlinger/samling-2019-09-19/undersokingar', vestland],
	['/admin/samlinger/samling-2019-09-19/undersokingar/utvikling', vestland],
	['/admin/samlinger/samling-2019-09-19/undersokingar/undersoking-2019-09-19', vestland],
	[
		'/nn/admin/samlinger/samling-2019-09-19/undersokingar/undersoking-2019-09-19/resultat',
		vestland,
	],
	['/admin/samlinger/samling-2019-09-19/undersokingar/undersoking-2019-09-19/skjerm', vestland],
	['/admin/deltakartal/vestland', vestland],
	['/nn/admin/deltakartal/vestland/registrer', vestland],
	['/admin/deltakartal/vestland/import', vestland],
	['/nn/admin/deltakartal/vestland/innstillingar', vestland],
	['/admin/deltakartal/vestland/lysbilete', vestland],
	['/admin/deltakartal/vestland/brev/nav-alver', vestland],
	// The test participant has no office: the network's numbers are not theirs until published.
	['/deltakartal/vestland', vestland],
];

/** Files for coordinators only: 401 for the anonymous, 403 for others. */
const FILES: [string, Allowed][] = [
	['/api/samlinger/samling-vest-var/deltakarar.csv', vestland],
	['/api/samlinger/samling-vest-var/deltakarar.xlsx', vestland],
	['/api/samlinger/samling-2019-09-19/rapport.md', vestland],
	['/api/samlinger/samling-2019-09-19/rapport.docx', vestland],
	['/api/surveys/undersoking-2019-09-19/resultat.csv', vestland],
	['/api/surveys/undersoking-2019-09-19/resultat.xlsx', vestland],
	['/api/deltakartal/vestland/mal.csv', vestland],
	['/api/deltakartal/vestland/mal.xlsx', vestland],
	['/api/deltakartal/vestland/tabell.xlsx', vestland],
	['/api/deltakartal/vestland/diagram.svg', vestland],
	['/api/deltakartal/vestland/brev/nav-alver', vestland],
];

/**
 * Actions with a body that passes validation (input is checked before the guard, so an invalid
 * body would hide a missing guard). They act on a throwaway Vestland gathering made for this test.
 */
const gatheringForm = (id: string) => ({
	gatheringId: id,
	networkId: 'vestland',
	title: 'Tilgangstest',
	description: '',
	goals: '',
	date: '2031-05-05',
	startTime: '09:00',
	endTime: '15:00',
	venueName: 'Statens hus',
	venueAddress: 'Kaigaten 9',
	venueTown: 'Bergen',
	capacity: '20',
	reminderDays: '3',
	registrationOpens: '2031-04-01T09:00',
	registrationCloses: '2031-05-01T09:00',
});
const ACTIONS: [string, Allowed, (gatheringId: string) => Record<string, string>][] = [
	[
		'auth.changePassword',
		signedIn,
		() => ({ currentPassword: 'not the password', newPassword: 'a new long password' }),
	],
	[
		'admin.grantCoordinator',
		admins,
		() => ({ userId: 'demo-deltakar', networkId: 'sore-sunnmore' }),
	],
	[
		'admin.revokeCoordinator',
		admins,
		() => ({ userId: 'demo-deltakar', networkId: 'sore-sunnmore' }),
	],
	['admin.grantAdmin', admins, () => ({ userId: 'finst-ikkje' })],
	['admin.revokeAdmin', admins, () => ({ userId: 'finst-ikkje', confirmed: 'ja' })],
	['admin.deactivate', admins, () => ({ userId: 'finst-ikkje', confirmed: 'ja' })],
	['admin.reactivate', admins, () => ({ userId: 'finst-ikkje' })],
	['admin.deleteAccount', admins, () => ({ userId: 'finst-ikkje', confirmed: 'ja' })],
	['admin.createNetwork', admins, () => ({ name: 'Tilgangstest', organiser: 'Tilgangstest' })],
	[
		'admin.editNetwork',
		admins,
		() => ({ networkId: 'finst-ikkje', name: 'Tilgangstest', organiser: 'Tilgangstest' }),
	],
	['admin.addOffice', admins, () => ({ networkId: 'finst-ikkje', name: 'NAV Tilgang' })],
	[
		'admin.editOffice',
		admins,
		() => ({ networkId: 'vestland', officeId: 'finst-ikkje', name: 'NAV Tilgang' }),
	],
	[
		'admin.removeOffice',
		admins,
		() => ({ networkId: 'vestland', officeId: 'finst-ikkje', confirmed: 'ja' }),
	],
	[
		'admin.inviteCoordinator',
		admins,
		() => ({ networkId: 'finst-ikkje', email: 'tilgang@example.no', language: 'nb' }),
	],
	// The personal link is the authorization: anyone may try one (a forged link is refused, 400).
	[
		'admin.acceptInvitation',
		only(...ROLES),
		() => ({ token: 'aaaaaaaaaaaaaaaa.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' }),
	],
	['gatherings.create', vestland, (id) => gatheringForm(id)],
	['gatherings.update', vestland, (id) => gatheringForm(id)],
	['gatherings.publish', vestland, (id) => ({ gatheringId: id })],
	['gatherings.duplicate', vestland, (id) => ({ gatheringId: id })],
	[
		'gatherings.saveItem',
		vestland,
		(id) => ({
			gatheringId: id,
			startTime: '09:00',
			endTime: '09:10',
			title: 'Post',
			kind: 'talk',
		}),
	],
	['gatherings.deleteItem', vestland, (id) => ({ gatheringId: id, itemId: 'finst-ikkje' })],
	['gatherings.checkIn', vestland, (id) => ({ gatheringId: id, registrationId: 'finst-ikkje' })],
	['gatherings.message', vestland, (id) => ({ gatheringId: id, subject: 'Hei', body: 'Melding' })],
	[
		'gatherings.deletePresentation',
		vestland,
		(id) => ({ gatheringId: id, presentationId: 'finst-ikkje' }),
	],
	['questions.deadline', vestland, (id) => ({ gatheringId: id, deadline: '2031-05-04T12:00' })],
	['questions.sendDossiers', vestland, (id) => ({ gatheringId: id })],
	[
		'questions.moderate',
		vestland,
		(id) => ({ gatheringId: id, questionId: 'finst-ikkje', action: 'approve' }),
	],
	[
		'exercises.save',
		vestland,
		(id) => ({ gatheringId: id, number: '1', title: 'Tilgangsoppgåve' }),
	],
	[
		'exercises.setStatus',
		vestland,
		(id) => ({ gatheringId: id, exerciseId: 'finst-ikkje', status: 'open' }),
	],
	['exercises.addGroups', vestland, (id) => ({ gatheringId: id, count: '1' })],
	['surveys.create', vestland, (id) => ({ gatheringId: id, template: 'evaluation' })],
	['surveys.settings', vestland, () => ({ surveyId, titleNb: 'Tilgangstest' })],
	[
		'surveys.saveQuestion',
		vestland,
		() => ({ surveyId, type: 'text', textNb: 'Tilgangsspørsmål' }),
	],
	[
		'surveys.moveQuestion',
		vestland,
		() => ({ surveyId, questionId: 'finst-ikkje', direction: 'up' }),
	],
	['surveys.deleteQuestion', vestland, () => ({ surveyId, questionId: 'finst-ikkje' })],
	['surveys.setStatus', vestland, () => ({ surveyId, status: 'open' })],
	['surveys.openLink', vestland, () => ({ surveyId, enabled: 'true' })],
	['surveys.sendInvitations', vestland, () => ({ surveyId })],
	['surveys.sendReminder', vestland, () => ({ surveyId })],
	['surveys.followUp', vestland, () => ({ surveyId, followUp: 'Tilgangstest' })],
	['surveys.addTopic', vestland, () => ({ surveyId, topic: 'Velkommen' })],
	['surveys.delete', vestland, () => ({ surveyId: draftSurveyId, confirmed: 'ja' })],
	['participantNumbers.preview', vestland, () => ({ networkId: 'vestland' })],
	['participantNumbers.commit', vestland, () => ({ networkId: 'vestland', rows: '[]' })],
	[
		'participantNumbers.saveMonth',
		vestland,
		() => ({
			networkId: 'vestland',
			month: '2019-01',
			office: 'finst-ikkje',
			total: '',
			under25: '',
			over25: '',
			note: '',
		}),
	],
	[
		'participantNumbers.saveLevel',
		vestland,
		() => ({
			networkId: 'vestland',
			officeId: 'finst-ikkje',
			level: '7,8',
			tolerancePercent: '30',
			asOf: '2019-04-09',
			source: 'Tilgangstest',
		}),
	],
	[
		'participantNumbers.addContext',
		vestland,
		() => ({
			networkId: 'vestland',
			area: 'Tilgangstest',
			participants: '1',
			under25: '',
			potential: '',
			asOf: '2019-04-09',
			source: 'Tilgangstest',
		}),
	],
	[
		'participantNumbers.deleteContext',
		vestland,
		() => ({ networkId: 'vestland', id: 'finst-ikkje' }),
	],
	['participantNumbers.publish', vestland, () => ({ networkId: 'vestland', published: 'false' })],
	[
		'participantNumbers.saveTemplate',
		vestland,
		() => ({ networkId: 'vestland', lang: 'nb', template: '', reset: '1' }),
	],
	['gatherings.cancel', vestland, (id) => ({ gatheringId: id, confirmed: 'ja' })],
];

let gatheringId = '';
// Surveys of the throwaway gathering: one the survey actions act on, and a draft to delete.
let surveyId = '';
let draftSurveyId = '';
test.beforeAll(async () => {
	const db = await e2eDb();
	gatheringId = (await createGathering(db, { networkId: 'vestland', capacity: 5 })).id;
	surveyId = `${gatheringId}-s1`;
	draftSurveyId = `${gatheringId}-s2`;
	const now = new Date();
	for (const id of [surveyId, draftSurveyId]) {
		await db.insert(surveys).values({
			id,
			gatheringId,
			kind: 'evaluation',
			titleNb: 'Tilgangstest',
			titleNn: 'Tilgangstest',
			status: 'draft',
			createdAt: now,
			updatedAt: now,
		});
		await db.insert(surveyQuestions).values({
			id: `${id}-q1`,
			surveyId: id,
			position: 1,
			key: 'useful',
			type: 'scale',
			required: true,
			textNb: 'Nyttig?',
			textNn: 'Nyttig?',
			options: [],
		});
	}
});

// The admin's admin.createNetwork made a network; other specs share this database.
test.afterAll(async () => {
	const db = await e2eDb();
	await db.delete(networks).where(like(networks.id, 'tilgangstest%'));
});

async function cookieHeader(role: Role): Promise<Record<string, string>> {
	if (role === 'anonymous') return {};
	const { token } = await sessionCookieFor(role);
	return { cookie: `${SESSION_COOKIE}=${token}` };
}

for (const role of ROLES) {
	test.describe(`as ${role}`, () => {
		for (const [path, allowed] of PAGES) {
			test(`page ${path}`, async ({ request }) => {
				const response = await request.get(path, {
					headers: await cookieHeader(role),
					maxRedirects: 0,
				});
				if (allowed[role]) expect(response.status()).toBe(200);
				else if (role === 'anonymous') {
					expect(response.status()).toBe(303);
					expect(response.headers().location).toContain('/logg-inn?next=');
				} else {
					expect(response.status()).toBe(403);
					expect(await response.text()).toMatch(/Ingen tilgang/);
				}
			});
		}
		for (const [path, allowed] of FILES) {
			test(`file ${path}`, async ({ request }) => {
				const response = await request.get(path, { headers: await cookieHeader(role) });
				expect(response.status()).toBe(allowed[role] ? 200 : role === 'anonymous' ? 401 : 403);
			});
		}
		for (const [name, allowed, body] of ACTIONS) {
			test(`action ${name}`, async ({ request, baseURL }) => {
				const response = await request.post(`/_actions/${name}`, {
					headers: { ...(await cookieHeader(role)), origin: baseURL!, accept: 'application/json' },
					form: body(gatheringId),
				});
				const status = response.status();
				// Allowed: done (200), or refused for what the body asks (400 wrong password, 404 no such item).
				if (allowed[role]) expect([200, 400, 404]).toContain(status);
				else expect(status).toBe(role === 'anonymous' ? 401 : 403);
			});
		}
	});
}
