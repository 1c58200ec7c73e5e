/** The public entry of surveys for other features (pure code); docs/architecture.md. */
export { MIN_RESPONSES } from './anonymity.ts';
export type { QuestionResult } from './results.ts';
export { evaluationTemplate, preEventTemplate, type QuestionDraft } from './templates.ts';
