/**
 * Micro-benchmark of the rules engine: evaluations per second and the median time of one
 * evaluation, for eligibility, programme period and benefit, over the example library. Then the
 * size of the playground island's JavaScript, gzipped.
 *
 *   node bench/rules.ts [evaluations]      (default 200 000 per calculation)
 *
 * Method: warm up, then time the evaluations in batches of 1 000 and report the median batch's
 * time per evaluation (robust to GC pauses) and the overall rate. Inputs are validated once,
 * outside the timed loop, as the API and the island do before calling the engine.
 *
 * Bare limit, measured in the same run with the same harness: the same number of zod parses of
 * the same inputs with the engine's own input schemas (what the API does once per request before
 * it calls the engine), printed beside each calculation with the ratio, which means the same on a
 * busy machine as on an idle one. The island size has no bare limit: it is bytes, not time.
 *
 * Island size: builds the app first when dist/ is missing or older than the sources, reads which
 * client chunks the built /regeltrening page hydrates its island with (component and renderer),
 * follows their imports in dist/client/_astro/, and gzips each file (level 9). The total counts
 * every chunk that can load, also those only imported dynamically (Preact's renderer imports
 * @preact/signals only for an island given signals as props, which the playground is not); those
 * are marked, and the total without them is printed too.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import {
	benefitInputSchema,
	calculateBenefit,
	calculatePeriod,
	eligibilityFactsSchema,
	evaluateEligibility,
	EXAMPLES,
	periodInputSchema,
	type BenefitInput,
	type PeriodInput,
} from '#lib/rules/index.ts';

const TOTAL = Number(process.argv[2] ?? 200_000);
const BATCH = 1_000;
const TARGET_MEDIAN_US = 20;

type Result = { name: string; perSecond: number; medianUs: number };

function bench<T>(name: string, inputs: readonly T[], run: (input: T) => unknown): Result {
	let sink = 0;
	const once = (i: number) => {
		const value = run(inputs[i % inputs.length] as T);
		if (value !== null) sink += 1;
	};
	for (let i = 0; i < Math.min(TOTAL, 20_000); i += 1) once(i); // warm-up
	const batches = Math.max(1, Math.floor(TOTAL / BATCH));
	const perEval: number[] = [];
	const start = performance.now();
	for (let b = 0; b < batches; b += 1) {
		const t0 = performance.now();
		for (let i = 0; i < BATCH; i += 1) once(b * BATCH + i);
		perEval.push(((performance.now() - t0) * 1000) / BATCH);
	}
	const elapsedMs = performance.now() - start;
	if (sink === 0) throw new Error('nothing ran');
	perEval.sort((a, b) => a - b);
	const mid = Math.floor(perEval.length / 2);
	const medianUs =
		perEval.length % 2 === 1
			? (perEval[mid] ?? 0)
			: ((perEval[mid - 1] ?? 0) + (perEval[mid] ?? 0)) / 2;
	return { name, perSecond: (batches * BATCH) / (elapsedMs / 1000), medianUs };
}

const facts = EXAMPLES.map((e) => e.facts);
const periods: PeriodInput[] = EXAMPLES.flatMap((e) => (e.period ? [e.period] : []));
const benefits: BenefitInput[] = EXAMPLES.flatMap((e) => (e.benefit ? [e.benefit] : []));

const results = [
	bench('eligibility', facts, (f) => evaluateEligibility(f)),
	bench('period', periods, (p) => calculatePeriod(p)),
	bench('benefit', benefits, (b) => calculateBenefit(b)),
];
// The bare limit: a zod parse of each of the same inputs with its own schema, the same number of times.
const valid = (ok: boolean) => {
	if (!ok) throw new Error('an example input does not parse');
	return ok;
};
const bare = [
	bench('eligibility', facts, (f) => valid(eligibilityFactsSchema.safeParse(f).success)),
	bench('period', periods, (p) => valid(periodInputSchema.safeParse(p).success)),
	bench('benefit', benefits, (b) => valid(benefitInputSchema.safeParse(b).success)),
];

const format = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
console.log(
	`rules engine bench: ${format.format(TOTAL)} evaluations each, batches of ${BATCH}, Node ${process.version}`,
);
for (const [i, r] of results.entries()) {
	const b = bare[i]!;
	console.log(
		`${r.name}: ${format.format(r.perSecond)} evaluations/s, median ${r.medianUs.toFixed(2)} µs`,
	);
	console.log(
		`  bare zod parse of the same inputs: ${format.format(b.perSecond)}/s, median ${b.medianUs.toFixed(2)} µs; ratio ${(r.perSecond / b.perSecond).toFixed(2)} of the bare limit`,
	);
}
const eligibility = results[0];
if (eligibility !== undefined) {
	const ok = eligibility.medianUs < TARGET_MEDIAN_US;
	console.log(
		`eligibility target: median under ${TARGET_MEDIAN_US} µs — ${ok ? 'met' : 'NOT met'}`,
	);
}

// ---------------------------------------------------------------------------------------------
// The playground island's JavaScript, gzipped.

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const TARGET_ISLAND_KB = 80;

function newestMtime(path: string): number {
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let newest = 0;
	for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
	return newest;
}

/** Builds when dist/ is missing or older than anything the build reads. */
function ensureBuilt(): void {
	const entry = join(DIST, 'server', 'entry.mjs');
	const inputs = ['src', 'astro.config.mjs', 'package-lock.json']
		.map((p) => join(ROOT, p))
		.filter(existsSync);
	const stale =
		!existsSync(entry) || Math.max(...inputs.map(newestMtime)) > statSync(entry).mtimeMs;
	if (!stale) return;
	console.error('dist/ is missing or stale: running npm run build …');
	const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
	if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status})`);
}

function serverFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory()
			? serverFiles(join(dir, e.name))
			: e.name.endsWith('.mjs')
				? [join(dir, e.name)]
				: [],
	);
}

/**
 * The island's entry chunks (paths under dist/client). From a prerendered page's HTML when there
 * is one; otherwise (the page renders on demand) from the server build: the page's chunk names its
 * islands' components, and the build manifest's `entryModules` maps them, and the renderer's
 * client entry, to files in _astro/.
 */
function islandEntries(): string[] {
	const html = join(DIST, 'client', 'regeltrening', 'index.html');
	if (existsSync(html)) {
		const text = readFileSync(html, 'utf8');
		const urls = [...text.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)].map(
			(m) => m[1] ?? '',
		);
		return [...new Set(urls)].map((url) => url.replace(/^\//, ''));
	}
	const files = serverFiles(join(DIST, 'server'));
	let entryModules: Record<string, string> | null = null;
	for (const file of files) {
		const match = /"entryModules":(\{[^{}]*\})/.exec(readFileSync(file, 'utf8'));
		if (match?.[1]) {
			entryModules = JSON.parse(match[1]) as Record<string, string>;
			break;
		}
	}
	if (entryModules === null)
		throw new Error('no build manifest (entryModules) found in dist/server');
	const pageKey = Object.keys(entryModules).find((key) =>
		key.includes('src/pages/[...locale]/regeltrening/index@'),
	);
	const pageChunk = pageKey === undefined ? undefined : entryModules[pageKey];
	if (pageChunk === undefined)
		throw new Error('the /regeltrening page is not in the build manifest');
	const page = readFileSync(join(DIST, 'server', pageChunk), 'utf8');
	const components = [...page.matchAll(/"client:component-path":\s*"([^"]+)"/g)].map(
		(m) => m[1] ?? '',
	);
	if (components.length === 0) throw new Error('the /regeltrening page has no client island');
	const renderers = Object.keys(entryModules).filter((key) =>
		/^@astrojs\/[\w-]+\/client(\.js)?$/.test(key),
	);
	return [
		...new Set(
			[...components, ...renderers]
				.map((key) => entryModules[key])
				.filter((v): v is string => Boolean(v)),
		),
	];
}

/** The entries and every chunk they import, statically or (with `dynamic`) also dynamically. */
function withImports(entries: readonly string[], dynamic: boolean): Set<string> {
	const seen = new Set<string>();
	const queue = [...entries];
	while (queue.length > 0) {
		const file = queue.shift()!;
		if (seen.has(file)) continue;
		seen.add(file);
		const code = readFileSync(join(DIST, 'client', file), 'utf8');
		for (const match of code.matchAll(
			/(?:\bfrom\s*|\bimport\s*(\()?\s*)["'`](\.{1,2}\/[^"'`]+?\.js)["'`]/g,
		)) {
			if (match[1] === '(' && !dynamic) continue;
			queue.push(posix.normalize(posix.join(posix.dirname(file), match[2] ?? '')));
		}
	}
	return seen;
}

