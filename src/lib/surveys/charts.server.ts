/**
 * Charts as SVG made on the server with Observable Plot (rendered into linkedom's DOM), so the
 * page needs no JavaScript. Every chart is an image with a title and a description
 * (`role="img"`, `aria-labelledby`), and the page puts a table with the same figures beside it.
 * Plot is loaded on first use, so pages without charts do not pay for it; a chart is drawn once
 * per distinct content and then served from memory.
 */
import type * as PlotModule from '@observablehq/plot';

type Plot = typeof PlotModule;
let plot: Promise<{ Plot: Plot; document: Document }> | undefined;

function loadPlot(): Promise<{ Plot: Plot; document: Document }> {
	plot ??= Promise.all([import('@observablehq/plot'), import('linkedom')]).then(([Plot, { parseHTML }]) => ({
		Plot,
		document: parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document,
	}));
	return plot;
}

const cache = new Map<string, string>();
async function cached(key: string, draw: () => Promise<string>): Promise<string> {
	const hit = cache.get(key);
	if (hit) return hit;
	const svg = await draw();
	if (cache.size > 1000) cache.clear();
	cache.set(key, svg);
	return svg;
}

/** NAV blue: 5.6:1 against white, enough for graphics (WCAG 1.4.11) and for text. */
const BAR = '#0067c5';
const INK = '#23262a';

const escapeXml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Makes Plot's SVG an accessible image: role, title and description, labelled by both. */
function accessible(svg: SVGSVGElement, id: string, title: string, description: string): string {
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
	svg.removeAttribute('style');
	svg.setAttribute('font-size', '13');
	svg.setAttribute('color', INK);
	for (const style of [...svg.querySelectorAll('style')]) style.remove();
	const html = svg.outerHTML;
	const open = html.indexOf('>') + 1;
	return `${html.slice(0, open)}<title id="${id}-title">${escapeXml(title)}</title><desc id="${id}-desc">${escapeXml(description)}</desc>${html.slice(open)}`;
}

/** Axis numbers as Norwegians write them: a decimal comma. */
const norwegian = (d: number) => d.toLocaleString('nb-NO');

const shorten = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

export interface ChartBar {
	/** The category on the axis. */
	label: string;
	value: number;
	/** The figure printed at the end of the bar, e.g. "42 %" or "4,2". */
	text: string;
}

/** Horizontal bars: one per category, the value along a fixed axis (0–100 for shares, 0–max for means). */
export async function barChart(options: { id: string; title: string; description: string; bars: ChartBar[]; max: number; axisLabel: string }): Promise<string> {
	return cached(JSON.stringify(['bar', options]), async () => {
		const { Plot, document } = await loadPlot();
		// Categories by position (labels may repeat once shortened); the axis shows the label.
		const labels = options.bars.map((b) => shorten(b.label, 34));
		const data = options.bars.map((b, i) => ({ ...b, axis: String(i) }));
		const longest = Math.max(4, ...labels.map((l) => l.length));
		const svg = Plot.plot({
			document,
			width: 640,
			height: 56 + data.length * 30,
			marginLeft: Math.min(270, 20 + longest * 7.3),
			marginRight: 56,
			marginBottom: 44,
			style: { fontSize: '13px', color: INK, background: 'transparent' },
			x: { domain: [0, options.max], label: options.axisLabel, labelAnchor: 'center', labelArrow: 'none', labelOffset: 36, grid: true, tickFormat: norwegian },
			y: { domain: data.map((d) => d.axis), label: null, padding: 0.25, tickFormat: (d: string) => labels[Number(d)] ?? '' },
			marks: [
				Plot.barX(data, { x: 'value', y: 'axis', fill: BAR }),
				Plot.text(data, { x: 'value', y: 'axis', text: 'text', textAnchor: 'start', dx: 6, fill: INK }),
				Plot.ruleX([0], { stroke: INK }),
			],
		}) as SVGSVGElement;
		return accessible(svg, options.id, options.title, options.description);
	});
}

/** A line with dots through the gatherings, for trends; gaps where a gathering had too few answers. */
export async function lineChart(options: { id: string; title: string; description: string; points: { label: string; value: number | null }[]; min: number; max: number; axisLabel: string }): Promise<string> {
	return cached(JSON.stringify(['line', options]), async () => {
		const { Plot, document } = await loadPlot();
		const data = options.points.map((p) => ({ ...p, text: p.value === null ? '' : p.value.toLocaleString('nb-NO', { maximumFractionDigits: 1, minimumFractionDigits: 1 }) }));
		const svg = Plot.plot({
			document,
			width: 640,
			height: 280,
			marginBottom: 48,
			marginLeft: 48,
			style: { fontSize: '13px', color: INK, background: 'transparent' },
			x: { domain: data.map((d) => d.label), label: null, padding: 0.4 },
			y: { domain: [options.min, options.max], label: options.axisLabel, labelArrow: 'none', grid: true, ticks: options.max - options.min, tickFormat: norwegian },
			marks: [
				Plot.lineY(data, { x: 'label', y: 'value', stroke: BAR, strokeWidth: 2.5 }),
				Plot.dot(data, { x: 'label', y: 'value', fill: BAR, r: 5 }),
				Plot.text(data, { x: 'label', y: 'value', text: 'text', dy: -14, fill: INK }),
			],
		}) as SVGSVGElement;
		return accessible(svg, options.id, options.title, options.description);
	});
}
