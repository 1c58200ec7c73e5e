/**
 * Small zod builders whose every message is in Norwegian bokmål, so the API's 400 answer, the CLI
 * and the playground can show field errors to a caseworker as they are.
 */
import { z } from 'zod';
import { isIsoDate } from '../engine/dates.ts';

const MISSING = 'Feltet mangler.';
const MISSING_NULLABLE = 'Feltet mangler. Bruk null hvis det ikke er vurdert ennå.';

type Issue = { input?: unknown };

function missingOr(message: string, nullable: boolean) {
	return (issue: Issue) =>
		issue.input === undefined ? (nullable ? MISSING_NULLABLE : MISSING) : message;
}

/** The engine's calendar: dates outside it are almost surely typos (and G has no values there). */
const FIRST_DATE = '1900-01-01';
const LAST_DATE = '2099-12-31';
const RANGE_MESSAGE = 'Datoen må være fra og med 1.1.1900 til og med 31.12.2099.';
const inRange = (date: string) => date >= FIRST_DATE && date <= LAST_DATE;

/** A real calendar date written 'YYYY-MM-DD', between 1900 and 2099. */
export function isoDate() {
	return z
		.string({
			error: missingOr('Må være en dato skrevet ÅÅÅÅ-MM-DD, for eksempel 2019-09-01.', false),
		})
		.refine(isIsoDate, {
			error: 'Må være en gyldig dato skrevet ÅÅÅÅ-MM-DD, for eksempel 2019-09-01.',
			abort: true,
		})
		.refine(inRange, { error: RANGE_MESSAGE });
}

/** Like `isoDate`, but `null` (unknown) is allowed and the field must still be present. */
export function nullableIsoDate() {
	return z
		.string({
			error: missingOr(
				'Må være en dato skrevet ÅÅÅÅ-MM-DD, for eksempel 2019-09-01, eller null.',
				true,
			),
		})
		.refine(isIsoDate, {
			error: 'Må være en gyldig dato skrevet ÅÅÅÅ-MM-DD, for eksempel 2019-09-01, eller null.',
			abort: true,
		})
		.refine(inRange, { error: RANGE_MESSAGE })
		.nullable();
}

/** A yes/no fact: true, false, or null for "not assessed yet". The field must be present. */
export function triState() {
	return z
		.boolean({
			error: missingOr('Må være true (ja), false (nei) eller null (ikke vurdert ennå).', true),
		})
		.nullable();
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
	const list = values.map((value) => `«${value}»`).join(', ');
	const message = `Må være en av: ${list}${nullable ? ' eller null' : ''}.`;
	const schema = z.enum(values, { error: missingOr(message, nullable) });
	return nullable ? schema.nullable() : schema;
}

/** A whole number in [min, max]. */
export function wholeNumber(min: number, max: number) {
	const message = `Må være et heltall fra og med ${min} til og med ${max}.`;
	return z
		.number({ error: missingOr(message, false) })
		.int({ error: message })
		.min(min, { error: message })
		.max(max, { error: message });
}

/** An amount in kroner, zero or more. */
export function kroner() {
	const message = 'Må være et beløp i kroner, 0 eller mer.';
	return z
		.number({ error: missingOr(message, false) })
		.min(0, { error: message })
		.max(100_000_000, { error: 'Beløpet er urimelig høyt (over 100 millioner kroner).' });
}

export function list<T extends z.ZodType>(item: T) {
	return z.array(item, { error: missingOr('Må være en liste (JSON-array).', false) });
}

export function nullableList<T extends z.ZodType>(item: T) {
	return z
		.array(item, {
			error: missingOr('Må være en liste (JSON-array), eller null hvis det ikke er kjent.', true),
		})
		.nullable();
}

export function record<T extends z.ZodRawShape>(shape: T, what: string) {
	return z.object(shape, { error: missingOr(`Må være et objekt (${what}).`, false) });
}
