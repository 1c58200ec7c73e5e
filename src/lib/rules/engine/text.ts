/** Small helpers for the bokmål/nynorsk explanations. */
import type { Doubt, Localized } from './types.ts';

export function t(nb: string, nn: string): Localized {
	return { nb, nn };
}

/** Joins localized sentences with a space, skipping empty ones. */
export function join(...parts: (Localized | null | undefined | false)[]): Localized {
	let nb = '';
	let nn = '';
	for (const part of parts) {
		if (!part) continue;
		if (part.nb !== '') nb = nb === '' ? part.nb : `${nb} ${part.nb}`;
		if (part.nn !== '') nn = nn === '' ? part.nn : `${nn} ${part.nn}`;
	}
	return { nb, nn };
}

/** Appends each doubt's text, so the doubt is visible wherever the explanation is shown. */
export function withDoubts(text: Localized, doubts: readonly Doubt[]): Localized {
	return doubts.length === 0 ? text : join(text, ...doubts.map((doubt) => doubt.text));
}

/** Norwegian number format: 199716 → '199 716'; 124845.333 → '124 845,33'. */
export function formatNumber(value: number, decimals = 0): string {
	const fixed = Math.abs(value).toFixed(decimals);
	const [whole = '0', fraction] = fixed.split('.');
	const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
	const sign = value < 0 && Number(fixed) !== 0 ? '−' : '';
	return fraction === undefined ? `${sign}${grouped}` : `${sign}${grouped},${fraction}`;
}

/** A rate in G: 2 → '2', 2.041 → '2,041'. */
export function formatFactor(value: number): string {
	return formatNumber(value, Number.isInteger(value) ? 0 : 3);
}

export function formatKroner(value: number, decimals = 0): string {
	return `${formatNumber(value, decimals)} kr`;
}

/** '1 dag' / '3 dager' (nb) and '1 dag' / '3 dagar' (nn). */
export function days(count: number): Localized {
	return count === 1 ? t('1 dag', '1 dag') : t(`${count} dager`, `${count} dagar`);
}

/** Dedupes doubts by id, keeping the first. */
export function uniqueDoubts(lists: readonly (readonly Doubt[])[]): Doubt[] {
	const seen = new Set<string>();
	const out: Doubt[] = [];
	for (const list of lists) {
		for (const doubt of list) {
			if (seen.has(doubt.id)) continue;
			seen.add(doubt.id);
			out.push(doubt);
		}
	}
	return out;
}
