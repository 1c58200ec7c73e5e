/**
 * KVP participant numbers end to end: a coordinator of Vestfold og Telemark sets two expected
 * levels, imports seed 002's figures from an Excel file through the preview, sees the offices
 * against their bands, opens the slide view and drafts the letter for an office below its band;
 * every bad file is refused with row and column and nothing saved; a participant sees their own
 * office and the totals only; the totals are public only once published. Axe on every page.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { participantCounts, users } from '#db/schema/index.ts';
import { SEED_002_AUG_2019, SEED_002_DEC_2018 } from '#lib/demo/participant-numbers.ts';
import { SESSION_COOKIE } from '#lib/auth/session.server.ts';
import { e2eDb, expect, expectAccessible, sessionCookieFor, test } from './fixtures.ts';

const NETWORK = 'vestfold-og-telemark';
const ADMIN = `/admin/deltakartal/${NETWORK}`;
const HEAD = ['Kontor', 'Måned', 'Totalt', '24 år eller yngre', '25 år eller eldre', 'Merknad'];
const dir = mkdtempSync(join(tmpdir(), 'kvp-tal-'));

/** Seed 002's two dates as an Excel sheet, office names as on the slide. */
async function seed002Workbook(): Promise<string> {
	const db = await e2eDb();
	const names = new Map((await db.query.offices.findMany()).map((o) => [o.id, o.name]));
	const wb = new ExcelJS.Workbook();
	const sheet = wb.addWorksheet('Tal');
	sheet.addRow(HEAD);
	for (const [month, list] of [
		['31.12.2018', SEED_002_DEC_2018],
		['31.08.2019', SEED_002_AUG_2019],
	] as const) {
		for (const [office, total, u, o, note] of list)
			sheet.addRow([names.get(office)!, month, total, u ?? '', o ?? '', note ?? '']);
	}
	const path = join(dir, 'seed-002.xlsx');
	await wb.xlsx.writeFile(path);
	return path;
}

function file(name: string, content: string | Buffer): string {
	const path = join(dir, name);
	writeFileSync(path, content);
	return path;
}

async function upload(page: import('@playwright/test').Page, path: string) {
	await page.goto(`${ADMIN}/import`);
	await page.getByLabel('Fil (CSV eller Excel, høyst 5 MB)').setInputFiles(path);
	await page.getByRole('button', { name: 'Vis forhåndsvisning' }).click();
}

