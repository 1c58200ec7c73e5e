/**
 * Picking an entry in the page's language. Every entry is meant to exist in bokmål and nynorsk;
 * while one is not yet written in a language, the page shows the other and says so. Pure.
 */
import type { Lang } from '#i18n/index.ts';

export type Localized<E> = {
	entry: E;
	/** The language the entry is written in. */
	shown: Lang;
	/** True when the entry is not written in the page's language and the other is shown. */
	fallback: boolean;
};

/** Of one key's entries (one per language), the one in `lang`, else the other; undefined if none. */
export function pickLang<E extends { data: { lang: Lang } }>(
	candidates: readonly E[],
	lang: Lang,
): Localized<E> | undefined {
	const own = candidates.find((entry) => entry.data.lang === lang);
	if (own) return { entry: own, shown: lang, fallback: false };
	const other = candidates[0];
	return other ? { entry: other, shown: other.data.lang, fallback: true } : undefined;
}

/** One entry per key, in `lang` where written, in the order the keys first appear. */
export function localizeAll<E extends { data: { lang: Lang } }>(
	entries: readonly E[],
	keyOf: (entry: E) => string,
	lang: Lang,
): (Localized<E> & { key: string })[] {
	const byKey = new Map<string, E[]>();
	for (const entry of entries) {
		const key = keyOf(entry);
		const list = byKey.get(key);
		if (list) list.push(entry);
		else byKey.set(key, [entry]);
	}
	return [...byKey].flatMap(([key, candidates]) => {
		const picked = pickLang(candidates, lang);
		return picked ? [{ ...picked, key }] : [];
	});
}
