/**
 * Abuse limits on the built server as `npm start` runs it (issue 10 §4): oversized bodies get a
 * Norwegian 413 before they are read (the server's memory does not follow), malformed JSON to any
 * action a 400, a newline in `next` a 400, and `next` never leads off the site in a real browser.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { and, eq } from 'drizzle-orm';
import { createDb } from '#db/client.ts';
import { outbox, registrations } from '#db/schema/index.ts';
import { createGathering, createUser, TEST_PASSWORD } from '../factories.ts';
import { registrantForm, serverFlags, waitForServer } from '../support/load.ts';
import { e2eDb, expect, expectAccessible, test } from './fixtures.ts';

const PORT = 4431;
const OWN = `http://127.0.0.1:${PORT}`;
const MB = 1024 * 1024;

let server: ChildProcess;

test.beforeAll(async () => {
	test.setTimeout(90_000);
	for (const s of ['', '-wal', '-shm']) rmSync(`.e2e/limits.db${s}`, { force: true });
	server = spawn(process.execPath, [...serverFlags(), 'scripts/start.ts'], {
		env: {
			...process.env,
			HOST: '127.0.0.1',
			PORT: String(PORT),
			PUBLIC_ORIGIN: OWN,
			DATABASE_URL: 'file:./.e2e/limits.db',
			LOG_LEVEL: 'error',
			KVP_BACKGROUND_JOBS: 'off',
		},
		stdio: 'ignore',
	});
	await waitForServer(OWN, 60_000);
});

test.afterAll(() => {
	server.kill();
});

/** Resident memory of the server process, in MB. */
function rssMb(): number {
	const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
	return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1]) / 1024;
}

/**
 * Offers `total` bytes of form data (with or without a Content-Length): sends the first 8 MB, then
 * waits for the server's answer before sending more, as a client would that reads early answers.
 * Returns the answer and how much had been sent when it came.
 */
function flood(
	path: string,
	total: number,
	declareLength: boolean,
): Promise<{ status: number; body: string; sentMb: number }> {
	return new Promise((resolve, reject) => {
		const headers: Record<string, string> = {
			'content-type': 'application/x-www-form-urlencoded',
			origin: OWN,
		};
		if (declareLength) headers['content-length'] = String(total);
		const req = request(`${OWN}${path}`, { method: 'POST', headers });
		let sent = 0;
		let answered = false;
		const chunk = Buffer.alloc(256 * 1024, 'a');
		req.on('response', (res) => {
			answered = true;
			const sentMb = sent / MB;
			let body = '';
			res.setEncoding('utf8');
			res.on('data', (d: string) => (body += d));
			res.on('end', () => {
				req.destroy();
				resolve({ status: res.statusCode ?? 0, body, sentMb });
			});
		});
		req.on('error', (error) => {
			if (!answered) reject(error);
		});
		let paused = false;
		const pump = () => {
			while (!answered && sent < total) {
				if (sent >= 8 * MB && !paused) {
					paused = true;
					return void setTimeout(pump, 5_000);
				}
				sent += chunk.length;
				if (!req.write(chunk)) return void req.once('drain', pump);
			}
			if (!answered) req.end();
		};
		pump();
	});
}

test('a 200 MB anonymous post gets a Norwegian 413 and the server does not buffer it', async () => {
	test.setTimeout(120_000);
	await fetch(`${OWN}/`);
	const before = rssMb();
	for (const declareLength of [true, false]) {
		const answer = await flood('/api/progress/lest', 200 * MB, declareLength);
		expect(answer.status).toBe(413);
		expect(answer.body).toContain('Det du sendte, er for stort: grensen er 1 MB.');
		// Answered before the client had sent more than the first few MB: nothing was waiting for the rest.
		expect(answer.sentMb).toBeLessThanOrEqual(8);
	}
	const nn = await flood('/nn/registrer?_action=auth.signup', 5 * MB, true);
	expect(nn).toMatchObject({ status: 413 });
	expect(nn.body).toContain('grensa er 1 MB');
	expect(rssMb() - before, 'memory growth in MB').toBeLessThan(40);
	// Still serving.
	expect((await fetch(`${OWN}/healthz`)).status).toBe(200);
});

/** Every action the app defines, read from src/actions (so a new one is covered without editing this). */
function allActions(): string[] {
	const names: string[] = [];
	for (const file of readdirSync('src/actions').filter(
		(f) => f.endsWith('.ts') && f !== 'index.ts',
	)) {
		const group = file.replace(/\.ts$/, '');
		for (const m of readFileSync(`src/actions/${file}`, 'utf8').matchAll(
			/^\t(\w+): defineAction\(/gm,
		))
			names.push(`${group}.${m[1]}`);
	}
	return names;
}

test('malformed JSON posted to any action answers 400, never 500', async () => {
	const actions = allActions();
	expect(actions.length).toBeGreaterThan(40);
	const answers: Record<string, number> = {};
	for (const name of actions) {
		const response = await fetch(`${OWN}/_actions/${name}`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', origin: OWN },
			body: '{"gatheringId": "x", "text": "uferdig',
		});
		answers[name] = response.status;
		if (response.status === 400)
			expect(await response.json()).toMatchObject({
				code: 'BAD_REQUEST',
				message: 'error.body.badJson',
			});
	}
	expect(answers).toEqual(Object.fromEntries(actions.map((a) => [a, 400])));
});

