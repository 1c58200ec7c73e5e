import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { createDb, type Db } from '#db/client.ts';
import { createSession, SESSION_COOKIE } from '#lib/auth/session.server.ts';
import { createUser, type TestUserOptions } from '../factories.ts';
import { wireFeatures } from '#app/wiring.server.ts';

// Specs that register people straight through the feature code get the features wired as the app
// wires them (a registration then carries the pre-event survey, as through the server).
wireFeatures();

export const E2E_DATABASE_URL = 'file:./.e2e/e2e.db';

let shared: Promise<Db> | undefined;
/** The database the e2e server runs on, opened from the test process to arrange data. */
export function e2eDb(): Promise<Db> {
	shared ??= createDb(E2E_DATABASE_URL);
	return shared;
}

export type Role = 'anonymous' | 'participant' | 'coordinator-other' | 'coordinator' | 'admin';

const ROLE_OPTIONS: Record<Exclude<Role, 'anonymous'>, TestUserOptions> = {
	participant: {},
	'coordinator-other': { coordinatorOf: ['vestfold-og-telemark'] },
	coordinator: { coordinatorOf: ['vestland'] },
	admin: { isAdmin: true },
};

/** A fresh user with the role, signed in by a session written straight to the database. */
export async function sessionCookieFor(role: Exclude<Role, 'anonymous'>) {
	const db = await e2eDb();
	const user = await createUser(db, ROLE_OPTIONS[role]);
	const { token } = await createSession(db, user.id);
	return { user, token };
}

export const test = base.extend<{
	loginAs: (role: Exclude<Role, 'anonymous'>) => Promise<{ id: string; email: string }>;
}>({
	loginAs: async ({ context, baseURL }, use) => {
		await use(async (role) => {
			const { user, token } = await sessionCookieFor(role);
			await context.addCookies([
				{ name: SESSION_COOKIE, value: token, url: baseURL!, httpOnly: true, sameSite: 'Lax' },
			]);
			return user;
		});
	},
});

/** Runs axe (WCAG 2.1 A and AA) on the page as it is now and fails with the rules it breaks. */
export async function expectAccessible(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page })
		// Only violations are read: axe then skips collecting every passing node, which is most of its
		// time. (options() replaces the options object, so it comes before withTags().)
		.options({ resultTypes: ['violations'] })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	const summary = results.violations.map(
		(v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
	);
	expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

export { expect };
