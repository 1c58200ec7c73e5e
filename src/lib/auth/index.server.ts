/**
 * The public entry of auth for other features (server code); docs/architecture.md. The page
 * guards are the one other module features may import, `#lib/auth/guards.server.ts`: they need
 * Astro, and this entry is also loaded by plain Node (the jobs, the test instances).
 */
export type { CurrentUser } from './accounts.server.ts';
export { clearAccount, pruneThrottle } from './throttle.server.ts';
export { hashPassword } from './password.server.ts';
export { createSession, invalidateUserSessions } from './session.server.ts';
