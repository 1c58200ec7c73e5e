/** The public entry of exercises for other features (server code); docs/architecture.md. */
export { listExercises, listGroups, plenumView } from './exercises.server.ts';
