/**
 * Charts as SVG made on the server with Observable Plot (rendered into linkedom's DOM), so pages
 * need no JavaScript. Every chart is an image with a title and a description (`role="img"`,
 * `aria-labelledby`), and the page puts a table with the same figures beside it. Plot is loaded
 * on first use, so pages without charts do not pay for it; a chart is drawn once per distinct
 * content and then served from memory. Used by the survey results and the participant numbers.
 */
import type * as PlotModule from '@observablehq/plot';

export type Plot = typeof PlotModule;
let plot: Promise<{ Plot: Plot; document: Document }> | undefined;

export function loadPlot(): Promise<{ Plot: Plot; document: Document }> {
	plot ??= Promise.all([import('@observablehq/plot'), import('linkedom')]).then(
		([Plot, { parseHTML }]) => ({
			Plot,
			document: parseHTML('<!doctype html><html><body></body></html>')
				.document as unknown as Document,
		}),
	);
	return plot;
}

const cache = new Map<string, string>();
/** The chart for `key` from memory, or drawn now and kept (at most 1 000 charts). */
export async function cachedChart(key: string, draw: () => Promise<string>): Promise<string> {
	const hit = cache.get(key);
	if (hit) return hit;
	const svg = await draw();
	if (cache.size > 1000) cache.clear();
	cache.set(key, svg);
	return svg;
}

/** NAV blue: 5.6:1 against white, enough for graphics (WCAG 1.4.11) and for text. */
export const BAR = '#0067c5';
export const INK = '#23262a';

const escapeXml = (s: string) =>
	s.replace(
		/[&<>"']/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
	);

/** Makes Plot's SVG an accessible image: role, title and description, labelled by both. */
export function accessible(
	svg: SVGSVGElement,
	id: string,
	title: string,
	description: string,
): string {
	svg.setAttribute('role', 'img');
	svg.setAttribute('aria-labelledby', `${id}-title ${id}-desc`);
	svg.setAttribute('id', id);
	// Plot labels its groups ("bar", "x-axis tick"); inside an image they mean nothing, and
	// aria-label on a <g> without a role is not allowed.
	for (const el of [svg, ...svg.querySelectorAll('[aria-label], [aria-description]')]) {
		el.removeAttribute('aria-label');
		el.removeAttribute('aria-description');
	}
	// The Content-Security-Policy runs only the site's own styles: no style attribute, no <style>.
	// Plot's become presentation attributes; sizing is in the pages' CSS (.kvp-chart svg).
	const fontSize = /font-size:\s*([\d.]+)px/.exec(svg.getAttribute('style') ?? '')?.[1] ?? '13';
	svg.removeAttribute('style');
	svg.setAttribute('font-size', fontSize);
	svg.setAttribute('color', INK);
	for (const style of [...svg.querySelectorAll('style')]) style.remove();
	const html = svg.outerHTML;
	const open = html.indexOf('>') + 1;
	return `${html.slice(0, open)}<title id="${id}-title">${escapeXml(title)}</title><desc id="${id}-desc">${escapeXml(description)}</desc>${html.slice(open)}`;
}

/** Axis numbers as Norwegians write them: a decimal comma. */
export const norwegian = (d: number) => d.toLocaleString('nb-NO');
