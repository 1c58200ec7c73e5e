import { z } from 'zod';
import { guardedText } from '#lib/confidentiality/index.ts';

export const QUESTION_MAX = 1000;

export const askSchema = z.object({
	gatheringId: z.string().min(1),
	/** The personal registration link's token, for those who ask without an account. */
	token: z.string().max(200).nullish(),
	text: guardedText({ max: QUESTION_MAX, required: 'error.question.required' }),
	programmeItemId: z.string().max(40).nullish(),
	paragraph: z.string().max(40).nullish(),
	showName: z.boolean().default(false),
});

export const voteSchema = z.object({
	gatheringId: z.string().min(1),
	questionId: z.string().min(1),
	token: z.string().max(200).nullish(),
});

export const moderateSchema = z.object({
	gatheringId: z.string().min(1),
	questionId: z.string().min(1),
	action: z.enum(['approve', 'hide', 'merge', 'edit', 'assign', 'answer', 'publish', 'unpublish'], {
		error: 'error.generic',
	}),
	/** For merge: the question this one duplicates. */
	into: z.string().max(40).nullish(),
	text: guardedText({ max: QUESTION_MAX, optional: true }).nullish(),
	programmeItemId: z.string().max(40).nullish(),
	answer: guardedText({ max: 4000, optional: true }).nullish(),
});

export const deadlineSchema = z.object({
	gatheringId: z.string().min(1),
	deadline: z.string().max(20).nullish(),
});
