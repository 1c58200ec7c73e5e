/**
 * Everyday use (issue 14): what a coordinator and a participant run into in their first hour.
 * Destructive actions ask first and work without JavaScript; the rest follows the order.
 */
import { and, eq } from 'drizzle-orm';
import {
	exercises,
	gatherings,
	outbox,
	programmeItems,
	questions,
	questionVotes,
	surveys,
} from '#db/schema/index.ts';
import { registrationSchema } from '#lib/gatherings/gatherings.schema.ts';
import { register } from '#lib/gatherings/registrations.server.ts';
import { osloInstant } from '#lib/platform/time.ts';
import { createSurvey } from '#lib/surveys/surveys.server.ts';
import { createGathering, registrationInput } from '../factories.ts';
import { e2eDb, expect, expectAccessible, test } from './fixtures.ts';
import type { Browser, Locator, Page } from '@playwright/test';

const unique = Date.now().toString(36);

/** A registration made straight through lib, returning its personal page's path. */
async function registered(gatheringId: string, n: string, language: 'nb' | 'nn', baseURL: string) {
	const db = await e2eDb();
	const input = registrationSchema.parse(
		registrationInput(gatheringId, `${n}-${unique}`, { language }),
	);
	const r = await register(db, input, { publicOrigin: baseURL });
	if (!r.ok) throw new Error('registration failed');
	return {
		path: `${language === 'nn' ? '/nn' : ''}/pamelding/${encodeURIComponent(r.token)}`,
		email: input.email,
	};
}

async function mailSubjects(to: string, kind: string) {
	const db = await e2eDb();
	return (
		await db.query.outbox.findMany({ where: and(eq(outbox.to, to), eq(outbox.kind, kind)) })
	).map((m) => m.subject);
}

/** A button that looks like one: a filled background or a drawn border, not bare text. */
async function expectButtonLook(button: Locator) {
	const look = await button.evaluate((el) => {
		const style = getComputedStyle(el);
		return { background: style.backgroundColor, shadow: style.boxShadow };
	});
	const filled = look.background !== 'rgba(0, 0, 0, 0)' && look.background !== 'transparent';
	const bordered = look.shadow !== 'none' && !look.shadow.startsWith('rgba(0, 0, 0, 0)');
	expect(filled || bordered, `button look ${JSON.stringify(look)}`).toBe(true);
}

