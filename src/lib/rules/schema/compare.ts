/**
 * The body of POST /api/rules/compare: `{ dateA, dateB, cases? }`, where `cases` (when given) is a
 * list of 1 to 200 `{ id, facts }` with facts as for an eligibility assessment. Server only (zod).
 * Every invalid field is named: `dateB`, `cases`, `cases[0].id`, `cases[0].facts.birthDate` …
 */
import { z } from 'zod';
import { compareVersions, type ComparableCase, type Comparison } from '../compare.ts';
import { isIsoDate } from '../engine/dates.ts';
import type { Outcome } from '../engine/types.ts';
import { EXAMPLES } from '../examples/index.ts';
import { eligibilityFactsSchema, parseWith } from '../schema.ts';
import { EARLIEST_ASSESSMENT_DATE } from './values.ts';

/** At most this many cases in one comparison. */
export const MAX_COMPARED_CASES = 200;

/** A rule date: a real date, on or after the earliest date the engine assesses. */
const ruleDate = z.custom<string>(
	(value) => isIsoDate(value) && value >= EARLIEST_ASSESSMENT_DATE,
	{ error: 'Må være en gyldig dato skrevet ÅÅÅÅ-MM-DD, fra og med 2010-01-01.' },
);

const ID_MESSAGE = 'Må være en tekst på 1 til 100 tegn.';
const CASES_COUNT = `Må inneholde fra 1 til ${MAX_COMPARED_CASES} saker.`;

const caseSchema = z.object(
	{
		id: z
			.string({ error: ID_MESSAGE })
			.refine((id) => id.trim() !== '' && id.length <= 100, { error: ID_MESSAGE }),
		facts: eligibilityFactsSchema,
	},
	{ error: 'Må være et objekt med «id» og «facts».' },
);

const compareInputSchema = z.object(
	{
		dateA: ruleDate,
		dateB: ruleDate,
		// The count first: the cases themselves are read only when there are 1 to 200 of them.
		cases: z
			.array(z.unknown(), {
				error: 'Må være en liste (JSON-array) med saker, eller utelatt for eksempelsakene.',
			})
			.min(1, { error: CASES_COUNT })
			.max(MAX_COMPARED_CASES, { error: CASES_COUNT })
			.pipe(z.array(caseSchema))
			.optional(),
	},
	{ error: 'Må være et objekt med «dateA», «dateB» og eventuelt «cases».' },
);

/** Validates the body, then compares (the playground's case library when no cases are given). */
export function compareVersionsBody(body: unknown): Outcome<Comparison> {
	const parsed = parseWith(compareInputSchema, body);
	if (!parsed.ok) return parsed;
	const cases: readonly ComparableCase[] = parsed.value.cases ?? EXAMPLES;
	return {
		ok: true,
		result: compareVersions(cases, parsed.value.dateA, parsed.value.dateB),
	};
}
