/** The public entry of surveys for other features (server code); docs/architecture.md. */
export { preEventInvitations } from './invitations.server.ts';
export { resultsView } from './results.server.ts';
export { markUsedEverywhere } from './spent.server.ts';