/** axe needs JavaScript: checks the page's current address in a second context that has it, with the same cookies. */
async function expectAccessibleWithScript(browser: Browser, page: Page) {
	const context = await browser.newContext({
		javaScriptEnabled: true,
		storageState: await page.context().storageState(),
	});
	const copy = await context.newPage();
	await copy.goto(page.url());
	await expectAccessible(copy);
	await context.close();
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('"Meld meg av" asks first, tells a waiting-list place apart from a seat, and confirms by e-mail', async ({
		page,
		browser,
		baseURL,
	}) => {
		test.setTimeout(120_000);
		const { id } = await createGathering(await e2eDb(), { networkId: 'vestland', capacity: 1 });
		const seat = await registered(id, 'sete', 'nn', baseURL!);
		const waiting = await registered(id, 'vente', 'nb', baseURL!);

		// Bokmål, on the waiting list: not told that a seat is given away.
		await page.goto(waiting.path);
		await expect(page.getByTestId('cancel-help')).toHaveText(
			'Du står på ventelisten og holder ikke av noen plass. Melder du deg av, går du ut av køen.',
		);
		const first = page.getByRole('button', { name: 'Meld meg av' });
		await expectButtonLook(first);
		await first.click();
		await expect(page).toHaveURL(/\?bekreft=meld-av#meld-av$/);
		await expect(page.getByTestId('confirm-meld-av')).toContainText(
			'Vil du melde deg av Nettverkssamling om kvalifiseringsprogrammet?',
		);
		await expect(page.getByTestId('registration-status')).toContainText('venteliste som nummer 1');
		await expectButtonLook(page.getByRole('button', { name: 'Ja, meld meg av' }));
		await expectAccessibleWithScript(browser, page);
		// Going back changes nothing.
		await page.getByRole('link', { name: 'Nei, gå tilbake' }).click();
		await expect(page.getByTestId('confirm-meld-av')).toHaveCount(0);
		await expect(page.getByTestId('registration-status')).toContainText('venteliste som nummer 1');
		await page.getByRole('button', { name: 'Meld meg av' }).click();
		await page.getByRole('button', { name: 'Ja, meld meg av' }).click();
		await expect(page.getByTestId('cancelled')).toContainText('Du er meldt av.');
		expect(await mailSubjects(waiting.email, 'registration-cancelled')).toEqual([
			'Avmeldt: Nettverkssamling om kvalifiseringsprogrammet',
		]);

		// Nynorsk, holding a seat: the page offers the calendar file, folded and in plain text.
		await page.goto(seat.path);
		const calendar = await page.request.get(
			(await page.getByTestId('add-to-calendar').getAttribute('href'))!,
		);
		expect(calendar.headers()['content-type']).toContain('text/calendar');
		for (const line of (await calendar.text()).split('\r\n'))
			expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
		await expect(page.getByTestId('cancel-help')).toHaveText(
			'Plassen din går til den første på ventelista.',
		);
		await page.getByRole('button', { name: 'Meld meg av' }).click();
		await expect(page.getByTestId('confirm-meld-av')).toContainText(
			'Vil du melde deg av Nettverkssamling om kvalifiseringsprogrammet? Du får ei stadfesting på e-post.',
		);
		await expectAccessibleWithScript(browser, page);
		await page.getByRole('button', { name: 'Ja, meld meg av' }).click();
		await expect(page.getByTestId('cancelled')).toContainText('Du er meld av.');
		expect(await mailSubjects(seat.email, 'registration-cancelled')).toEqual([
			'Avmeld: Nettverkssamling om kvalifiseringsprogrammet',
		]);
	});

	test('"Avlys samlingen" and "Slett utkastet" ask first; one click does nothing', async ({
		page,
		browser,
		loginAs,
		baseURL,
	}) => {
		test.setTimeout(120_000);
		const db = await e2eDb();
		const { id } = await createGathering(db, { networkId: 'vestland' });
		await registered(id, 'avlys', 'nb', baseURL!);
		await loginAs('coordinator');

		// Bokmål: cancelling the gathering.
		await page.goto(`/admin/samlinger/${id}`);
		const cancel = page.getByRole('button', { name: 'Avlys samlingen' });
		await expectButtonLook(cancel);
		await cancel.click();
		await expect(page.getByTestId('confirm-avlys')).toContainText(
			'Vil du avlyse Nettverkssamling om kvalifiseringsprogrammet? Alle påmeldte og de på ventelisten får e-post med en gang.',
		);
		await expect(page.getByTestId('gathering-status')).toContainText('Publisert');
		await expectAccessibleWithScript(browser, page);
		await page.getByRole('button', { name: 'Ja, avlys samlingen' }).click();
		await expect(page.getByTestId('notice')).toContainText(
			'Samlingen er avlyst, og 1 påmeldt har fått e-post.',
		);
		await expect(page.getByTestId('gathering-status')).toContainText('Avlyst');
		expect((await db.query.gatherings.findFirst({ where: eq(gatherings.id, id) }))?.status).toBe(
			'cancelled',
		);

		// Nynorsk: a survey draft.
		const { id: other } = await createGathering(db, { networkId: 'vestland' });
		const surveyId = (await createSurvey(db, other, 'blank'))!;
		await page.goto(`/nn/admin/samlinger/${other}/undersokingar/${surveyId}`);
		await expectButtonLook(page.getByRole('button', { name: 'Slett utkastet' }));
		await page.getByRole('button', { name: 'Slett utkastet' }).click();
		await expect(page.getByTestId('confirm-slett')).toContainText('Vil du slette utkastet');
		await expect(page.getByTestId('confirm-slett')).toContainText('det kan ikkje angrast');
		await expectAccessibleWithScript(browser, page);
		await page.getByRole('link', { name: 'Nei, gå tilbake' }).click();
		await expect(page.getByTestId('survey-status')).toContainText('Utkast');
		await page.getByRole('button', { name: 'Slett utkastet' }).click();
		await page.getByRole('button', { name: 'Ja, slett utkastet' }).click();
		await expect(page).toHaveURL(/\/nn\/admin\/samlinger\/[^/]+\/undersokingar\?sletta$/);
		await expect(page.getByTestId('notice')).toContainText('Utkastet er sletta.');
	});
});

