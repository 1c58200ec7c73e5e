/**
 * The self-study pages' interface text: `st(lang)` is the translator for src/i18n/self-study.*.ts,
 * the same shape as `translator` in src/i18n for the site-wide dictionaries.
 */
import type { Lang } from '#i18n/index.ts';
import { selfStudyNb, type SelfStudyKey } from '#i18n/self-study.nb.ts';
import { selfStudyNn } from '#i18n/self-study.nn.ts';
import { fill } from './fill.ts';

export type { SelfStudyKey };
export type Params = Record<string, string | number>;

const DICTIONARIES: Record<Lang, Record<SelfStudyKey, string>> = {
	nb: selfStudyNb,
	nn: selfStudyNn,
};

/** A translator for the self-study dictionary in one language. */
export function st(lang: Lang) {
	const dictionary = DICTIONARIES[lang];
	return (key: SelfStudyKey, params?: Params) => fill(dictionary[key], params);
}

export type Translate = ReturnType<typeof st>;

/**
 * Only the given keys in one language, for an island's props: an island gets the few strings it
 * shows, not both dictionaries in its bundle.
 */
export function pick<K extends SelfStudyKey>(lang: Lang, keys: readonly K[]): Record<K, string> {
	const dictionary = DICTIONARIES[lang];
	return Object.fromEntries(keys.map((key) => [key, dictionary[key]])) as Record<K, string>;
}

export function selfStudyDictionary(lang: Lang): Record<SelfStudyKey, string> {
	return DICTIONARIES[lang];
}
