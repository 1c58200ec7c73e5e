/**
 * Small zod builders whose every message is in Norwegian bokmål, so the API's 400 answer, the CLI
 * and the playground can show field errors to a caseworker as they are. Built on `zod/mini`, which
 * tree-shakes, so the playground island ships only the parts of zod these schemas use. The wording
 * lives in `messages.ts`.
 */
import * as z from 'zod/mini';
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
		.check(
			z.refine(isIsoDate, { error: DATE_INVALID, abort: true }),
			z.refine(inRange, { error: RANGE_MESSAGE }),
		);
}

/** Like `isoDate`, but `null` (unknown) is allowed and the field must still be present. */
export function nullableIsoDate() {
	return z.nullable(
		z
			.string({ error: missingOr(NULLABLE_DATE_TYPE, true) })
			.check(
				z.refine(isIsoDate, { error: NULLABLE_DATE_INVALID, abort: true }),
				z.refine(inRange, { error: RANGE_MESSAGE }),
			),
	);
}

/** A yes/no fact: true, false, or null for "not assessed yet". The field must be present. */
export function triState() {
	return z.nullable(z.boolean({ error: missingOr(TRI_STATE, true) }));
}

/** One of a closed list of values. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
	return z.enum(values, { error: missingOr(oneOfMessage(values, false), false) });
}

/** One of a closed list of values, or null. */
export function nullableOneOf<const T extends readonly [string, ...string[]]>(values: T) {
	return z.nullable(z.enum(values, { error: missingOr(oneOfMessage(values, true), true) }));
}

/** A whole number in [min, max]. */
export function wholeNumber(min: number, max: number) {
	const message = wholeNumberMessage(min, max);
	return z
		.number({ error: missingOr(message, false) })
		.check(
			z.int({ error: message }),
			z.gte(min, { error: message }),
			z.lte(max, { error: message }),
		);
}

/** An amount in kroner, zero or more. */
export function kroner() {
	return z
		.number({ error: missingOr(KRONER, false) })
		.check(z.gte(0, { error: KRONER }), z.lte(KRONER_MAX, { error: KRONER_TOO_HIGH }));
}

export function list<T extends z.core.SomeType>(item: T) {
	return z.array(item, { error: missingOr(LIST, false) });
}

export function nullableList<T extends z.core.SomeType>(item: T) {
	return z.nullable(z.array(item, { error: missingOr(NULLABLE_LIST, true) }));
}

export function record<T extends z.core.$ZodLooseShape>(shape: T, what: string) {
	return z.object(shape, { error: missingOr(recordMessage(what), false) });
}