/** A gathering in Vestland (the test coordinator's network) from 09:00 to 15:00 in a month. */
async function vestlandGathering(options: { capacity?: number } = {}) {
	const db = await e2eDb();
	const { id } = await createGathering(db, { networkId: 'vestland', ...options });
	const date = (await db.query.gatherings.findFirst({ where: eq(gatherings.id, id) }))!.date;
	await db
		.update(gatherings)
		.set({ startsAt: osloInstant(date, '09:00'), endsAt: osloInstant(date, '15:00') })
		.where(eq(gatherings.id, id));
	return id;
}

async function approvedQuestion(
	gatheringId: string,
	text: string,
	programmeItemId: string | null = null,
) {
	const db = await e2eDb();
	const id = `${gatheringId}-${text.length}-${Math.random().toString(36).slice(2, 8)}`;
	const now = new Date();
	await db.insert(questions).values({
		id,
		gatheringId,
		programmeItemId,
		text,
		status: 'approved',
		createdAt: now,
		updatedAt: now,
	});
	return id;
}

test("a programme item takes the presenter's e-mail, is edited in place, and the dossier goes out in the chosen language", async ({
	page,
	loginAs,
}) => {
	test.setTimeout(120_000);
	const id = await vestlandGathering();
	await loginAs('coordinator');
	await page.goto(`/admin/samlinger/${id}`);
	await page.getByLabel('Fra', { exact: true }).fill('09:00');
	await page.getByLabel('Til', { exact: true }).fill('10:00');
	await page.getByLabel('Innhold', { exact: true }).fill('Regelverket i KVP');
	await page.getByLabel(/Innleders e-postadresse/).fill('ikke-en-adresse');
	await page.getByRole('button', { name: 'Legg til programpost' }).click();
	await expect(page.getByTestId('error-summary')).toContainText('Skriv en gyldig e-postadresse');
	await expect(page.getByLabel('Innhold', { exact: true })).toHaveValue('Regelverket i KVP');
	await page.getByLabel(/Innleders e-postadresse/).fill(`foredrag.${unique}@example.no`);
	await page.getByRole('button', { name: 'Legg til programpost' }).click();
	await expect(page.getByTestId('programme-admin')).toContainText(
		`09.00–10.00 Regelverket i KVP (Innlegg, foredrag.${unique}@example.no)`,
	);
	await page.getByLabel('Fra', { exact: true }).fill('10:00');
	await page.getByLabel('Til', { exact: true }).fill('10:30');
	await page.getByLabel('Innhold', { exact: true }).fill('Pause');
	await page.getByRole('button', { name: 'Legg til programpost' }).click();

	// Edited in place, with the same checks as on creation; the add form stays clean.
	await page.getByRole('link', { name: 'Endre kl. 09.00 Regelverket i KVP' }).click();
	const edit = page.getByRole('form', { name: /Endre: 09\.00–10\.00 Regelverket i KVP/ });
	await expect(edit).toBeVisible();
	await expectAccessible(page);
	await edit.getByLabel('Til', { exact: true }).fill('10:15');
	await edit.getByRole('button', { name: 'Lagre' }).click();
	await expect(page.getByTestId('error-summary')).toHaveCount(1);
	await expect(page.getByTestId('error-summary')).toContainText('Overlapper med 10.00–10.30 Pause');
	await expect(
		page.getByRole('form', { name: /Endre:/ }).getByLabel('Til', { exact: true }),
	).toHaveValue('10:15');
	await expectAccessible(page);
	const again = page.getByRole('form', { name: /Endre:/ });
	await again.getByLabel('Til', { exact: true }).fill('09:45');
	await again.getByLabel('Innhold', { exact: true }).fill('Regelverket i KVP, del 1');
	await again.getByRole('button', { name: 'Lagre' }).click();
	await expect(page.getByTestId('notice')).toContainText('Programmet er oppdatert.');
	await expect(page.getByTestId('programme-admin')).toContainText(
		'09.00–09.45 Regelverket i KVP, del 1',
	);

	// The dossier, from a bokmål page, in nynorsk: one question with one vote.
	const db = await e2eDb();
	const item = (await db.query.programmeItems.findFirst({
		where: eq(programmeItems.gatheringId, id),
	}))!;
	const q = await approvedQuestion(id, `Kor lenge kan ein få KVP ${unique}?`, item.id);
	await db.insert(questionVotes).values({ questionId: q, voter: 'r:e2e', createdAt: new Date() });
	await page.goto(`/admin/samlinger/${id}/sporsmal`);
	await page.getByLabel('Språk i e-posten').selectOption('nn');
	await page.getByRole('button', { name: 'Send mappene på e-post' }).click();
	await expect(page.getByTestId('dossiers-sent')).toContainText('1 mappe er lagt i utboksen.');
	await expectAccessible(page);
	const mail = await db.query.outbox.findFirst({
		where: and(
			eq(outbox.to, `foredrag.${unique}@example.no`),
			eq(outbox.kind, 'presenter-dossier'),
		),
	});
	expect(mail?.subject).toBe('Spørsmål til innlegget ditt: Regelverket i KVP, del 1');
	expect(mail?.text).toContain('sorterte etter stemmer');
	expect(mail?.text).toContain(`1. Kor lenge kan ein få KVP ${unique}? (1 stemme)`);
	expect(mail?.text).toContain('Helsing KVP-nettverket');
});

