import { z } from 'zod';
import { formatNumber } from '#i18n/format.ts';
import { t, type Lang, type MessageKey } from '#i18n/index.ts';
import { nb } from '#i18n/nb.ts';

/** What a page needs to show a failed form: one message per field, and one for the whole form. */
export interface FormErrors {
	fields: Record<string, string>;
	/** In page order, for the error summary. */
	list: { field: string; message: string }[];
	form: string | undefined;
}

/**
 * The field the second step of a destructive form sends (components/form/ConfirmAction.astro), so
 * that one click never cancels, deletes or signs off.
 */
export const confirmedField = { confirmed: z.literal('ja', { error: 'error.confirm.missing' }) };

export const NO_ERRORS: FormErrors = { fields: {}, list: [], form: undefined };

/** A message key from a schema or an ActionError, translated; anything else becomes a generic message. */
export function translateMessage(lang: Lang, message: string): string {
	// A message may carry parameters as a query string: "auth.login.throttled?minutes=3".
	const [key = '', query] = message.split('?', 2);
	if (!Object.hasOwn(nb, key)) return t(lang, 'error.generic');
	return t(lang, key as MessageKey, messageParams(lang, query));
}

/** A message's parameters from its query string, with counts written the Norwegian way ("5 000"). */
export function messageParams(
	lang: Lang,
	query: string | undefined,
): Record<string, string> | undefined {
	if (!query) return undefined;
	const params = Object.fromEntries(new URLSearchParams(query));
	for (const [name, value] of Object.entries(params))
		if (/^\d{4,}$/.test(value)) params[name] = formatNumber(Number(value), lang);
	return params;
}

/**
 * A zod `max` message that names the limit and the length given: "Høyst 300 tegn (nå 5 000)."
 * Use as `.max(300, tooLong(300))` on a (trimmed) string.
 */
export function tooLong(max: number) {
	return {
		error: (issue: { input?: unknown }) =>
			messageWithParams('error.text.tooLongBy', {
				max,
				n: typeof issue.input === 'string' ? issue.input.length : max + 1,
			}),
	};
}

/** A message key with parameters, for ActionError messages (see translateMessage). */
export function messageWithParams(
	key: MessageKey,
	params: Record<string, string | number>,
): string {
	const query = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]));
	return `${key}?${query}`;
}

interface ActionErrorLike {
	code?: string;
	message?: string;
	fields?: Record<string, string[] | undefined>;
}

/**
 * Turns an action's error into translated messages. Field errors come from the zod schema, whose
 * messages are dictionary keys. An ActionError whose code appears in `fieldFor` (e.g. CONFLICT →
 * email) is shown on that field; any other is shown for the whole form.
 */
export function formErrors(
	error: ActionErrorLike | undefined | null,
	lang: Lang,
	fieldOrder: string[] = [],
	fieldFor: Record<string, string> = {},
): FormErrors {
	if (!error) return NO_ERRORS;
	const fields: Record<string, string> = {};
	if (error.fields) {
		for (const [field, messages] of Object.entries(error.fields)) {
			const first = messages?.[0];
			if (first) fields[field] = translateMessage(lang, first);
		}
	}
	let form: string | undefined;
	if (!error.fields) {
		// "field|message" puts a server-side check's message on the field it concerns.
		const [named, rest] = (error.message ?? '').includes('|')
			? (error.message ?? '').split('|', 2)
			: [undefined, error.message ?? ''];
		const field = named ?? (error.code ? fieldFor[error.code] : undefined);
		const message = translateMessage(lang, rest ?? '');
		if (field) fields[field] = message;
		else form = message;
	}
	const order = [...fieldOrder, ...Object.keys(fields).filter((f) => !fieldOrder.includes(f))];
	const list = order
		.filter((f) => fields[f])
		.map((f) => ({ field: f, message: fields[f] as string }));
	return { fields, list, form };
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
