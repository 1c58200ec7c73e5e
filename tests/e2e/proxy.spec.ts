/**
 * Behind a TLS-terminating reverse proxy: Debian's Caddy (`tls internal`, tests/e2e/Caddyfile) in
 * front of the built app, started as production starts it with PUBLIC_ORIGIN=https://… and
 * TRUSTED_PROXIES=127.0.0.1. Everything goes through https: log in with the form, register for a
 * gathering, answer the pre-event survey from the confirmation e-mail's link, call the JSON API.
 * The origin check still refuses any other origin; the session cookie is Secure and HSTS is sent.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request as playwrightRequest } from '@playwright/test';
import { and, eq } from 'drizzle-orm';
import { outbox, surveys } from '#db/schema/index.ts';
import { exampleById } from '#lib/rules/index.ts';
import { createSurvey } from '#lib/surveys/surveys.server.ts';
import { createGathering, createUser, TEST_PASSWORD } from '../factories.ts';
import { E2E_DATABASE_URL, e2eDb, expect, expectAccessible, test } from './fixtures.ts';

// Two ports beside the main e2e server's, so a developer's own port range holds all three.
const E2E_PORT = Number(process.env.E2E_PORT ?? 4399);
const APP_PORT = E2E_PORT + 7;
const PROXY_PORT = E2E_PORT + 8;
const ORIGIN = `https://localhost:${PROXY_PORT}`;

test.use({ baseURL: ORIGIN, ignoreHTTPSErrors: true });

let app: ChildProcess | undefined;
let caddy: ChildProcess | undefined;
let caddyHome: string | undefined;
const logs: string[] = [];

function caddyBinary(): string {
	const found = spawnSync('sh', ['-c', 'command -v caddy'], { encoding: 'utf8' }).stdout.trim();
	if (!found)
		throw new Error('Caddy is not installed: `apt-get install caddy` (.ci/run does this in CI).');
	return found;
}

async function waitUntilUp(url: string, what: string): Promise<void> {
	const http = await playwrightRequest.newContext({ ignoreHTTPSErrors: true });
	try {
		for (
			const until = Date.now() + 100_000;
			Date.now() < until;
			await new Promise((r) => setTimeout(r, 200))
		) {
			if (
				await http.get(url, { timeout: 2_000 }).then(
					(r) => r.ok(),
					() => false,
				)
			)
				return;
		}
		throw new Error(`${what} did not answer at ${url}:\n${logs.join('')}`);
	} finally {
		await http.dispose();
	}
}

test.beforeAll(async () => {
	// The app migrates, loads and warms up as in production: on a busy machine that takes a while.
	test.setTimeout(150_000);
	const binary = caddyBinary();
	app = spawn(process.execPath, ['scripts/start.ts'], {
		env: {
			...process.env,
			HOST: '127.0.0.1',
			PORT: String(APP_PORT),
			PUBLIC_ORIGIN: ORIGIN,
			TRUSTED_PROXIES: '127.0.0.1, ::1',
			DATABASE_URL: E2E_DATABASE_URL,
			KVP_BACKGROUND_JOBS: 'off',
			LOG_LEVEL: 'warn',
		},
		stdio: ['ignore', 'ignore', 'pipe'],
	});
	app.stderr!.on('data', (d: Buffer) => logs.push(`app: ${d.toString()}`));
	caddyHome = mkdtempSync(join(tmpdir(), 'kvp-caddy-'));
	caddy = spawn(binary, ['run', '--config', 'tests/e2e/Caddyfile', '--adapter', 'caddyfile'], {
		env: {
			...process.env,
			KVP_SITE: ORIGIN,
			KVP_UPSTREAM: `127.0.0.1:${APP_PORT}`,
			XDG_DATA_HOME: caddyHome,
			XDG_CONFIG_HOME: caddyHome,
			HOME: caddyHome,
		},
		stdio: ['ignore', 'ignore', 'pipe'],
	});
	caddy.stderr!.on('data', (d: Buffer) => logs.push(`caddy: ${d.toString()}`));
	await waitUntilUp(`http://127.0.0.1:${APP_PORT}/healthz`, 'The app');
	await waitUntilUp(`${ORIGIN}/healthz`, 'Caddy');
});

test.afterAll(() => {
	caddy?.kill();
	app?.kill();
	if (caddyHome) rmSync(caddyHome, { recursive: true, force: true });
});

test('through https: log in, register for a gathering, answer the survey from the e-mail, call the API', async ({
	page,
	context,
}) => {
	test.setTimeout(120_000);
	const db = await e2eDb();
	const { id: gatheringId, networkId } = await createGathering(db);
	const user = await createUser(db, { name: 'Pia Proxy', coordinatorOf: [networkId] });
	// Only the site's own scripts and styles run (islands included): the policy refuses nothing it serves.
	const refused: string[] = [];
	page.on('console', (m) => {
		if (/Content Security Policy/i.test(m.text())) refused.push(`${page.url()}: ${m.text()}`);
	});
	const surveyId = (await createSurvey(db, gatheringId, 'pre-event'))!;
	await db
		.update(surveys)
		.set({ status: 'open', openedAt: new Date() })
		.where(eq(surveys.id, surveyId));

	// Log in with the real form: the post goes through the proxy and is not refused as cross-site.
	await page.goto('/nn/logg-inn');
	await page.getByLabel('E-postadresse').fill(user.email);
	await page.getByLabel('Passord').fill(TEST_PASSWORD);
	const loggedIn = page.waitForResponse(
		(r) => r.request().method() === 'POST' && r.url().includes('/logg-inn'),
	);
	await page.getByRole('button', { name: 'Logg inn' }).click();
	const login = await loggedIn;
	expect(login.status()).toBe(303);
	expect(login.headers()['strict-transport-security']).toMatch(/max-age=\d+/);
	await expect(page.getByTestId('welcome')).toContainText('Pia Proxy');
	const session = (await context.cookies()).find((c) => c.name === 'kvp_session');
	expect(session?.secure).toBe(true);
	expect(new URL(page.url()).origin).toBe(ORIGIN);

	// Pages for one person are never cached: Min side and the coordinator's pages.
	for (const path of ['/nn/min-side', `/nn/admin/samlinger/${gatheringId}`]) {
		const personal = await page.goto(path);
		expect(personal!.status(), path).toBe(200);
		expect(personal!.headers()['cache-control'], path).toBe('no-store');
	}

	// Register for the gathering; the confirmation e-mail's links use the public https origin.
	await page.goto(`/nn/samlinger/${gatheringId}/meld-pa`);
	await page.getByLabel('Rolle').fill('KVP-rettleiar');
	await page.getByLabel(/Eg har lese personvernerklæringa/).check();
	await page.getByRole('button', { name: 'Meld meg på' }).click();
	await expect(page).toHaveURL(new RegExp(`^${ORIGIN}/nn/pamelding/[^/]+\\?ny`));
	await expectAccessible(page);
	const mail = await db.query.outbox.findFirst({
		where: and(eq(outbox.to, user.email), eq(outbox.kind, 'registration-confirmed')),
	});
	const surveyLink = new RegExp(`${ORIGIN}/(?:nn/)?undersoking/\\S+`).exec(mail?.text ?? '')?.[0];
	expect(surveyLink, `no https survey link in:\n${mail?.text}`).toBeDefined();

	// Answer the pre-event survey from the link.
	const response = await page.goto(surveyLink!);
	expect(response!.headers()['referrer-policy']).toBe('no-referrer');
	expect(response!.headers()['cache-control']).toBe('no-store');
	await page
		.getByLabel(/Kva utfordringar møter du i arbeidet med KVP\?/)
		.fill('Å finne tiltak som passar.');
	await page.getByRole('button', { name: 'Send svara' }).click();
	await expect(page).toHaveURL(`${ORIGIN}/nn/undersoking/takk`);

	// The JSON API answers through the proxy as well.
	const api = await page.request.post('/api/rules/eligibility', {
		data: exampleById('lise')!.facts,
		headers: { origin: ORIGIN },
	});
	expect(api.status()).toBe(200);
	expect(refused).toEqual([]);
});

test('security headers: no framing, no sniffing, a policy for scripts and styles; HSTS only under https', async ({
	page,
	request,
}) => {
	const proxied = await page.goto('/');
	const headers = proxied!.headers();
	const policy = headers['content-security-policy'];
	expect(policy).toContain("frame-ancestors 'none'");
	expect(policy).toMatch(/script-src 'self'/);
	expect(policy).toMatch(/style-src 'self'/);
	expect(policy).not.toContain('unsafe-inline');
	expect(headers['x-content-type-options']).toBe('nosniff');
	expect(headers['strict-transport-security']).toMatch(/^max-age=\d+/);
	// The main e2e server has an http PUBLIC_ORIGIN: no HSTS there, the rest the same.
	const plain = await request.get(`http://127.0.0.1:${E2E_PORT}/`);
	expect(plain.headers()['x-content-type-options']).toBe('nosniff');
	expect(plain.headers()).not.toHaveProperty('strict-transport-security');
});

test('the origin check stays on behind the proxy: a form post from another origin is refused', async ({
	request,
}) => {
	const form = { email: 'admin@example.no', password: 'kvp-demo-admin' };
	const foreign = await request.post('/logg-inn?_action=auth.login', {
		form,
		headers: { origin: 'https://evil.example' },
		maxRedirects: 0,
	});
	expect(foreign.status()).toBe(403);
	const plainHttp = await request.post('/logg-inn?_action=auth.login', {
		form,
		headers: { origin: `http://localhost:${PROXY_PORT}` },
		maxRedirects: 0,
	});
	expect(plainHttp.status()).toBe(403);
	const own = await request.post('/logg-inn?_action=auth.login', {
		form,
		headers: { origin: ORIGIN },
		maxRedirects: 0,
	});
	expect(own.status()).toBe(303);
});