test('an exercise is edited in place, with the same checks as a new one (nynorsk)', async ({
	page,
	loginAs,
}) => {
	const id = await vestlandGathering();
	const db = await e2eDb();
	await db.insert(exercises).values({
		id: `${id}-ex`,
		gatheringId: id,
		number: 1,
		title: 'Vilkår for KVP',
		task: 'Drøft saka.',
		questions: ['Kva er vilkåra?'],
		paragraphs: ['29'],
		status: 'draft',
		createdAt: new Date(),
	});
	await loginAs('coordinator');
	await page.goto(`/nn/admin/samlinger/${id}/oppgaver`);
	await page.getByRole('link', { name: 'Endre 1 Vilkår for KVP' }).click();
	const edit = page.getByRole('form', { name: /Endre:/ });
	await expect(edit.getByLabel('Spørsmål til gruppene (eitt per linje)')).toHaveValue(
		'Kva er vilkåra?',
	);
	await edit.getByLabel('Tittel').fill('');
	await edit.getByRole('button', { name: 'Lagre' }).click();
	await expect(page.getByTestId('error-summary')).toContainText('Skriv ein tittel på oppgåva.');
	await expectAccessible(page);
	await page
		.getByRole('form', { name: /Endre:/ })
		.getByLabel('Tittel')
		.fill('Vilkår og varigheit');
	await page
		.getByRole('form', { name: /Endre:/ })
		.getByRole('button', { name: 'Lagre' })
		.click();
	await expect(page.getByTestId('exercise-saved')).toContainText('Oppgåva er lagra.');
	await expect(page.getByTestId('exercises')).toContainText('Vilkår og varigheit');
	await expect(page.getByRole('form', { name: /Endre:/ })).toHaveCount(0);
});

test('merging needs a chosen target, shows what it took in; a vote is cast and withdrawn in place', async ({
	page,
	browser,
	loginAs,
	baseURL,
}) => {
	test.setTimeout(120_000);
	const id = await vestlandGathering();
	const original = `Kor mange gonger kan ein få KVP ${unique}?`;
	const duplicate = `Kan ein få KVP fleire gonger ${unique}?`;
	await approvedQuestion(id, original);
	await approvedQuestion(id, duplicate);
	await approvedQuestion(id, `Kva med bustøtte ${unique}?`);
	await loginAs('coordinator');
	await page.goto(`/nn/admin/samlinger/${id}/sporsmal`);
	const row = page.locator(`[data-question="${duplicate}"]`);
	await expect(row.getByLabel('Slå saman med')).toHaveValue('');
	await row.getByRole('button', { name: 'Slå saman' }).click();
	await expect(page.getByTestId('moderation')).toContainText(duplicate);
	await row.getByLabel('Slå saman med').selectOption({ label: original });
	await row.getByRole('button', { name: 'Slå saman' }).click();
	const merged = page.locator(`[data-question="${original}"]`).getByTestId('merged-into');
	await expect(merged).toContainText('Slått saman med dette (1):');
	await expect(merged.getByRole('listitem')).toHaveText(duplicate);
	await expectAccessible(page);

	// A participant votes and takes the vote back, without the page reloading.
	const { path } = await registered(id, 'stem', 'nb', baseURL!);
	const token = decodeURIComponent(path.split('/').at(-1)!);
	const visitor = await (await browser.newContext()).newPage();
	await visitor.goto(`/samlinger/${id}/sporsmal?t=${encodeURIComponent(token)}`);
	await visitor.evaluate(() => ((window as unknown as { kept: boolean }).kept = true));
	const item = visitor.locator('.kvp-question', { hasText: original });
	await item.getByRole('button', { name: /^Stem/ }).click();
	await expect(visitor.getByTestId('vote-notice')).toContainText('Takk for stemmen.');
	await expect(visitor.locator('.kvp-question', { hasText: original })).toContainText('1 stemme');
	await expect(
		visitor
			.locator('.kvp-question', { hasText: original })
			.getByRole('button', { name: /^Trekk stemmen/ }),
	).toBeFocused();
	await expectAccessible(visitor);
	await visitor
		.locator('.kvp-question', { hasText: original })
		.getByRole('button', { name: /^Trekk stemmen/ })
		.click();
	await expect(visitor.getByTestId('vote-notice')).toContainText('Stemmen din er trukket.');
	await expect(visitor.locator('.kvp-question', { hasText: original })).toContainText('0 stemmer');
	expect(await visitor.evaluate(() => (window as unknown as { kept?: boolean }).kept)).toBe(true);
	await visitor.context().close();
});

