import { ActionError, defineAction, type ActionAPIContext } from 'astro:actions';
import { requireCoordinator } from '#lib/auth/guards.server.ts';
import { database } from '#lib/platform/db.server.ts';
import { formError } from '#lib/platform/form-error.ts';
import type { ImportError } from '#lib/participant-numbers/import.ts';
import { checkRows, commitRows, previewUpload } from '#lib/participant-numbers/import.server.ts';
import { gridRows } from '#lib/participant-numbers/grid.ts';
import {
	addContextFigure,
	deleteContextFigure,
	networkNumbers,
	saveLetterTemplate,
	saveLevel,
	saveMonth,
	setPublished,
} from '#lib/participant-numbers/participant-numbers.server.ts';
import {
	commitSchema,
	contextSchema,
	deleteContextSchema,
	gridSchema,
	levelSchema,
	previewSchema,
	publishSchema,
	rowsSchema,
	templateSchema,
} from '#lib/participant-numbers/participant-numbers.schema.ts';

/** The network an action is about, after checking that the user coordinates it. */
async function coordinated(ctx: ActionAPIContext, networkId: string) {
	const user = requireCoordinator(ctx, networkId);
	const db = await database();
	const data = await networkNumbers(db, networkId);
	if (!data) throw new ActionError({ code: 'NOT_FOUND', message: 'error.network.unknown' });
	return { db, user, data };
}

export const participantNumbers = {
	/** Step 1 of an import: read and check the file, save nothing. */
	preview: defineAction({
		accept: 'form',
		input: previewSchema,
		handler: async (input, ctx) => {
			const { db } = await coordinated(ctx, input.networkId);
			if (!input.file || input.file.size === 0)
				return input.file?.name
					? ({ ok: false, fileError: 'empty' } as const)
					: ({ ok: false, fileError: 'missing' } as const);
			return previewUpload(db, input.networkId, input.file);
		},
	}),
	/** Step 2: the rows shown in the preview, checked again and saved all at once (or not at all). */
	commit: defineAction({
		accept: 'form',
		input: commitSchema,
		handler: async (input, ctx) => {
			const { db, user } = await coordinated(ctx, input.networkId);
			let rows: string[][];
			try {
				rows = rowsSchema.parse(JSON.parse(input.rows));
			} catch {
				throw new ActionError({ code: 'BAD_REQUEST', message: 'error.generic' });
			}
			return commitRows(db, input.networkId, rows, user.id);
		},
	}),
	/** One month entered by hand; the grid's rows are checked exactly like a file's. */
	saveMonth: defineAction({
		accept: 'form',
		input: gridSchema,
		handler: async (
			input,
			ctx,
		): Promise<
			{ ok: true; month: string; saved: number } | { ok: false; errors: ImportError[] }
		> => {
			const { db, user, data } = await coordinated(ctx, input.networkId);
			const { rows, blank } = gridRows(input, data.offices);
			const checked = await checkRows(db, input.networkId, rows);
			if (!checked.ok) return { ok: false, errors: 'errors' in checked ? checked.errors : [] };
			await saveMonth(
				db,
				input.month,
				checked.figures.map(({ officeName: _n, previous: _p, ...f }) => f),
				blank,
				user.id,
			);
			return { ok: true, month: input.month, saved: checked.figures.length };
		},
	}),
	saveLevel: defineAction({
		accept: 'form',
		input: levelSchema,
		handler: async ({ networkId, officeId, ...level }, ctx) => {
			const { db, data } = await coordinated(ctx, networkId);
			const office = data.offices.find((o) => o.id === officeId);
			if (!office) throw formError('BAD_REQUEST', 'form.office', 'officeId');
			await saveLevel(db, officeId, level);
			return { office: office.name };
		},
	}),
	addContext: defineAction({
		accept: 'form',
		input: contextSchema,
		handler: async ({ networkId, under25, potential, ...figure }, ctx) => {
			const { db } = await coordinated(ctx, networkId);
			await addContextFigure(db, networkId, {
				...figure,
				under25: under25 ?? null,
				potential: potential ?? null,
			});
			return { ok: true };
		},
	}),
	deleteContext: defineAction({
		accept: 'form',
		input: deleteContextSchema,
		handler: async ({ networkId, id }, ctx) => {
			const { db } = await coordinated(ctx, networkId);
			await deleteContextFigure(db, networkId, id);
			return { ok: true };
		},
	}),
	publish: defineAction({
		accept: 'form',
		input: publishSchema,
		handler: async ({ networkId, published }, ctx) => {
			const { db } = await coordinated(ctx, networkId);
			await setPublished(db, networkId, published);
			return { published };
		},
	}),
	saveTemplate: defineAction({
		accept: 'form',
		input: templateSchema,
		handler: async ({ networkId, lang, template, reset }, ctx) => {
			const { db } = await coordinated(ctx, networkId);
			await saveLetterTemplate(db, networkId, lang, reset ? '' : (template ?? ''));
			return { ok: true };
		},
	}),
};
