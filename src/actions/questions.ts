import { ActionError, defineAction, type ActionAPIContext } from 'astro:actions';
import { coordinatedGathering } from '#lib/gatherings/coordinator-page.server.ts';
import { participantIn, type GatheringParticipant } from '#lib/gatherings/registrations.server.ts';
import { osloInstantFromLocal } from '#lib/platform/time.ts';
import { database } from '#lib/platform/db.server.ts';
import { formError } from '#lib/platform/form-error.ts';
import { clientAddressOf, takeSubmission } from '#lib/platform/rate-limit.server.ts';
import {
	askSchema,
	deadlineSchema,
	moderateSchema,
	voteSchema,
} from '#lib/questions/questions.schema.ts';
import {
	ask,
	moderate,
	sendDossiers,
	setDeadline,
	unvote,
	vote,
} from '#lib/questions/questions.server.ts';
import { z } from 'zod';

/** Limits by the participant (personal link or account); only unidentified requests count per address. */
function limit(asker: GatheringParticipant | null, ctx: { clientAddress: string }): void {
	const who = asker?.registrationId
		? ({ kind: 'registration', id: asker.registrationId } as const)
		: asker?.userId
			? ({ kind: 'user', id: asker.userId } as const)
			: ({ kind: 'unidentified', address: clientAddressOf(ctx) } as const);
	const wait = takeSubmission(who);
	if (wait > 0)
		throw formError('TOO_MANY_REQUESTS', { key: 'error.rateLimited', params: { n: wait } });
}

/** The opening of a participant's action: who asks (personal link or account), within their limit. */
async function participant(
	input: { gatheringId: string; token?: string | null | undefined },
	ctx: ActionAPIContext,
) {
	const db = await database();
	const asker = await participantIn(db, input.gatheringId, input.token, ctx.locals.user);
	limit(asker, ctx);
	return { db, asker };
}

export const questions = {
	ask: defineAction({
		accept: 'form',
		input: askSchema,
		handler: async (input, ctx) => {
			const { db, asker } = await participant(input, ctx);
			if (!asker) throw new ActionError({ code: 'UNAUTHORIZED', message: 'error.question.who' });
			const result = await ask(db, input.gatheringId, asker, input);
			if (!result.ok)
				throw new ActionError({
					code: result.reason === 'not-found' ? 'NOT_FOUND' : 'FORBIDDEN',
					message:
						result.reason === 'not-found' ? 'error.gathering.notFound' : 'error.question.deadline',
				});
			return { id: result.id };
		},
	}),

	vote: defineAction({
		accept: 'form',
		input: voteSchema,
		handler: async (input, ctx) => {
			const { db, asker } = await participant(input, ctx);
			const result = asker
				? await vote(db, input.gatheringId, input.questionId, asker)
				: ({ ok: false, reason: 'not-registered' } as const);
			if (!result.ok) {
				const message =
					result.reason === 'already-voted'
						? 'error.vote.twice'
						: result.reason === 'not-registered'
							? 'error.vote.notRegistered'
							: 'error.generic';
				throw new ActionError({
					code: result.reason === 'already-voted' ? 'CONFLICT' : 'FORBIDDEN',
					message,
				});
			}
			return { voted: input.questionId };
		},
	}),

	unvote: defineAction({
		accept: 'form',
		input: voteSchema,
		handler: async (input, ctx) => {
			const { db, asker } = await participant(input, ctx);
			if (!asker || !(await unvote(db, input.gatheringId, input.questionId, asker)))
				throw new ActionError({ code: 'NOT_FOUND', message: 'error.generic' });
			return { unvoted: input.questionId };
		},
	}),

	moderate: defineAction({
		accept: 'form',
		input: moderateSchema,
		handler: async (input, ctx) => {
			const { db, g } = await coordinatedGathering(ctx, input.gatheringId);
			const action =
				input.action === 'merge'
					? ({ kind: 'merge', into: input.into ?? '' } as const)
					: input.action === 'edit'
						? ({ kind: 'edit', text: input.text ?? '' } as const)
						: input.action === 'assign'
							? ({ kind: 'assign', programmeItemId: input.programmeItemId ?? null } as const)
							: input.action === 'answer'
								? ({ kind: 'answer', answer: input.answer ?? '' } as const)
								: ({ kind: input.action } as const);
			if (action.kind === 'edit' && !action.text)
				throw formError('BAD_REQUEST', 'error.question.required', 'text');
			const result = await moderate(db, g.id, input.questionId, action);
			if (!result.ok)
				throw new ActionError({
					code: 'BAD_REQUEST',
					message: result.reason === 'bad-merge' ? 'error.question.merge' : 'error.generic',
				});
			return { done: input.action, questionId: input.questionId };
		},
	}),

	deadline: defineAction({
		accept: 'form',
		input: deadlineSchema,
		handler: async (input, ctx) => {
			const { db, g } = await coordinatedGathering(ctx, input.gatheringId);
			const deadline = input.deadline ? osloInstantFromLocal(input.deadline) : null;
			if (input.deadline && !deadline) throw formError('BAD_REQUEST', 'error.datetime', 'deadline');
			await setDeadline(db, g.id, deadline);
			return { saved: true };
		},
	}),

	sendDossiers: defineAction({
		accept: 'form',
		input: z.object({
			gatheringId: z.string().min(1),
			language: z.enum(['nb', 'nn']).default('nb'),
		}),
		handler: async (input, ctx) => {
			const { db, g } = await coordinatedGathering(ctx, input.gatheringId);
			return { sent: await sendDossiers(db, g.id, input.language) };
		},
	}),
};
