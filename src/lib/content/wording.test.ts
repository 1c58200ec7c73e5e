/**
 * What the rules engine tells a caseworker is Norwegian and presents no speculation: every text in
 * the answers for the example library and for benefit dates from 2010 to 2027, in both languages.
 */
import { describe, expect, it } from 'vitest';
import {
	calculateBenefit,
	calculatePeriod,
	EXAMPLES,
	evaluateEligibility,
	REFERENCES,
	RULE_VERSIONS,
} from '#lib/rules/index.ts';
import { englishIn, speculationIn } from './wording.ts';

/** Every { nb, nn } text inside an answer. */
function localized(value: unknown, path = ''): { path: string; text: string }[] {
	if (Array.isArray(value)) return value.flatMap((item, i) => localized(item, `${path}[${i}]`));
	if (typeof value !== 'object' || value === null) return [];
	const record = value as Record<string, unknown>;
	if (typeof record['nb'] === 'string' && typeof record['nn'] === 'string') {
		return [
			{ path: `${path}.nb`, text: record['nb'] },
			{ path: `${path}.nn`, text: record['nn'] },
		];
	}
	return Object.entries(record).flatMap(([key, inner]) => localized(inner, `${path}.${key}`));
}

function problems(answer: unknown, where: string): string[] {
	return localized(answer).flatMap(({ path, text }) => {
		const english = englishIn(text);
		return [
			...(english === null ? [] : [`${where}${path}: English «${english}»`]),
			...speculationIn(text).map((phrase) => `${where}${path}: speculation «${phrase}»`),
		];
	});
}

describe("the rules engine's texts", () => {
	it('are Norwegian and free of speculation for every example', () => {
		const found = EXAMPLES.flatMap((example) => [
			...problems(evaluateEligibility(example.facts), example.id),
			...(example.period ? problems(calculatePeriod(example.period), `${example.id} period`) : []),
			...(example.benefit
				? problems(calculateBenefit(example.benefit), `${example.id} benefit`)
				: []),
		]);
		expect(found).toEqual([]);
	});

	it('are Norwegian in the benefit for every year, including a G that is not verified', () => {
		const found: string[] = [];
		for (let year = 2010; year <= 2027; year += 1) {
			const answer = calculateBenefit({
				assessmentDate: `${year}-06-01`,
				birthDate: '2002-01-01',
				childrenSupported: 2,
				unexcusedAbsenceDays: 1,
				interruptedDays: 1,
				pandemicAbsenceDays: 1,
				otherBenefitsInPeriod: [],
			});
			found.push(...problems(answer, `benefit ${year}`));
		}
		expect(found).toEqual([]);
	});

	it('names references and rule versions in Norwegian', () => {
		expect([...problems(REFERENCES, 'references'), ...problems(RULE_VERSIONS, 'versions')]).toEqual(
			[],
		);
	});

	it('would catch the developer note the benefit once showed', () => {
		const note = {
			nb: 'G fra 1.5.2026 (kilde: Unverified: appears only in a third-party payroll codebase)',
			nn: 'x',
		};
		expect(problems({ computation: note }, 'figure')).toEqual([
			'figure.computation.nb: English «Unverified»',
		]);
	});
});
