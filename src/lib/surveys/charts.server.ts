/** The survey results' charts: bars per answer and a line through the gatherings (see platform/plot.server.ts). */
import {
	accessible,
	BAR,
	cachedChart as cached,
	INK,
	loadPlot,
	norwegian,
} from '#lib/platform/plot.server.ts';

const shorten = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

export interface ChartBar {
	/** The category on the axis. */
	label: string;
	value: number;
	/** The figure printed at the end of the bar, e.g. "42 %" or "4,2". */
	text: string;
}

/** Horizontal bars: one per category, the value along a fixed axis (0–100 for shares, 0–max for means). */
export async function barChart(options: {
	id: string;
	title: string;
	description: string;
	bars: ChartBar[];
	max: number;
	axisLabel: string;
}): Promise<string> {
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
			x: {
				domain: [0, options.max],
				label: options.axisLabel,
				labelAnchor: 'center',
				labelArrow: 'none',
				labelOffset: 36,
				grid: true,
				tickFormat: norwegian,
			},
			y: {
				domain: data.map((d) => d.axis),
				label: null,
				padding: 0.25,
				tickFormat: (d: string) => labels[Number(d)] ?? '',
			},
			marks: [
				Plot.barX(data, { x: 'value', y: 'axis', fill: BAR }),
				Plot.text(data, {
					x: 'value',
					y: 'axis',
					text: 'text',
					textAnchor: 'start',
					dx: 6,
					fill: INK,
				}),
				Plot.ruleX([0], { stroke: INK }),
			],
		}) as SVGSVGElement;
		return accessible(svg, options.id, options.title, options.description);
	});
}

/** A line with dots through the gatherings, for trends; gaps where a gathering had too few answers. */
export async function lineChart(options: {
	id: string;
	title: string;
	description: string;
	points: { label: string; value: number | null }[];
	min: number;
	max: number;
	axisLabel: string;
}): Promise<string> {
	return cached(JSON.stringify(['line', options]), async () => {
		const { Plot, document } = await loadPlot();
		const data = options.points.map((p) => ({
			...p,
			text:
				p.value === null
					? ''
					: p.value.toLocaleString('nb-NO', { maximumFractionDigits: 1, minimumFractionDigits: 1 }),
		}));
		const svg = Plot.plot({
			document,
			width: 640,
			height: 280,
			marginBottom: 48,
			marginLeft: 48,
			style: { fontSize: '13px', color: INK, background: 'transparent' },
			x: { domain: data.map((d) => d.label), label: null, padding: 0.4 },
			y: {
				domain: [options.min, options.max],
				label: options.axisLabel,
				labelArrow: 'none',
				grid: true,
				ticks: options.max - options.min,
				tickFormat: norwegian,
			},
			marks: [
				Plot.lineY(data, { x: 'label', y: 'value', stroke: BAR, strokeWidth: 2.5 }),
				Plot.dot(data, { x: 'label', y: 'value', fill: BAR, r: 5 }),
				Plot.text(data, { x: 'label', y: 'value', text: 'text', dy: -14, fill: INK }),
			],
		}) as SVGSVGElement;
		return accessible(svg, options.id, options.title, options.description);
	});
}
