import type { APIRoute } from 'astro';
import { recordEndpoint } from '#lib/auth/page.server.ts';
import { getGathering } from '#lib/gatherings/gatherings.server.ts';
import { resultsCsv, resultsXlsx } from '#lib/surveys/exports.server.ts';
import { resultsView } from '#lib/surveys/results.server.ts';
import { getSurvey, localised } from '#lib/surveys/surveys.server.ts';

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
	const opened = await recordEndpoint(
		ctx,
		async (db) => {
			const survey = await getSurvey(db, ctx.params.surveyId ?? '');
			const g = survey ? await getGathering(db, survey.gatheringId) : undefined;
			return survey && g ? { survey, g } : undefined;
		},
		({ g }) => ({ kind: 'coordinator', networkId: g.networkId }),
		'Fann ikkje undersøkinga.',
	);
	if (opened instanceof Response) return opened;
	const { db, lang } = opened;
	const { survey, g } = opened.found;
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
