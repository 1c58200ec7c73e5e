import { ActionError, defineAction } from 'astro:actions';
import { coordinatedGathering } from '#lib/gatherings/coordinator-page.server.ts';
import { z } from 'zod';
import {
	exerciseSchema,
	groupAnswerSchema,
	groupsSchema,
} from '#lib/exercises/exercises.schema.ts';
import {
	addGroups,
	groupByCode,
	saveExercise,
	saveGroupAnswer,
	setExerciseStatus,
} from '#lib/exercises/exercises.server.ts';
import { database } from '#lib/platform/db.server.ts';
import { formError } from '#lib/platform/form-error.ts';
import { clientAddressOf, takeSubmission } from '#lib/platform/rate-limit.server.ts';

export const exercises = {
	save: defineAction({
		accept: 'form',
		input: exerciseSchema,
		handler: async (input, ctx) => {
			const { db, g } = await coordinatedGathering(ctx, input.gatheringId);
			return { id: await saveExercise(db, g.id, input) };
		},
	}),

	setStatus: defineAction({
		accept: 'form',
		input: z.object({
			gatheringId: z.string().min(1),
			exerciseId: z.string().min(1),
			status: z.enum(['open', 'closed']),
		}),
		handler: async (input, ctx) => {
			const { db, g } = await coordinatedGathering(ctx, input.gatheringId);
			await setExerciseStatus(db, g.id, input.exerciseId, input.status);
			return { status: input.status };
		},
	}),

	addGroups: defineAction({
		accept: 'form',
		input: groupsSchema,
		handler: async (input, ctx) => {
			const { db, g } = await coordinatedGathering(ctx, input.gatheringId);
			const lines = (input.groups ?? '')
				.split('\n')
				.map((l) => l.trim())
				.filter(Boolean);
			if (lines.length === 0 && !input.count)
				throw formError('BAD_REQUEST', 'error.groups.count', 'count');
			return { added: await addGroups(db, g.id, { lines, count: input.count ?? 0 }) };
		},
	}),

	/** A group's answer, by its short link: no login. */
	answer: defineAction({
		accept: 'form',
		input: groupAnswerSchema,
		handler: async (input, ctx) => {
			const db = await database();
			const group = await groupByCode(db, input.code);
			// Keyed on the group's link, shared by the people at one table; a wrong code counts per address.
			const wait = takeSubmission(
				group
					? { kind: 'group', code: input.code }
					: { kind: 'unidentified', address: clientAddressOf(ctx) },
			);
			if (wait > 0)
				throw formError('TOO_MANY_REQUESTS', {
					key: 'error.rateLimited',
					params: { n: wait },
				});
			if (!group) throw new ActionError({ code: 'NOT_FOUND', message: 'error.group.unknown' });
			const result = await saveGroupAnswer(db, group, input);
			if (result.ok) return { version: result.version };
			if (result.reason === 'conflict')
				throw new ActionError({ code: 'CONFLICT', message: 'error.group.conflict' });
			throw new ActionError({
				code: result.reason === 'closed' ? 'FORBIDDEN' : 'NOT_FOUND',
				message: result.reason === 'closed' ? 'error.exercise.closed' : 'error.exercise.unknown',
			});
		},
	}),
};
