import { z } from 'zod';
import { guardedText } from '#lib/confidentiality/index.ts';

// Coordinators' texts refuse identity numbers; participants' group answers refuse phone numbers too.
const lines = guardedText({ max: 4000, optional: true, mode: 'identity' }).transform((v) =>
	v
		.split('\n')
		.map((l) => l.trim())
		.filter(Boolean),
);

export const exerciseSchema = z.object({
	gatheringId: z.string().min(1),
	exerciseId: z.string().nullish(),
	number: z
		.number({ error: 'error.exercise.number' })
		.int('error.exercise.number')
		.min(1, 'error.exercise.number')
		.max(99, 'error.exercise.number'),
	title: guardedText({ max: 200, required: 'error.exercise.title', mode: 'identity' }),
	task: guardedText({ max: 8000, optional: true, mode: 'identity' }),
	/** One question per line. */
	questions: lines,
	/** Paragraph keys, one per line or comma-separated: "29", "30". */
	paragraphs: z
		.string()
		.max(200)
		.nullish()
		.transform((v) =>
			(v ?? '')
				.split(/[\n,]/)
				.map((p) => p.trim().replace(/^§\s*/, ''))
				.filter(Boolean),
		),
	programmeItemId: z.string().max(40).nullish(),
});

export const groupsSchema = z.object({
	gatheringId: z.string().min(1),
	/** One group per line ("Gruppe 1: NAV Voss, NAV Kinn"); or a number of groups to make. */
	groups: guardedText({ max: 4000, optional: true, mode: 'identity' }),
	count: z.number().int().min(1, 'error.groups.count').max(60, 'error.groups.count').nullish(),
});

export const GROUP_TEXT_MAX = 4000;

export const groupAnswerSchema = z.object({
	code: z.string().min(1).max(20),
	exerciseId: z.string().min(1),
	/** The version the group member started from, so two members do not overwrite each other unseen. */
	version: z.number().int().min(0),
	summary: guardedText({ max: GROUP_TEXT_MAX, optional: true }),
	examples: guardedText({ max: GROUP_TEXT_MAX, optional: true }),
	question1: guardedText({ max: 1000, optional: true }),
	question2: guardedText({ max: 1000, optional: true }),
});
