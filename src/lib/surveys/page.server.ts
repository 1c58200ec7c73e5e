import type { PageContext } from '#lib/auth/page.server.ts';
import { localePath } from '#i18n/index.ts';
import { coordinatorPage, type CoordinatorPage } from '#lib/gatherings/coordinator-page.server.ts';
import { getSurvey } from './surveys.server.ts';

export type Survey = NonNullable<Awaited<ReturnType<typeof getSurvey>>>;

/**
 * The opening of every coordinator page about one survey: the gathering's opening
 * (coordinatorPage: language, 404, login or 403), then the survey, 404 unless it is the
 * gathering's. `before` may answer first, once the guard has passed (a deleted survey's redirect).
 */
export async function coordinatorSurveyPage(
	ctx: PageContext,
	before?: (page: CoordinatorPage) => Response | undefined,
): Promise<(CoordinatorPage & { survey: Survey }) | Response> {
	const page = await coordinatorPage(ctx);
	if (page instanceof Response) return page;
	const early = before?.(page);
	if (early) return early;
	const survey = await getSurvey(page.db, ctx.params.surveyId ?? '');
	if (!survey || survey.gatheringId !== page.g.id)
		return ctx.rewrite(localePath(page.lang, '/404'));
	return { ...page, survey };
}
