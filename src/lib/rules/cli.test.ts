/** The CLI (scripts/rules-cli.ts) run as a child process with the same Node as the tests. */
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const cli = resolve(repo, 'scripts/rules-cli.ts');

function run(args: string[], input?: string) {
	const result = spawnSync(process.execPath, [cli, ...args], {
		cwd: repo,
		input,
		encoding: 'utf8',
		timeout: 20_000,
	});
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('rules-cli', () => {
	it('prints the eligibility answer for an example file', () => {
		const { code, stdout } = run(['eligibility', 'src/lib/rules/examples/jonas-18-ar-2019.json']);
		expect(code).toBe(0);
		const answer = JSON.parse(stdout);
		expect(answer).toMatchObject({ ruleVersion: { id: 'rv-2019' }, verdict: 'eligible' });
		expect(answer.conditions).toHaveLength(8);
	});

	it('reads facts from stdin and prints the programme period and the benefit', () => {
		const period = run(
			['programme-period', '-'],
			JSON.stringify({ assessmentDate: '2020-03-01', startDate: '2019-09-01' }),
		);
		expect(period.code).toBe(0);
		expect(JSON.parse(period.stdout)).toMatchObject({ latestEndDate: '2021-08-31', daysUsed: 183 });
		const benefit = run(
			['benefit', '-'],
			JSON.stringify({ assessmentDate: '2019-06-01', birthDate: '1980-01-01' }),
		);
		expect(benefit.code).toBe(0);
		expect(JSON.parse(benefit.stdout)).toMatchObject({
			yearly: { basic: 199716 },
			twoWeekly: { basic: 7681 },
		});
	});

	it('prints the benefit with G 2025: 265 657 kr a year, 177 104 kr under 25, naming the factor and G', () => {
		const full = run(
			['benefit', '-'],
			JSON.stringify({ assessmentDate: '2025-06-01', birthDate: '1980-01-01' }),
		);
		expect(full.code).toBe(0);
		const answer = JSON.parse(full.stdout);
		expect(answer).toMatchObject({
			grunnbelop: { value: 130160, from: '2025-05-01' },
			rateInG: { value: 2.041, from: '2024-07-01' },
			yearly: { basic: 265657 },
		});
		expect(answer.summary.nb).toContain(
			'grunnbeløpet fra 1.5.2025 (130 160 kr) og en sats på 2,041 G',
		);
		expect(answer.summary.nb).toContain('265 657 kr i året');
		const young = run(
			['benefit', '-'],
			JSON.stringify({ assessmentDate: '2025-06-01', birthDate: '2002-01-01' }),
		);
		expect(JSON.parse(young.stdout)).toMatchObject({
			reducedRate: true,
			yearly: { basic: 177104 },
		});
		expect(JSON.parse(young.stdout).summary.nn).toContain('177 104 kr i året');
	});

	it('prints every field error in Norwegian to stderr and exits 1 on bad input', () => {
		const { code, stdout, stderr } = run(
			['eligibility', '-'],
			JSON.stringify({ assessmentDate: '2019-02-30', benefits: 'none' }),
		);
		expect(code).toBe(1);
		expect(stdout).toBe('');
		expect(stderr).toMatch(/Ugyldig input i standard input/);
		expect(stderr).toMatch(/assessmentDate: Må være en gyldig dato/);
		expect(stderr).toMatch(/benefits: Må være en liste/);
		expect(stderr).toMatch(/previousKvpParticipation: Feltet mangler/);
	});

	it('exits 1 on invalid JSON and on a missing file, and 2 on a usage error', () => {
		expect(run(['benefit', '-'], '{ nope').code).toBe(1);
		const missing = run(['benefit', 'does-not-exist.json']);
		expect(missing.code).toBe(1);
		expect(missing.stderr).toMatch(/Fant ikke/);
		expect(run(['taxes', 'x.json']).code).toBe(2);
		expect(run([]).code).toBe(2);
	});

	it('compares the example library under two dates', () => {
		const { code, stdout } = run(['compare', '2018-06-01', '2019-06-01']);
		expect(code).toBe(0);
		expect(JSON.parse(stdout)).toMatchObject({
			versionA: { id: 'rv-2010' },
			versionB: { id: 'rv-2019' },
		});
		expect(run(['compare', '2009-01-01', '2019-06-01']).code).toBe(1);
	});
});
