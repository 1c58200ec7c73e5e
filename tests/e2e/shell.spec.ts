import { spawn } from 'node:child_process';
import { expect, expectAccessible, test } from './fixtures.ts';

const PUBLIC_PAGES = [
	'/',
	'/logg-inn',
	'/registrer',
	'/glemt-passord',
	'/samlinger',
	'/sjolvstudium',
	'/regeltrening',
	'/personvern',
	'/tilgjengelighet',
];

for (const path of PUBLIC_PAGES) {
	for (const prefix of ['', '/nn']) {
		const url = prefix + path;
		test(`${url} is in the right language and passes axe`, async ({ page }) => {
			const response = await page.goto(url);
			expect(response?.status()).toBe(200);
			await expect(page.locator('html')).toHaveAttribute('lang', prefix ? 'nn' : 'nb');
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await expectAccessible(page);
		});
	}
}

test('the language switch keeps the page and the header shows who is logged in', async ({
	page,
	loginAs,
}) => {
	await loginAs('coordinator');
	await page.goto('/personvern');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Personvernerklæring');
	await page.getByRole('link', { name: 'Les på nynorsk' }).click();
	await expect(page).toHaveURL(/\/nn\/personvern\/?$/);
	await expect(page.getByRole('heading', { name: 'Rettane dine' })).toBeVisible();
	await page.goto('/nn/');
	await expect(
		page
			.getByRole('navigation', { name: 'Hovudmeny' })
			.getByRole('link', { name: 'Administrasjon' }),
	).toBeVisible();
	await expect(page.getByRole('link', { name: /Mi side/ })).toBeVisible();
	await page.getByRole('link', { name: 'Les på bokmål' }).click();
	await expect(page).toHaveURL(/\/$/);
	await expect(page.getByRole('navigation', { name: 'Hovedmeny' })).toBeVisible();
});

test('a participant sees no administration link', async ({ page, loginAs }) => {
	await loginAs('participant');
	await page.goto('/');
	await expect(
		page
			.getByRole('navigation', { name: 'Hovedmeny' })
			.getByRole('link', { name: 'Administrasjon' }),
	).toHaveCount(0);
});

test('unknown pages get a 404 page in the language of the address', async ({ page }) => {
	expect((await page.goto('/finst-ikkje'))?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fant ikke siden');
	await expectAccessible(page);
	expect((await page.goto('/nn/finst-ikkje'))?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fann ikkje sida');
	await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
});

test('health check answers 200 with the database up, and every response has a request id', async ({
	request,
}) => {
	const response = await request.get('/healthz');
	expect(response.status()).toBe(200);
	expect(await response.json()).toEqual({ status: 'ok', database: 'up' });
	expect(response.headers()['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
});

test('without a database: health check 503, pages a 500 page in Norwegian with no stack trace, JSON logs with request ids', async ({
	browser,
}) => {
	const port = 4398;
	const server = spawn(process.execPath, ['dist/server/entry.mjs'], {
		env: {
			...process.env,
			HOST: '127.0.0.1',
			PORT: String(port),
			DATABASE_URL: 'http://127.0.0.1:9',
			LOG_FORMAT: 'json',
			LOG_LEVEL: 'info',
		},
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	server.stdout.on('data', (d) => (output += d));
	server.stderr.on('data', (d) => (output += d));
	try {
		const base = `http://127.0.0.1:${port}`;
		await expect
			.poll(async () => (await fetch(`${base}/healthz`).catch(() => null))?.status ?? 0, {
				timeout: 20_000,
			})
			.toBe(503);
		const page = await browser.newPage();
		const response = await page.goto(`${base}/nn/`);
		expect(response?.status()).toBe(500);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Noko gjekk gale hos oss');
		const html = await page.content();
		expect(html).not.toMatch(/at .*\.mjs:\d+|ECONNREFUSED|Error:/);
		const requestId =
			response!.headers()['x-request-id'] ??
			(await page.getByText(/Referanse:/).textContent())?.replace('Referanse: ', '');
		expect(requestId).toBeTruthy();
		await page.close();
		const lines = output
			.split('\n')
			.filter((l) => l.trim().startsWith('{'))
			.map((l) => JSON.parse(l) as Record<string, unknown>);
		const forRequest = lines.filter((l) => l.requestId === requestId);
		expect(forRequest.length).toBeGreaterThanOrEqual(2);
		expect(forRequest.some((l) => l.level === 'error')).toBe(true);
		expect(output.split('\n').filter((l) => l.trim() && !l.trim().startsWith('{'))).toEqual([]);
	} finally {
		server.kill();
	}
});
