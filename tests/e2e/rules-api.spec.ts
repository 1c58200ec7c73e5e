import { CONDITION_IDS, exampleById } from '#lib/rules/index.ts';
import { expect, test } from './fixtures.ts';

const lise = exampleById('lise')!;
const JSON_HEADERS = { 'content-type': 'application/json' };

type FieldErrors = { error: string; errors: { path: string; message: string }[] };
const paths = (body: FieldErrors) => body.errors.map((e) => e.path);

test.describe('POST /api/rules/eligibility', () => {
	test('answers with the rule version, the verdict and every condition explained', async ({
		request,
	}) => {
		const response = await request.post('/api/rules/eligibility', { data: lise.facts });
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toMatch(/^application\/json/);
		const body = (await response.json()) as {
			ruleVersion: { id: string };
			verdict: string;
			conditions: {
				id: string;
				status: string;
				reference: { text: string; href: string | null };
				explanation: { nb: string; nn: string };
			}[];
		};
		expect(body.ruleVersion.id).toBe('rv-2010');
		expect(body.verdict).toBe('needs-judgement');
		expect(body.conditions.map((c) => c.id)).toEqual([...CONDITION_IDS]);
		const age = body.conditions[0]!;
		expect(age).toMatchObject({
			status: 'met',
			reference: { text: 'sosialtenestelova § 29 første ledd', href: '/regelverk/29' },
		});
		expect(age.explanation.nb).toContain('født 15.3.1994');
		expect(age.explanation.nn).toContain('fødd 15.3.1994');
	});

	test('400 naming every invalid field', async ({ request }) => {
		const response = await request.post('/api/rules/eligibility', {
			data: {
				...lise.facts,
				assessmentDate: '8. mai',
				birthDate: 1994,
				benefits: [{ type: 'arv' }],
				closeCoordinatedAssistanceAppropriateAndNecessary: 'kanskje',
			},
		});
		expect(response.status()).toBe(400);
		const body = (await response.json()) as FieldErrors;
		expect(new Set(paths(body))).toEqual(
			new Set([
				'assessmentDate',
				'birthDate',
				'benefits[0].type',
				'closeCoordinatedAssistanceAppropriateAndNecessary',
			]),
		);
		expect(body.error).toMatch(/4 felt er ugyldige/);
		for (const e of body.errors) expect(e.message).toMatch(/[a-zæøå]/);
	});

	test('400 with a Norwegian message for malformed JSON', async ({ request }) => {
		const response = await request.post('/api/rules/eligibility', {
			headers: JSON_HEADERS,
			data: Buffer.from('{"assessmentDate": "2018-05-08",'),
		});
		expect(response.status()).toBe(400);
		expect(((await response.json()) as FieldErrors).error).toMatch(/^Kroppen er ikke gyldig JSON/);
	});

	test('415 without a JSON content type, 413 for a huge body, 405 for other methods', async ({
		request,
	}) => {
		const plain = await request.post('/api/rules/eligibility', {
			headers: { 'content-type': 'application/xml' },
			data: '<facts/>',
		});
		expect(plain.status()).toBe(415);
		const huge = await request.post('/api/rules/eligibility', {
			headers: JSON_HEADERS,
			data: Buffer.from(JSON.stringify({ ...lise.facts, pad: 'x'.repeat(70_000) })),
		});
		expect(huge.status()).toBe(413);
		for (const method of ['GET', 'PUT', 'PATCH', 'DELETE']) {
			const response = await request.fetch('/api/rules/eligibility', {
				method,
				headers: JSON_HEADERS,
				...(method === 'GET' ? {} : { data: lise.facts }),
			});
			expect(response.status(), method).toBe(405);
			expect(response.headers().allow).toBe('POST');
		}
	});

	test('a cross-origin JSON POST is answered, with no CORS grant; a cross-origin form post is refused', async ({
		request,
	}) => {
		const origin = 'https://angriper.example';
		const json = await request.post('/api/rules/eligibility', {
			headers: { ...JSON_HEADERS, origin },
			data: lise.facts,
		});
		// Pure calculation, no cookies read, nothing stored: answering is harmless, and without an
		// Access-Control-Allow-Origin header a browser on another origin cannot read the answer.
		expect(json.status()).toBe(200);
		expect(json.headers()['access-control-allow-origin']).toBeUndefined();
		// A browser would first send this preflight; it gets no grant.
		const preflight = await request.fetch('/api/rules/eligibility', {
			method: 'OPTIONS',
			headers: {
				origin,
				'access-control-request-method': 'POST',
				'access-control-request-headers': 'content-type',
			},
		});
		expect(preflight.status()).toBe(405);
		expect(preflight.headers()['access-control-allow-origin']).toBeUndefined();
		// A simple (form-like) cross-origin post is stopped by Astro's checkOrigin before it reaches us.
		const form = await request.post('/api/rules/eligibility', {
			headers: { 'content-type': 'text/plain', origin },
			data: Buffer.from(JSON.stringify(lise.facts)),
		});
		expect(form.status()).toBe(403);
	});
});

