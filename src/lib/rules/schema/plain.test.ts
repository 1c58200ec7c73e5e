/**
 * The browser's validator (`plain.ts`, no zod) must answer exactly as the zod schemas do: the same
 * value (defaults filled in, unknown fields dropped, keys in the same order) for valid input, and
 * the same `{ path, message }` list, in the same order, for invalid input. Compared on the example
 * library, on the inputs of `../schema.test.ts` and on generated input that is mostly near-valid
 * (so that the checks across fields run) with wrong types, impossible dates, out-of-range numbers,
 * NaN, missing and unknown fields mixed in.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../engine/dates.ts';
import { RAW_EXAMPLES } from '../examples/library.ts';
import {
	benefitInputSchema,
	eligibilityFactsSchema,
	parseWith,
	periodInputSchema,
	type BenefitInput,
	type EligibilityFacts,
	type PeriodInput,
} from '../schema.ts';
import type { Parsed } from './errors.ts';
import { checkBenefitInput, checkEligibilityFacts, checkPeriodInput } from './plain.ts';
import {
	BENEFIT_TYPES,
	DECISION_KINDS,
	NAV_CANNOT_OFFER_REASONS,
	OFFSET_BENEFIT_TYPES,
	PARTICIPATION_OUTCOMES,
	PENDING_CLAIM_STATUSES,
	WORK_ABILITY_OUTCOMES,
} from './values.ts';

const RUNS = 4_000;

type Pair = {
	name: string;
	zod: (input: unknown) => Parsed<unknown>;
	plain: (input: unknown) => Parsed<unknown>;
};

const PAIRS = {
	facts: {
		name: 'eligibility facts',
		zod: (input: unknown) => parseWith(eligibilityFactsSchema, input),
		plain: checkEligibilityFacts,
	},
	period: {
		name: 'programme period',
		zod: (input: unknown) => parseWith(periodInputSchema, input),
		plain: checkPeriodInput,
	},
	benefit: {
		name: 'benefit',
		zod: (input: unknown) => parseWith(benefitInputSchema, input),
		plain: checkBenefitInput,
	},
} satisfies Record<string, Pair>;

function expectSame(pair: Pair, input: unknown): void {
	const expected = pair.zod(input);
	const actual = pair.plain(input);
	expect(actual).toStrictEqual(expected);
	// toStrictEqual ignores key order; the answers' JSON (API bodies, share links) does not.
	if (actual.ok && expected.ok)
		expect(JSON.stringify(actual.value)).toBe(JSON.stringify(expected.value));
}

// ---------------------------------------------------------------------------------------------
// Generated input.

/** Values of the wrong kind, or at the edges, for any field. */
const odd = fc.constantFrom<unknown>(
	undefined,
	null,
	Number.NaN,
	Number.POSITIVE_INFINITY,
	Number.NEGATIVE_INFINITY,
	-1,
	0,
	1,
	1.5,
	10,
	11,
	20,
	21,
	100_000_000,
	100_000_001,
	2 ** 53,
	1e21,
	true,
	false,
	'',
	'x',
	'2019-1-1',
	'2019-02-29',
	'2020-02-29',
	'2019-13-01',
	'1899-12-31',
	'1900-01-01',
	'2009-12-31',
	'2010-01-01',
	'2099-12-31',
	'2100-01-01',
	[],
	[1],
	{},
);

const dayRange = (from: string, to: string) =>
	fc.integer({ min: toDayNumber(from), max: toDayNumber(to) }).map(fromDayNumber);
const tri = fc.constantFrom(true, false, null);
const list = (item: fc.Arbitrary<unknown>) => fc.array(item, { maxLength: 3 });

/**
 * The inputs, clean (right types and forms, in range but for the order of dates and the sum of
 * days, which the checks across fields look at) or noisy (anything may be off).
 */
