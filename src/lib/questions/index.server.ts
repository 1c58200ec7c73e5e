/** The public entry of questions for other features (server code); docs/architecture.md. */
export { listQuestions } from './questions.server.ts';
