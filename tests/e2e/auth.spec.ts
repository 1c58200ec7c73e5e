import { and, eq } from 'drizzle-orm';
import { outbox } from '#db/schema/index.ts';
import { e2eDb, expect, expectAccessible, test } from './fixtures.ts';

const unique = () => `${Date.now()}-${Math.random().toString(36).slice(2, 7)}`;

test('sign up, log out, log in, and reset the password through the outbox', async ({
	page,
	browser,
}) => {
	// A long journey (sign-up, activation, log in, reset) with argon2 at each step: slow on a busy CI machine.
	test.setTimeout(240_000);
	const email = `ny.brukar.${unique()}@example.no`;
	await page.goto('/registrer');
	await expectAccessible(page);
	await page.getByLabel('Navn', { exact: true }).fill('Nora Nybrukar');
	await page.getByLabel('E-postadresse').fill(email);
	await page.getByLabel('NAV-kontor').selectOption({ label: 'NAV Voss' });
	await page.getByLabel('Passord').fill('eit langt og godt passord');
	await page.getByRole('button', { name: 'Opprett konto' }).click();
	// The same answer whether or not the address had an account; the mailed link activates it.
	await expect(page.getByTestId('signup-sent')).toContainText(
		`Vi har sendt en e-post til ${email}.`,
	);
	await expectAccessible(page);
	const activation = await (
		await e2eDb()
	).query.outbox.findFirst({
		where: and(eq(outbox.to, email), eq(outbox.kind, 'account-activation')),
	});
	const activationLink = /https?:\/\/\S+\/ta-i-bruk\?token=\S+/.exec(activation!.text)![0];
	await page.goto(new URL(activationLink).pathname + new URL(activationLink).search);
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Ta i bruk kontoen' }).click();
	await expect(page).toHaveURL(/\/min-side\?ny/);
	await expect(page.getByTestId('signup-done')).toBeVisible();
	await expect(page.getByTestId('account-name')).toHaveText('Nora Nybrukar');
	await expectAccessible(page);

	await page.getByRole('button', { name: 'Logg ut' }).click();
	await expect(page.getByText('Du er logget ut.')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Logg inn' })).toBeVisible();

	await page.getByRole('link', { name: 'Logg inn' }).click();
	await expectAccessible(page);
	await page.getByLabel('E-postadresse').fill(email);
	await page.getByLabel('Passord').fill('feil passord');
	await page.getByRole('button', { name: 'Logg inn' }).click();
	await expect(page.getByTestId('form-error')).toContainText('Feil e-postadresse eller passord.');
	await expect(page.getByLabel('E-postadresse')).toHaveValue(email);
	await page.getByLabel('Passord').fill('eit langt og godt passord');
	await page.getByRole('button', { name: 'Logg inn' }).click();
	await expect(page.getByTestId('welcome')).toContainText('Nora Nybrukar');
	await page.getByRole('button', { name: 'Logg ut' }).click();

	// Forgotten password, in nynorsk.
	await page.goto('/nn/glemt-passord');
	await expectAccessible(page);
	await page.getByLabel('E-postadresse').fill(email);
	await page.getByRole('button', { name: 'Send lenkje' }).click();
	await expect(page.getByTestId('reset-sent')).toBeVisible();

	// Without SMTP the message waits in the outbox, where an admin reads it.
	const admin = await browser.newContext();
	const adminPage = await admin.newPage();
	await adminPage.goto('/logg-inn');
	await adminPage.getByLabel('E-postadresse').fill('admin@example.no');
	await adminPage.getByLabel('Passord').fill('kvp-demo-admin');
	await adminPage.getByRole('button', { name: 'Logg inn' }).click();
	await adminPage.goto(`/admin/epost?til=${encodeURIComponent(email)}`);
	await expectAccessible(adminPage);
	await adminPage.getByRole('link', { name: 'Nytt passord til KVP-nettverket' }).first().click();
	await expect(adminPage.getByTestId('mail-to')).toHaveText(email);
	await expectAccessible(adminPage);
	const link = await adminPage.getByTestId('mail-body').getByRole('link').getAttribute('href');
	await admin.close();
	expect(link).toMatch(/\/nn\/nytt-passord\?token=/);

	await page.goto(link!);
	await expectAccessible(page);
	await page.getByLabel('Nytt passord').fill('kort');
	await page.getByRole('button', { name: 'Lagre nytt passord' }).click();
	await expect(page.getByTestId('error-summary')).toContainText('Passordet må ha minst 12 teikn.');
	await page.getByLabel('Nytt passord').fill('eit heilt nytt passord');
	await page.getByRole('button', { name: 'Lagre nytt passord' }).click();
	await expect(page.getByTestId('reset-done')).toBeVisible();

	// The link works once.
	const again = await page.goto(link!);
	expect(again?.status()).toBe(410);
	await expect(page.getByTestId('reset-problem')).toContainText('Denne lenkja er allereie brukt.');

	await page.goto('/nn/logg-inn');
	await page.getByLabel('E-postadresse').fill(email);
	await page.getByLabel('Passord').fill('eit heilt nytt passord');
	await page.getByRole('button', { name: 'Logg inn' }).click();
	await expect(page.getByTestId('welcome')).toContainText('Velkomen, Nora Nybrukar.');
});

test.describe('sign-up without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('names every bad field, keeps what was typed except the password, and saves nothing', async ({
		page,
	}) => {
		await page.goto('/nn/registrer');
		await page.getByLabel('Namn', { exact: true }).fill('Per Prøve');
		await page.getByLabel('E-postadresse').fill('ikkje-ei-adresse');
		await page.getByLabel('Passord').fill('kort');
		const [response] = await Promise.all([
			page.waitForResponse((r) => r.request().method() === 'POST'),
			page.getByRole('button', { name: 'Opprett konto' }).click(),
		]);
		expect(response.status()).toBe(400);
		const summary = page.getByTestId('error-summary');
		await expect(summary).toContainText('Skriv ei gyldig e-postadresse');
		await expect(summary).toContainText('Passordet må ha minst 12 teikn.');
		await expect(summary).toContainText(
			'Vel NAV-kontor, eller skriv namnet på organisasjonen din.',
		);
		await expect(page.getByLabel('Namn', { exact: true })).toHaveValue('Per Prøve');
		await expect(page.getByLabel('E-postadresse')).toHaveValue('ikkje-ei-adresse');
		await expect(page.getByLabel('Passord')).toHaveValue('');
		await expect(page.getByLabel('E-postadresse')).toHaveAttribute('aria-invalid', 'true');
	});

	test('answers an address that already has an account as any other, and mails its owner', async ({
		page,
	}) => {
		await page.goto('/registrer');
		await page.getByLabel('Navn', { exact: true }).fill('Dobbel Deltakar');
		await page.getByLabel('E-postadresse').fill('deltakar@example.no');
		await page.getByLabel('Annen organisasjon (valgfritt)').fill('Sosialtjenesten i Testby');
		await page.getByLabel('Passord').fill('eit langt og godt passord');
		const [response] = await Promise.all([
			page.waitForResponse((r) => r.request().method() === 'POST'),
			page.getByRole('button', { name: 'Opprett konto' }).click(),
		]);
		expect(response.status()).toBe(200);
		await expect(page.getByTestId('signup-sent')).toContainText(
			'Vi har sendt en e-post til deltakar@example.no.',
		);
		const note = await (
			await e2eDb()
		).query.outbox.findFirst({
			where: and(eq(outbox.to, 'deltakar@example.no'), eq(outbox.kind, 'account-exists')),
		});
		expect(note?.subject).toBe('Du har allerede en konto i KVP-nettverket');
	});
});

