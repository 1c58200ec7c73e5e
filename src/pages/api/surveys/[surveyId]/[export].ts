import type { APIRoute } from 'astro';
import { guardEndpoint } from '#lib/auth/guards.server.ts';
import { getGathering } from '#lib/gatherings/gatherings.server.ts';
import { database } from '#lib/platform/db.server.ts';
import { resultsCsv, resultsXlsx } from '#lib/surveys/exports.server.ts';
import { resultsView } from '#lib/surveys/results.server.ts';
import { getSurvey, localised } from '#lib/surveys/surveys.server.ts';
import { langOfPath } from '#i18n/index.ts';

/**
 * resultat.csv and resultat.xlsx for the gathering's coordinators, once the survey is closed and
 * has at least MIN_RESPONSES answers (409 before that: the results are not shown yet either).
 */
export const GET: APIRoute = async (ctx) => {
	const format =
		ctx.params.export === 'resultat.csv'
			? 'csv'
			: ctx.params.export === 'resultat.xlsx'
				? 'xlsx'
				: null;
	if (!format) return new Response('Fann ikkje fila.', { status: 404 });
	const db = await database();
	const survey = await getSurvey(db, ctx.params.surveyId ?? '');
	const g = survey ? await getGathering(db, survey.gatheringId) : undefined;
	if (!survey || !g) return new Response('Fann ikkje undersøkinga.', { status: 404 });
	const user = guardEndpoint(ctx, { kind: 'coordinator', networkId: g.networkId });
	if (user instanceof Response) return user;
	const lang = ctx.url.searchParams.get('lang') === 'nn' ? 'nn' : langOfPath(ctx.url.pathname);
	const view = await resultsView(db, survey);
	const headers = { 'cache-control': 'no-store' };
	if (view.visibility !== 'final' || !view.results) {
		return new Response(
			'Resultata kan lastast ned når undersøkinga er stengd og minst 5 har svart.',
			{ status: 409, headers: { ...headers, 'content-type': 'text/plain; charset=utf-8' } },
		);
	}
	const name = `undersoking-${g.date}-${survey.kind}`;
	if (format === 'csv') {
		return new Response(resultsCsv(view.results, lang), {
			headers: {
				...headers,
				'content-type': 'text/csv; charset=utf-8',
				'content-disposition': `attachment; filename="${name}.csv"`,
			},
		});
	}
	const body = await resultsXlsx(view.results, lang, {
		surveyTitle: localised(lang, survey.titleNb, survey.titleNn),
		gatheringTitle: g.title,
		date: g.date,
		responses: view.responses ?? 0,
		audience: view.audience,
		rate: view.rate,
	});
	return new Response(new Uint8Array(body), {
		headers: {
			...headers,
			'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			'content-disposition': `attachment; filename="${name}.xlsx"`,
		},
	});
};