function inputs(noisy: boolean) {
	/** Mostly `arb`; when noisy, sometimes an odd value. */
	const or = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
		noisy
			? fc.oneof(
					{ weight: 8, arbitrary: arb as fc.Arbitrary<unknown> },
					{ weight: 1, arbitrary: odd },
				)
			: arb;
	/** A record with every key; when noisy, sometimes with keys left out or an unknown one. */
	const object = <T extends Record<string, fc.Arbitrary<unknown>>>(
		shape: T,
	): fc.Arbitrary<unknown> =>
		noisy
			? fc
					.tuple(
						fc.oneof(
							{ weight: 3, arbitrary: fc.record(shape) },
							{ weight: 1, arbitrary: fc.record(shape, { requiredKeys: [] }) },
						),
						fc.option(fc.constantFrom('extra', 'toString', 'constructor')),
					)
					.map(([value, extra]) => (extra === null ? value : { ...value, [extra]: 1 }))
			: fc.record(shape);
	const date = noisy
		? fc.oneof(
				{ weight: 1, arbitrary: dayRange('1890-01-01', '2110-12-31') },
				{ weight: 3, arbitrary: dayRange('2008-01-01', '2024-12-31') },
			)
		: dayRange('2010-01-01', '2024-12-31');
	const member = (values: readonly string[]) =>
		noisy
			? fc.oneof(fc.constantFrom(...values), fc.constantFrom('x', 'Dagpenger', 'ordinary '))
			: fc.constantFrom(...values);
	const amount = noisy
		? fc.oneof(
				fc.integer({ min: -5, max: 400_000 }),
				fc.double({ min: -10, max: 2e8, noNaN: true }),
			)
		: fc.integer({ min: 0, max: 400_000 });
	const days = noisy
		? fc.oneof(fc.integer({ min: -1, max: 12 }), fc.constantFrom(2.5, 0.1))
		: fc.integer({ min: 0, max: 5 });
	const children = noisy
		? fc.oneof(fc.integer({ min: -1, max: 22 }), fc.constant(1.5))
		: fc.integer({ min: 0, max: 20 });

	const facts = or(
		object({
			assessmentDate: or(date),
			birthDate: or(fc.option(date, { nil: null })),
			lawfulResidenceAndFixedAbodeInNorway: or(tri),
			significantlyReducedWorkAndIncomeCapacity: or(tri),
			workAbilityAssessmentDone: or(tri),
			workAbilityAssessmentOutcome: or(fc.option(member(WORK_ABILITY_OUTCOMES), { nil: null })),
			benefits: or(
				fc.option(
					list(
						or(
							object({
								type: or(member(BENEFIT_TYPES)),
								annualAmountNOK: or(fc.option(amount, { nil: null })),
								noneOrVeryLimited: or(tri),
							}),
						),
					),
					{ nil: null },
				),
			),
			pendingBenefitClaims: or(
				fc.option(
					list(
						or(
							object({
								type: or(member(BENEFIT_TYPES)),
								status: or(member(PENDING_CLAIM_STATUSES)),
							}),
						),
					),
					{
						nil: null,
					},
				),
			),
			closeCoordinatedAssistanceAppropriateAndNecessary: or(tri),
			navCanOfferAdaptedProgramme: or(tri),
			navCannotOfferReason: or(fc.option(member(NAV_CANNOT_OFFER_REASONS), { nil: null })),
			previousKvpParticipation: or(
				fc.option(
					fc.array(
						or(
							object({
								outcome: or(member(PARTICIPATION_OUTCOMES)),
								startDate: or(date),
								endDate: or(fc.option(date, { nil: null })),
								readmittedAfterInterruption: or(tri),
							}),
						),
						{ maxLength: 2 },
					),
					{ nil: null },
				),
			),
		}),
	);

	const range = or(object({ startDate: or(date), endDate: or(date) }));
	const period = or(
		object({
			assessmentDate: or(date),
			startDate: or(date),
			birthDate: or(
				fc.option(dayRange(noisy ? '1890-01-01' : '1950-01-01', '2012-12-31'), { nil: null }),
			),
			decisions: or(
				fc.array(
					or(object({ startDate: or(date), endDate: or(date), kind: or(member(DECISION_KINDS)) })),
					{ maxLength: 2 },
				),
			),
			interruptions: or(fc.array(range, { maxLength: 1 })),
			pandemicAbsences: or(fc.array(range, { maxLength: 1 })),
			terminatedOn: or(fc.option(date, { nil: null })),
		}),
	);

	const benefit = or(
		object({
			assessmentDate: or(date),
			birthDate: or(dayRange(noisy ? '1890-01-01' : '1950-01-01', '2012-12-31')),
			childrenSupported: or(children),
			unexcusedAbsenceDays: or(days),
			interruptedDays: or(days),
			pandemicAbsenceDays: or(days),
			otherBenefitsInPeriod: or(
				list(or(object({ type: or(member(OFFSET_BENEFIT_TYPES)), amountNOK: or(amount) }))),
			),
		}),
	);
	return { facts, period, benefit };
}

