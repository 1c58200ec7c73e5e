/** What `POST /api/progress` accepts (JSON), validated with zod. Server side only. */
import { z } from 'zod';
import { parseProgressId } from './ids.ts';
import { validScore } from './progress.ts';

const entryId = z
	.string()
	.max(100)
	.refine((id) => parseProgressId(id) !== null, {
		error: 'Ukjent type oppføring: bruk for eksempel «regelverk/29» eller «quiz/stonad».',
	});

export const progressBodySchema = z.discriminatedUnion('kind', [
	z.strictObject({
		/** The entry was read. */
		kind: z.literal('read'),
		entry: entryId,
	}),
	z
		.strictObject({
			/** A quiz was taken: `score` right answers of `maxScore`. */
			kind: z.literal('quiz'),
			entry: entryId.refine((id) => parseProgressId(id)?.kind === 'quiz', {
				error: 'Et quizresultat gjelder en quiz («quiz/<bank>»).',
			}),
			score: z.number().int().min(0),
			maxScore: z.number().int().min(1).max(100),
		})
		.refine((body) => validScore(body.score, body.maxScore), {
			path: ['score'],
			error: 'score kan ikke være større enn maxScore.',
		}),
]);
export type ProgressBody = z.output<typeof progressBodySchema>;
