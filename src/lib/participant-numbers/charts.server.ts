/**
 * The participant-number charts, drawn on the server with the shared Plot helper (SVG with a title
 * and a description; the page shows the same figures in a table). Months without a figure are
 * gaps in a line, never zero.
 */
import { translator } from '#i18n/index.ts';
import type { Lang } from '#i18n/index.ts';
import {
	accessible,
	BAR,
	cachedChart,
	INK,
	loadPlot,
	norwegian,
} from '#lib/platform/plot.server.ts';
import type { NetworkMonth, OfficeRow } from './figures.ts';
import { decimal, monthName } from './i18n.ts';

const BAND = '#99c3ec';
const BELOW = '#c30000';
const short = (lang: Lang, month: string) =>
	`${monthName(lang, month).slice(0, 3)} ${month.slice(2, 4)}`;

/** One office's last 12 months as a line, with the expected band shaded. */
export async function officeChart(
	lang: Lang,
	row: OfficeRow,
	months: string[],
	id: string,
	large = false,
): Promise<string> {
	const p = translator(lang);
	const data = months.map((m, i) => ({ label: short(lang, m), value: row.values[i] ?? null }));
	const description = row.band
		? p('office.chartDesc', { low: decimal(row.band.low), high: decimal(row.band.high) })
		: p('office.chartDescNoLevel');
	return cachedChart(JSON.stringify(['pn-office', lang, id, large, data, row.band]), async () => {
		const { Plot, document } = await loadPlot();
		const max = Math.max(4, row.band?.high ?? 0, ...data.map((d) => d.value ?? 0)) * 1.15;
		const svg = Plot.plot({
			document,
			width: large ? 900 : 420,
			height: large ? 420 : 200,
			marginLeft: 40,
			marginBottom: 36,
			style: { fontSize: large ? '20px' : '12px', color: INK, background: 'transparent' },
			x: {
				type: 'point',
				domain: data.map((d) => d.label),
				label: null,
				padding: 0.3,
				tickRotate: large ? 0 : -35,
			},
			y: {
				domain: [0, max],
				label: p('office.axis'),
				labelArrow: 'none',
				grid: true,
				tickFormat: norwegian,
			},
			marks: [
				...(row.band
					? [
							Plot.areaY(data, {
								x: 'label',
								y1: row.band.low,
								y2: row.band.high,
								fill: BAND,
								fillOpacity: 0.45,
							}),
						]
					: []),
				Plot.lineY(data, { x: 'label', y: 'value', stroke: BAR, strokeWidth: large ? 4 : 2.5 }),
				Plot.dot(data, {
					x: 'label',
					y: 'value',
					fill: (d: { value: number | null }) =>
						row.band && d.value !== null && d.value < row.band.low ? BELOW : BAR,
					r: large ? 7 : 4,
				}),
				Plot.ruleY([0], { stroke: INK }),
			],
		}) as SVGSVGElement;
		return accessible(svg, id, p('office.chart', { office: row.name }), description);
	});
}

/** The network's total per month. */
export async function networkChart(
	lang: Lang,
	series: NetworkMonth[],
	id: string,
	large = false,
): Promise<string> {
	const p = translator(lang);
	const data = series.map((m) => ({
		label: short(lang, m.month),
		value: m.reported === 0 ? null : m.total,
		text: m.reported === 0 ? '' : String(m.total),
	}));
	const first = series[0]?.month ?? '';
	const last = series.at(-1)?.month ?? '';
	return cachedChart(JSON.stringify(['pn-network', lang, id, large, data]), async () => {
		const { Plot, document } = await loadPlot();
		const svg = Plot.plot({
			document,
			width: large ? 1100 : 640,
			height: large ? 480 : 260,
			marginLeft: 48,
			marginBottom: 40,
			style: { fontSize: large ? '20px' : '13px', color: INK, background: 'transparent' },
			x: { type: 'point', domain: data.map((d) => d.label), label: null, padding: 0.3 },
			y: {
				domain: [0, Math.max(10, ...data.map((d) => d.value ?? 0)) * 1.2],
				label: p('office.axis'),
				labelArrow: 'none',
				grid: true,
				tickFormat: norwegian,
			},
			marks: [
				Plot.lineY(data, { x: 'label', y: 'value', stroke: BAR, strokeWidth: large ? 4 : 2.5 }),
				Plot.dot(data, { x: 'label', y: 'value', fill: BAR, r: large ? 7 : 4 }),
				Plot.text(data, { x: 'label', y: 'value', text: 'text', dy: large ? -20 : -12, fill: INK }),
				Plot.ruleY([0], { stroke: INK }),
			],
		}) as SVGSVGElement;
		return accessible(
			svg,
			id,
			p('network.chart'),
			p('network.chartDesc', {
				from: first ? monthName(lang, first) : '',
				to: last ? monthName(lang, last) : '',
			}),
		);
	});
}
