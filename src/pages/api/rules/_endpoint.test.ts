/**
 * The rules API's handlers, called directly: good input, every kind of bad input, and that each
 * invalid field is named. The e2e spec (tests/e2e/rules-api.spec.ts) covers the same over HTTP.
 */
import type { APIContext } from 'astro';
import { describe, expect, it } from 'vitest';
import { CONDITION_IDS, exampleById } from '#lib/rules/index.ts';
import * as benefit from './benefit.ts';
import * as compare from './compare.ts';
import { MAX_BODY_BYTES } from '#lib/api/json.server.ts';
import * as eligibility from './eligibility.ts';
import * as period from './programme-period.ts';

type Route = { POST: (context: APIContext) => Response | Promise<Response> };
type Answer = { status: number; headers: Headers; body: Record<string, unknown> };

async function call(
	route: Route,
	body: string | null,
	{ contentType = 'application/json', query = '', method = 'POST' } = {},
): Promise<Answer> {
	const url = new URL(`http://127.0.0.1/api/rules/x${query}`);
	const headers: Record<string, string> = {};
	if (contentType !== '') headers['content-type'] = contentType;
	const request = new Request(url, { method, headers, body });
	const handler = method === 'POST' ? route.POST : (route as unknown as { ALL: Route['POST'] }).ALL;
	const response = await handler({ request, url } as unknown as APIContext);
	return {
		status: response.status,
		headers: response.headers,
		body: (await response.json()) as Record<string, unknown>,
	};
}

const post = (route: Route, value: unknown, options?: Parameters<typeof call>[2]) =>
	call(route, JSON.stringify(value), options);

function paths(answer: Answer): string[] {
	return (answer.body.errors as { path: string }[]).map((e) => e.path);
}

const lise = exampleById('lise')!;

