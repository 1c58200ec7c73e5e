import { describe, expect, it } from 'vitest';
import { MAX_FORM_BYTES, MAX_UPLOAD_BYTES, bodyKindOf } from './body-limit.ts';
import { guardRequestBody } from './request-guard.server.ts';

const BASE = 'http://127.0.0.1:4321';

/** A body of `total` bytes sent in 64 KB chunks, counting how much of it anyone has read. */
function streamed(total: number) {
	let pulled = 0;
	const body = new ReadableStream<Uint8Array>({
		pull(controller) {
			if (pulled >= total) return controller.close();
			const size = Math.min(64 * 1024, total - pulled);
			pulled += size;
			controller.enqueue(new Uint8Array(size));
		},
	});
	return { body, pulled: () => pulled };
}

function post(path: string, body: BodyInit | ReadableStream, headers: Record<string, string> = {}) {
	const url = new URL(path, BASE);
	const request = new Request(url, {
		method: 'POST',
		body,
		headers,
		duplex: 'half',
	} as RequestInit);
	return { request, url };
}

describe('request bodies', () => {
	it('gives uploads their own limit and every other route the form limit', () => {
		expect(bodyKindOf(new URL('/_actions/gatherings.uploadPresentation', BASE))).toBe('upload');
		expect(
			bodyKindOf(new URL('/admin/samlinger/x/mappe?_action=gatherings.uploadPresentation', BASE)),
		).toBe('upload');
		expect(bodyKindOf(new URL('/api/progress/lest', BASE))).toBe('form');
		expect(bodyKindOf(new URL('/_actions/auth.login', BASE))).toBe('form');
	});

	it('refuses a declared 200 MB body with a Norwegian 413 without reading a byte of it', async () => {
		const source = streamed(200 * 1024 * 1024);
		const { request, url } = post('/api/progress/lest', source.body, {
			'content-length': String(200 * 1024 * 1024),
		});
		const response = await guardRequestBody(request, url);
		expect(response?.status).toBe(413);
		expect(response?.headers.get('connection')).toBe('close');
		expect(await response?.text()).toBe(
			'Det du sendte, er for stort: grensen er 1 MB. Gå tilbake og prøv igjen med mindre innhold.',
		);
		expect(source.pulled()).toBeLessThanOrEqual(64 * 1024);
	});

	it('stops reading a body without a length at the limit, in nynorsk under /nn', async () => {
		const source = streamed(200 * 1024 * 1024);
		const { request, url } = post('/nn/registrer?_action=auth.signup', source.body, {
			'content-type': 'application/x-www-form-urlencoded',
		});
		const response = await guardRequestBody(request, url);
		expect(response?.status).toBe(413);
		expect(await response?.text()).toContain('grensa er 1 MB');
		expect(source.pulled()).toBeLessThan(MAX_FORM_BYTES + 256 * 1024);
	});

	it('lets an upload through up to 25 MB and refuses it above', async () => {
		const ok = post('/_actions/gatherings.uploadPresentation', 'x', {
			'content-length': String(MAX_UPLOAD_BYTES),
		});
		expect(await guardRequestBody(ok.request, ok.url)).toBeNull();
		const big = post('/_actions/gatherings.uploadPresentation', 'x', {
			'content-length': String(MAX_UPLOAD_BYTES + 1),
		});
		const response = await guardRequestBody(big.request, big.url);
		expect(response?.status).toBe(413);
		expect(await response?.json()).toEqual({
			type: 'AstroActionInputError',
			code: 'CONTENT_TOO_LARGE',
			status: 413,
			message: 'error.body.tooLarge',
			issues: [{ code: 'custom', path: [], message: 'error.body.tooLarge', params: { mb: 25 } }],
		});
	});

	it('answers malformed JSON to an action with 400, and lets valid JSON and forms through to the route', async () => {
		const bad = post('/_actions/questions.ask', '{"text": "Kva no', {
			'content-type': 'application/json',
		});
		const response = await guardRequestBody(bad.request, bad.url);
		expect(response?.status).toBe(400);
		expect(await response?.json()).toMatchObject({
			code: 'BAD_REQUEST',
			message: 'error.body.badJson',
		});
		const good = post('/_actions/questions.ask', '{"text":"Kva no?"}', {
			'content-type': 'application/json',
		});
		expect(await guardRequestBody(good.request, good.url)).toBeNull();
		expect(await good.request.json()).toEqual({ text: 'Kva no?' });
		const form = post('/logg-inn?_action=auth.login', new URLSearchParams({ email: 'a@b.no' }));
		expect(await guardRequestBody(form.request, form.url)).toBeNull();
		expect((await form.request.formData()).get('email')).toBe('a@b.no');
	});
});
