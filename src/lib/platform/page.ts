import type { Lang } from '#i18n/index.ts';

/**
 * Pages live once under src/pages/[...locale]/ and serve bokmål at /… and nynorsk at /nn/….
 * The rest parameter is undefined for bokmål and "nn" for nynorsk; anything else is not a page.
 */
export function pageLang(params: Record<string, string | undefined>): Lang | null {
	const locale = params.locale;
	if (locale === undefined || locale === '') return 'nb';
	if (locale === 'nn') return 'nn';
	return null;
}

/** getStaticPaths for prerendered pages: one per language. */
export const bothLanguages = () => [
	{ params: { locale: undefined } },
	{ params: { locale: 'nn' } },
];