test.describe('POST /api/rules/programme-period and /api/rules/benefit', () => {
	test('compute an example and name every invalid field', async ({ request }) => {
		const period = await request.post('/api/rules/programme-period', {
			data: exampleById('kristoffer-2014')!.period,
		});
		expect(period.status()).toBe(200);
		expect((await period.json()) as object).toHaveProperty('latestEndDate');
		const badPeriod = await request.post('/api/rules/programme-period', {
			data: {
				assessmentDate: '2020-01-01',
				startDate: '2019-02-30',
				interruptions: [{ startDate: '2019-05-01' }],
			},
		});
		expect(badPeriod.status()).toBe(400);
		expect(new Set(paths((await badPeriod.json()) as FieldErrors))).toEqual(
			new Set(['startDate', 'interruptions[0].endDate']),
		);

		const benefit = await request.post('/api/rules/benefit', { data: lise.benefit });
		expect(benefit.status()).toBe(200);
		expect(
			((await benefit.json()) as { twoWeekly: { payable: number } }).twoWeekly.payable,
		).toBeGreaterThan(0);
		const badBenefit = await request.post('/api/rules/benefit', {
			data: {
				assessmentDate: null,
				birthDate: '1994-03-15',
				childrenSupported: -1,
				interruptedDays: 'to',
			},
		});
		expect(badBenefit.status()).toBe(400);
		expect(new Set(paths((await badBenefit.json()) as FieldErrors))).toEqual(
			new Set(['assessmentDate', 'childrenSupported', 'interruptedDays']),
		);
	});

	test('malformed JSON and wrong methods get 400 and 405 here too', async ({ request }) => {
		for (const path of [
			'/api/rules/programme-period',
			'/api/rules/benefit',
			'/api/rules/compare',
		]) {
			expect(
				(await request.post(path, { headers: JSON_HEADERS, data: Buffer.from('[') })).status(),
				path,
			).toBe(400);
			expect((await request.get(path)).status(), path).toBe(405);
		}
	});
});

test('POST /api/rules/compare names the condition that changed a verdict', async ({ request }) => {
	const response = await request.post('/api/rules/compare', {
		data: { dateA: '2018-06-01', dateB: '2019-06-01' },
	});
	expect(response.status()).toBe(200);
	const body = (await response.json()) as {
		changedCount: number;
		cases: { id: string; verdictChanged: boolean; changedConditions: { id: string }[] }[];
	};
	expect(body.changedCount).toBeGreaterThan(0);
	expect(body.cases.find((c) => c.id === 'amira-18-ar-2018')).toMatchObject({
		verdictChanged: true,
		changedConditions: [{ id: 'working-age' }],
	});
	const bad = await request.post('/api/rules/compare', {
		data: { dateA: '2018-06-01', dateB: '2009-01-01', cases: [{ id: 'x', facts: {} }] },
	});
	expect(bad.status()).toBe(400);
	expect(paths((await bad.json()) as FieldErrors)).toEqual(
		expect.arrayContaining(['dateB', 'cases[0].facts.assessmentDate']),
	);
});
