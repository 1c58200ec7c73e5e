/** The public entry of admin for the jobs module (server code); docs/architecture.md. */
export { pruneAdministration } from './retention.server.ts';
