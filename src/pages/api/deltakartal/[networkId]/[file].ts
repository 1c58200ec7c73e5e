import type { APIRoute } from 'astro';
import { networkChart } from '#lib/participant-numbers/charts.server.ts';
import { coordinatorFile, download, XLSX } from '#lib/participant-numbers/endpoint.server.ts';
import { tableXlsx, templateCsv, templateXlsx } from '#lib/participant-numbers/exports.server.ts';
import { addMonths, currentMonth, networkView } from '#lib/participant-numbers/figures.ts';

/** The import template (mal.csv, mal.xlsx), the table (tabell.xlsx) and the chart (diagram.svg), for coordinators. */
export const GET: APIRoute = async (ctx) => {
	const file = ctx.params.file;
	if (!['mal.csv', 'mal.xlsx', 'tabell.xlsx', 'diagram.svg'].includes(file ?? ''))
		return new Response('Fann ikkje fila.', { status: 404 });
	const opened = await coordinatorFile(ctx);
	if (opened instanceof Response) return opened;
	const { data, lang } = opened;
	const lastMonth = addMonths(currentMonth(new Date()), -1);
	if (file === 'mal.csv')
		return download(
			templateCsv(lang, data.offices, lastMonth),
			'text/csv; charset=utf-8',
			'deltakartal-mal.csv',
		);
	if (file === 'mal.xlsx')
		return download(
			await templateXlsx(lang, data.offices, lastMonth),
			XLSX,
			'deltakartal-mal.xlsx',
		);
	const view = networkView(data, ctx.url.searchParams.get('maned'));
	const name = `deltakartal-${data.network.id}-${view.month ?? 'tom'}`;
	if (file === 'tabell.xlsx')
		return download(await tableXlsx(lang, data.network.name, view), XLSX, `${name}.xlsx`);
	const svg = await networkChart(lang, view.series, 'network-chart');
	return download(
		`<?xml version="1.0" encoding="UTF-8"?>\n${svg.includes('xmlns=') ? svg : svg.replace('<svg ', '<svg xmlns="http://www.w3.org/2000/svg" ')}`,
		'image/svg+xml',
		`${name}.svg`,
	);
};
