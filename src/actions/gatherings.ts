import { ActionError, defineAction } from 'astro:actions';
import { requireCoordinator } from '#lib/auth/guards.server.ts';
import { coordinatedGathering } from '#lib/gatherings/coordinator-page.server.ts';
import { z } from 'zod';
import {
	createGathering,
	deleteProgrammeItem,
	duplicateGathering,
	saveProgrammeItem,
	setStatus,
	updateGathering,
} from '#lib/gatherings/gatherings.server.ts';
import {
	gatheringSchema,
	gatheringUpdateSchema,
	messageSchema,
	presentationSchema,
	programmeItemSchema,
} from '#lib/gatherings/gatherings.schema.ts';
import {
	cancelGathering,
	messageConfirmed,
	setAttended,
} from '#lib/gatherings/participants.server.ts';
import { addPresentation, deletePresentation } from '#lib/gatherings/presentations.server.ts';
import { config } from '#lib/platform/config.server.ts';
import { database } from '#lib/platform/db.server.ts';
import { formError } from '#lib/platform/form-error.ts';
import { confirmedField } from '#lib/platform/forms.ts';

const byId = z.object({ gatheringId: z.string().min(1) });

export const gatherings = {
	create: defineAction({
		accept: 'form',
		input: gatheringSchema,
		handler: async (input, ctx) => {
			const user = requireCoordinator(ctx, input.networkId);
			return { id: await createGathering(await database(), user.id, input) };
		},
	}),

	update: defineAction({
		accept: 'form',
		input: gatheringUpdateSchema,
		handler: async (input, ctx) => {
			const { db, g } = await coordinatedGathering(ctx, input.gatheringId);
			requireCoordinator(ctx, input.networkId);
			const result = await updateGathering(db, g.id, { ...input, networkId: g.networkId });
			if (!result.ok) {
				throw formError(
					'CONFLICT',
					{ key: 'error.gathering.capacityBelowConfirmed', params: { n: result.confirmed } },
					'capacity',
				);
			}
			return { saved: true, promoted: result.promoted };
		},
	}),

	publish: defineAction({
		accept: 'form',
		input: byId,
		handler: async (input, ctx) => {
			const { db, g } = await coordinatedGathering(ctx, input.gatheringId);
			await setStatus(db, g.id, 'published');
			return { published: true };
		},
	}),

	cancel: defineAction({
		accept: 'form',
		input: byId.extend(confirmedField),
		handler: async (input, ctx) => {
			const { db, g } = await coordinatedGathering(ctx, input.gatheringId);
			return { notified: await cancelGathering(db, g.id, config.publicOrigin) };
		},
	}),

	duplicate: defineAction({
		accept: 'form',
		input: byId,
		handler: async (input, ctx) => {
			const { db, g, user } = await coordinatedGathering(ctx, input.gatheringId);
			return { id: (await duplicateGathering(db, g.id, user.id)) as string };
		},
	}),

	saveItem: defineAction({
		accept: 'form',
		input: programmeItemSchema,
		handler: async (input, ctx) => {
			const { db } = await coordinatedGathering(ctx, input.gatheringId);
			const result = await saveProgrammeItem(db, input);
			if (result && !result.ok) {
				const problem = result.problems[0]!;
				const params = 'other' in problem ? { other: problem.other } : undefined;
				// Shown on the field it concerns, like a schema error.
				throw formError('BAD_REQUEST', { key: problem.message, params }, problem.field);
			}
			return { saved: true };
		},
	}),

	deleteItem: defineAction({
		accept: 'form',
		input: byId.extend({ itemId: z.string().min(1) }),
		handler: async (input, ctx) => {
			const { db, g } = await coordinatedGathering(ctx, input.gatheringId);
			await deleteProgrammeItem(db, g.id, input.itemId);
			return { deleted: true };
		},
	}),

	checkIn: defineAction({
		accept: 'form',
		input: byId.extend({
			registrationId: z.string().min(1),
			attended: z.boolean().nullish(),
			name: z.string().max(200).nullish(),
		}),
		handler: async (input, ctx) => {
			const { db, g } = await coordinatedGathering(ctx, input.gatheringId);
			const ok = await setAttended(db, g.id, input.registrationId, Boolean(input.attended));
			if (!ok) throw new ActionError({ code: 'NOT_FOUND', message: 'error.generic' });
			return { attended: Boolean(input.attended), name: input.name ?? '' };
		},
	}),

	message: defineAction({
		accept: 'form',
		input: messageSchema,
		handler: async (input, ctx) => {
			const { db, g } = await coordinatedGathering(ctx, input.gatheringId);
			return { sent: await messageConfirmed(db, g.id, input.subject, input.body) };
		},
	}),

	uploadPresentation: defineAction({
		accept: 'form',
		input: presentationSchema,
		handler: async (input, ctx) => {
			const { db, g } = await coordinatedGathering(ctx, input.gatheringId);
			const id = await addPresentation(db, g.id, input.title, input.file);
			if (!id) throw formError('BAD_REQUEST', 'error.presentation.file', 'file');
			return { uploaded: id };
		},
	}),

	deletePresentation: defineAction({
		accept: 'form',
		input: byId.extend({ presentationId: z.string().min(1) }),
		handler: async (input, ctx) => {
			const { db, g } = await coordinatedGathering(ctx, input.gatheringId);
			await deletePresentation(db, g.id, input.presentationId);
			return { deleted: true };
		},
	}),
};
