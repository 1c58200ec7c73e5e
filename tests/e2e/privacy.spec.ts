import { eq } from 'drizzle-orm';
import { users } from '#db/schema/index.ts';
import { createGathering, TEST_PASSWORD } from '../factories.ts';
import { syntheticNumber } from '#lib/confidentiality/fixtures/synthetic-numbers.ts';
import { e2eDb, expect, expectAccessible, test } from './fixtures.ts';

test('the privacy notice names the controller, the legal basis, the retention, the rights and Datatilsynet, in both languages, with a technical page', async ({
	page,
}) => {
	await page.goto('/personvern');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Personvernerklæring');
	await expect(page.getByTestId('controller')).toContainText('Statsforvalteren');
	await expect(page.getByTestId('controller')).toContainText(
		'personvernombudet hos statsforvalteren',
	);
	await expect(
		page.getByRole('cell', { name: /Bokstav e: en oppgave i allmennhetens interesse/ }),
	).toBeVisible();
	await expect(page.getByRole('cell', { name: '14 dager etter samlingen' })).toBeVisible();
	await expect(page.getByText('Protest:')).toBeVisible();
	await expect(page.getByRole('link', { name: 'datatilsynet.no' })).toHaveAttribute(
		'href',
		'https://www.datatilsynet.no/',
	);
	await expectAccessible(page);
	await page.getByRole('link', { name: /Teknisk beskrivelse for IT/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Personvern – teknisk beskrivelse',
	);
	await expectAccessible(page);

	await page.goto('/nn/personvern');
	await expect(page.getByRole('heading', { name: 'Klage til Datatilsynet' })).toBeVisible();
	await expect(page.getByTestId('controller')).toContainText(
		'personvernombodet hos statsforvaltaren',
	);
	await expect(page.getByRole('cell', { name: '14 dagar etter samlinga' })).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('link', { name: /Teknisk skildring for IT/ }).click();
	await expect(page).toHaveURL(/\/nn\/personvern\/teknisk$/);
	await expectAccessible(page);
});

test('an identity number pasted as Word writes it is caught as it is typed and by the server, in the diet field, and nothing typed is lost', async ({
	page,
}) => {
	const db = await e2eDb();
	const { id } = await createGathering(db, { startsInDays: 20 });
	const fnr = syntheticNumber(15, 3, 94);
	const pasted = `Allergi, sjå ${fnr.slice(0, 6)}\u00A0${fnr.slice(6)}`;
	await page.goto(`/nn/samlinger/${id}/meld-pa`);
	await page.getByLabel('Namn', { exact: true }).fill('Vera Vaktsam');
	await page.getByLabel('E-postadresse').fill(`vera.${Date.now()}@example.no`);
	await page.getByLabel(/Anna organisasjon/).fill('Sosialkontoret');
	await page.getByLabel('Rolle').fill('KVP-rettleiar');
	const diet = page.getByLabel(/Diett og allergiar/);
	await diet.fill(pasted);
	await expect(page.locator('#field-diet-error')).toContainText('fødselsnummer eller D-nummer');
	await expect(diet).toHaveAttribute('aria-invalid', 'true');
	await page.getByLabel(/Eg har lese personvernerklæringa/).check();
	await page.getByRole('button', { name: 'Meld meg på' }).click();
	await expect(page.getByTestId('error-summary')).toContainText('teieplikta');
	await expect(page.getByLabel('Namn', { exact: true })).toHaveValue('Vera Vaktsam');
	await expect(page.getByLabel(/Diett og allergiar/)).toHaveValue(pasted);
	await expectAccessible(page);
});

test('an account holder downloads their data and deletes the account after confirming', async ({
	page,
	loginAs,
}) => {
	const user = await loginAs('participant');
	await page.goto('/min-side');
	const download = await page.request.get('/api/min-side/data.json?lang=nb');
	expect(download.headers()['content-disposition']).toContain('attachment');
	expect(await download.json()).toMatchObject({ konto: { 'e-post': user.email } });

	await page.getByLabel('Passordet ditt').fill(TEST_PASSWORD);
	await page.getByRole('button', { name: 'Slett kontoen' }).click();
	await expect(page.getByTestId('error-summary')).toContainText('Kryss av for at du forstår');
	await expectAccessible(page);
	await page.getByLabel('Passordet ditt').fill('feil passord');
	await page.getByLabel('Jeg forstår at kontoen slettes for godt').check();
	await page.getByRole('button', { name: 'Slett kontoen' }).click();
	await expect(page.getByTestId('error-summary')).toBeVisible();
	const db = await e2eDb();
	expect(await db.$count(users, eq(users.id, user.id))).toBe(1);

	await page.getByLabel('Passordet ditt').fill(TEST_PASSWORD);
	await page.getByLabel('Jeg forstår at kontoen slettes for godt').check();
	await page.getByRole('button', { name: 'Slett kontoen' }).click();
	await expect(page).toHaveURL(/\/logg-inn\?konto-sletta/);
	await expect(page.getByTestId('account-deleted')).toContainText('Kontoen din er slettet.');
	await expectAccessible(page);
	expect(await db.$count(users, eq(users.id, user.id))).toBe(0);
	await page.goto('/min-side');
	await expect(page).toHaveURL(/\/logg-inn/);
});
