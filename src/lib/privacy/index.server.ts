/** The public entry of privacy for other features (server code); docs/architecture.md. */
export { eraseAccount, eraseGatheringPeople } from './erase.server.ts';