describe('POST /api/rules/eligibility', () => {
	it('answers Lise with the verdict and every condition explained in both languages', async () => {
		const answer = await post(eligibility, lise.facts);
		expect(answer.status).toBe(200);
		expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
		const body = answer.body as {
			ruleVersion: { id: string };
			verdict: string;
			conditions: {
				id: string;
				status: string;
				reference: { text: string; href: string };
				explanation: { nb: string; nn: string };
			}[];
		};
		expect(body.ruleVersion.id).toBe('rv-2010');
		expect(body.verdict).toBe('needs-judgement');
		expect(body.conditions.map((c) => c.id)).toEqual([...CONDITION_IDS]);
		for (const condition of body.conditions) {
			expect(condition.status).toMatch(/^(met|not-met|needs-judgement)$/);
			expect(condition.reference.text).toMatch(/§|forskrift|rundskriv/);
			expect(condition.explanation.nb.length).toBeGreaterThan(10);
			expect(condition.explanation.nn.length).toBeGreaterThan(10);
		}
	});

	it('applies another date’s rules with ?ruleDate', async () => {
		const amira = exampleById('amira-18-ar-2018')!;
		expect((await post(eligibility, amira.facts)).body.verdict).toBe('not-eligible');
		const later = await post(eligibility, amira.facts, { query: '?ruleDate=2019-06-01' });
		expect(later.status).toBe(200);
		expect((later.body.ruleVersion as { id: string }).id).toBe('rv-2019');
		const bad = await post(eligibility, amira.facts, { query: '?ruleDate=2009-12-31' });
		expect(bad.status).toBe(400);
		expect(paths(bad)).toEqual(['ruleDate']);
		const both = await post(
			eligibility,
			{ ...amira.facts, birthDate: 'x' },
			{ query: '?ruleDate=2019-02-29' },
		);
		expect(paths(both)).toEqual(['birthDate', 'ruleDate']);
	});

	it('names every invalid field in one 400', async () => {
		const facts = {
			...lise.facts,
			assessmentDate: '2018-02-30',
			birthDate: 'i fjor',
			lawfulResidenceAndFixedAbodeInNorway: 'ja',
			workAbilityAssessmentOutcome: 'litt',
			benefits: [{ type: 'lottogevinst', annualAmountNOK: -5, noneOrVeryLimited: null }],
			navCannotOfferReason: 42,
		} as Record<string, unknown>;
		delete facts.significantlyReducedWorkAndIncomeCapacity;
		const answer = await post(eligibility, facts);
		expect(answer.status).toBe(400);
		expect(new Set(paths(answer))).toEqual(
			new Set([
				'assessmentDate',
				'birthDate',
				'lawfulResidenceAndFixedAbodeInNorway',
				'significantlyReducedWorkAndIncomeCapacity',
				'workAbilityAssessmentOutcome',
				'benefits[0].type',
				'benefits[0].annualAmountNOK',
				'navCannotOfferReason',
			]),
		);
		expect(answer.body.error).toMatch(/^Ugyldig input: 8 felt er ugyldige: /);
		for (const e of answer.body.errors as { message: string }[])
			expect(e.message.length).toBeGreaterThan(5);
	});

	it.each([
		['an empty object', {}, 'assessmentDate'],
		['null', null, ''],
		['an array', [lise.facts], ''],
		['a number', 42, ''],
		['a string', 'Lise', ''],
		['a date before the Act', { ...lise.facts, assessmentDate: '2009-12-31' }, 'assessmentDate'],
		['a birth date after the assessment', { ...lise.facts, birthDate: '2019-01-01' }, 'birthDate'],
		['benefits not a list', { ...lise.facts, benefits: 'sosialhjelp' }, 'benefits'],
		[
			'a previous participation that ends before it starts',
			{
				...lise.facts,
				previousKvpParticipation: [
					{ outcome: 'completed', startDate: '2015-01-01', endDate: '2014-01-01' },
				],
			},
			'previousKvpParticipation[0].endDate',
		],
	])('400 for %s, naming %j', async (_name, value, path) => {
		const answer = await post(eligibility, value);
		expect(answer.status).toBe(400);
		expect(paths(answer)).toContain(path);
	});

	it('400 with a Norwegian message for malformed JSON, empty bodies and bad UTF-8', async () => {
		for (const body of ['{"assessmentDate": ', '{oops}', "{'a': 1}", '', '   ']) {
			const answer = await call(eligibility, body);
			expect(answer.status, body).toBe(400);
			expect(answer.body.error).toMatch(/Kroppen er (ikke gyldig JSON|tom)/);
		}
		const request = new Request('http://127.0.0.1/api/rules/eligibility', {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]),
		});
		const response = await eligibility.POST({
			request,
			url: new URL(request.url),
		} as unknown as APIContext);
		expect(response.status).toBe(400);
		expect(((await response.json()) as { error: string }).error).toMatch(/UTF-8/);
	});

	it('415 for anything but application/json', async () => {
		for (const contentType of [
			'',
			'text/plain',
			'application/x-www-form-urlencoded',
			'multipart/form-data; boundary=x',
			'application/jsonx',
		]) {
			const answer = await call(eligibility, JSON.stringify(lise.facts), { contentType });
			expect(answer.status, contentType).toBe(415);
			expect(answer.headers.get('accept-post')).toBe('application/json');
		}
		const ok = await call(eligibility, JSON.stringify(lise.facts), {
			contentType: 'Application/JSON; charset=UTF-8',
		});
		expect(ok.status).toBe(200);
	});

	it('413 for a body over 64 KB, declared or not', async () => {
		const big = JSON.stringify({ ...lise.facts, padding: 'x'.repeat(MAX_BODY_BYTES) });
		expect((await call(eligibility, big)).status).toBe(413);
		const stream = new ReadableStream<Uint8Array>({
			start(controller) {
				const chunk = new TextEncoder().encode(' '.repeat(16 * 1024));
				for (let i = 0; i < 5; i += 1) controller.enqueue(chunk);
				controller.close();
			},
		});
		const request = new Request('http://127.0.0.1/api/rules/eligibility', {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: stream,
			duplex: 'half',
		} as RequestInit);
		const response = await eligibility.POST({
			request,
			url: new URL(request.url),
		} as unknown as APIContext);
		expect(response.status).toBe(413);
	});

	it('405 with Allow: POST for other methods', async () => {
		for (const method of ['GET', 'PUT', 'DELETE', 'PATCH']) {
			const answer = await call(eligibility, method === 'GET' ? null : '{}', { method });
			expect(answer.status).toBe(405);
			expect(answer.headers.get('allow')).toBe('POST');
		}
	});
});

