/**
 * Every message of the input schemas, in Norwegian bokmål, without zod: the schemas (`fields.ts`,
 * `../schema.ts`) take their wording from here, so the API, the CLI and the playground name a
 * field's problem in the same words.
 */
const MISSING = 'Feltet mangler.';
const MISSING_NULLABLE = 'Feltet mangler. Bruk null hvis det ikke er vurdert ennå.';

/** What an issue carries that a message depends on. */
export type IssueInput = { input?: unknown };

/** "The field is missing" when the value is undefined, else `message`. */
export function missingOr(message: string, nullable: boolean) {
	return (issue: IssueInput) =>
		issue.input === undefined ? (nullable ? MISSING_NULLABLE : MISSING) : message;
}

export const DATE_TYPE = 'Må være en dato skrevet ÅÅÅÅ-MM-DD, for eksempel 2019-09-01.';
export const DATE_INVALID = 'Må være en gyldig dato skrevet ÅÅÅÅ-MM-DD, for eksempel 2019-09-01.';
export const NULLABLE_DATE_TYPE =
	'Må være en dato skrevet ÅÅÅÅ-MM-DD, for eksempel 2019-09-01, eller null.';
export const NULLABLE_DATE_INVALID =
	'Må være en gyldig dato skrevet ÅÅÅÅ-MM-DD, for eksempel 2019-09-01, eller null.';

/** The engine's calendar: dates outside it are almost surely typos (and G has no values there). */
const FIRST_DATE = '1900-01-01';
const LAST_DATE = '2099-12-31';
export const RANGE_MESSAGE = 'Datoen må være fra og med 1.1.1900 til og med 31.12.2099.';
export const inRange = (date: string) => date >= FIRST_DATE && date <= LAST_DATE;

export const BEFORE_2010 =
	'Vurderingsdatoen må være 1.1.2010 eller senere: sosialtjenesteloven trådte i kraft 1.1.2010, og motoren har ingen regler fra før det.';

export const TRI_STATE = 'Må være true (ja), false (nei) eller null (ikke vurdert ennå).';

export function oneOfMessage(values: readonly string[], nullable: boolean): string {
	const list = values.map((value) => `«${value}»`).join(', ');
	return `Må være en av: ${list}${nullable ? ' eller null' : ''}.`;
}

export const wholeNumberMessage = (min: number, max: number) =>
	`Må være et heltall fra og med ${min} til og med ${max}.`;

export const KRONER = 'Må være et beløp i kroner, 0 eller mer.';
export const KRONER_MAX = 100_000_000;
export const KRONER_TOO_HIGH = 'Beløpet er urimelig høyt (over 100 millioner kroner).';

export const LIST = 'Må være en liste (JSON-array).';
export const NULLABLE_LIST = 'Må være en liste (JSON-array), eller null hvis det ikke er kjent.';

export const recordMessage = (what: string) => `Må være et objekt (${what}).`;
