/**
 * The shape of a `*.cases.yaml` file: plain-language rule cases, run by `cases.test.ts`.
 *
 * ```yaml
 * kind: eligibility            # eligibility | programme-period | benefit
 * base: { … }                  # input every case starts from (shallow-merged)
 * cases:
 *   - name: "Den dagen personen fyller 18 etter 1.1.2019 er aldersvilkåret oppfylt"
 *     date: '2019-03-10'       # becomes assessmentDate
 *     input: { birthDate: '2001-03-10' }
 *     expected:                # a partial match against the projected answer
 *       ruleVersion: rv-2019
 *       conditions: { working-age: met }
 *     explains:                # optional: text the explanation must contain
 *       working-age: { nn: ['18 år og 0 dagar'] }
 *     source: S2, N10          # optional: the source ids (docs/legal-sources.md) the case rests on
 * ```
 */
import { z } from 'zod';
import { isIsoDate } from '../engine/dates.ts';
import { formatPath } from '../schema.ts';

const texts = z.object({
	nb: z.array(z.string()).optional(),
	nn: z.array(z.string()).optional(),
});

export const ruleCaseSchema = z.object({
	name: z
		.string({ error: 'Hver case trenger et navn (name) i klarspråk.' })
		.min(15, { error: 'Navnet er for kort til å si hva casen viser (minst 15 tegn).' }),
	date: z
		.string({ error: 'Hver case trenger en dato (date) skrevet ÅÅÅÅ-MM-DD.' })
		.refine(isIsoDate, {
			error: 'date må være en gyldig dato skrevet ÅÅÅÅ-MM-DD, i anførselstegn.',
		}),
	input: z.record(z.string(), z.unknown()).default({}),
	expected: z.record(z.string(), z.unknown(), {
		error: 'Hver case trenger et forventet svar (expected).',
	}),
	explains: z.record(z.string(), texts).optional(),
	/** The source ids the case rests on (docs/legal-sources.md), e.g. 'N5, N6, N15'. */
	source: z
		.string()
		.regex(/^[A-Z]{1,2}\d+(, [A-Z]{1,2}\d+)*$/, {
			error: 'source er kilde-id-er fra docs/legal-sources.md, skilt med komma: «N5, N15».',
		})
		.optional(),
	/** Set when the case's input is meant to be rejected by the schema. */
	invalid: z.boolean().optional(),
});

export const caseFileSchema = z.object({
	kind: z.enum(['eligibility', 'programme-period', 'benefit'], {
		error: 'kind må være eligibility, programme-period eller benefit.',
	}),
	base: z.record(z.string(), z.unknown()).default({}),
	cases: z.array(ruleCaseSchema).min(1, { error: 'Filen har ingen cases.' }),
});

export type RuleCase = z.output<typeof ruleCaseSchema>;
export type CaseFile = z.output<typeof caseFileSchema> & { file: string };

/** Validates a parsed YAML document; throws one readable message naming every problem. */
export function parseCaseFile(file: string, document: unknown): CaseFile {
	const parsed = caseFileSchema.safeParse(document);
	if (parsed.success) return { ...parsed.data, file };
	const problems = parsed.error.issues.map((issue) => {
		const path = formatPath(issue.path);
		return `  - ${path === '' ? '(filen)' : path}: ${issue.message}`;
	});
	throw new Error(`Ugyldig case-fil ${file}:\n${problems.join('\n')}`);
}
