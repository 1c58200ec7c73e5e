/**
 * How much a request may send, per route. Pure (no astro:*), so the Node server in
 * scripts/start.ts and the middleware read the same table. See docs/decisions/012-abuse-limits.md.
 */

export const MB = 1024 * 1024;
/** Forms, actions and JSON: far above any real form (the longest text field is a few KB). */
export const MAX_FORM_BYTES = 1 * MB;
/**
 * File uploads: the actions refuse files above their own limits (presentations 20 MB, participant
 * numbers 5 MB) with a message in the form; this leaves room for the form around them.
 */
export const MAX_UPLOAD_BYTES = 25 * MB;
/** A body must arrive within this time once its headers are in; a slow sender gets 408. */
export const BODY_TIMEOUT_MS = { form: 30_000, upload: 180_000 } as const;

/** The actions that take a file. Every other route gets the form limit. */
const UPLOAD_ACTIONS: ReadonlySet<string> = new Set([
	'gatherings.uploadPresentation',
	'participantNumbers.preview',
]);

/** The action a request calls: `/_actions/<name>` (from an island) or `?_action=<name>` (a plain form). */
export function actionNameOf(url: URL): string | null {
	const rpc = /^\/_actions\/([^/]+)\/?$/.exec(url.pathname);
	if (rpc) return decodeURIComponent(rpc[1] as string);
	return url.searchParams.get('_action');
}

export type BodyKind = keyof typeof BODY_TIMEOUT_MS;

export function bodyKindOf(url: URL): BodyKind {
	const action = actionNameOf(url);
	return action !== null && UPLOAD_ACTIONS.has(action) ? 'upload' : 'form';
}

export function bodyLimitOf(kind: BodyKind): number {
	return kind === 'upload' ? MAX_UPLOAD_BYTES : MAX_FORM_BYTES;
}

/** Methods whose body the app reads. */
export function hasBody(method: string): boolean {
	return method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS';
}
