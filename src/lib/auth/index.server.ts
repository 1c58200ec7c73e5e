/** The public entry of auth for other features (server code); docs/architecture.md. */
export type { CurrentUser } from './accounts.server.ts';
export { guardEndpoint, guardPage, requireCoordinator } from './guards.server.ts';
export {
	downloadLang,
	lookupPage,
	recordEndpoint,
	recordPage,
	signedInPage,
	type PageContext,
	type SignedInPage,
} from './page.server.ts';
export { clearAccount, pruneThrottle } from './throttle.server.ts';
export { hashPassword } from './password.server.ts';
export { createSession, invalidateUserSessions } from './session.server.ts';