test('check-in ticks, undoes and searches in place and keeps the list where it was (nynorsk, phone)', async ({
	page,
	loginAs,
	baseURL,
}) => {
	test.setTimeout(120_000);
	const id = await vestlandGathering({ capacity: 40 });
	for (let i = 0; i < 25; i++)
		await registered(id, `inn${String(i).padStart(2, '0')}`, 'nn', baseURL!);
	await loginAs('coordinator');
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto(`/nn/admin/samlinger/${id}/innsjekk`);
	await expect(page.getByTestId('checkin-count')).toContainText('0 av 25 har møtt.');
	await page.evaluate(() => ((window as unknown as { kept: boolean }).kept = true));
	const last = `Deltakar inn24-${unique}`;
	const tick = page.getByRole('button', { name: `Sjekk inn ${last}` });
	await tick.scrollIntoViewIfNeeded();
	expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
	// Where the person's row is on the screen: it stays there although the notice above grows.
	const onScreen = () =>
		page
			.getByTestId('checkin-list')
			.getByRole('listitem')
			.last()
			.evaluate((el) => el.getBoundingClientRect().top);
	const before = await onScreen();
	await tick.click();
	await expect(page.getByTestId('checkin-count')).toContainText('1 av 25 har møtt.');
	await expect(page.getByTestId('checkin-notice')).toContainText(`${last} er sjekka inn.`);
	await expect(page.getByRole('button', { name: `Angre ${last}` })).toBeFocused();
	expect(Math.abs((await onScreen()) - before)).toBeLessThan(5);
	await page.getByRole('button', { name: `Angre ${last}` }).click();
	await expect(page.getByTestId('checkin-count')).toContainText('0 av 25 har møtt.');
	await page.getByRole('button', { name: `Sjekk inn ${last}` }).click();
	await expect(page.getByTestId('checkin-count')).toContainText('1 av 25 har møtt.');
	// Search as you type, no button.
	await page.getByLabel('Søk på namn').fill('inn07');
	await expect(page.getByTestId('checkin-list').getByRole('listitem')).toHaveCount(1);
	await expect(page).toHaveURL(/\?q=inn07$/);
	await expect(page.getByLabel('Søk på namn')).toBeFocused();
	expect(await page.evaluate(() => (window as unknown as { kept?: boolean }).kept)).toBe(true);
	await expectAccessible(page);
	await page.getByLabel('Søk på namn').fill('');
	await expect(page.getByTestId('checkin-list').getByRole('listitem')).toHaveCount(25);
	await page.evaluate(() => window.scrollTo(0, 0));
	await page.screenshot({ path: 'docs/screenshots/innsjekk.png', fullPage: false });
});

