/** Small formatting helpers for the island (no Intl data beyond what every browser has). */
import type { Lang } from '#i18n/index.ts';
import type { LegalReference } from '#lib/rules/browser.ts';

/** '2018-05-08' → '8.5.2018', the form the engine's explanations use. */
export function formatDate(date: string): string {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
	if (!match) return date;
	return `${Number(match[3])}.${Number(match[2])}.${match[1]}`;
}

/** 199716 → '199 716' with a narrow no-break space, as in the engine's texts. */
export function formatNumber(value: number, decimals = 0): string {
	const fixed = value.toFixed(decimals);
	const [whole = '0', fraction] = fixed.split('.');
	const sign = whole.startsWith('-') ? '−' : '';
	const digits = whole.replace('-', '').replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
	return `${sign}${digits}${fraction ? `,${fraction}` : ''}`;
}

/** Upper-cases the first letter: engine labels are written to sit inside a sentence. */
export function capitalize(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Where a reference links to. Site-internal targets ('/regelverk/29') get the '/nn' prefix on the
 * nynorsk site; external URLs are kept as they are.
 */
export function referenceHref(reference: Pick<LegalReference, 'href'>, lang: Lang): string | null {
	const { href } = reference;
	if (href === null) return null;
	if (lang === 'nn' && href.startsWith('/') && !href.startsWith('//')) return `/nn${href}`;
	return href;
}

/** A stable DOM id from a scope and a field path: ('kvp', 'benefits[0].type') → 'kvp-benefits-0-type'. */
export function fieldId(scope: string, path: string): string {
	return `${scope}-${path.replace(/[^A-Za-z0-9]+/g, '-').replace(/-+$/, '')}`;
}