test('a coordinator sets levels, imports seed 002 from Excel, sees the bands, shows the slides and drafts a letter', async ({
	page,
	loginAs,
}) => {
	test.setTimeout(240_000);
	await loginAs('coordinator-other');
	await page.goto('/admin');
	await page.getByTestId(`numbers-${NETWORK}`).click();
	await expect(page.getByTestId('guide')).toContainText('ikke en kvote');
	await expectAccessible(page);

	// Expected levels for two offices (the demo data has none in this network).
	await page.goto(`${ADMIN}/innstillingar`);
	await expectAccessible(page);
	for (const [office, level] of [
		['NAV Sandefjord', '40'],
		['NAV Tønsberg', '60'],
	] as const) {
		await page.getByLabel('Kontor', { exact: true }).selectOption({ label: office });
		await page.getByLabel('Forventet antall per måned').fill(level);
		await page.getByLabel('Dato for tallet', { exact: true }).fill('2019-04-09');
		await page.getByLabel('Kilde og grunnlag').fill('Eksempeltall for testen');
		await page.getByRole('button', { name: 'Lagre nivå' }).click();
		await expect(page.getByTestId('notice')).toContainText(
			`Forventet nivå for ${office} er lagret`,
		);
	}
	// A bad level is refused field by field.
	await page.getByLabel('Forventet antall per måned').fill('mange');
	await page.getByRole('button', { name: 'Lagre nivå' }).click();
	await expect(page.getByTestId('error-summary')).toContainText('Skriv forventet antall per måned');
	await expectAccessible(page);

	// The import: preview first, nothing saved; then everything at once.
	const before = (
		await (
			await e2eDb()
		)
			.select()
			.from(participantCounts)
			.where(eq(participantCounts.month, '2019-08'))
	).length;
	await upload(page, await seed002Workbook());
	await expect(page.getByRole('heading', { name: 'Forhåndsvisning: 48 rader' })).toBeVisible();
	await expect(page.getByTestId('preview')).toContainText('NAV Larvik');
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Lagre alle 48 radene' }).click();
	await expect(page.getByTestId('notice')).toContainText('48 tall er lagret');
	expect(
		(
			await (
				await e2eDb()
			)
				.select()
				.from(participantCounts)
				.where(eq(participantCounts.month, '2019-08'))
		).length,
	).toBeGreaterThanOrEqual(Math.max(before, 24));

	// The overview: the offices against their bands, the network total as on the slide.
	await page.goto(`${ADMIN}?maned=2019-08`);
	await expect(page.getByTestId('office-nav-sandefjord')).toHaveAttribute('data-position', 'below');
	await expect(page.getByTestId('office-nav-tonsberg')).toHaveAttribute('data-position', 'above');
	await expect(page.getByTestId('office-nav-larvik')).toHaveAttribute('data-position', 'none');
	await expect(page.getByTestId('office-nav-kragero')).toContainText('juli-tall');
	await expect(page.getByTestId('network-total')).toContainText('469 deltakere ved 24 kontor');
	await expect(page.getByTestId('network-total')).toContainText('24 år eller yngre: 119 (25,9 %)');
	await expect(page.getByTestId('context-figures')).toContainText('Vestfold og Telemark');
	await expect(page.locator('#network-chart')).toBeVisible();
	await expectAccessible(page);
	const xlsx = await page.request.get(
		(await page.getByTestId('export-xlsx').getAttribute('href')) ?? '',
	);
	expect(xlsx.headers()['content-type']).toContain('spreadsheetml');
	const svg = await page.request.get(
		(await page.getByTestId('export-svg').getAttribute('href')) ?? '',
	);
	expect(await svg.text()).toContain('<svg');

	// The slide view: no site header, large type.
	await page.goto(`${ADMIN}/lysbilete?maned=2019-08`);
	await expect(page.getByTestId('slide-total')).toHaveText('469');
	await expect(page.locator('header.kvp-header, footer')).toHaveCount(0);
	await expectAccessible(page);

	// The letter for the office below its band, in nynorsk, as Word.
	await page.goto(`${ADMIN}?maned=2019-08`);
	await page.getByRole('link', { name: /Lag brevutkast\s*: NAV Sandefjord/ }).click();
	await page.getByRole('link', { name: 'Nynorsk', exact: true }).click();
	await expect(page.getByTestId('letter')).toContainText(
		'Forventa tal på deltakarar ved NAV Sandefjord er 40 per månad',
	);
	await expect(page.getByTestId('letter')).toContainText('august 2019: 23');
	await expect(page.getByTestId('letter')).toContainText('§ 29');
	await expectAccessible(page);
	const docx = await page.request.get(
		(await page.getByTestId('letter-docx').getAttribute('href')) ?? '',
	);
	expect(docx.headers()['content-type']).toContain('wordprocessingml');
	expect((await docx.body()).subarray(0, 2).toString()).toBe('PK');
	// The coordinator's own template.
	await page
		.getByRole('textbox', { name: /Mal for brevet/ })
		.fill('Til {office}: forventa {level}.');
	await page.getByRole('button', { name: 'Lagre malen' }).click();
	await expect(page.getByTestId('letter')).toContainText('Til NAV Sandefjord: forventa 40.');
});

