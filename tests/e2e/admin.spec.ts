/**
 * Administration (issue 14): networks and offices, inviting a coordinator by e-mail, the admin
 * role, deactivating and deleting accounts, and the audit log, in bokmål and nynorsk, with axe on
 * every new page and state.
 */
import { and, eq } from 'drizzle-orm';
import { outbox, users } from '#db/schema/index.ts';
import { createUser, TEST_PASSWORD } from '../factories.ts';
import { e2eDb, expect, expectAccessible, test } from './fixtures.ts';
import { createSession, SESSION_COOKIE } from '#lib/auth/session.server.ts';

// Many steps, each with axe, on a machine shared with other builds.
test.describe.configure({ timeout: 240_000 });

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** The link of the latest invitation mailed to the address, as a path on this site. */
async function invitationPath(email: string): Promise<string> {
	const mail = await (
		await e2eDb()
	).query.outbox.findFirst({
		where: and(eq(outbox.to, email), eq(outbox.kind, 'coordinator-invitation')),
	});
	const link = new URL(/https?:\/\/\S+\/invitasjon\?token=\S+/.exec(mail!.text)![0]);
	return link.pathname + link.search;
}

test('an admin creates a network and edits its name, county governor and offices (bokmål)', async ({
	page,
	request,
	loginAs,
}) => {
	await loginAs('admin');
	await page.goto('/admin');
	await page.getByRole('link', { name: 'Nettverk og roller' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nettverk og roller');
	await expect(page.getByTestId('roles-table')).toContainText('Vestland');
	await expectAccessible(page);

	await page.getByRole('button', { name: 'Opprett nettverket' }).click();
	await expect(page.getByTestId('error-summary')).toContainText('Skriv navnet på nettverket.');
	await expect(page.getByTestId('error-summary')).toContainText(
		'Skriv hvilken statsforvalter som driver nettverket.',
	);
	await expectAccessible(page);

	const name = `Testnett ${unique()}`;
	await page.getByLabel('Navn på nettverket').fill(name);
	await page.getByLabel('Statsforvalteren som driver nettverket').fill('Statsforvalteren i Test');
	await page.getByRole('button', { name: 'Opprett nettverket' }).click();
	await expect(page.getByTestId('network-created')).toContainText(
		`Nettverket ${name} er opprettet.`,
	);
	await expectAccessible(page);
	await page.getByTestId('network-created').getByRole('link').click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Rediger ${name}`);
	await expectAccessible(page);

	await page.getByLabel('Navn på nettverket').fill(`${name} nord`);
	await page.getByLabel('Statsforvalteren som driver nettverket').fill('Statsforvalteren i Nord');
	await page.getByRole('button', { name: 'Lagre nettverket' }).click();
	await expect(page.getByTestId('network-changed')).toContainText('Nettverket er lagret.');
	await expect(page.getByLabel('Statsforvalteren som driver nettverket')).toHaveValue(
		'Statsforvalteren i Nord',
	);

	const office = page.locator('#new-office-name');
	await page.getByRole('button', { name: 'Legg til NAV-kontor' }).click();
	await expect(page.locator('#new-office-name-error')).toContainText(
		'Skriv navnet på NAV-kontoret.',
	);
	await expectAccessible(page);
	await office.fill('NAV Testvik');
	await page.locator('#new-office-municipalities').fill('Testvik, Prøveøy');
	await page.getByRole('button', { name: 'Legg til NAV-kontor' }).click();
	await expect(page.getByTestId('network-changed')).toContainText('NAV-kontoret er lagt til.');
	const row = page.locator('[data-office="nav-testvik"]');
	await expect(row.getByLabel('Kommuner kontoret dekker')).toHaveValue('Testvik, Prøveøy');
	await row.getByLabel('Kommuner kontoret dekker').fill('Testvik');
	await row.getByRole('button', { name: 'Lagre NAV Testvik' }).click();
	await expect(page.getByTestId('network-changed')).toContainText('NAV-kontoret er lagret.');
	await expect(row.getByLabel('Kommuner kontoret dekker')).toHaveValue('Testvik');

	// Removing asks first.
	await row.getByRole('button', { name: 'Fjern NAV Testvik' }).click();
	await expect(page.getByTestId('confirm-fjern-nav-testvik')).toContainText(
		'Vil du fjerne NAV Testvik fra nettverket?',
	);
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Ja, fjern kontoret' }).click();
	await expect(page.getByTestId('network-changed')).toContainText('NAV-kontoret er fjernet.');
	await expect(page.locator('[data-office="nav-testvik"]')).toHaveCount(0);

	// A network with no offices offers nothing to choose on the sign-up form (no empty group).
	const signup = await (await request.get('/registrer')).text();
	expect(signup).toContain('<optgroup label="KVP-nettverket i Vestland"');
	expect(signup).not.toContain(`<optgroup label="${name} nord"`);
});

test('a network is edited in nynorsk, and its offices keep their figures', async ({
	page,
	loginAs,
}) => {
	await loginAs('admin');
	await page.goto('/nn/admin/nettverk/vestland');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Rediger KVP-nettverket i Vestland',
	);
	await expectAccessible(page);
	await page.getByLabel('Namnet på nettverket').fill('');
	await page.getByRole('button', { name: 'Lagre nettverket' }).click();
	await expect(page.getByTestId('error-summary')).toContainText('Skriv namnet på nettverket.');
	await expectAccessible(page);
	await page.getByLabel('Namnet på nettverket').fill('KVP-nettverket i Vestland');
	await page.getByRole('button', { name: 'Lagre nettverket' }).click();
	await expect(page.getByTestId('network-changed')).toContainText('Nettverket er lagra.');

	// NAV Alver has participant figures: removing it would delete them, so it stays.
	const alver = page.locator('[data-office="nav-alver"]');
	await alver.getByRole('button', { name: /^Fjern NAV Alver/ }).click();
	await page.getByRole('button', { name: 'Ja, fjern kontoret' }).click();
	await expect(page.getByTestId('network-error')).toContainText('Kontoret har deltakartal');
	await expect(page.locator('[data-office="nav-alver"]')).toHaveCount(1);
	await expectAccessible(page);
});

test('an invited person without an account becomes a coordinator (nynorsk e-mail)', async ({
	page,
	browser,
	loginAs,
}) => {
	await loginAs('admin');
	const email = `invitert.${unique()}@example.no`;
	await page.goto('/admin/nettverk/sore-sunnmore');
	await page.getByLabel('E-postadresse').fill('ikkje ei adresse');
	await page.getByRole('button', { name: 'Send invitasjonen' }).click();
	await expect(page.locator('#invite-email-error')).not.toBeEmpty();
	await expectAccessible(page);
	await page.getByLabel('E-postadresse').fill(email);
	await page.getByLabel('Språk i e-posten').selectOption('nn');
	await page.getByRole('button', { name: 'Send invitasjonen' }).click();
	await expect(page.getByTestId('network-changed')).toContainText(
		'Invitasjonen er lagt i utboksen.',
	);
	await expectAccessible(page);

	const path = await invitationPath(email);
	expect(path.startsWith('/nn/invitasjon?token=')).toBe(true);
	const invitee = await (await browser.newContext()).newPage();
	await invitee.goto(path);
	await expect(invitee.getByRole('heading', { level: 1 })).toHaveText(
		'Invitasjon til å bli koordinator',
	);
	await expectAccessible(invitee);
	await invitee.getByRole('button', { name: 'Bli koordinator' }).click();
	await expect(invitee.getByTestId('error-summary')).toContainText('Skriv namnet ditt.');
	await expectAccessible(invitee);
	await invitee.getByLabel('Namn', { exact: true }).fill('Ingrid Invitert');
	await invitee.getByLabel('Passord').fill('eit langt og godt passord');
	await invitee.getByRole('button', { name: 'Bli koordinator' }).click();
	await expect(invitee.getByTestId('invitation-accepted')).toContainText(
		'Du er no koordinator for KVP-nettverket på Søre Sunnmøre.',
	);
	await expectAccessible(invitee);
	await invitee.getByRole('link', { name: 'Gå til administrasjonen' }).click();
	await expect(
		invitee.getByRole('heading', { name: 'KVP-nettverket på Søre Sunnmøre', level: 2 }),
	).toBeVisible();

	// The link works once.
	await invitee.goto(path);
	await expect(invitee.getByTestId('invitation-problem')).toContainText('ikkje gyldig');
	await invitee.context().close();
});

test('an invitation to an existing account asks its owner to log in, then grants the role (bokmål)', async ({
	page,
	browser,
	loginAs,
}) => {
	await loginAs('admin');
	const db = await e2eDb();
	const owner = await createUser(db, { name: 'Olav Eksisterande' });
	await page.goto('/admin/nettverk/sore-sunnmore');
	await page.getByLabel('E-postadresse').fill(owner.email);
	await page.getByRole('button', { name: 'Send invitasjonen' }).click();
	await expect(page.getByTestId('network-changed')).toContainText(
		'Invitasjonen er lagt i utboksen.',
	);

	const invitee = await (await browser.newContext()).newPage();
	await invitee.goto(await invitationPath(owner.email));
	await expect(invitee.getByText('Du har allerede en konto. Logg inn')).toBeVisible();
	await expectAccessible(invitee);
	await invitee.getByRole('main').getByRole('link', { name: 'Logg inn' }).click();
	await invitee.getByLabel('E-postadresse').fill(owner.email);
	await invitee.getByLabel('Passord').fill(TEST_PASSWORD);
	await invitee.getByRole('button', { name: 'Logg inn' }).click();
	await expect(invitee).toHaveURL(/\/invitasjon\?token=/);
	await invitee.getByRole('button', { name: 'Bli koordinator' }).click();
	await expect(invitee.getByTestId('invitation-accepted')).toContainText(
		'Du er nå koordinator for KVP-nettverket på Søre Sunnmøre.',
	);
	await invitee.context().close();
});

test('admin role, deactivation and deletion, asked first and seen in the audit log', async ({
	page,
	browser,
	loginAs,
}) => {
	const admin = await loginAs('admin');
	const db = await e2eDb();
	const adminName = (await db.query.users.findFirst({ where: eq(users.id, admin.id) }))!.name;
	// "Aa…" sorts first, so the person stays on the list when the page reloads without the search.
	const personName = `Aase Aabel ${unique()}`;
	const person = await createUser(db, { name: personName });
	const other = await browser.newContext();
	await other.addCookies([
		{
			name: SESSION_COOKIE,
			value: (await createSession(db, person.id)).token,
			url: test.info().project.use.baseURL!,
			httpOnly: true,
			sameSite: 'Lax',
		},
	]);
	const theirs = await other.newPage();
	await theirs.goto('/min-side');
	await expect(theirs.getByRole('heading', { level: 1 })).toHaveText('Min side');

	const row = () => page.locator(`tr[data-user="${person.email}"]`);
	await page.goto(`/admin/brukere?q=${encodeURIComponent(person.email)}`);
	await row().getByRole('button', { name: 'Gjør til administrator' }).click();
	await expect(page.getByTestId('account-changed')).toContainText(
		`${personName} er nå administrator.`,
	);
	await expectAccessible(page);
	await row().getByRole('button', { name: 'Fjern administratorrollen' }).click();
	await expect(page.getByTestId(`confirm-admin-${person.id}`)).toContainText(
		'Vil du fjerne administratorrollen',
	);
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Ja, fjern rollen' }).click();
	await expect(page.getByTestId('account-changed')).toContainText('er ikke lenger administrator.');

	// Deactivating logs the person out and keeps them out.
	await row().getByRole('button', { name: 'Deaktiver kontoen' }).click();
	await expect(page.getByTestId(`confirm-deaktiver-${person.id}`)).toContainText(
		'blir logget ut og kan ikke logge inn',
	);
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Ja, deaktiver kontoen' }).click();
	await expect(page.getByTestId('account-changed')).toContainText('er deaktivert');
	await expect(row().getByTestId('account-state')).toHaveText('Deaktivert');
	await expectAccessible(page);
	await theirs.goto('/min-side');
	await expect(theirs).toHaveURL(/\/logg-inn\?next=/);
	await theirs.getByLabel('E-postadresse').fill(person.email);
	await theirs.getByLabel('Passord').fill(TEST_PASSWORD);
	await theirs.getByRole('button', { name: 'Logg inn' }).click();
	await expect(theirs.getByTestId('form-error')).toContainText(
		'Kontoen er deaktivert. Kontakt en administrator.',
	);

	await row().getByRole('button', { name: 'Aktiver kontoen igjen' }).click();
	await expect(page.getByTestId('account-changed')).toContainText('er aktiv igjen.');
	await theirs.getByLabel('Passord').fill(TEST_PASSWORD);
	await theirs.getByRole('button', { name: 'Logg inn' }).click();
	await expect(theirs).toHaveURL(/\/min-side$/);
	await expect(theirs.getByRole('heading', { level: 1 })).toHaveText('Min side');
	await other.close();

	await row().getByRole('button', { name: 'Slett kontoen' }).click();
	await expect(page.getByTestId(`confirm-slett-${person.id}`)).toContainText('slettes for godt');
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Ja, slett kontoen' }).click();
	await expect(page.getByTestId('account-changed')).toContainText('er slettet.');
	await expect(row()).toHaveCount(0);

	// The log, newest first: who did it, the kind of change and the record's id; no name of the person.
	await page.goto('/admin/logg');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Endringslogg');
	const rows = page.locator(`[data-testid="audit-table"] tbody tr:has-text("${person.id}")`);
	await expect(rows.first()).toContainText('Konto slettet');
	await expect(rows.first()).toContainText(adminName);
	await expect(rows).toHaveCount(5);
	await expect(page.getByTestId('audit-table')).not.toContainText('Aase Aabel');
	await expectAccessible(page);
	await page.goto('/nn/admin/logg');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Endringslogg');
	await expect(rows.first()).toContainText('Konto sletta');
	await expectAccessible(page);
});

test('nynorsk users page: the admin role is given and asked about before it is taken', async ({
	page,
	loginAs,
}) => {
	await loginAs('admin');
	const db = await e2eDb();
	const person = await createUser(db, { name: `Aaste Aanes ${unique()}` });
	const row = page.locator(`tr[data-user="${person.email}"]`);
	await page.goto(`/nn/admin/brukere?q=${encodeURIComponent(person.email)}`);
	await expectAccessible(page);
	await row.getByRole('button', { name: 'Gjer til administrator' }).click();
	await expect(page.getByTestId('account-changed')).toContainText('er no administrator.');
	await row.getByRole('button', { name: 'Deaktiver kontoen' }).click();
	await expect(page.getByTestId(`confirm-deaktiver-${person.id}`)).toContainText(
		'blir logga ut og kan ikkje logge inn',
	);
	await expectAccessible(page);
	await page.getByRole('link', { name: 'Nei, gå tilbake' }).click();
	await expect(page.getByTestId(`confirm-deaktiver-${person.id}`)).toHaveCount(0);
	await expect(row.getByTestId('account-state')).toHaveText('Aktiv');
});
