import { z } from 'zod';
import { formatNumber } from '#i18n/format.ts';
import {
	isMessageKey,
	isPluralKey,
	t,
	tn,
	type Lang,
	type MessageKey,
	type Params,
	type PluralKey,
} from '#i18n/index.ts';

/**
 * A message as data: a dictionary key and its parameters, translated only where it is shown (in
 * the page's language). This is the one form an error takes from a schema or an action to a page.
 * A count's message names its pair ("error.rateLimited" for "….one" / "….other") and gives the
 * count as `n`: `{ key: 'error.rateLimited', params: { n: 5 } }`.
 */
export type Message =
	| { key: MessageKey; params?: Params | undefined }
	| { key: PluralKey; params: Params & { n: number } };

/**
 * One problem with a form as a zod issue carries it, and as Astro hands it to the page in
 * `error.issues` (also without JavaScript): the field in `path` (empty for the whole form), the
 * key in `message` and the parameters in `params`.
 */
export interface FormIssue {
	code: 'custom';
	path: PropertyKey[];
	message: string;
	params?: Params;
}

/** What a page needs to show a failed form: one message per field, and one for the whole form. */
export interface FormErrors {
	fields: Record<string, string>;
	/** In page order, for the error summary: `field` is the id (without "field-") to link to. */
	list: { field: string; message: string }[];
	form: string | undefined;
}

/**
 * The field the second step of a destructive form sends (components/form/ConfirmAction.astro), so
 * that one click never cancels, deletes or signs off.
 */
export const confirmedField = { confirmed: z.literal('ja', { error: 'error.confirm.missing' }) };

export const NO_ERRORS: FormErrors = { fields: {}, list: [], form: undefined };

/** The issue for `message` on `field` (or on the whole form). */
export function formIssue(message: MessageKey | Message, field?: string): FormIssue {
	const { key, params } =
		typeof message === 'string' ? { key: message, params: undefined } : message;
	return {
		code: 'custom',
		path: field === undefined ? [] : [field],
		message: key,
		...(params && { params }),
	};
}

/**
 * A message in the page language, with counts of four digits and more written the Norwegian way
 * ("5 000"). Anything that is not a dictionary key (zod's own English text) becomes a generic
 * message.
 */
export function messageText(lang: Lang, message: MessageKey | Message | string): string {
	const { key, params } =
		typeof message === 'string' ? { key: message, params: undefined } : message;
	const shown: Params = {};
	for (const [name, value] of Object.entries(params ?? {}))
		shown[name] =
			Number.isInteger(value) && Number(value) >= 1000 ? formatNumber(Number(value), lang) : value;
	if (isPluralKey(key) && typeof params?.n === 'number') return tn(lang, key, params.n, shown);
	if (!isMessageKey(key)) return t(lang, 'error.generic');
	return params ? t(lang, key, shown) : t(lang, key);
}

/**
 * A zod check for a (trimmed) string whose message names the limit and the length given:
 * "Høyst 300 tegn (nå 5 000)." Use as `.check(tooLong(300))` where `.max(300)` would stand.
 */
export function tooLong(max: number) {
	return (ctx: { value: string; issues: unknown[] }) => {
		if (ctx.value.length > max)
			ctx.issues.push({
				...formIssue({ key: 'error.text.tooLongBy', params: { max, n: ctx.value.length } }),
				input: ctx.value,
			});
	};
}

interface ActionErrorLike {
	code?: string;
	message?: string;
	issues?: readonly { path: readonly PropertyKey[]; message: string; params?: unknown }[];
}

/**
 * Turns an action's error into translated messages, field by field. A schema's or an action's
 * issues (see `formError`) land on the field they name, or on the whole form; a plain ActionError's
 * message is a key, shown on the field `fieldFor` gives for its code (e.g. CONFLICT → email) or
 * for the whole form. `order` lists the fields in page order, each with the id its summary link
 * should point to when that is not the field's name.
 */
export function formErrors(
	error: ActionErrorLike | undefined | null,
	lang: Lang,
	order: (string | { field: string; anchor?: string | undefined })[] = [],
	fieldFor: Record<string, string> = {},
): FormErrors {
	if (!error) return NO_ERRORS;
	const fields: Record<string, string> = {};
	let form: string | undefined;
	const show = (field: string | undefined, text: string) => {
		if (field !== undefined) fields[field] ??= text;
		else form ??= text;
	};
	if (error.issues) {
		for (const issue of error.issues) {
			const field = issue.path[0];
			show(
				field === undefined ? undefined : String(field),
				messageText(lang, { key: issue.message as MessageKey, params: issue.params as Params }),
			);
		}
	} else {
		show(error.code ? fieldFor[error.code] : undefined, messageText(lang, error.message ?? ''));
	}
	const anchors = order.map((o) => (typeof o === 'string' ? { field: o, anchor: undefined } : o));
	const known = anchors.map((o) => o.field);
	const rest = Object.keys(fields).filter((f) => !known.includes(f));
	const list = [...anchors, ...rest.map((field) => ({ field, anchor: undefined }))]
		.filter((o) => fields[o.field])
		.map((o) => ({ field: o.anchor ?? o.field, message: fields[o.field] as string }));
	return { fields, list, form };
}

/** The message of a failed form that shows one message only: the whole form's, or else the first field's. */
export function errorText(
	error: ActionErrorLike | undefined | null,
	lang: Lang,
): string | undefined {
	const errors = formErrors(error, lang);
	return errors.form ?? errors.list[0]?.message;
}

/** The values a failed form was sent with, so the page can show them again (never passwords). */
export async function submittedValues(request: Request): Promise<Record<string, string>> {
	if (request.method !== 'POST') return {};
	try {
		const data = await request.clone().formData();
		const values: Record<string, string> = {};
		for (const [key, value] of data) {
			if (typeof value === 'string' && !/password/i.test(key)) values[key] = value;
		}
		return values;
	} catch {
		return {};
	}
}
