/// <reference types="astro/client" />

declare namespace App {
	interface Locals {
		/** The signed-in user, or null. Loaded by the middleware; never used to authorize by path. */
		user: import('./lib/auth/accounts.server.ts').CurrentUser | null;
		session: import('./lib/auth/session.server.ts').Session | null;
		requestId: string;
	}
}
