import { ActionError, defineAction, type ActionAPIContext } from 'astro:actions';
import { requireCoordinator } from '#lib/auth/guards.server.ts';
import { getGathering } from '#lib/gatherings/gatherings.server.ts';
import { config } from '#lib/platform/config.server.ts';
import { database } from '#lib/platform/db.server.ts';
import { fieldErrors, formError } from '#lib/platform/form-error.ts';
import { confirmedField } from '#lib/platform/forms.ts';
import { clientAddressOf, RateLimiter } from '#lib/platform/rate-limit.server.ts';
import { sendInvitations, sendSurveyReminder } from '#lib/surveys/invitations.server.ts';
import {
	answeredCookie,
	submitWithOpenCode,
	submitWithToken,
	type SubmitResult,
} from '#lib/surveys/responses.server.ts';
import {
	createSurveySchema,
	deleteQuestionSchema,
	followUpSchema,
	moveSchema,
	openLinkSchema,
	questionSchema,
	settingsSchema,
	statusSchema,
	submitSchema,
	surveyIdSchema,
	topicSchema,
} from '#lib/surveys/surveys.schema.ts';
import {
	createSurvey,
	deleteQuestion,
	deleteSurvey,
	getSurvey,
	moveQuestion,
	saveFollowUp,
	saveQuestion,
	saveSettings,
	setOpenLink,
	setSurveyStatus,
	surveyByOpenCode,
} from '#lib/surveys/surveys.server.ts';
import { addTopicToNextProgramme } from '#lib/surveys/topics.server.ts';

/** The survey an action is about, after checking that the user coordinates its gathering's network. */
async function coordinated(ctx: ActionAPIContext, surveyId: string) {
	const db = await database();
	const survey = await getSurvey(db, surveyId);
	const g = survey ? await getGathering(db, survey.gatheringId) : undefined;
	if (!survey || !g) throw new ActionError({ code: 'NOT_FOUND', message: 'survey.error.notFound' });
	requireCoordinator(ctx, g.networkId);
	return { db, survey, g };
}

/**
 * The open link on the screen identifies nobody, so a burst is limited per address, high enough for
 * a whole room behind one NAT (150 a minute for one survey); each browser can answer once anyway.
 */
const openLinkSubmissions = new RateLimiter(150, 60_000);

function refuse(result: Exclude<SubmitResult, { ok: true }>): never {
	switch (result.reason) {
		case 'answers':
			throw fieldErrors('BAD_REQUEST', result.errors);
		case 'invalid-link':
			throw new ActionError({ code: 'NOT_FOUND', message: 'survey.error.invalidLink' });
		case 'used':
			throw new ActionError({ code: 'CONFLICT', message: 'survey.error.used' });
		case 'answered-here':
			throw new ActionError({ code: 'CONFLICT', message: 'survey.error.answeredHere' });
		case 'not-open':
			throw new ActionError({ code: 'FORBIDDEN', message: 'survey.error.notOpenYet' });
		case 'closed':
			throw new ActionError({ code: 'FORBIDDEN', message: 'survey.error.closed' });
		case 'full':
			throw new ActionError({ code: 'FORBIDDEN', message: 'survey.error.full' });
	}
}

