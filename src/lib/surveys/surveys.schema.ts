import { z } from 'zod';
import { SURVEY_QUESTION_TYPES } from '#db/schema/surveys.ts';

export { SURVEY_QUESTION_TYPES };
import { guardedText } from '#lib/confidentiality/index.ts';

// Messages are dictionary keys: "survey.*" from src/i18n/surveys.*.ts, the rest from src/i18n.

const id = z.string().min(1).max(40);
// Coordinators' texts refuse identity numbers (taushetsplikt); see guarded-text.ts.
const optional = (max: number) => guardedText({ max, optional: true, mode: 'identity' });
const lines = (max: number) =>
	optional(max).transform((v) =>
		v
			.split('\n')
			.map((l) => l.trim())
			.filter(Boolean),
	);

const OPTION_MAX = 120;
const OPTIONS_MAX = 20;
const QUESTION_TEXT_MAX = 500;
/** Longer than any answer may be; the survey's own limits are checked against each question. */
const SUBMITTED_FIELD_MAX = 20_000;
const FOLLOW_UP_MAX = 4000;

export const createSurveySchema = z.object({
	gatheringId: id,
	template: z.enum(['evaluation', 'pre-event', 'blank'], { error: 'survey.error.template' }),
});

export const surveyIdSchema = z.object({ surveyId: id });

export const settingsSchema = z
	.object({
		surveyId: id,
		titleNb: optional(160),
		titleNn: optional(160),
		introNb: optional(1000),
		introNn: optional(1000),
	})
	.superRefine((v, ctx) => {
		if (!v.titleNb && !v.titleNn)
			ctx.addIssue({ code: 'custom', path: ['titleNb'], message: 'survey.error.title' });
	});

export const questionSchema = z
	.object({
		surveyId: id,
		questionId: z.string().max(40).nullish(),
		type: z.enum(SURVEY_QUESTION_TYPES, { error: 'survey.error.type' }),
		required: z.boolean().default(false),
		textNb: optional(QUESTION_TEXT_MAX),
		textNn: optional(QUESTION_TEXT_MAX),
		helpNb: optional(500),
		helpNn: optional(500),
		/** One choice per line. */
		optionsNb: lines(OPTIONS_MAX * (OPTION_MAX + 1)),
		optionsNn: lines(OPTIONS_MAX * (OPTION_MAX + 1)),
		scaleMax: z
			.number({ error: 'survey.error.scaleMax' })
			.int('survey.error.scaleMax')
			.min(2, 'survey.error.scaleMax')
			.max(10, 'survey.error.scaleMax')
			.default(5),
		labelMinNb: optional(60),
		labelMinNn: optional(60),
		labelMaxNb: optional(60),
		labelMaxNn: optional(60),
	})
	.superRefine((v, ctx) => {
		if (!v.textNb && !v.textNn)
			ctx.addIssue({ code: 'custom', path: ['textNb'], message: 'survey.error.questionText' });
		if (v.type === 'single' || v.type === 'multiple') {
			if (
				v.optionsNb.length + v.optionsNn.length === 0 ||
				Math.max(v.optionsNb.length, v.optionsNn.length) < 2
			) {
				ctx.addIssue({ code: 'custom', path: ['optionsNb'], message: 'survey.error.options' });
			} else if (
				v.optionsNb.length > 0 &&
				v.optionsNn.length > 0 &&
				v.optionsNb.length !== v.optionsNn.length
			) {
				ctx.addIssue({ code: 'custom', path: ['optionsNn'], message: 'survey.error.optionsCount' });
			} else if (
				Math.max(v.optionsNb.length, v.optionsNn.length) > OPTIONS_MAX ||
				[...v.optionsNb, ...v.optionsNn].some((o) => o.length > OPTION_MAX)
			) {
				ctx.addIssue({
					code: 'custom',
					path: ['optionsNb'],
					message: 'survey.error.optionsTooMany',
				});
			}
		}
	});
export type QuestionInput = z.output<typeof questionSchema>;

export const moveSchema = z.object({
	surveyId: id,
	questionId: id,
	direction: z.enum(['up', 'down']),
});
export const deleteQuestionSchema = z.object({ surveyId: id, questionId: id });
export const statusSchema = z.object({
	surveyId: id,
	status: z.enum(['open', 'closed'], { error: 'error.generic' }),
});
export const openLinkSchema = z.object({ surveyId: id, enabled: z.boolean().default(false) });

export const followUpSchema = z.object({
	surveyId: id,
	followUp: guardedText({ max: FOLLOW_UP_MAX, optional: true }),
});

export const topicSchema = z.object({
	surveyId: id,
	topic: guardedText({ max: 200, required: 'survey.error.topic', mode: 'identity' }).refine(
		(v) => v.length >= 3,
		'survey.error.topic',
	),
	lang: z
		.enum(['nb', 'nn'])
		.nullish()
		.transform((v) => v ?? 'nb'),
});

/**
 * A filled-in survey: the personal link's token or the open link's code, and one field per
 * answer (checked against the survey's questions by parseAnswers).
 */
export const submitSchema = z
	.object({
		token: z.string().max(200).nullish(),
		code: z.string().max(64).nullish(),
	})
	.catchall(z.string().max(SUBMITTED_FIELD_MAX, 'error.text.tooLong'));