test('words and numbers: all errors at once with focus on the summary, limits named, past dates warned, times with a full stop', async ({
	page,
	loginAs,
	baseURL,
}) => {
	test.setTimeout(120_000);
	const id = await vestlandGathering({ capacity: 2 });

	// Nynorsk registration: every error in one round, focus on the summary.
	await page.goto(`/nn/samlinger/${id}/meld-pa`);
	await page.getByRole('button', { name: 'Meld meg på' }).click();
	const summary = page.getByTestId('error-summary');
	await expect(summary).toBeFocused();
	for (const message of [
		'Skriv namnet ditt.',
		'Skriv e-postadressa di.',
		'Vel NAV-kontor, eller skriv namnet på organisasjonen din.',
		'Skriv rolla di.',
		'Du må samtykkje for å melde deg på.',
	]) {
		await expect(summary).toContainText(message);
	}
	await expectAccessible(page);

	// Bokmål personal page: a too long text names the limit and the length.
	const { path } = await registered(id, 'ord', 'nb', baseURL!);
	await page.goto(path);
	await page.getByLabel(/Diett og allergier/).fill('x'.repeat(5000));
	await page.getByRole('button', { name: 'Lagre' }).click();
	await expect(page.getByTestId('error-summary')).toContainText(/Høyst 300 tegn \(nå 5\s000\)\./);
	await expectAccessible(page);

	// The gathering page: counts in the right form and times written "09.00".
	await page.goto(`/samlinger/${id}`);
	await expect(page.getByTestId('seats')).toContainText('1 ledig plass');
	await expect(page.getByTestId('seats')).toContainText(/kl\. \d\d\.\d\d/);

	// A coordinator: a registration deadline after the start is refused; a past date is warned about.
	await loginAs('coordinator');
	await page.goto(`/nn/admin/samlinger/${id}`);
	const date = await page.getByLabel('Dato').inputValue();
	await page.getByLabel('Påmeldingsfrist').fill(`${date}T10:00`);
	await page.getByRole('button', { name: 'Lagre', exact: true }).click();
	await expect(page.getByTestId('error-summary')).toContainText(
		'Påmeldingsfristen må vere før samlinga startar.',
	);
	const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
	await page.getByLabel('Dato').fill(yesterday);
	await page
		.getByLabel('Påmeldinga opnar')
		.fill(`${new Date(Date.now() - 5 * 86_400_000).toISOString().slice(0, 10)}T08:00`);
	await page
		.getByLabel('Påmeldingsfrist')
		.fill(`${new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10)}T08:00`);
	await page.getByRole('button', { name: 'Lagre', exact: true }).click();
	await expect(page.getByTestId('past-warning')).toContainText('som har passert');
	await expectAccessible(page);
});

test('an evaluation cannot be sent before the gathering has ended; the error summary names each unanswered question', async ({
	page,
	browser,
	loginAs,
}) => {
	test.setTimeout(120_000);
	const id = await vestlandGathering();
	const db = await e2eDb();
	const surveyId = (await createSurvey(db, id, 'evaluation'))!;
	await loginAs('coordinator');
	await page.goto(`/admin/samlinger/${id}/undersokingar/${surveyId}`);
	await page.getByRole('button', { name: 'Åpne undersøkelsen' }).click();
	await expect(page.getByTestId('not-ended')).toContainText(
		'Lenkene til evalueringen kan sendes når samlingen er slutt',
	);
	await expect(page.getByRole('button', { name: /Send lenkene/ })).toHaveCount(0);
	await expectAccessible(page);
	// Answering through the open link with nothing filled in: each required question is named.
	await page.getByRole('button', { name: 'Slå på åpen lenke' }).click();
	await expect(page.getByTestId('notice')).toContainText('Den åpne lenken er slått på.');
	const code = (await db.query.surveys.findFirst({ where: eq(surveys.id, surveyId) }))!.openCode!;
	const visitor = await (await browser.newContext()).newPage();
	await visitor.goto(`/nn/undersoking/skjerm/${code}`);
	await visitor.getByRole('button', { name: 'Send svara' }).click();
	const items = visitor.getByTestId('error-summary').getByRole('listitem');
	await expect(items.first()).toContainText(
		'1. Var denne nettverkssamlinga nyttig for deg?: Svar på dette spørsmålet.',
	);
	const texts = await items.allTextContents();
	expect(new Set(texts).size).toBe(texts.length);
	await expectAccessible(visitor);
	await visitor.context().close();
});

