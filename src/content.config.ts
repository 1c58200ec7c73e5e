import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** Fields every entry has, whatever its collection. */
const baseSchema = z.object({
	/** The page title, shown as the heading and in the browser tab. */
	title: z.string().min(1),
	/** The entry's language: bokmål or nynorsk. */
	lang: z.enum(['nb', 'nn']),
	/** One sentence for search results and the page description. */
	description: z.string().min(1),
	/** When the content was last reviewed. */
	updated: z.coerce.date(),
});

/** Fixed pages such as the privacy notice and the accessibility statement, one file per language. */
const pages = defineCollection({
	loader: glob({ pattern: '**/*.md', base: './src/content/pages' }),
	schema: baseSchema.extend({
		/** The URL path under the language prefix, e.g. "personvern" (not `slug`, which Astro reserves for ids). */
		page: z.string().regex(/^[a-z0-9-]+$/),
	}),
});

export const collections = { pages };
