import { ActionError, defineAction } from 'astro:actions';
import { z } from 'zod';
import { registrationChangeSchema, registrationSchema } from '#lib/gatherings/gatherings.schema.ts';
import {
	cancelRegistration,
	changeRegistration,
	register,
} from '#lib/gatherings/registrations.server.ts';
import { config } from '#lib/platform/config.server.ts';
import { database } from '#lib/platform/db.server.ts';
import { formError } from '#lib/platform/form-error.ts';
import { confirmedField } from '#lib/platform/forms.ts';
import { clientAddressOf, takeRegistration } from '#lib/platform/rate-limit.server.ts';

/** Registration needs no account: anyone may register, and the personal link manages it. */
export const registrations = {
	register: defineAction({
		accept: 'form',
		input: registrationSchema,
		handler: async (input, ctx) => {
			const wait = takeRegistration(clientAddressOf(ctx), input.gatheringId);
			if (wait > 0)
				throw formError('TOO_MANY_REQUESTS', {
					key: 'error.registration.rateLimited',
					params: { n: wait },
				});
			const result = await register(await database(), input, {
				userId: ctx.locals.user?.id ?? null,
				publicOrigin: config.publicOrigin,
			});
			if (result.ok)
				return {
					token: result.token,
					status: result.status,
					position: result.position,
					linkSent: false,
				};
			// Already registered: the address got a new personal link, and the answer says only that.
			if (result.reason === 'duplicate')
				return { token: null, status: null, position: null, linkSent: true };
			switch (result.reason) {
				case 'not-found':
					throw new ActionError({ code: 'NOT_FOUND', message: 'error.gathering.notFound' });
				case 'closed':
					throw new ActionError({ code: 'FORBIDDEN', message: 'error.registration.closed' });
				case 'unknown-office':
					throw formError('BAD_REQUEST', 'error.office.unknown', 'officeId');
			}
		},
	}),

	cancel: defineAction({
		accept: 'form',
		input: z.object({ token: z.string().min(1).max(200), ...confirmedField }),
		handler: async (input) => {
			const result = await cancelRegistration(await database(), input.token, config.publicOrigin);
			if (!result.ok && result.reason === 'invalid')
				throw new ActionError({ code: 'NOT_FOUND', message: 'manage.invalid' });
			return { cancelled: true };
		},
	}),

	change: defineAction({
		accept: 'form',
		input: registrationChangeSchema,
		handler: async (input) => {
			const ok = await changeRegistration(await database(), input.token, input);
			if (!ok) throw new ActionError({ code: 'NOT_FOUND', message: 'manage.invalid' });
			return { changed: true };
		},
	}),
};
