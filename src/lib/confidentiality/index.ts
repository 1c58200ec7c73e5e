/** The public entry of confidentiality for other features (pure code); docs/architecture.md. */
export { confidentialityMessage, findConfidential } from './guard.ts';
export { guardedText } from './guarded-text.ts';
