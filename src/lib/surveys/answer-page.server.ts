import { getGathering } from '#lib/gatherings/index.server.ts';
import { tokenPage } from '#lib/platform/page.server.ts';
import { findInvitation } from './invitations.server.ts';
import { getSurvey, surveyByOpenCode } from './surveys.server.ts';

/**
 * The opening of a page where a survey is answered without login, by the personal link from the
 * e-mail (`token`) or the open link on the screen (`code`): the survey, its gathering and (for a
 * personal link) the invitation, or a 404 page that says the link is not valid.
 */
export async function surveyAnswerPage(
	ctx: Parameters<typeof tokenPage>[0],
	link: { token: string } | { code: string },
) {
	return tokenPage(ctx, async (db) => {
		const invitation = 'token' in link ? await findInvitation(db, link.token) : undefined;
		const surveyId =
			'token' in link ? invitation?.surveyId : (await surveyByOpenCode(db, link.code))?.id;
		const survey = surveyId ? await getSurvey(db, surveyId) : undefined;
		const g = survey ? await getGathering(db, survey.gatheringId) : undefined;
		return survey && g ? { survey, g, invitation } : undefined;
	});
}
