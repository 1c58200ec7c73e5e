/**
 * The accessibility sweep behind the accessibility statement: axe (WCAG 2.1 A and AA, the same
 * check as every other spec) on every kind of page, in bokmål and nynorsk, at a phone's and a
 * desktop's width. One test per kind of page; each loads a page once per language and checks it
 * at both widths, so the sweep stays quick.
 */
import { and, eq } from 'drizzle-orm';
import { outbox, questions, users } from '#db/schema/index.ts';
import { requestPasswordReset } from '#lib/auth/accounts.server.ts';
import { registrationSchema } from '#lib/gatherings/gatherings.schema.ts';
import { register } from '#lib/gatherings/registrations.server.ts';
import { createUser, registrationInput } from '#tests/factories.ts';
import { e2eDb, expect, expectAccessible, test } from './fixtures.ts';
import { gatheringDay } from './gathering-day.ts';
import type { Page } from '@playwright/test';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const unique = Date.now().toString(36);

/**
 * Loads each page in bokmål and in nynorsk and runs axe at both widths: four checks per page. The
 * second language starts at the width the first ended with, so each page is laid out only twice.
 */
async function sweep(page: Page, paths: string[], status = 200): Promise<void> {
	test.info().setTimeout(test.info().timeout + paths.length * 45_000);
	for (const path of paths) {
		for (const [lang, widths] of [
			['nb', [PHONE, DESKTOP]],
			['nn', [DESKTOP, PHONE]],
		] as const) {
			await page.setViewportSize(widths[0]);
			const url = lang === 'nn' ? `/nn${path}` : path;
			const response = await page.goto(url);
			expect(response?.status(), url).toBe(status);
			expect(new URL(page.url()).pathname, `${url} was not redirected`).toBe(
				new URL(url, page.url()).pathname,
			);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			for (const [i, width] of widths.entries()) {
				if (i > 0) await page.setViewportSize(width);
				await expectAccessible(page);
			}
		}
	}
}

/** Seeded data the sweep reads (db/seed.ts): a past gathering with exercises, answers and a closed evaluation. */
const PAST = 'samling-2019-09-19';
const PAST_SURVEY = 'undersoking-2019-09-19';

interface Arranged {
	gatheringId: string;
	registrationToken: string;
	surveyToken: string;
	surveyId: string;
	groupCode: string;
	openCode: string;
	mailId: string;
	resetPath: string;
}

let arranged: Promise<Arranged> | undefined;
/**
 * A gathering day of our own (gathering-day.ts) with a pre-event survey, made once, with an
 * approved question and one registration (whose confirmation carries the survey link).
 */
function arrange(baseURL: string): Promise<Arranged> {
	arranged ??= (async () => {
		const db = await e2eDb();
		const { id, programmeItemId, groupCode, surveyId, openCode } = await gatheringDay('pre-event');
		const now = new Date();
		await db.insert(questions).values({
			id: `${id}-q1`,
			gatheringId: id,
			programmeItemId,
			text: 'Kor lenge kan programmet vare?',
			status: 'approved',
			createdAt: now,
			updatedAt: now,
		});
		const input = registrationSchema.parse(registrationInput(id, `a11y-${unique}`));
		const r = await register(db, input, { publicOrigin: baseURL });
		if (!r.ok) throw new Error('registration failed');
		const mail = await db.query.outbox.findFirst({
			where: and(eq(outbox.to, input.email), eq(outbox.kind, 'registration-confirmed')),
		});
		const surveyUrl = /https?:\/\/\S+\/undersoking\/(\S+)/.exec(mail!.text)!;
		const user = await createUser(db);
		await requestPasswordReset(db, user.email, 'nb', baseURL);
		const reset = await db.query.outbox.findFirst({
			where: and(eq(outbox.to, user.email), eq(outbox.kind, 'password-reset')),
		});
		const resetUrl = new URL(/https?:\/\/\S+\/nytt-passord\?token=\S+/.exec(reset!.text)![0]);
		return {
			gatheringId: id,
			registrationToken: encodeURIComponent(r.token),
			surveyToken: surveyUrl[1]!,
			surveyId,
			groupCode,
			openCode,
			mailId: mail!.id,
			resetPath: resetUrl.pathname + resetUrl.search,
		};
	})();
	return arranged;
}

test.describe('public pages', () => {
	test('front page', async ({ page }) => {
		await sweep(page, ['/']);
	});
	test('privacy notice and its technical part', async ({ page }) => {
		await sweep(page, ['/personvern', '/personvern/teknisk']);
	});
	test('accessibility statement', async ({ page }) => {
		await sweep(page, ['/tilgjengelighet']);
		// The sweep ends on the nynorsk statement at the phone's width: its long title and its
		// tables fit without sideways scrolling.
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			PHONE.width,
		);
	});
	test('getting started', async ({ page }) => {
		await sweep(page, ['/ta-i-bruk']);
	});
	test('gathering list and gathering page', async ({ page, baseURL }) => {
		const { gatheringId } = await arrange(baseURL!);
		await sweep(page, ['/samlinger', `/samlinger/${gatheringId}`]);
	});
	test('page not found', async ({ page }) => {
		await sweep(page, ['/finst-ikkje'], 404);
	});
});

