/**
 * The one translator's machinery, without any dictionary: filling `{name}` placeholders and
 * choosing the plural form of a count. src/i18n/index.ts binds it to the site's dictionaries;
 * an island binds it to the small slice of strings its page hands it, so its bundle carries no
 * dictionary.
 */
import { formatNumber, pluralForm } from './format.ts';
import type { Lang } from './index.ts';

export type Params = Record<string, string | number>;

/** Fills `{name}` placeholders; a placeholder without a value stays as written. */
export function fill(template: string, params?: Params): string {
	if (!params) return template;
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in params ? String(params[name]) : whole,
	);
}

/** Keys of `K` that come as a pair "<key>.one" / "<key>.other", for counts. */
export type PluralOf<K extends string> = {
	[P in K]: P extends `${infer B}.one` ? (`${B}.other` extends K ? B : never) : never;
}[K];

/**
 * A translator over one dictionary in one language: `t(key, params)` fills the placeholders and
 * `t.n(key, n, params)` picks "<key>.one" or "<key>.other" by the count (Intl.PluralRules), with
 * `{n}` written the Norwegian way ("5 000").
 */
export function translatorFor<K extends string>(
	lang: Lang,
	dictionary: Readonly<Record<K, string>>,
) {
	const t = (key: K, params?: Params): string => fill(dictionary[key], params);
	const n = (key: PluralOf<K>, count: number, params: Params = {}): string =>
		fill(dictionary[`${key}.${pluralForm(lang, count)}` as K], {
			...params,
			n: formatNumber(count, lang),
		});
	return Object.assign(t, { n });
}