const clean = inputs(false);
const noisy = inputs(true);
const generated = {
	facts: fc.oneof(clean.facts, noisy.facts),
	period: fc.oneof(clean.period, noisy.period),
	benefit: fc.oneof(clean.benefit, noisy.benefit),
};

// ---------------------------------------------------------------------------------------------

describe('the browser validator answers as the zod schemas', () => {
	it.each(RAW_EXAMPLES.map((raw) => [(raw as { id: string }).id, raw]))(
		'for the case %s',
		(_id, raw) => {
			const example = raw as {
				facts: EligibilityFacts;
				period?: PeriodInput;
				benefit?: BenefitInput;
			};
			expectSame(PAIRS.facts, example.facts);
			if (example.period) expectSame(PAIRS.period, example.period);
			if (example.benefit) expectSame(PAIRS.benefit, example.benefit);
		},
	);

	it('for the inputs of schema.test.ts', () => {
		expectSame(PAIRS.facts, {
			assessmentDate: '2019-02-29',
			birthDate: 12,
			benefits: [
				{ type: 'x', annualAmountNOK: -5 },
				{ type: 'dagpenger', noneOrVeryLimited: 'ja' },
			],
		});
		for (const input of [null, 'facts', 42, [], undefined]) {
			expectSame(PAIRS.facts, input);
			expectSame(PAIRS.period, input);
			expectSame(PAIRS.benefit, input);
		}
		expectSame(PAIRS.period, {
			assessmentDate: '2100-01-01',
			startDate: '2019-02-29',
			birthDate: '1899-12-31',
		});
		expectSame(PAIRS.period, {
			assessmentDate: '2020-01-01',
			startDate: 'soon',
			decisions: [{ kind: 'x' }],
		});
		expectSame(PAIRS.benefit, { assessmentDate: '2020-01-01', childrenSupported: 1.5 });
	});

	it('for the form states the playground can reach (empty number fields are NaN)', () => {
		expectSame(PAIRS.benefit, {
			assessmentDate: '2024-01-01',
			birthDate: '1990-01-01',
			childrenSupported: Number.NaN,
			unexcusedAbsenceDays: 11,
			interruptedDays: 0,
			pandemicAbsenceDays: 0,
			otherBenefitsInPeriod: [{ type: 'dagpenger', amountNOK: Number.NaN }],
		});
		expectSame(PAIRS.benefit, {
			assessmentDate: '2024-01-01',
			birthDate: '2030-01-01',
			unexcusedAbsenceDays: 6,
			interruptedDays: 6,
			pandemicAbsenceDays: 0,
		});
		expectSame(PAIRS.period, {
			assessmentDate: '',
			startDate: '2019-01-01',
			birthDate: '2019-06-01',
			decisions: [{ startDate: '2019-02-01', endDate: '2018-01-01', kind: 'extension' }],
			interruptions: [{ startDate: '2018-01-01', endDate: '' }],
			pandemicAbsences: [],
			terminatedOn: '2018-12-31',
		});
	});

	it.each(Object.entries(generated))('for generated %s input', (key, arbitrary) => {
		const pair = PAIRS[key as keyof typeof PAIRS];
		let valid = 0;
		fc.assert(
			fc.property(arbitrary, (input) => {
				expectSame(pair, input);
				if (pair.zod(input).ok) valid += 1;
			}),
			{ numRuns: RUNS },
		);
		// The generator must reach both sides, or the comparison says little.
		expect(valid).toBeGreaterThan(RUNS / 20);
		expect(valid).toBeLessThan(RUNS);
	});
});
