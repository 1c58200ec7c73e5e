/**
 * The survey pages' interface text: `sv(lang)` translates keys of src/i18n/surveys.*.ts, the same
 * way `translator` does for the site-wide dictionaries, and `surveyMessage` translates a message
 * from a schema or an ActionError, whichever dictionary its key is in.
 */
import { t, type Lang, type MessageKey } from '#i18n/index.ts';
import { MIN_RESPONSES, type ShownRate } from './anonymity.ts';
import { nb } from '#i18n/nb.ts';
import { messageParams } from '#lib/platform/forms.ts';
import { surveysNb, type SurveyKey } from '#i18n/surveys.nb.ts';
import { surveysNn } from '#i18n/surveys.nn.ts';

export type { SurveyKey };
type Params = Record<string, string | number>;

const DICTIONARIES: Record<Lang, Record<SurveyKey, string>> = { nb: surveysNb, nn: surveysNn };

function fill(template: string, params?: Params): string {
	if (!params) return template;
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in params ? String(params[name]) : whole,
	);
}

export function sv(lang: Lang) {
	const dictionary = DICTIONARIES[lang];
	return (key: SurveyKey, params?: Params) => fill(dictionary[key], params);
}

export type SurveyTranslate = ReturnType<typeof sv>;

export function isSurveyKey(key: string): key is SurveyKey {
	return Object.hasOwn(surveysNb, key);
}

/** A message key (with parameters as a query string, "survey.error.scale?max=5") in the page language. */
export function surveyMessage(lang: Lang, message: string): string {
	const [key = '', query] = message.split('?', 2);
	const params = messageParams(lang, query);
	if (isSurveyKey(key)) return sv(lang)(key, params);
	if (Object.hasOwn(nb, key)) return t(lang, key as MessageKey, params);
	return t(lang, 'error.generic');
}

export interface SurveyFormErrors {
	fields: Record<string, string>;
	/** In page order, for the error summary: `field` is the id (without "field-") to link to. */
	list: { field: string; message: string }[];
	form: string | undefined;
}

interface ActionErrorLike {
	code?: string;
	message?: string;
	fields?: Record<string, string[] | undefined>;
}

/**
 * Turns an action's error into messages per field. Besides zod's field errors, a server-side
 * check may name several fields in its message: one "field|message" per line. `order` lists the
 * fields in page order with the id each should link to.
 */
export function surveyFormErrors(
	error: ActionErrorLike | undefined | null,
	lang: Lang,
	order: { field: string; anchor?: string }[] = [],
): SurveyFormErrors {
	if (!error) return { fields: {}, list: [], form: undefined };
	const fields: Record<string, string> = {};
	let form: string | undefined;
	if (error.fields) {
		for (const [field, messages] of Object.entries(error.fields)) {
			const first = messages?.[0];
			if (first) fields[field] = surveyMessage(lang, first);
		}
	} else {
		for (const line of (error.message ?? '').split('\n')) {
			const [field, message] = line.includes('|')
				? (line.split('|', 2) as [string, string])
				: [undefined, line];
			if (field) fields[field] = surveyMessage(lang, message);
			else if (line) form = surveyMessage(lang, message);
		}
	}
	const known = order.map((o) => o.field);
	const all: { field: string; anchor?: string | undefined }[] = [
		...order,
		...Object.keys(fields)
			.filter((f) => !known.includes(f))
			.map((field) => ({ field })),
	];
	const list = all
		.filter((o) => fields[o.field])
		.map((o) => ({ field: o.anchor ?? o.field, message: fields[o.field] as string }));
	return { fields, list, form };
}

/** Field errors as an ActionError message: one "field|message" per line. */
export function fieldErrorsMessage(errors: Record<string, string>): string {
	return Object.entries(errors)
		.map(([field, message]) => `${field}|${message}`)
		.join('\n');
}

/** A message key with parameters, for ActionError messages (see surveyMessage). */
export function withParams(
	key: SurveyKey | MessageKey,
	params: Record<string, string | number>,
): string {
	return `${key}?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]))}`;
}

/** The response-rate sentence for a coordinator's page. */
export function rateText(lang: Lang, shown: ShownRate): string {
	const s = sv(lang);
	switch (shown.kind) {
		case 'none':
			return s('results.rateNone');
		case 'few':
			return s('results.rateFew', { min: MIN_RESPONSES });
		case 'interim':
			return s('results.rate', { rate: shown.rate, min: MIN_RESPONSES });
		case 'final':
			return s('results.rateFinal', {
				n: shown.responses,
				audience: shown.audience,
				rate: shown.rate,
			});
	}
}