ensureBuilt();
const entries = islandEntries();
const staticFiles = withImports(entries, false);
const sizes = [...withImports(entries, true)].map((file) => {
	const bytes = readFileSync(join(DIST, 'client', file));
	const gzip = gzipSync(bytes, { level: 9 }).length;
	return { file, raw: bytes.length, gzip, dynamic: !staticFiles.has(file) };
});
const kB = (n: number) => (n / 1000).toFixed(1);
console.log(`playground island JavaScript (gzip -9), from ${relative(ROOT, DIST)}/client:`);
for (const s of sizes.sort((a, b) => b.gzip - a.gzip)) {
	const note = s.dynamic ? ' (dynamic import only)' : '';
	console.log(`  ${s.file}: ${kB(s.raw)} kB raw, ${kB(s.gzip)} kB gzipped${note}`);
}
const totalGzip = sizes.reduce((sum, s) => sum + s.gzip, 0);
const totalRaw = sizes.reduce((sum, s) => sum + s.raw, 0);
const staticGzip = sizes.reduce((sum, s) => sum + (s.dynamic ? 0 : s.gzip), 0);
console.log(
	`playground island: ${kB(totalGzip)} kB gzipped (${kB(totalRaw)} kB raw) in ${sizes.length} files, renderer included; ${kB(staticGzip)} kB without the dynamic imports`,
);
console.log(
	`island target: under ${TARGET_ISLAND_KB} kB gzipped — ${totalGzip < TARGET_ISLAND_KB * 1000 ? 'met' : 'NOT met'}`,
);