test.describe('self-study', () => {
	test('self-study start, search and progress', async ({ page }) => {
		await sweep(page, ['/sjolvstudium', '/sjolvstudium/sok', '/sjolvstudium/framgang']);
	});
	test('a learning path and one of its steps', async ({ page }) => {
		await sweep(page, ['/sjolvstudium/sti/ny-i-kvp', '/sjolvstudium/sti/ny-i-kvp/1']);
	});
	test('regulations: list, paragraph, version', async ({ page }) => {
		await sweep(page, ['/regelverk', '/regelverk/29', '/regelverk/29/rv-2019']);
	});
	test('the 2019 changes', async ({ page }) => {
		await sweep(page, ['/endringar-2019']);
	});
	test('tips: list, tip, phase, booklet', async ({ page }) => {
		await sweep(page, ['/tips', '/tips/finne-kandidatar', '/tips/fase/kartlegging', '/tips/hefte']);
	});
	test('cases', async ({ page }) => {
		await sweep(page, ['/case', '/case/lise']);
	});
	test('quiz', async ({ page }) => {
		await sweep(page, ['/quiz', '/quiz/avbrot-og-avslutning']);
	});
	test('rules playground', async ({ page }) => {
		await sweep(page, ['/regeltrening']);
	});
});

test.describe('participant', () => {
	test('registration form', async ({ page, baseURL }) => {
		const { gatheringId } = await arrange(baseURL!);
		await sweep(page, [`/samlinger/${gatheringId}/meld-pa`]);
	});
	test('personal page', async ({ page, baseURL }) => {
		const { registrationToken } = await arrange(baseURL!);
		await sweep(page, [`/pamelding/${registrationToken}`]);
	});
	test('questions to the gathering', async ({ page, baseURL }) => {
		const { gatheringId, registrationToken } = await arrange(baseURL!);
		await sweep(page, [`/samlinger/${gatheringId}/sporsmal?t=${registrationToken}`]);
	});
	test('group answer', async ({ page, baseURL }) => {
		const { groupCode } = await arrange(baseURL!);
		await sweep(page, [`/g/${groupCode}`]);
	});
	test('survey: personal link, screen link, thanks', async ({ page, baseURL }) => {
		const { surveyToken, openCode } = await arrange(baseURL!);
		await sweep(page, [
			`/undersoking/${surveyToken}`,
			`/undersoking/skjerm/${openCode}`,
			'/undersoking/takk',
		]);
	});
});

test.describe('accounts', () => {
	test('log in, sign up, forgotten password', async ({ page }) => {
		await sweep(page, ['/logg-inn', '/registrer', '/glemt-passord']);
	});
	test('new password from a reset link', async ({ page, baseURL }) => {
		const { resetPath } = await arrange(baseURL!);
		await sweep(page, [resetPath]);
	});
	test("participant numbers as a participant of the network's office", async ({
		page,
		loginAs,
	}) => {
		const user = await loginAs('participant');
		await (await e2eDb()).update(users).set({ officeId: 'nav-alver' }).where(eq(users.id, user.id));
		await sweep(page, ['/deltakartal/vestland']);
	});
	test('my page, log out, no access', async ({ page, loginAs }) => {
		await loginAs('participant');
		await sweep(page, ['/min-side', '/logg-ut']);
		await sweep(page, ['/ingen-tilgang'], 403);
	});
});

test.describe('coordinator', () => {
	test.beforeEach(async ({ loginAs }) => {
		await loginAs('coordinator');
	});
	test('administration start and new gathering', async ({ page }) => {
		await sweep(page, ['/admin', '/admin/samlinger/ny']);
	});
	test('a gathering: edit, participants, check-in, dossier, exercises, questions, report', async ({
		page,
		baseURL,
	}) => {
		const { gatheringId } = await arrange(baseURL!);
		const admin = `/admin/samlinger/${gatheringId}`;
		await sweep(page, [
			admin,
			`/admin/samlinger/${PAST}/deltakarar`,
			`/admin/samlinger/${PAST}/innsjekk`,
			`/admin/samlinger/${PAST}/mappe`,
			`${admin}/oppgaver`,
			`/admin/samlinger/${PAST}/sporsmal`,
			`/admin/samlinger/${PAST}/rapport`,
		]);
	});
	test('plenum view', async ({ page }) => {
		await sweep(page, [`/admin/samlinger/${PAST}/plenum/${PAST}-e1`]);
	});
	test('surveys: list, survey, trend', async ({ page, baseURL }) => {
		const { gatheringId, surveyId } = await arrange(baseURL!);
		await sweep(page, [
			`/admin/samlinger/${gatheringId}/undersokingar`,
			`/admin/samlinger/${gatheringId}/undersokingar/${surveyId}`,
			`/admin/samlinger/${PAST}/undersokingar/utvikling`,
		]);
	});
	test('survey results', async ({ page }) => {
		await sweep(page, [`/admin/samlinger/${PAST}/undersokingar/${PAST_SURVEY}/resultat`]);
	});
	test('survey on the projector', async ({ page, baseURL }) => {
		const { gatheringId, surveyId } = await arrange(baseURL!);
		await sweep(page, [`/admin/samlinger/${gatheringId}/undersokingar/${surveyId}/skjerm`]);
	});
	test('participant numbers: month, letter, import, settings, slides, registering', async ({
		page,
	}) => {
		const net = '/admin/deltakartal/vestland';
		await sweep(page, [
			`${net}?maned=2019-08`,
			`${net}/brev/nav-bergen?maned=2019-08`,
			`${net}/import`,
			`${net}/innstillingar`,
			`${net}/lysbilete?maned=2019-08`,
			`${net}/registrer?maned=2019-05`,
		]);
	});
});

test.describe('administrator', () => {
	test('users, outbox and one e-mail', async ({ page, loginAs, baseURL }) => {
		const { mailId } = await arrange(baseURL!);
		await loginAs('admin');
		await sweep(page, ['/admin/brukere', '/admin/epost', `/admin/epost/${mailId}`]);
	});
});