test('a newline in next answers 400, on the login page and in the login form', async () => {
	const page = await fetch(
		`${OWN}/logg-inn?next=${encodeURIComponent('/min-side\r\nSet-Cookie: x=1')}`,
	);
	expect(page.status).toBe(400);
	expect(await page.text()).toContain('Adressen du skulle videre til, er ugyldig.');
	const form = await fetch(`${OWN}/logg-inn?_action=auth.login`, {
		method: 'POST',
		headers: { origin: OWN },
		body: new URLSearchParams({
			email: 'ingen@example.no',
			password: 'feil passord',
			next: '/min-side\n//evil.example',
		}),
		redirect: 'manual',
	});
	expect(form.status).toBe(400);
	expect(form.headers.get('location')).toBeNull();
});

test('after login, next=/%09/evil.example stays on this site', async ({ page, baseURL }) => {
	const user = await createUser(await e2eDb());
	for (const next of [
		'/%09/evil.example',
		'/%5Cevil.example',
		'//evil.example',
		'javascript:alert(1)',
	]) {
		await page.context().clearCookies();
		await page.goto(`/logg-inn?next=${next}`);
		await page.getByLabel('E-postadresse').fill(user.email);
		await page.getByLabel('Passord').fill(TEST_PASSWORD);
		await page.getByRole('button', { name: 'Logg inn' }).click();
		await page.waitForLoadState('load');
		expect(new URL(page.url()).origin, `next=${next}`).toBe(new URL(baseURL!).origin);
	}
	await page.goto(`/logg-inn?next=${encodeURIComponent('/min-side\n')}`);
	await expect(page.getByTestId('form-error')).toContainText(
		'Adressen du skulle videre til, er ugyldig.',
	);
	await expectAccessible(page);
});

test('a script at one address gets a handful of seats, then a Norwegian 429', async () => {
	const db = await createDb('file:./.e2e/limits.db');
	const { id } = await createGathering(db, { capacity: 10 });
	const answers = await Promise.all(
		Array.from({ length: 40 }, (_, i) =>
			fetch(`${OWN}/_actions/registrations.register`, {
				method: 'POST',
				headers: {
					origin: OWN,
					accept: 'application/json',
					'content-type': 'application/x-www-form-urlencoded',
				},
				body: registrantForm(id, `falsk-${i}@example.no`),
			}).then(async (r) => ({ status: r.status, body: await r.text() })),
		),
	);
	const ok = answers.filter((a) => a.status === 200);
	const refused = answers.filter((a) => a.status === 429);
	expect(ok.length + refused.length).toBe(40);
	expect(ok.length).toBeLessThanOrEqual(6);
	expect(JSON.parse(refused[0]!.body)).toMatchObject({
		code: 'TOO_MANY_REQUESTS',
		message: 'error.registration.rateLimited',
		issues: [{ message: 'error.registration.rateLimited', params: { n: expect.any(Number) } }],
	});
	const rows = await db.select().from(registrations).where(eq(registrations.gatheringId, id));
	expect(rows.length).toBe(ok.length);
	db.$client.close();
});

test('registering an address again tells the stranger only that the link was sent, and sends it', async ({
	page,
}) => {
	const db = await createDb('file:./.e2e/limits.db');
	const { id } = await createGathering(db, { capacity: 10 });
	const email = `igjen-${Date.now()}@example.no`;
	for (const name of ['Eigar Eigen', 'Framand Person']) {
		await page.goto(`${OWN}/samlinger/${id}/meld-pa`);
		await page.getByLabel('Navn', { exact: true }).fill(name);
		await page.getByLabel('E-postadresse').fill(email);
		await page.getByLabel('Annen organisasjon (valgfritt)').fill('NAV Testby');
		await page.getByLabel('Rolle').fill('KVP-veileder');
		await page.getByLabel('Jeg har lest personvernerklæringen', { exact: false }).check();
		await page.getByRole('button', { name: 'Meld meg på' }).click();
		await page.waitForLoadState('load');
	}
	await expect(page.getByTestId('link-sent')).toContainText(
		`Vi har sendt den personlige lenken for påmeldingen til ${email}. Sjekk innboksen; med lenken kan du se, endre eller melde deg av.`,
	);
	await expect(page.getByText('Eigar Eigen')).toHaveCount(0);
	await expectAccessible(page);
	const again = await db.query.outbox.findFirst({
		where: and(eq(outbox.to, email), eq(outbox.kind, 'registration-link-again')),
	});
	expect(again?.text).toContain('Hei Eigar Eigen');
	db.$client.close();
});
