/**
 * OpenFisca-style dated parameters (openfisca-core `parameter.py`, `_get_at_instant`).
 *
 * A parameter is `{ description, unit, reference, values: { 'YYYY-MM-DD': { value, reference } } }`.
 * `valueAt(param, date)` returns the latest value whose start ≤ date; a `null` value ends the
 * parameter (nothing applies from that date). A malformed date makes `defineParameter` throw with
 * the parameter's name, so a typo fails at load time, not in a caseworker's answer.
 */
import { isIsoDate, type IsoDate } from './dates.ts';
import type { Localized } from './types.ts';

export type ParameterEntry<T> = {
	value: T | null;
	/** Where this value comes from (source id from the fact sheet, URL or regulation). */
	reference: string;
	/** False when the value is not verified against a stored source ([MU] in the fact sheet). */
	verified?: boolean;
	/** Shown to the user when the value is unverified or disputed. */
	doubt?: Localized;
	/** When the value was formally adopted, if later than the date it took effect from. */
	adopted?: IsoDate;
};

export type ParameterSpec<T> = {
	description: string;
	unit: string;
	/** The rule this parameter belongs to, e.g. 'sosialtenestelova § 29 første ledd'. */
	reference: string;
	values: Record<IsoDate, ParameterEntry<T>>;
};

export type Parameter<T> = ParameterSpec<T> & {
	name: string;
	/** Start dates, ascending. */
	starts: readonly IsoDate[];
};

export type ResolvedValue<T> = {
	value: T;
	/** The start date of the value in force. */
	from: IsoDate;
	reference: string;
	verified: boolean;
	doubt: Localized | null;
	adopted: IsoDate | null;
};

export class ParameterParsingError extends Error {
	readonly parameter: string;
	constructor(parameter: string, message: string) {
		super(`Parameter "${parameter}": ${message}`);
		this.name = 'ParameterParsingError';
		this.parameter = parameter;
	}
}

export function defineParameter<T>(name: string, spec: ParameterSpec<T>): Parameter<T> {
	const starts = Object.keys(spec.values);
	if (starts.length === 0) throw new ParameterParsingError(name, 'has no values');
	for (const start of starts) {
		if (!isIsoDate(start)) {
			throw new ParameterParsingError(
				name,
				`malformed date "${start}" (expected a real date written YYYY-MM-DD)`,
			);
		}
		const entry = spec.values[start];
		if (entry === undefined || typeof entry.reference !== 'string' || entry.reference === '') {
			throw new ParameterParsingError(name, `value from ${start} has no reference`);
		}
		if (entry.adopted !== undefined && !isIsoDate(entry.adopted)) {
			throw new ParameterParsingError(name, `malformed adoption date "${entry.adopted}"`);
		}
	}
	starts.sort();
	return { ...spec, name, starts };
}

/** The entry in force on `date`, or null before the first value or after a `null` end. */
export function entryAt<T>(param: Parameter<T>, date: IsoDate): ResolvedValue<T> | null {
	let found: IsoDate | null = null;
	for (const start of param.starts) {
		if (start <= date) found = start;
		else break;
	}
	if (found === null) return null;
	const entry = param.values[found];
	if (entry === undefined || entry.value === null) return null;
	return {
		value: entry.value,
		from: found,
		reference: entry.reference,
		verified: entry.verified ?? true,
		doubt: entry.doubt ?? null,
		adopted: entry.adopted ?? null,
	};
}

/** The latest verified entry whose start ≤ date (skipping unverified ones), or null. */
export function lastVerifiedAt<T>(param: Parameter<T>, date: IsoDate): ResolvedValue<T> | null {
	for (let i = param.starts.length - 1; i >= 0; i--) {
		const start = param.starts[i];
		if (start === undefined || start > date) continue;
		const entry = entryAt(param, start);
		if (entry !== null && entry.verified) return entry;
	}
	return null;
}

/** The value in force on `date`, or null when none applies. */
export function valueAt<T>(param: Parameter<T>, date: IsoDate): T | null {
	const entry = entryAt(param, date);
	return entry === null ? null : entry.value;
}

/** Like `entryAt`, but a missing value is a programming error (the schema guarantees the date). */
export function requireAt<T>(param: Parameter<T>, date: IsoDate): ResolvedValue<T> {
	const entry = entryAt(param, date);
	if (entry === null) {
		throw new RangeError(`Parameter "${param.name}" has no value on ${date}`);
	}
	return entry;
}

/**
 * Rule variants keyed by effective date, like OpenFisca's `formula_2019_01`: the latest variant
 * whose key ≤ date. Keys are checked once, at definition.
 */
export type Variants<F> = { name: string; starts: readonly IsoDate[]; byStart: Record<IsoDate, F> };

export function defineVariants<F>(name: string, byStart: Record<IsoDate, F>): Variants<F> {
	const starts = Object.keys(byStart);
	for (const start of starts) {
		if (!isIsoDate(start)) throw new ParameterParsingError(name, `malformed date "${start}"`);
	}
	starts.sort();
	return { name, starts, byStart };
}

export function variantAt<F>(variants: Variants<F>, date: IsoDate): F {
	let found: IsoDate | null = null;
	for (const start of variants.starts) {
		if (start <= date) found = start;
		else break;
	}
	const variant = found === null ? undefined : variants.byStart[found];
	if (variant === undefined) {
		throw new RangeError(`Rule "${variants.name}" has no variant in force on ${date}`);
	}
	return variant;
}