test('the three demo accounts log in and see their roles', async ({ browser }) => {
	const accounts = [
		['admin@example.no', 'kvp-demo-admin', 'Administrator'],
		[
			'koordinator.vestland@example.no',
			'kvp-demo-koordinator',
			'Koordinator for KVP-nettverket i Vestland',
		],
		['deltakar@example.no', 'kvp-demo-deltakar', 'Deltaker'],
	];
	for (const [email, password, role] of accounts) {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto('/logg-inn');
		await page.getByLabel('E-postadresse').fill(email!);
		await page.getByLabel('Passord').fill(password!);
		await page.getByRole('button', { name: 'Logg inn' }).click();
		await page.goto('/min-side');
		await expect(page.getByTestId('account-roles')).toContainText(role!);
		await context.close();
	}
});

test('a participant opening an admin page gets a 403 page in Norwegian', async ({
	page,
	loginAs,
}) => {
	await loginAs('participant');
	const nb = await page.goto('/admin/brukere');
	expect(nb?.status()).toBe(403);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ingen tilgang');
	await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
	await expectAccessible(page);
	const nn = await page.goto('/nn/admin/epost');
	expect(nn?.status()).toBe(403);
	await expect(page.getByText('Du har ikkje tilgang til denne sida.')).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
});

test('a forged or tampered session cookie logs the user out cleanly', async ({
	page,
	context,
	baseURL,
	loginAs,
}) => {
	await loginAs('participant');
	const [cookie] = await context.cookies();
	const tampered = cookie!.value.slice(0, -2) + (cookie!.value.endsWith('AA') ? 'BB' : 'AA');
	await context.clearCookies();
	await context.addCookies([{ name: cookie!.name, value: tampered, url: baseURL! }]);
	const response = await page.goto('/');
	expect(response?.status()).toBe(200);
	await expect(page.getByRole('link', { name: 'Logg inn' })).toBeVisible();
	// The bad cookie is cleared.
	expect((await context.cookies()).find((c) => c.name === 'kvp_session')).toBeUndefined();
	await context.addCookies([{ name: cookie!.name, value: 'not-a-token', url: baseURL! }]);
	expect((await page.goto('/min-side'))?.url()).toContain('/logg-inn?next=%2Fmin-side');
});

test('a form post from another origin is refused', async ({ request }) => {
	const response = await request.post('/logg-inn?_action=auth.login', {
		headers: { origin: 'https://evil.example' },
		form: { email: 'deltakar@example.no', password: 'kvp-demo-deltakar' },
	});
	expect(response.status()).toBe(403);
	expect(response.headers()['set-cookie'] ?? '').not.toContain('kvp_session=');
});

test('repeated failed logins are slowed down with a message that says how long to wait', async ({
	page,
}) => {
	await page.goto('/logg-inn');
	const email = `gjetting.${unique()}@example.no`;
	// Delays double from the fourth failure (1 s, 2 s, 4 s …), so typing soon outpaces them.
	let throttled = false;
	for (let i = 0; i < 12 && !throttled; i++) {
		await page.getByLabel('E-postadresse').fill(email);
		await page.getByLabel('Passord').fill(`gjett ${i}`);
		await page.getByRole('button', { name: 'Logg inn' }).click();
		throttled = ((await page.getByTestId('form-error').textContent()) ?? '').includes(
			'For mange mislykkede forsøk',
		);
	}
	expect(throttled).toBe(true);
	await expect(page.getByTestId('form-error')).toContainText(
		/Vent \d+ sekund(er)? før du prøver igjen/,
	);
	await expect(page.getByLabel('E-postadresse')).toHaveValue(email);
	await expectAccessible(page);
});
