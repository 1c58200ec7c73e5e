import { formatNumber, pluralForm } from './format.ts';
import { nb } from './nb.ts';
import { nn } from './nn.ts';

export const LANGS = ['nb', 'nn'] as const;
export type Lang = (typeof LANGS)[number];
export type MessageKey = keyof typeof nb;

const dictionaries: Record<Lang, Record<MessageKey, string>> = { nb, nn };

/** BCP 47 tags for <html lang> and Intl. */
export const HTML_LANG: Record<Lang, string> = { nb: 'nb', nn: 'nn' };

export function isLang(value: unknown): value is Lang {
	return value === 'nb' || value === 'nn';
}

/** The page language from Astro.currentLocale (undefined or anything else means bokmål). */
export function langOf(locale: string | undefined): Lang {
	return locale === 'nn' ? 'nn' : 'nb';
}

/** The language of a URL path: nynorsk under /nn/, bokmål elsewhere. */
export function langOfPath(pathname: string): Lang {
	return pathname === '/nn' || pathname.startsWith('/nn/') ? 'nn' : 'nb';
}

/**
 * An interface string with `{name}` placeholders filled in. Every key exists in both dictionaries
 * (a test compares them), so a missing key is a type error, not a runtime surprise.
 */
export function t(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
	const template = dictionaries[lang][key];
	if (!params) return template;
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in params ? String(params[name]) : whole,
	);
}

/** Keys that come as a pair "<key>.one" / "<key>.other", for counts. */
export type PluralKey = {
	[K in MessageKey]: K extends `${infer B}.one`
		? `${B}.other` extends MessageKey
			? B
			: never
		: never;
}[MessageKey];

/**
 * A message about a count, in the form the count takes (Intl.PluralRules): `tn('nb', 'gatherings.seatsLeft', 1)`
 * → "1 ledig plass". `{n}` is the count, written the Norwegian way.
 */
export function tn(
	lang: Lang,
	key: PluralKey,
	n: number,
	params: Record<string, string | number> = {},
): string {
	return t(lang, `${key}.${pluralForm(lang, n)}` as MessageKey, {
		...params,
		n: formatNumber(n, lang),
	});
}

/** A translator bound to one language, for templates. */
export function translator(lang: Lang) {
	return (key: MessageKey, params?: Record<string, string | number>) => t(lang, key, params);
}

/** The path of `path` (a bokmål path starting with "/") in `lang`. */
export function localePath(lang: Lang, path: string): string {
	const clean = path.startsWith('/') ? path : `/${path}`;
	if (lang === 'nb') return clean;
	return clean === '/' ? '/nn/' : `/nn${clean}`;
}

/** The same page in the other language, keeping the query string. */
export function switchLanguagePath(url: URL, to: Lang): string {
	const path = url.pathname.replace(/^\/nn(?=\/|$)/, '') || '/';
	return localePath(to, path) + url.search;
}

export function dictionary(lang: Lang): Record<MessageKey, string> {
	return dictionaries[lang];
}
