/**
 * The playground island's strings: its slice of the site's dictionaries (src/i18n/playground.*.ts),
 * bound with the site's one translator (src/i18n/translate.ts). The island bundles only this slice.
 */
import type { Lang } from '#i18n/index.ts';
import { playgroundNb, type PlaygroundKey } from '#i18n/playground.nb.ts';
import { playgroundNn } from '#i18n/playground.nn.ts';
import { translatorFor, type Params } from '#i18n/translate.ts';

export const nb = playgroundNb;
export const nn = playgroundNn;
export type StringKey = PlaygroundKey;

export const DICTIONARIES: Record<Lang, Record<StringKey, string>> = { nb, nn };

/** A translator bound to one language. */
export function translator(lang: Lang) {
	return translatorFor(lang, DICTIONARIES[lang]);
}

export type Translate = ReturnType<typeof translator>;

/** The string for `key` in `lang`, with `{name}` placeholders filled in. */
export function format(lang: Lang, key: StringKey, params?: Params): string {
	return translator(lang)(key, params);
}
