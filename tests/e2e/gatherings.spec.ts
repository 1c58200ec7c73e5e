import { eq } from 'drizzle-orm';
import { outbox } from '#db/schema/index.ts';
import { e2eDb, expect, expectAccessible, test } from './fixtures.ts';
import type { Page } from '@playwright/test';

const unique = Date.now().toString(36);
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

async function registerAs(page: Page, gatheringPath: string, n: string) {
	await page.goto(`${gatheringPath}/meld-pa`);
	await page.getByLabel('Namn', { exact: true }).fill(`Testdeltakar ${n}`);
	await page.getByLabel('E-postadresse').fill(`deltakar.${n}.${unique}@example.no`);
	await page.getByLabel('NAV-kontor').selectOption({ label: 'NAV Askøy' });
	await page.getByLabel('Rolle').fill('KVP-rettleiar');
	await page.getByLabel(/Diett og allergiar/).fill('Nøtteallergi');
	await page.getByLabel(/Eg har lese personvernerklæringa/).check();
	await page.getByRole('button', { name: 'Meld meg på' }).click();
	await expect(page).toHaveURL(/\/nn\/pamelding\/[^/]+\?ny/);
	return page.url().replace(/\?ny$/, '');
}

async function mailsTo(address: string) {
	const db = await e2eDb();
	return db.query.outbox.findMany({ where: eq(outbox.to, address) });
}

