/**
 * Small zod builders whose every message is in Norwegian bokmål, so the API's 400 answer, the CLI
 * and the playground can show field errors to a caseworker as they are. The wording lives in
 * `messages.ts`, shared with the browser's validator (`plain.ts`).
 */
import { z } from 'zod';
import { isIsoDate } from '../engine/dates.ts';
import {
	DATE_INVALID,
	DATE_TYPE,
	inRange,
	KRONER,
	KRONER_MAX,
	KRONER_TOO_HIGH,
	LIST,
	missingOr,
	NULLABLE_DATE_INVALID,
	NULLABLE_DATE_TYPE,
	NULLABLE_LIST,
	oneOfMessage,
	RANGE_MESSAGE,
	recordMessage,
	TRI_STATE,
	wholeNumberMessage,
} from './messages.ts';

/** A real calendar date written 'YYYY-MM-DD', between 1900 and 2099. */
export function isoDate() {
	return z
		.string({ error: missingOr(DATE_TYPE, false) })
		.refine(isIsoDate, { error: DATE_INVALID, abort: true })
		.refine(inRange, { error: RANGE_MESSAGE });
}

/** Like `isoDate`, but `null` (unknown) is allowed and the field must still be present. */
export function nullableIsoDate() {
	return z
		.string({ error: missingOr(NULLABLE_DATE_TYPE, true) })
		.refine(isIsoDate, { error: NULLABLE_DATE_INVALID, abort: true })
		.refine(inRange, { error: RANGE_MESSAGE })
		.nullable();
}

/** A yes/no fact: true, false, or null for "not assessed yet". The field must be present. */
export function triState() {
	return z.boolean({ error: missingOr(TRI_STATE, true) }).nullable();
}

/** One of a closed list of values. */
export function oneOf<const T extends readonly [string, ...string[]]>(
	values: T,
	opts: { nullable: true },
): z.ZodNullable<z.ZodEnum<{ [K in T[number]]: K }>>;
export function oneOf<const T extends readonly [string, ...string[]]>(
	values: T,
	opts?: { nullable?: false },
): z.ZodEnum<{ [K in T[number]]: K }>;
export function oneOf<const T extends readonly [string, ...string[]]>(
	values: T,
	opts: { nullable?: boolean } = {},
) {
	const nullable = opts.nullable === true;
	const schema = z.enum(values, { error: missingOr(oneOfMessage(values, nullable), nullable) });
	return nullable ? schema.nullable() : schema;
}

/** A whole number in [min, max]. */
export function wholeNumber(min: number, max: number) {
	const message = wholeNumberMessage(min, max);
	return z
		.number({ error: missingOr(message, false) })
		.int({ error: message })
		.min(min, { error: message })
		.max(max, { error: message });
}

/** An amount in kroner, zero or more. */
export function kroner() {
	return z
		.number({ error: missingOr(KRONER, false) })
		.min(0, { error: KRONER })
		.max(KRONER_MAX, { error: KRONER_TOO_HIGH });
}

export function list<T extends z.ZodType>(item: T) {
	return z.array(item, { error: missingOr(LIST, false) });
}

export function nullableList<T extends z.ZodType>(item: T) {
	return z.array(item, { error: missingOr(NULLABLE_LIST, true) }).nullable();
}

export function record<T extends z.ZodRawShape>(shape: T, what: string) {
	return z.object(shape, { error: missingOr(recordMessage(what), false) });
}
