/**
 * The one table-driven harness for the plain-language rule cases in `*.cases.yaml`.
 * Every case file is validated first; an invalid file fails with a message naming each problem.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { BenefitResult } from '../benefit.ts';
import * as browser from '../browser.ts';
import type { EligibilityResult } from '../eligibility.ts';
import type { Localized, Outcome } from '../engine/types.ts';
import { calculateBenefitInput, calculatePeriodInput, evaluateEligibilityInput } from '../input.ts';
import type { PeriodResult } from '../period.ts';
import { parseCaseFile, type CaseFile, type RuleCase } from './case-file.schema.ts';

const dir = dirname(fileURLToPath(import.meta.url));
const files: CaseFile[] = readdirSync(dir)
	.filter((name) => name.endsWith('.cases.yaml'))
	.sort()
	.map((name) => parseCaseFile(name, parse(readFileSync(join(dir, name), 'utf8'))));

type Answer = { projection: Record<string, unknown>; texts: (key: string) => Localized | null };

function eligibilityAnswer(result: EligibilityResult): Answer {
	return {
		projection: {
			ruleVersion: result.ruleVersion.id,
			overlays: result.ruleVersion.overlays.map((o) => `${o.id}/${o.variant}`),
			verdict: result.verdict,
			decisive: result.decisive,
			conditions: Object.fromEntries(result.conditions.map((c) => [c.id, c.status])),
			decidingFacts: Object.fromEntries(result.conditions.map((c) => [c.id, c.decidingFacts])),
			doubts: result.doubts.map((d) => d.id),
		},
		texts: (key) =>
			key === 'summary'
				? result.summary
				: (result.conditions.find((c) => c.id === key)?.explanation ?? null),
	};
}

function periodAnswer(result: PeriodResult): Answer {
	const { figures, summary, notes, doubts, ruleVersion, extension, ...rest } = result;
	return {
		projection: {
			...rest,
			ruleVersion: ruleVersion.id,
			overlays: ruleVersion.overlays.map((o) => `${o.id}/${o.variant}`),
			extension: { ...extension, explanation: undefined },
			notes: notes.map((n) => n.id),
			doubts: doubts.map((d) => d.id),
		},
		texts: (key) =>
			key === 'summary'
				? summary
				: key === 'extension'
					? extension.explanation
					: (notes.find((n) => n.id === key)?.text ??
						figures.find((f) => f.id === key)?.computation ??
						null),
	};
}

function benefitAnswer(result: BenefitResult): Answer {
	const { figures, summary, notes, doubts, ruleVersion, ...rest } = result;
	return {
		projection: {
			...rest,
			ruleVersion: ruleVersion.id,
			notes: notes.map((n) => n.id),
			doubts: doubts.map((d) => d.id),
		},
		texts: (key) =>
			key === 'summary' ? summary : (figures.find((f) => f.id === key)?.computation ?? null),
	};
}

function run(kind: CaseFile['kind'], input: unknown): Outcome<Answer> {
	if (kind === 'eligibility') return mapOutcome(evaluateEligibilityInput(input), eligibilityAnswer);
	if (kind === 'programme-period') return mapOutcome(calculatePeriodInput(input), periodAnswer);
	return mapOutcome(calculateBenefitInput(input), benefitAnswer);
}

function mapOutcome<T>(outcome: Outcome<T>, map: (result: T) => Answer): Outcome<Answer> {
	return outcome.ok ? { ok: true, result: map(outcome.result) } : outcome;
}

/** The whole answer of the island's functions, to compare with the server's. */
function runInBrowser(kind: CaseFile['kind'], input: unknown): Outcome<unknown> {
	if (kind === 'eligibility') return browser.evaluateEligibilityInput(input);
	if (kind === 'programme-period') return browser.calculatePeriodInput(input);
	return browser.calculateBenefitInput(input);
}

function runOnServer(kind: CaseFile['kind'], input: unknown): Outcome<unknown> {
	if (kind === 'eligibility') return evaluateEligibilityInput(input);
	if (kind === 'programme-period') return calculatePeriodInput(input);
	return calculateBenefitInput(input);
}

function check(file: CaseFile, rule: RuleCase): void {
	const input = { ...file.base, ...rule.input, assessmentDate: rule.date };
	const outcome = run(file.kind, input);
	// The playground island has its own entry (browser.ts); it must answer exactly as the server does.
	expect(runInBrowser(file.kind, input)).toStrictEqual(runOnServer(file.kind, input));
	if (rule.invalid === true) {
		expect(outcome.ok, 'the input should have been rejected').toBe(false);
		if (!outcome.ok) {
			const paths = outcome.errors.map((e) => e.path);
			expect(paths).toEqual(expect.arrayContaining(rule.expected.errors as string[]));
			for (const error of outcome.errors) expect(error.message).toMatch(/\S/);
		}
		return;
	}
	if (!outcome.ok) {
		const detail = outcome.errors.map((e) => `${e.path}: ${e.message}`).join('; ');
		throw new Error(`The case's input is invalid: ${detail}`);
	}
	expect(outcome.result.projection).toMatchObject(rule.expected);
	for (const [key, wanted] of Object.entries(rule.explains ?? {})) {
		const text = outcome.result.texts(key);
		expect(text, `no explanation for "${key}"`).not.toBeNull();
		for (const piece of wanted.nb ?? []) expect(text?.nb).toContain(piece);
		for (const piece of wanted.nn ?? []) expect(text?.nn).toContain(piece);
	}
}

describe.each(files)('$file', (file) => {
	it.each(file.cases)('$name', (rule) => check(file, rule));
});

it('has at least 60 eligibility cases and cases for the period and the benefit', () => {
	const count = (kind: CaseFile['kind']) =>
		files.filter((f) => f.kind === kind).reduce((sum, f) => sum + f.cases.length, 0);
	expect(count('eligibility')).toBeGreaterThanOrEqual(60);
	expect(count('programme-period')).toBeGreaterThanOrEqual(10);
	expect(count('benefit')).toBeGreaterThanOrEqual(10);
});

it('fails a malformed case file with a friendly message', () => {
	const bad = { kind: 'tax', cases: [{ name: 'kort', date: '2019-02-30', expected: {} }] };
	expect(() => parseCaseFile('bad.cases.yaml', bad)).toThrowError(
		/Ugyldig case-fil bad\.cases\.yaml:[\s\S]*kind:[\s\S]*cases\[0\]\.name:[\s\S]*cases\[0\]\.date:/,
	);
});
