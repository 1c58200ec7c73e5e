/** The public entry of gatherings for other features (server code); docs/architecture.md. */
export { gatheringsDueReminder, getGathering, saveProgrammeItem } from './gatherings.server.ts';
export { registrationHooks, type OnRegistered, type Registered } from './hooks.server.ts';
export { sendReminder } from './participants.server.ts';
export { applyRetention } from './privacy.server.ts';
