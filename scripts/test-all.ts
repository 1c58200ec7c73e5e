/**
 * `npm test`: type check and lint, unit and integration tests (vitest), end-to-end tests
 * (Playwright). Runs every stage even when one fails, then prints one closing line for the whole
 * suite: "N passed, N failed".
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { findChromium, NO_CHROMIUM_MESSAGE } from './find-chromium.mjs';

const REPORTS = '.reports';
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

function run(title: string, command: string, args: string[], env: Record<string, string> = {}): boolean {
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

if (!run('Type check', 'npx', ['astro', 'check', '--minimumSeverity', 'warning'])) problems.push('type check');
if (!run('Lint', 'npx', ['eslint', '.', '--max-warnings', '0'])) problems.push('lint');

const unitOk = run('Unit and integration tests', 'npx', [
	'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${REPORTS}/vitest.json`,
]);
const unit = readJson(`${REPORTS}/vitest.json`);
if (unit) {
	passed += Number(unit.numPassedTests ?? 0);
	failed += Number(unit.numFailedTests ?? 0);
}
if (!unitOk) problems.push('unit and integration tests');
if (!unit) failed += 1;

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
