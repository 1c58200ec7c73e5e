/** The strings the search island shows, picked by the page from the self-study dictionary. */
import type { SelfStudyKey } from '#i18n/self-study.nb.ts';

export const SEARCH_KEYS = [
	'search.label',
	'search.hint',
	'search.submit',
	'search.hits.one',
	'search.hits.other',
	'search.none',
	'search.loading',
	'search.error',
] as const satisfies readonly SelfStudyKey[];
export type SearchStrings = Record<(typeof SEARCH_KEYS)[number], string>;
