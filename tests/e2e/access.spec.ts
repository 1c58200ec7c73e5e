/**
 * Every protected page and action, for every role. A page answers 200 when allowed, sends the
 * anonymous to the login page, and shows the 403 page to the signed-in who may not see it.
 * An action answers 401 for the anonymous and 403 for the forbidden, and does nothing.
 * When a feature adds a protected page or action, it is added to these tables.
 */
import { expect, sessionCookieFor, test, type Role } from './fixtures.ts';
import { SESSION_COOKIE } from '../../src/lib/auth/session.server.ts';

const ROLES: Role[] = ['anonymous', 'participant', 'coordinator-other', 'coordinator', 'admin'];
type Allowed = Record<Role, boolean>;
const only = (...roles: Role[]): Allowed => Object.fromEntries(ROLES.map((r) => [r, roles.includes(r)])) as Allowed;
const signedIn = only('participant', 'coordinator-other', 'coordinator', 'admin');
const coordinators = only('coordinator-other', 'coordinator', 'admin');
const admins = only('admin');

const PAGES: [string, Allowed][] = [
	['/min-side', signedIn],
	['/nn/min-side', signedIn],
	['/admin', coordinators],
	['/nn/admin', coordinators],
	['/admin/brukere', admins],
	['/nn/admin/brukere', admins],
	['/admin/epost', admins],
	['/nn/admin/epost', admins],
];

/** Actions with a body that would succeed for an allowed role (400 for bad input is not a pass). */
const ACTIONS: [string, Allowed, Record<string, string>][] = [
	['auth.changePassword', signedIn, { currentPassword: 'not the password', newPassword: 'a new long password' }],
	['admin.grantCoordinator', admins, { userId: 'demo-deltakar', networkId: 'sore-sunnmore' }],
	['admin.revokeCoordinator', admins, { userId: 'demo-deltakar', networkId: 'sore-sunnmore' }],
];

async function cookieHeader(role: Role): Promise<Record<string, string>> {
	if (role === 'anonymous') return {};
	const { token } = await sessionCookieFor(role);
	return { cookie: `${SESSION_COOKIE}=${token}` };
}

for (const role of ROLES) {
	test.describe(`as ${role}`, () => {
		for (const [path, allowed] of PAGES) {
			test(`page ${path}`, async ({ request }) => {
				const response = await request.get(path, { headers: await cookieHeader(role), maxRedirects: 0 });
				if (allowed[role]) expect(response.status()).toBe(200);
				else if (role === 'anonymous') {
					expect(response.status()).toBe(303);
					expect(response.headers().location).toContain('/logg-inn?next=');
				} else {
					expect(response.status()).toBe(403);
					expect(await response.text()).toMatch(/Ingen tilgang/);
				}
			});
		}
		for (const [name, allowed, body] of ACTIONS) {
			test(`action ${name}`, async ({ request, baseURL }) => {
				const response = await request.post(`/_actions/${name}`, {
					headers: { ...(await cookieHeader(role)), origin: baseURL!, accept: 'application/json' },
					form: body,
				});
				const status = response.status();
				if (allowed[role]) expect([200, 400]).toContain(status);
				else expect(status).toBe(role === 'anonymous' ? 401 : 403);
			});
		}
	});
}
