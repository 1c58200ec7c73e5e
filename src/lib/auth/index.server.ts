/** The public entry of auth for other features (server code); docs/architecture.md. */
export type { CurrentUser } from './accounts.server.ts';
export { guardEndpoint, guardPage } from './guards.server.ts';
export { clearAccount, pruneThrottle } from './throttle.server.ts';
