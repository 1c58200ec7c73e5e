/**
 * A tiny validator for the browser: the part of zod's behaviour the input schemas use, and no
 * more, so the playground island can check its form without shipping zod (about 26 kB gzipped).
 *
 * It follows zod 4's rules exactly, because `plain.ts` must answer as `../schema.ts` does (tested
 * in `plain.test.ts` on generated input):
 * - a schema's checks (`refine`, `superRefine`) run in order, each only while no earlier issue
 *   of the same value stops checking: a wrong type or an `abort`ing refinement stops, an ordinary
 *   refinement does not;
 * - an object checks every key of its shape in order, drops unknown keys and then, unless an issue
 *   stops it, runs its own checks; arrays check every item;
 * - `nullable` lets null through unchecked; `withDefault` replaces undefined, unchecked.
 */
import { fieldErrors, type Parsed } from './errors.ts';
import type { IssueInput } from './messages.ts';

type Path = (string | number)[];
export type Issue = { path: Path; message: string; continue: boolean };
export type Payload<T> = { value: T; issues: Issue[] };
/** Checks any input; `value` is meaningful only when there is no issue. */
export type Schema<T> = (input: unknown) => Payload<T>;
export type Output<S> = S extends Schema<infer T> ? T : never;
export type Report = (path: Path, message: string) => void;
type Message = (issue: IssueInput) => string;

/** zod's `aborted`: some issue from `from` on does not let the checks go on. */
function stops(issues: readonly Issue[], from = 0): boolean {
	for (let i = from; i < issues.length; i += 1) if (!issues[i]?.continue) return true;
	return false;
}

/** A type test: the value as it is, or one issue that stops the checks. */
export function type<T>(test: (value: unknown) => value is T, message: Message): Schema<T> {
	return (input) => ({
		value: input as T,
		issues: test(input) ? [] : [{ path: [], message: message({ input }), continue: false }],
	});
}

export const string = (message: Message) =>
	type((value): value is string => typeof value === 'string', message);
export const boolean = (message: Message) =>
	type((value): value is boolean => typeof value === 'boolean', message);
/** A finite number (zod 4 refuses NaN and ±Infinity). */
export const number = (message: Message) =>
	type((value): value is number => typeof value === 'number' && Number.isFinite(value), message);
export const oneOf = <const T extends string>(values: readonly T[], message: Message) =>
	type((value): value is T => (values as readonly unknown[]).includes(value), message);

/** A check after the others; `abort` stops the checks after it when it fails. */
export function refine<T>(
	schema: Schema<T>,
	ok: (value: T) => boolean,
	message: string,
	abort = false,
): Schema<T> {
	return (input) => {
		const payload = schema(input);
		if (!stops(payload.issues) && !ok(payload.value)) {
			payload.issues.push({ path: [], message, continue: !abort });
		}
		return payload;
	};
}

/** A check that may report any number of issues, at paths of its choosing. */
export function superRefine<T>(schema: Schema<T>, check: (value: T, report: Report) => void) {
	return (input: unknown): Payload<T> => {
		const payload = schema(input);
		if (!stops(payload.issues)) {
			check(payload.value, (path, message) =>
				payload.issues.push({ path, message, continue: true }),
			);
		}
		return payload;
	};
}

export function nullable<T>(schema: Schema<T>): Schema<T | null> {
	return (input) => (input === null ? { value: null, issues: [] } : schema(input));
}

/** `fallback()` for undefined; a function, so that every answer gets its own array. */
export function withDefault<T>(schema: Schema<T>, fallback: () => T): Schema<T> {
	return (input) => (input === undefined ? { value: fallback(), issues: [] } : schema(input));
}

function prefixed(key: string | number, issues: readonly Issue[], into: Issue[]): void {
	for (const issue of issues) into.push({ ...issue, path: [key, ...issue.path] });
}

export function array<T>(item: Schema<T>, message: Message): Schema<T[]> {
	return (input) => {
		if (!Array.isArray(input)) return type((_): _ is T[] => false, message)(input);
		const value: T[] = [];
		const issues: Issue[] = [];
		for (let i = 0; i < input.length; i += 1) {
			const result = item(input[i]);
			prefixed(i, result.issues, issues);
			value.push(result.value);
		}
		return { value, issues };
	};
}

export function object<S extends Record<string, Schema<unknown>>>(
	shape: S,
	message: Message,
): Schema<{ [K in keyof S]: Output<S[K]> }> {
	type Out = { [K in keyof S]: Output<S[K]> };
	return (input) => {
		if (typeof input !== 'object' || input === null || Array.isArray(input)) {
			return type((_): _ is Out => false, message)(input);
		}
		const value: Record<string, unknown> = {};
		const issues: Issue[] = [];
		for (const key of Object.keys(shape)) {
			const result = (shape[key] as Schema<unknown>)((input as Record<string, unknown>)[key]);
			prefixed(key, result.issues, issues);
			value[key] = result.value;
		}
		return { value: value as Out, issues };
	};
}

/** Validates without throwing: the value, or one `{ path, message }` per invalid field. */
export function parse<T>(schema: Schema<T>, input: unknown): Parsed<T> {
	const { value, issues } = schema(input);
	return issues.length === 0 ? { ok: true, value } : { ok: false, errors: fieldErrors(issues) };
}