export const surveys = {
	/** A participant's answers, by personal link (token) or by the open link (code). No login. */
	submit: defineAction({
		accept: 'form',
		input: submitSchema,
		handler: async (input, ctx) => {
			const { token, code, ...form } = input;
			const db = await database();
			if (token) {
				const result = await submitWithToken(db, token, form);
				if (!result.ok) refuse(result);
				return { surveyId: result.surveyId };
			}
			const survey = code ? await surveyByOpenCode(db, code) : undefined;
			if (!survey)
				throw new ActionError({ code: 'NOT_FOUND', message: 'survey.error.invalidLink' });
			const wait = openLinkSubmissions.take(`${survey.id}:${clientAddressOf(ctx)}`);
			if (wait > 0)
				throw formError('TOO_MANY_REQUESTS', {
					key: 'error.rateLimited',
					params: { n: wait },
				});
			const result = await submitWithOpenCode(db, survey, form, {
				answeredHere: ctx.cookies.has(answeredCookie(survey.id)),
			});
			if (!result.ok) refuse(result);
			ctx.cookies.set(answeredCookie(survey.id), '1', {
				path: '/',
				httpOnly: true,
				sameSite: 'lax',
				secure: config.secureCookies,
				maxAge: 180 * 86_400,
			});
			return { surveyId: survey.id };
		},
	}),

	create: defineAction({
		accept: 'form',
		input: createSurveySchema,
		handler: async (input, ctx) => {
			const db = await database();
			const g = await getGathering(db, input.gatheringId);
			if (!g) throw new ActionError({ code: 'NOT_FOUND', message: 'error.gathering.notFound' });
			requireCoordinator(ctx, g.networkId);
			return {
				id: (await createSurvey(db, g.id, input.template === 'blank' ? 'blank' : input.template))!,
			};
		},
	}),

	settings: defineAction({
		accept: 'form',
		input: settingsSchema,
		handler: async (input, ctx) => {
			const { db, survey } = await coordinated(ctx, input.surveyId);
			await saveSettings(db, survey.id, input);
			return { saved: true };
		},
	}),

	saveQuestion: defineAction({
		accept: 'form',
		input: questionSchema,
		handler: async (input, ctx) => {
			const { db, survey } = await coordinated(ctx, input.surveyId);
			const result = await saveQuestion(db, survey, input);
			if (!result.ok) {
				if (result.reason === 'no-programme')
					throw formError('BAD_REQUEST', 'survey.error.noProgramme', 'type');
				const message =
					result.reason === 'not-draft' ? 'survey.error.locked' : 'survey.error.notFound';
				throw new ActionError({ code: 'BAD_REQUEST', message });
			}
			return { questionId: result.questionId };
		},
	}),

	deleteQuestion: defineAction({
		accept: 'form',
		input: deleteQuestionSchema,
		handler: async (input, ctx) => {
			const { db, survey } = await coordinated(ctx, input.surveyId);
			if (!(await deleteQuestion(db, survey, input.questionId)))
				throw new ActionError({ code: 'BAD_REQUEST', message: 'survey.error.locked' });
			return { deleted: true };
		},
	}),

	moveQuestion: defineAction({
		accept: 'form',
		input: moveSchema,
		handler: async (input, ctx) => {
			const { db, survey } = await coordinated(ctx, input.surveyId);
			if (!(await moveQuestion(db, survey, input.questionId, input.direction)))
				throw new ActionError({
					code: 'BAD_REQUEST',
					message: survey.status === 'draft' ? 'error.generic' : 'survey.error.locked',
				});
			return { moved: true };
		},
	}),

	setStatus: defineAction({
		accept: 'form',
		input: statusSchema,
		handler: async (input, ctx) => {
			const { db, survey } = await coordinated(ctx, input.surveyId);
			const result = await setSurveyStatus(db, survey, input.status);
			if (!result.ok && result.reason === 'no-questions')
				throw new ActionError({ code: 'BAD_REQUEST', message: 'survey.error.noQuestions' });
			return { status: input.status };
		},
	}),

	openLink: defineAction({
		accept: 'form',
		input: openLinkSchema,
		handler: async (input, ctx) => {
			const { db, survey } = await coordinated(ctx, input.surveyId);
			await setOpenLink(db, survey.id, input.enabled);
			return { enabled: input.enabled };
		},
	}),

	sendInvitations: defineAction({
		accept: 'form',
		input: surveyIdSchema,
		handler: async (input, ctx) => {
			const { db, survey } = await coordinated(ctx, input.surveyId);
			const result = await sendInvitations(db, survey.id, config.publicOrigin);
			if (!result.ok)
				throw new ActionError({
					code: 'BAD_REQUEST',
					message: result.reason === 'not-ended' ? 'survey.error.notEnded' : 'survey.error.notOpen',
				});
			return { sent: result.sent };
		},
	}),

	sendReminder: defineAction({
		accept: 'form',
		input: surveyIdSchema,
		handler: async (input, ctx) => {
			const { db, survey } = await coordinated(ctx, input.surveyId);
			const result = await sendSurveyReminder(db, survey.id, config.publicOrigin);
			if (!result.ok) {
				const message =
					result.reason === 'already-reminded'
						? 'survey.error.reminded'
						: result.reason === 'not-invited'
							? 'survey.error.notInvited'
							: 'survey.error.notOpen';
				throw new ActionError({ code: 'BAD_REQUEST', message });
			}
			return { sent: result.sent };
		},
	}),

	followUp: defineAction({
		accept: 'form',
		input: followUpSchema,
		handler: async (input, ctx) => {
			const { db, survey } = await coordinated(ctx, input.surveyId);
			await saveFollowUp(db, survey.id, input.followUp);
			return { saved: true };
		},
	}),

	addTopic: defineAction({
		accept: 'form',
		input: topicSchema,
		handler: async (input, ctx) => {
			const { db, survey } = await coordinated(ctx, input.surveyId);
			const result = await addTopicToNextProgramme(db, survey, input.topic, input.lang);
			if (!result.ok) {
				throw formError(
					'BAD_REQUEST',
					result.reason === 'no-next'
						? 'survey.error.noNext'
						: {
								key:
									result.reason === 'already' ? 'survey.error.topicAlready' : 'survey.error.noSlot',
								params: { title: result.title ?? '' },
							},
				);
			}
			return { topic: input.topic, ...result };
		},
	}),

	delete: defineAction({
		accept: 'form',
		input: surveyIdSchema.extend(confirmedField),
		handler: async (input, ctx) => {
			const { db, survey } = await coordinated(ctx, input.surveyId);
			if (!(await deleteSurvey(db, survey)))
				throw new ActionError({ code: 'BAD_REQUEST', message: 'survey.error.locked' });
			return { deleted: true, gatheringId: survey.gatheringId };
		},
	}),
};
