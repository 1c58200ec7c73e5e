/**
 * Field errors without zod: `{ path, message }` per invalid field, from a zod error's issues.
 */
import type { Outcome } from '../engine/types.ts';

export type FieldError = { path: string; message: string };

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/** 'benefits[0].type'; '' for the input as a whole. */
export function formatPath(path: readonly PropertyKey[]): string {
	let out = '';
	for (const segment of path) {
		if (typeof segment === 'number') out += `[${segment}]`;
		else out += out === '' ? String(segment) : `.${String(segment)}`;
	}
	return out;
}

/** One entry per invalid field, in the order the issues were found; duplicates dropped. */
export function fieldErrors(
	issues: readonly { path: readonly PropertyKey[]; message: string }[],
): FieldError[] {
	const seen = new Set<string>();
	const out: FieldError[] = [];
	for (const item of issues) {
		const entry = { path: formatPath(item.path), message: item.message };
		const key = `${entry.path}\u0000${entry.message}`;
		if (seen.has(key)) continue;
		seen.add(key);
		out.push(entry);
	}
	return out;
}

/** The calculation's answer for a valid input, or the validator's errors. */
export function outcomeOf<T, R>(parsed: Parsed<T>, calculate: (value: T) => R): Outcome<R> {
	return parsed.ok ? { ok: true, result: calculate(parsed.value) } : parsed;
}
