import { nb as siteNb } from './nb.ts';
import { nn as siteNn } from './nn.ts';
import { participantNumbersNb } from './participant-numbers.nb.ts';
import { participantNumbersNn } from './participant-numbers.nn.ts';
import { playgroundNb } from './playground.nb.ts';
import { playgroundNn } from './playground.nn.ts';
import { selfStudyNb } from './self-study.nb.ts';
import { selfStudyNn } from './self-study.nn.ts';
import { surveysNb } from './surveys.nb.ts';
import { surveysNn } from './surveys.nn.ts';
import { translatorFor, type Params, type PluralOf } from './translate.ts';

export const LANGS = ['nb', 'nn'] as const;
export type Lang = (typeof LANGS)[number];

/**
 * Every interface string in one key space. The dictionaries stay split per feature (nb.ts for the
 * site, surveys.*, participant-numbers.*, self-study.*, playground.*); no key may appear in two of them (a test
 * checks), so the merge loses nothing.
 */
const nb = { ...siteNb, ...surveysNb, ...participantNumbersNb, ...selfStudyNb, ...playgroundNb };
export type MessageKey = keyof typeof nb;
const nn: Record<MessageKey, string> = {
	...siteNn,
	...surveysNn,
	...participantNumbersNn,
	...selfStudyNn,
	...playgroundNn,
};

const dictionaries: Record<Lang, Record<MessageKey, string>> = { nb, nn };

/** Keys that come as a pair "<key>.one" / "<key>.other", for counts. */
export type PluralKey = PluralOf<MessageKey>;

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

const translators = {
	nb: translatorFor<MessageKey>('nb', nb),
	nn: translatorFor<MessageKey>('nn', nn),
};

/**
 * The translator bound to one language, for templates: `t(key, params)` fills `{name}`
 * placeholders; `t.n(key, n)` is a message about a count in the form the count takes
 * (`t.n('gatherings.seatsLeft', 1)` → "1 ledig plass"). Every key exists in both languages (a
 * test compares them), so a missing key is a type error, not a runtime surprise.
 */
export function translator(lang: Lang) {
	return translators[lang];
}
export type Translate = ReturnType<typeof translator>;

/** An interface string with `{name}` placeholders filled in. */
export function t(lang: Lang, key: MessageKey, params?: Params): string {
	return translators[lang](key, params);
}

/** A message about a count, in the form the count takes: `tn('nb', 'count.vote', 2)` → "2 stemmer". */
export function tn(lang: Lang, key: PluralKey, n: number, params?: Params): string {
	return translators[lang].n(key, n, params);
}

/** Whether `key` names a count's pair of strings, "<key>.one" / "<key>.other". */
export function isPluralKey(key: string): key is PluralKey {
	return Object.hasOwn(nb, `${key}.one`) && Object.hasOwn(nb, `${key}.other`);
}

/** Whether `key` is an interface string (for keys that arrive as data, e.g. from a schema). */
export function isMessageKey(key: string): key is MessageKey {
	return Object.hasOwn(nb, key);
}

/**
 * Only the given keys in one language, for an island's props: an island gets the few strings it
 * shows (and binds them with `translatorFor`), not the dictionaries in its bundle.
 */
export function pick<K extends MessageKey>(lang: Lang, keys: readonly K[]): Record<K, string> {
	const dictionary = dictionaries[lang];
	return Object.fromEntries(keys.map((key) => [key, dictionary[key]])) as Record<K, string>;
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

export type { Params };
