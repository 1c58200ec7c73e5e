/** The public entry of self-study for other features (pure code); docs/architecture.md. */
export { fill } from './fill.ts';