describe('POST /api/rules/programme-period', () => {
	it('computes an example’s period', async () => {
		const answer = await post(period, exampleById('kristoffer-2014')!.period);
		expect(answer.status).toBe(200);
		expect(answer.body.latestEndDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(answer.body.summary).toHaveProperty('nn');
	});

	it('names every invalid field', async () => {
		const answer = await post(period, {
			assessmentDate: '2020-13-01',
			startDate: null,
			decisions: [{ startDate: '2020-01-01', endDate: '2019-01-01', kind: 'evig' }],
			interruptions: 'nei',
		});
		expect(answer.status).toBe(400);
		expect(new Set(paths(answer))).toEqual(
			new Set(['assessmentDate', 'startDate', 'decisions[0].kind', 'interruptions']),
		);
	});
});

describe('POST /api/rules/benefit', () => {
	it('computes Lise’s benefit', async () => {
		const answer = await post(benefit, lise.benefit);
		expect(answer.status).toBe(200);
		expect((answer.body.twoWeekly as { payable: number }).payable).toBeGreaterThan(0);
	});

	it('names every invalid field', async () => {
		const answer = await post(benefit, {
			assessmentDate: '2024-01-01',
			childrenSupported: 2.5,
			unexcusedAbsenceDays: -1,
			otherBenefitsInPeriod: [{ type: 'lønn', amountNOK: 'mye' }],
		});
		expect(answer.status).toBe(400);
		expect(new Set(paths(answer))).toEqual(
			new Set([
				'birthDate',
				'childrenSupported',
				'unexcusedAbsenceDays',
				'otherBenefitsInPeriod[0].type',
				'otherBenefitsInPeriod[0].amountNOK',
			]),
		);
	});
});

describe('POST /api/rules/compare', () => {
	it('runs the case library under two dates and names the conditions that changed', async () => {
		const answer = await post(compare, { dateA: '2018-06-01', dateB: '2019-06-01' });
		expect(answer.status).toBe(200);
		const cases = answer.body.cases as {
			id: string;
			verdictChanged: boolean;
			changedConditions: { id: string }[];
		}[];
		const amira = cases.find((c) => c.id === 'amira-18-ar-2018');
		expect(amira?.verdictChanged).toBe(true);
		expect(amira?.changedConditions.map((c) => c.id)).toEqual(['working-age']);
		expect(answer.body.changedCount).toBeGreaterThan(0);
	});

	it('takes its own cases and names invalid fields inside them', async () => {
		const ok = await post(compare, {
			dateA: '2018-06-01',
			dateB: '2019-06-01',
			cases: [{ id: 'min-sak', facts: lise.facts }],
		});
		expect(ok.status).toBe(200);
		const bad = await post(compare, {
			dateA: '1999-01-01',
			dateB: 'i morgon',
			cases: [{ id: '', facts: { ...lise.facts, birthDate: 'x' } }, 'sak'],
		});
		expect(bad.status).toBe(400);
		expect(new Set(paths(bad))).toEqual(
			new Set(['dateA', 'dateB', 'cases[0].id', 'cases[0].facts.birthDate', 'cases[1]']),
		);
		expect(paths(await post(compare, [1]))).toEqual(['']);
		expect(
			paths(await post(compare, { dateA: '2018-06-01', dateB: '2019-06-01', cases: [] })),
		).toEqual(['cases']);
	});
});
