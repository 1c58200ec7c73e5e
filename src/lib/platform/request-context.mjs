// The request context (request id) shared by every copy of the logging code in the process:
// the server bundle, scripts run from source, and Astro's own log destination. Plain JavaScript
// because Astro loads log destinations without TypeScript.
import { AsyncLocalStorage } from 'node:async_hooks';

const KEY = Symbol.for('kvp-nettverket.request-context');

/** @returns {AsyncLocalStorage<{ requestId: string }>} */
export function requestStore() {
	const holder = /** @type {Record<symbol, AsyncLocalStorage<{ requestId: string }>>} */ (
		globalThis
	);
	holder[KEY] ??= new AsyncLocalStorage();
	return holder[KEY];
}
