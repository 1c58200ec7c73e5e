/**
 * The playground's case library for the server, each case validated against the schemas when
 * this module loads, so a broken file stops the server at start-up. The data is `library.ts`'s,
 * which the island imports as it is, without validating it again.
 */
import { z } from 'zod';
import {
	benefitInputSchema,
	eligibilityFactsSchema,
	periodInputSchema,
	toFieldErrors,
} from '../schema.ts';
import { RAW_EXAMPLES, type Example } from './library.ts';

export { RAW_EXAMPLES, type Example };

const localized = z.object({
	nb: z
		.string({ error: 'Teksten på bokmål mangler.' })
		.min(1, { error: 'Teksten på bokmål er tom.' }),
	nn: z
		.string({ error: 'Teksten på nynorsk mangler.' })
		.min(1, { error: 'Teksten på nynorsk er tom.' }),
});

export const exampleSchema = z.object({
	id: z
		.string({ error: 'Id mangler.' })
		.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'Id må være små bokstaver, tall og bindestrek.' }),
	title: localized,
	summary: localized,
	facts: eligibilityFactsSchema,
	/** Optional input for the programme-period tab. */
	period: z.optional(periodInputSchema),
	/** Optional input for the benefit tab. */
	benefit: z.optional(benefitInputSchema),
});

function load(raw: readonly unknown[]): Example[] {
	return raw.map((item, index) => {
		const parsed = exampleSchema.safeParse(item);
		if (!parsed.success) {
			const id = (item as { id?: unknown } | null)?.id ?? `#${index}`;
			const details = toFieldErrors(parsed.error)
				.map((e) => `${e.path || '(eksempelet)'}: ${e.message}`)
				.join('; ');
			throw new Error(`Eksempelet ${String(id)} er ugyldig: ${details}`);
		}
		return parsed.data;
	});
}

/** The validated case library. */
export const EXAMPLES: readonly Example[] = load(RAW_EXAMPLES);

export function exampleById(id: string): Example | undefined {
	return EXAMPLES.find((example) => example.id === id);
}
