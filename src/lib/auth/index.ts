/** The public entry of auth for other features (pure code); docs/architecture.md. */
export { canCoordinate, type Principal } from './policy.ts';