test('bad files are refused with row and column, and nothing is saved', async ({
	page,
	loginAs,
}) => {
	test.setTimeout(240_000);
	await loginAs('coordinator-other');
	const count = async () => (await (await e2eDb()).select().from(participantCounts)).length;
	const before = await count();
	const bad = [
		HEAD.join(';'),
		'NAV Atlantis;2019-05;3;1;2;',
		'NAV Larvik;2099-01;3;1;2;',
		'NAV Horten;2019-05;-4;;;',
		'NAV Re;2019-05;2,5;;;',
		'NAV Skien;2019-05;10;3;5;',
		'NAV Tinn;2019-05;4;1;3;',
		'Tinn;31.05.2019;4;1;3;',
	].join('\r\n');
	await upload(page, file('feil.csv', bad));
	const errors = page.getByTestId('row-errors');
	await expect(errors).toContainText('Ingenting er lagret');
	await expect(errors).toContainText(
		'Rad 2, kolonne Kontor: «NAV Atlantis» er ikke et kontor i nettverket.',
	);
	await expect(errors).toContainText('Rad 3, kolonne Måned: 2099-01 er fram i tid.');
	await expect(errors).toContainText('Rad 4, kolonne Totalt: «-4» er negativt.');
	await expect(errors).toContainText('Rad 5, kolonne Totalt: «2,5» er ikke et helt tall.');
	await expect(errors).toContainText('Rad 6, kolonne Totalt: 3 + 5 er ikke 10.');
	await expect(errors).toContainText(
		'Rad 8, kolonne Måned: NAV Tinn har allerede en rad for 2019-05 (rad 7).',
	);
	await expect(page.getByTestId('preview')).toHaveCount(0);
	await expectAccessible(page);

	for (const [name, content, message] of [
		['tom.csv', '', 'Filen er tom.'],
		['bare-overskrift.csv', HEAD.join(';'), 'Filen har ingen rader med tall.'],
		[
			'bilde.csv',
			Buffer.from([
				0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
			]),
			'Filen er verken CSV eller Excel',
		],
		['notat.pdf', '%PDF-1.7\n1 0 obj\n', 'Filen er verken CSV eller Excel'],
	] as const) {
		await upload(page, file(name, content));
		await expect(
			page.getByTestId(name === 'bare-overskrift.csv' ? 'row-errors' : 'file-error'),
		).toContainText(message);
	}
	// Over the import's own 5 MB: refused in the form while the upload is read. (A 50 MB body never
	// reaches the action: the server refuses it above 25 MB with a Norwegian 413, see limits.spec.ts,
	// and read-file.test.ts reads a 50 MB upload only up to the limit.)
	await upload(page, file('stor.csv', Buffer.alloc(6 * 1024 * 1024, 'a')));
	await expect(page.getByTestId('file-error')).toContainText('Filen er for stor');
	await expectAccessible(page);
	expect(await count()).toBe(before);

	// The grid refuses a split that does not add up, keeps what was typed, and saves nothing.
	await page.goto(`${ADMIN}/registrer?maned=2019-05`);
	await expectAccessible(page);
	await page.locator('#field-total-nav-skien').fill('10');
	await page.locator('#field-under25-nav-skien').fill('3');
	await page.locator('#field-over25-nav-skien').fill('5');
	await page.locator('#field-total-nav-tinn').fill('4');
	await page.getByRole('button', { name: 'Lagre tallene' }).click();
	await expect(page.getByTestId('error-summary')).toContainText(
		'NAV Skien, Totalt: 3 + 5 er ikke 10',
	);
	await expect(page.locator('#field-total-nav-skien')).toHaveValue('10');
	await expect(page.locator('#field-total-nav-skien')).toHaveAttribute('aria-invalid', 'true');
	await expectAccessible(page);
	expect(await count()).toBe(before);
	await page.locator('#field-over25-nav-skien').fill('7');
	await page.getByRole('button', { name: 'Lagre tallene' }).click();
	await expect(page.getByTestId('notice')).toContainText(
		'Tallene for mai 2019 er lagret (2 kontor)',
	);
});

test('a participant sees their own office and the totals only; the public sees the totals once published', async ({
	page,
	loginAs,
	browser,
	baseURL,
}) => {
	test.setTimeout(180_000);
	const anonymous = await (await browser.newContext()).newPage();
	await anonymous.goto(`/deltakartal/vestland`);
	await expect(anonymous).toHaveURL(/logg-inn/);

	const user = await loginAs('participant');
	await (await e2eDb()).update(users).set({ officeId: 'nav-alver' }).where(eq(users.id, user.id));
	await page.goto('/min-side');
	await page.getByTestId('numbers-link').click();
	await expect(page).toHaveURL(/\/deltakartal\/vestland$/);
	await expect(page.getByTestId('office-nav-alver')).toHaveAttribute('data-position', 'below');
	await expect(page.getByTestId('numbers-table').locator('tbody tr')).toHaveCount(1);
	await expect(page.getByTestId('network-total')).toBeVisible();
	await expect(page.getByText('NAV Bergen')).toHaveCount(0);
	await expectAccessible(page);
	expect(
		(await page.request.get('/admin/deltakartal/vestland', { maxRedirects: 0 })).status(),
	).toBe(403);
	expect(
		(await page.request.get('/deltakartal/vestfold-og-telemark', { maxRedirects: 0 })).status(),
	).toBe(403);

	// Published by the coordinator: the totals, never an office, for everyone.
	const coordinator = await (await browser.newContext()).newPage();
	const { token } = await sessionCookieFor('coordinator');
	await coordinator.context().addCookies([{ name: SESSION_COOKIE, value: token, url: baseURL! }]);
	await coordinator.goto('/admin/deltakartal/vestland');
	await coordinator.getByRole('button', { name: 'Publiser nettverkets samlede tall' }).click();
	await expect(coordinator.getByTestId('publish-state')).toContainText('er offentlige');
	await anonymous.goto('/nn/deltakartal/vestland');
	await expect(anonymous.getByTestId('network-total')).toBeVisible();
	await expect(anonymous.getByTestId('numbers-table')).toHaveCount(0);
	await expect(anonymous.getByText('NAV Alver')).toHaveCount(0);
	await expectAccessible(anonymous);
	await coordinator.getByRole('button', { name: 'Skjul nettverkets samlede tall' }).click();
	await expect(coordinator.getByTestId('publish-state')).toContainText('bare for koordinatorer');
});
