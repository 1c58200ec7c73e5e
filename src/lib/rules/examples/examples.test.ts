import { describe, expect, it } from 'vitest';
import { calculateBenefit } from '../benefit.ts';
import { CONDITION_IDS } from '../eligibility/condition.ts';
import { evaluateEligibility } from '../eligibility.ts';
import { calculatePeriod } from '../period.ts';
import { toFieldErrors } from '../schema.ts';
import { EXAMPLES, exampleById, exampleSchema, RAW_EXAMPLES } from './index.ts';

describe('the example library', () => {
	it.each(RAW_EXAMPLES.map((raw, index) => [(raw as { id?: string }).id ?? `#${index}`, raw]))(
		'%s is valid against the schema',
		(_id, raw) => {
			const parsed = exampleSchema.safeParse(raw);
			const errors = parsed.success ? [] : toFieldErrors(parsed.error);
			expect(errors).toEqual([]);
		},
	);

	it.each(RAW_EXAMPLES.map((raw, index) => [(raw as { id?: string }).id ?? `#${index}`, raw]))(
		'%s is written as validated, every default filled in (the island reads the JSON as it is)',
		(_id, raw) => {
			const parsed = exampleSchema.safeParse(raw);
			expect(parsed.success).toBe(true);
			if (parsed.success) expect(raw).toStrictEqual(parsed.data);
		},
	);

	it('has at least 12 cases with unique ids, Lise among them', () => {
		expect(EXAMPLES.length).toBeGreaterThanOrEqual(12);
		expect(new Set(EXAMPLES.map((e) => e.id)).size).toBe(EXAMPLES.length);
		const lise = exampleById('lise');
		expect(lise?.facts.assessmentDate).toBe('2018-05-08');
		expect(lise?.facts.birthDate?.slice(0, 4)).toBe('1994');
		expect(lise?.summary.nb).toMatch(/Lise/);
	});

	it('covers both rule versions and every verdict', () => {
		const results = EXAMPLES.map((e) => evaluateEligibility(e.facts));
		expect(new Set(results.map((r) => r.ruleVersion.id))).toEqual(new Set(['rv-2010', 'rv-2019']));
		expect(new Set(results.map((r) => r.verdict))).toEqual(
			new Set(['eligible', 'not-eligible', 'needs-judgement']),
		);
		expect(results.some((r) => r.ruleVersion.overlays.length > 0)).toBe(true);
	});

	it.each(CONDITION_IDS.map((id) => [id]))(
		'has a case where %s is not met and one where it needs judgement',
		(id) => {
			const statuses = EXAMPLES.map(
				(e) => evaluateEligibility(e.facts).conditions.find((c) => c.id === id)?.status,
			);
			expect(statuses).toContain('not-met');
			expect(statuses).toContain('needs-judgement');
		},
	);

	it('has summaries written separately in bokmål and nynorsk', () => {
		for (const example of EXAMPLES) expect(example.summary.nb).not.toBe(example.summary.nn);
	});

	it('has optional period and benefit inputs that calculate', () => {
		const withPeriod = EXAMPLES.filter((e) => e.period !== undefined);
		const withBenefit = EXAMPLES.filter((e) => e.benefit !== undefined);
		expect(withPeriod.length).toBeGreaterThan(0);
		expect(withBenefit.length).toBeGreaterThan(0);
		for (const e of withPeriod)
			if (e.period) expect(calculatePeriod(e.period).daysLeft).toBeGreaterThanOrEqual(0);
		for (const e of withBenefit)
			if (e.benefit) expect(calculateBenefit(e.benefit).twoWeekly.payable).toBeGreaterThan(0);
	});
});