test('a coordinator publishes a gathering; it fills, waitlists, promotes on cancellation; check-in and export', async ({
	page,
	browser,
	loginAs,
}) => {
	test.setTimeout(120_000);
	await loginAs('coordinator');

	// Create, with a bad closing time first: the form keeps what was typed.
	await page.goto('/nn/admin/samlinger/ny');
	await expectAccessible(page);
	await page.getByLabel('Tittel', { exact: true }).fill(`E2E-samling ${unique}`);
	await page.getByLabel('Dato').fill(inDays(30));
	await page.getByLabel('Startar kl.').fill('09:00');
	await page.getByLabel('Sluttar kl.').fill('15:00');
	await page.getByLabel('Stad', { exact: true }).fill('Statens hus');
	await page.getByLabel('Adresse').fill('Kaigaten 9');
	await page.getByLabel('Poststad').fill('Bergen');
	await page.getByLabel('Tal på plassar').fill('2');
	await page.getByLabel('Påmeldinga opnar').fill(`${inDays(-1)}T08:00`);
	await page.getByLabel('Påmeldingsfrist').fill(`${inDays(31)}T08:00`);
	await page.getByRole('button', { name: 'Lagre' }).click();
	await expect(page.getByTestId('error-summary')).toContainText(
		'Påmeldingsfristen må vere før samlinga startar.',
	);
	await expect(page.getByLabel('Tittel', { exact: true })).toHaveValue(`E2E-samling ${unique}`);
	await page.getByLabel('Påmeldingsfrist').fill(`${inDays(25)}T12:00`);
	await page.getByRole('button', { name: 'Lagre' }).click();
	await expect(page.getByTestId('notice')).toContainText('Samlinga er lagra.');
	const adminUrl = page.url().replace(/\?.*$/, '');
	const id = adminUrl.split('/').at(-1)!;

	// Programme: an item that ends before it starts, one that overlaps, then good ones.
	const addItem = async (start: string, end: string, title: string) => {
		await page.getByLabel('Frå', { exact: true }).fill(start);
		await page.getByLabel('Til', { exact: true }).fill(end);
		await page.getByLabel('Innhald', { exact: true }).fill(title);
		await page.getByRole('button', { name: 'Legg til programpost' }).click();
	};
	await addItem('10:00', '09:30', 'Feil');
	await expect(page.getByTestId('error-summary')).toContainText(
		'Programposten må slutte etter at han startar.',
	);
	await addItem('09:00', '09:15', 'Velkommen');
	await expect(page.getByTestId('programme-admin')).toContainText('09.00–09.15 Velkommen');
	await addItem('09:10', '10:00', 'Overlapp');
	await expect(page.getByTestId('error-summary')).toContainText(
		'Overlappar med 09.00–09.15 Velkommen',
	);
	await addItem('09:15', '10:15', 'Regelverket i KVP');
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Publiser' }).click();
	await expect(page.getByTestId('gathering-status')).toContainText('Publisert');

	// Three people register without an account; the third waits at place 1.
	const gatheringPath = `/nn/samlinger/${id}`;
	const visitor = await browser.newContext();
	const v = await visitor.newPage();
	await v.goto(gatheringPath);
	await expect(v.getByTestId('programme')).toContainText('Regelverket i KVP');
	await expect(v.getByTestId('seats')).toContainText('2 ledige plassar');
	await expectAccessible(v);
	await v.goto(`${gatheringPath}/meld-pa`);
	await expectAccessible(v);
	const first = await registerAs(v, gatheringPath, `a${unique}`);
	await expect(v.getByTestId('registered')).toContainText('Takk! Du er påmeld.');
	await expectAccessible(v);
	const mails = await mailsTo(`deltakar.a${unique}.${unique}@example.no`);
	expect(mails[0]?.subject).toBe(`Påmeld: E2E-samling ${unique}`);
	expect(mails[0]?.attachments[0]?.filename).toBe('samling.ics');
	expect(mails[0]?.attachments[0]?.content).toContain('BEGIN:VEVENT');
	expect(mails[0]?.text).toContain(first.replace(/^https?:\/\/[^/]+/, ''));

	await registerAs(v, gatheringPath, `b${unique}`);
	const third = await registerAs(v, gatheringPath, `c${unique}`);
	await expect(v.getByTestId('registered')).toContainText('venteliste som nummer 1');
	// Registering twice changes nothing and tells a stranger only that the personal link was sent.
	await v.goto(`${gatheringPath}/meld-pa`);
	await v.getByLabel('Namn', { exact: true }).fill('Same person');
	await v.getByLabel('E-postadresse').fill(`deltakar.b${unique}.${unique}@example.no`);
	await v.getByLabel('Anna organisasjon (valfritt)').fill('X');
	await v.getByLabel('Rolle').fill('Y');
	await v.getByLabel(/Eg har lese personvernerklæringa/).check();
	await v.getByRole('button', { name: 'Meld meg på' }).click();
	await expect(v.getByTestId('link-sent')).toContainText(
		`Vi har sendt den personlege lenkja for påmeldinga til deltakar.b${unique}.${unique}@example.no.`,
	);
	await expect(v.getByText('venteliste')).toHaveCount(0);

	// The first cancels through the personal link; the third is promoted and told.
	await v.goto(first);
	await v.getByRole('button', { name: 'Meld meg av' }).click();
	await v.getByRole('button', { name: 'Ja, meld meg av' }).click();
	await expect(v.getByTestId('cancelled')).toBeVisible();
	await v.goto(third);
	await expect(v.getByTestId('registration-status')).toContainText(
		`Du er påmeld E2E-samling ${unique}.`,
	);
	const promoted = await mailsTo(`deltakar.c${unique}.${unique}@example.no`);
	expect(promoted.map((m) => m.subject)).toContain(`Du har fått plass: E2E-samling ${unique}`);
	// A tampered link shows a clear message.
	const tampered = await v.goto(third.slice(0, -4) + 'AAAA');
	expect(tampered?.status()).toBe(404);
	await expect(v.getByTestId('manage-invalid')).toBeVisible();
	await visitor.close();

	// The coordinator: capacity below the confirmed is refused; lists, check-in, exports.
	await page.goto(adminUrl);
	await page.getByLabel('Tal på plassar').fill('1');
	await page.getByRole('button', { name: 'Lagre', exact: true }).click();
	await expect(page.getByTestId('error-summary')).toContainText('Det er allereie 2 påmelde.');
	await page.goto(`${adminUrl}/deltakarar`);
	await expectAccessible(page);
	await expect(page.getByTestId('participants-confirmed')).toContainText(`Testdeltakar b${unique}`);
	await expect(page.getByTestId('participants-confirmed')).toContainText(`Testdeltakar c${unique}`);
	await expect(page.getByTestId('participants-cancelled')).toContainText(`Testdeltakar a${unique}`);
	await expect(page.getByTestId('lunches')).toContainText('Lunsj: 2');

	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto(`${adminUrl}/innsjekk`);
	await page.getByLabel('Søk på namn').fill(`b${unique}`);
	await page.getByRole('button', { name: 'Søk' }).click();
	await page.getByRole('button', { name: `Sjekk inn Testdeltakar b${unique}` }).click();
	await expect(page.getByTestId('checkin-notice')).toContainText(
		`Testdeltakar b${unique} er sjekka inn.`,
	);
	await expect(page.getByTestId('checkin-count')).toContainText('1 av 2 har møtt.');
	await expectAccessible(page);
	await page.getByRole('button', { name: `Angre Testdeltakar b${unique}` }).click();
	await expect(page.getByTestId('checkin-count')).toContainText('0 av 2 har møtt.');
	await page.getByRole('button', { name: `Sjekk inn Testdeltakar b${unique}` }).click();

	const csv = await page.request.get(`/api/samlinger/${id}/deltakarar.csv?lang=nn`);
	expect(csv.headers()['content-type']).toContain('text/csv');
	const text = await csv.text();
	expect(text).toContain('Status;Plass på venteliste;Namn;E-post');
	expect(text).toMatch(new RegExp(`Påmeld;;Testdeltakar b${unique};.*;Ja\\r\\n`));
	const xlsx = await page.request.get(`/api/samlinger/${id}/deltakarar.xlsx`);
	expect((await xlsx.body()).subarray(0, 2).toString()).toBe('PK');
});

test('registration is closed after the deadline, with a clear message', async ({ page }) => {
	const response = await page.goto('/samlinger/samling-2019-09-19/meld-pa');
	expect(response?.status()).toBe(403);
	await expect(page.getByTestId('registration-closed')).toContainText('Påmeldingen er stengt.');
	await expectAccessible(page);
});

test('the gathering list filters by network, and a network has a calendar feed', async ({
	page,
	request,
}) => {
	await page.goto('/samlinger');
	await expectAccessible(page);
	await page
		.getByLabel('Nettverk', { exact: true })
		.selectOption({ label: 'KVP-nettverket i Vestland' });
	await page.getByRole('button', { name: 'Vis' }).click();
	await expect(page).toHaveURL(/nettverk=vestland/);
	await expect(page.getByTestId('gatherings-past')).toContainText(
		'Nettverkssamling om kvalifiseringsprogrammet',
	);
	const feed = await request.get('/api/nettverk/vestland/samlingar.ics');
	expect(await feed.text()).toMatch(
		/BEGIN:VCALENDAR[\s\S]*SUMMARY:Samling om kvalifiseringsprogrammet i Førde/,
	);
});
