/**
 * The page and endpoint openers, called with the parts of Astro's context they read: what a
 * visitor gets for an unknown address, a missing login, a refused role, and the file's language.
 */
import { describe, expect, it } from 'vitest';
import type { CurrentUser } from './accounts.server.ts';
import { downloadLang, lookupPage, recordEndpoint, recordPage } from './page.server.ts';

const coordinator = (networkId: string) =>
	({ id: 'u1', isAdmin: false, coordinatorOf: [networkId] }) as unknown as CurrentUser;

function pageCtx(locale: string | undefined, user: CurrentUser | null = null) {
	const url = new URL(`http://127.0.0.1${locale ? `/${locale}` : ''}/admin/x?y=1`);
	return {
		params: { locale },
		locals: { user } as App.Locals,
		url,
		currentLocale: locale === 'nn' ? 'nn' : 'nb',
		redirect: (to: string, status?: number) =>
			new Response(null, { status: status ?? 302, headers: { location: to } }),
		rewrite: (to: string) => new Response(`rewrite ${to}`),
	} as unknown as Parameters<typeof recordPage>[0];
}

const record = { networkId: 'vest' };
const find = (found: typeof record | undefined) => () => Promise.resolve(found);
const needOf = (r: typeof record) => ({ kind: 'coordinator' as const, networkId: r.networkId });

describe('lookupPage and recordPage', () => {
	it('an unknown locale and an unknown record get the 404 page, in the page language', async () => {
		expect(await ((await lookupPage(pageCtx('xx'), find(record))) as Response).text()).toBe(
			'rewrite /404',
		);
		expect(await ((await lookupPage(pageCtx('nn'), find(undefined))) as Response).text()).toBe(
			'rewrite /nn/404',
		);
	});

	it('the anonymous are sent to log in and brought back; another network’s coordinator gets 403', async () => {
		const login = (await recordPage(pageCtx('nn'), find(record), needOf)) as Response;
		expect(login.status).toBe(303);
		expect(login.headers.get('location')).toBe(
			`/nn/logg-inn?next=${encodeURIComponent('/nn/admin/x?y=1')}`,
		);
		const refused = (await recordPage(
			pageCtx(undefined, coordinator('aust')),
			find(record),
			needOf,
		)) as Response;
		expect(await refused.text()).toBe('rewrite /ingen-tilgang');
	});

	it('the record’s coordinator gets the page’s language, the record and themselves', async () => {
		const user = coordinator('vest');
		const page = await recordPage(pageCtx('nn', user), find(record), needOf);
		expect(page).toMatchObject({ lang: 'nn', found: record, user });
	});
});

describe('recordEndpoint', () => {
	const ctx = (user: CurrentUser | null, query = '') =>
		({
			locals: { user } as App.Locals,
			url: new URL(`http://127.0.0.1/api/x${query}`),
		}) as Parameters<typeof recordEndpoint>[0];

	it('answers plain 404, 401 and 403, and opens for the coordinator in the asked language', async () => {
		const missing = (await recordEndpoint(
			ctx(null),
			find(undefined),
			needOf,
			'Fann ikkje.',
		)) as Response;
		expect([missing.status, await missing.text()]).toEqual([404, 'Fann ikkje.']);
		const anonymous = (await recordEndpoint(ctx(null), find(record), needOf, '')) as Response;
		expect(anonymous.status).toBe(401);
		const other = (await recordEndpoint(
			ctx(coordinator('aust')),
			find(record),
			needOf,
			'',
		)) as Response;
		expect(other.status).toBe(403);
		const opened = await recordEndpoint(
			ctx(coordinator('vest'), '?lang=nn'),
			find(record),
			needOf,
			'',
		);
		expect(opened).toMatchObject({ lang: 'nn', found: record });
	});

	it('a download is in the language asked for (?lang= or ?sprak=), else the address’s', () => {
		expect(downloadLang(new URL('http://h/api/x?lang=nn'))).toBe('nn');
		expect(downloadLang(new URL('http://h/api/x?sprak=nn'))).toBe('nn');
		expect(downloadLang(new URL('http://h/nn/x?lang=nb'))).toBe('nb');
		expect(downloadLang(new URL('http://h/nn/x?lang=se'))).toBe('nn');
		expect(downloadLang(new URL('http://h/api/x'))).toBe('nb');
	});
});
