import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import {
	baseSchema,
	caseSchema,
	endringar2019Schema,
	pathSchema,
	quizSchema,
	regelverkSchema,
	tipSchema,
} from './lib/content/schemas.ts';

/** Fixed pages such as the privacy notice and the accessibility statement, one file per language. */
const pages = defineCollection({
	loader: glob({ pattern: '**/*.md', base: './src/content/pages' }),
	schema: baseSchema.extend({
		/** The URL path under the language prefix, e.g. "personvern" (not `slug`, which Astro reserves for ids). */
		page: z.string().regex(/^[a-z0-9-]+$/),
	}),
});

/**
 * A self-study collection: one Markdown file per entry and language (`29.nb.md`), with the file name
 * without `.md` as the entry id ('29.nb'). The key and `lang` fields in the frontmatter are what pages use.
 */
function selfStudy(folder: string) {
	return glob({
		pattern: '**/*.md',
		base: `./src/content/${folder}`,
		generateId: ({ entry }) => entry.replace(/\.md$/, ''),
	});
}

/** The rules by paragraph: sosialtenestelova §§ 29–40, the KVP regulation and the 2020 temporary regulation. */
const regelverk = defineCollection({ loader: selfStudy('regelverk'), schema: regelverkSchema });

/** "What changed in 2019?": the rules before and after 1.1.2019, point by point. */
const endringar2019 = defineCollection({
	loader: selfStudy('endringar-2019'),
	schema: endringar2019Schema,
});

/** The tips booklet: measures, content and ways of building a programme. */
const tips = defineCollection({ loader: selfStudy('tips'), schema: tipSchema });

/** Fictional case studies; their facts are validated by the rules engine's schema at build time. */
const cases = defineCollection({ loader: selfStudy('cases'), schema: caseSchema });

/** Quiz banks, one per topic. */
const quiz = defineCollection({ loader: selfStudy('quiz'), schema: quizSchema });

/** Learning paths on the self-study front page. */
const paths = defineCollection({ loader: selfStudy('paths'), schema: pathSchema });

export const collections = { pages, regelverk, endringar2019, tips, cases, quiz, paths };