test('a gathering in both languages: the other language falls back with a notice until a translation is given', async ({
	page,
	loginAs,
}) => {
	test.setTimeout(120_000);
	const id = await vestlandGathering();
	const db = await e2eDb();
	await db
		.update(gatherings)
		.set({
			language: 'nn',
			title: `Fagdag om KVP ${unique}`,
			description: 'Erfaringsutveksling og fagleg påfyll.',
		})
		.where(eq(gatherings.id, id));
	await db.insert(programmeItems).values({
		id: `${id}-p1`,
		gatheringId: id,
		startTime: '09:00',
		endTime: '10:00',
		title: 'Velkomen og regelverket',
		kind: 'talk',
	});

	// Bokmål page, nynorsk text: shown with a notice and marked as nynorsk.
	await page.goto(`/samlinger/${id}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Fagdag om KVP ${unique}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'nn');
	await expect(page.getByTestId('language-fallback')).toContainText(
		'Denne samlingen er bare beskrevet på nynorsk.',
	);
	await expect(page.getByTestId('programme')).toContainText('09.00–10.00');
	await expectAccessible(page);

	// The coordinator gives the bokmål title, description and programme title.
	await loginAs('coordinator');
	await page.goto(`/nn/admin/samlinger/${id}`);
	await expect(page.getByLabel('Språket tittel, skildring og program er skrivne på')).toHaveValue(
		'nn',
	);
	await page.getByText('Tittel og skildring på det andre språket').click();
	await page.getByLabel(/Tittel på det andre språket/).fill(`Fagdag om KVP ${unique} (bokmål)`);
	await page
		.getByLabel(/Skildring på det andre språket/)
		.fill('Erfaringsutveksling og faglig påfyll.');
	await page.getByRole('button', { name: 'Lagre', exact: true }).click();
	await expect(page.getByTestId('notice')).toContainText('Samlinga er lagra.');
	await page.getByRole('link', { name: 'Endre kl. 09.00 Velkomen og regelverket' }).click();
	await page
		.getByRole('form', { name: /Endre:/ })
		.getByLabel(/Innhald på det andre språket/)
		.fill('Velkommen og regelverket');
	await page
		.getByRole('form', { name: /Endre:/ })
		.getByRole('button', { name: 'Lagre' })
		.click();
	await expect(page.getByTestId('notice')).toContainText('Programmet er oppdatert.');
	await expectAccessible(page);

	await page.goto(`/samlinger/${id}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		`Fagdag om KVP ${unique} (bokmål)`,
	);
	await expect(page.getByTestId('language-fallback')).toHaveCount(0);
	await expect(page.getByText('Erfaringsutveksling og faglig påfyll.')).toBeVisible();
	await expect(page.getByTestId('programme')).toContainText('Velkommen og regelverket');
	await page.goto(`/nn/samlinger/${id}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Fagdag om KVP ${unique}`);
	await expect(page.getByTestId('programme')).toContainText('Velkomen og regelverket');
	await expect(page.getByTestId('language-fallback')).toHaveCount(0);
});

test('survey results fit a 390-pixel phone, and the projector view shows the address above the fold at 1080p', async ({
	page,
	loginAs,
}) => {
	test.setTimeout(120_000);
	await loginAs('coordinator');
	const results = '/admin/samlinger/samling-2019-09-19/undersokingar/undersoking-2019-09-19';
	for (const path of [`${results}/resultat`, `/nn${results}/resultat`]) {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(path);
		await expect(page.getByTestId('question-result').first()).toBeVisible();
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			390,
		);
		// The charts keep readable text: drawn at least 34rem wide, scrolling inside their own box.
		const chartWidth = await page
			.locator('.kvp-chart svg')
			.first()
			.evaluate((el) => el.getBoundingClientRect().width);
		expect(chartWidth).toBeGreaterThanOrEqual(34 * 16 - 1);
		await expectAccessible(page);
	}
	await page.goto(`${results}/resultat`);
	await page.screenshot({ path: 'docs/screenshots/undersoking-resultat-390.png' });

	// The projector: the open link switched on, then the screen view at 1920×1080.
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto(results);
	await page.getByRole('button', { name: 'Slå på åpen lenke' }).click();
	await expect(page.getByTestId('notice')).toContainText('Den åpne lenken er slått på.');
	await page.setViewportSize({ width: 1920, height: 1080 });
	for (const lang of ['', '/nn']) {
		await page.goto(`${lang}${results}/skjerm`);
		await expect(page.getByRole('banner')).toHaveCount(0);
		await expect(page.getByRole('navigation')).toHaveCount(0);
		const link = page.getByTestId('screen-link');
		await expect(link).toContainText('/undersoking/skjerm/');
		const box = (await link.boundingBox())!;
		expect(box.y + box.height).toBeLessThanOrEqual(1080);
		await expectAccessible(page);
	}
	await page.goto(`${results}/skjerm`);
	await page.screenshot({ path: 'docs/screenshots/undersoking-skjerm-1080p.png' });
});
