/**
 * `node bench/pages.ts`: what four self-study pages cost to load, from the built server.
 *
 * For the self-study front page, a regulation page, the tips booklet and a case page it prints the
 * bytes sent as gzip would send them (zlib's default level 6; the Node server itself does not
 * compress): the HTML, every stylesheet it links, and every JavaScript module it loads (module
 * scripts, module preloads and islands' component and renderer modules, following their static
 * imports), and the time to first byte (median of 20 requests after 2 warm-up requests). It checks
 * the issue's targets: no JavaScript on regulation and tips pages, under 60 KB in total per page
 * before images. Lighthouse (performance and accessibility, Debian's Chromium) runs only when the
 * `lighthouse` package is installed; otherwise the report says so. Beside each TTFB it prints the
 * bare limit measured in the same run, a bare `node:http` server sending the same bytes
 * (bench/bare.ts), and the ratio, which means the same on a busy machine as on an idle one.
 *
 * Options: --no-build (use the existing build), --dist <dir> (default dist), --port <n> (4396).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serverFlags } from '#tests/support/load.ts';
import { captureResponses, startBareServer } from './bare.ts';

const option = (name: string, fallback: string): string => {
	const i = process.argv.indexOf(`--${name}`);
	return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const dist = resolve(option('dist', 'dist'));
const port = Number(option('port', '4396'));
const base = `http://127.0.0.1:${port}`;
const RUNS = 20;
const BUDGET_BYTES = 60 * 1024;

const PAGES = [
	{ name: 'Self-study front page', path: '/sjolvstudium', noJs: false },
	{ name: 'Regulation page (§ 34)', path: '/regelverk/34', noJs: true },
	{ name: 'Tips booklet', path: '/tips/hefte', noJs: true },
	{ name: 'Case page (Lise)', path: '/case/lise', noJs: false },
	// Not among the four: shows what an island page loads (the quiz and its renderer).
	{ name: 'Quiz page (for comparison)', path: '/quiz/stonad', noJs: false },
] as const;

type Resource = { url: string; kind: 'css' | 'js'; raw: number; gzip: number };

const gzipSize = (bytes: Uint8Array) => gzipSync(bytes).byteLength;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

async function fetchBytes(url: string): Promise<Uint8Array> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
	return new Uint8Array(await response.arrayBuffer());
}

/** Time to first byte, the median of RUNS requests after 2 warm-up requests. */
async function medianTtfb(url: string): Promise<number> {
	for (let i = 0; i < 2; i += 1) await fetchBytes(url);
	const ttfb: number[] = [];
	for (let i = 0; i < RUNS; i += 1) {
		const started = performance.now();
		const response = await fetch(url);
		ttfb.push(performance.now() - started);
		await response.arrayBuffer();
	}
	return median(ttfb);
}

/** Attribute values of the tags in `html` that match `tag` and whose attributes match `where`. */
function attributes(html: string, tag: RegExp, where: RegExp, attribute: string): string[] {
	const found: string[] = [];
	for (const match of html.matchAll(tag)) {
		const element = match[0];
		if (!where.test(element)) continue;
		const value = new RegExp(`\\s${attribute}="([^"]+)"`).exec(element)?.[1];
		if (value) found.push(value.replace(/&amp;/g, '&'));
	}
	return found;
}

/** The JavaScript modules an HTML page loads before any user action. */
function scriptsOf(html: string): string[] {
	return [
		...attributes(html, /<script\b[^>]*>/g, /type="module"/, 'src'),
		...attributes(html, /<link\b[^>]*>/g, /rel="modulepreload"/, 'href'),
		...attributes(html, /<astro-island\b[^>]*>/g, /./, 'component-url'),
		...attributes(html, /<astro-island\b[^>]*>/g, /./, 'renderer-url'),
		...attributes(html, /<astro-island\b[^>]*>/g, /./, 'before-hydration-url'),
		// Imports inside inline module scripts.
		...[...html.matchAll(/<script\b[^>]*type="module"[^>]*>([\s\S]*?)<\/script>/g)].flatMap((m) =>
			staticImports(m[1] ?? ''),
		),
	];
}

/** Static imports of a module ("import … from './x.js'", "import './x.js'", "export … from './x.js'"). */
function staticImports(code: string): string[] {
	const specifiers = [
		...code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+)["']/g),
		...code.matchAll(/(?:^|[;\n}])\s*export\s*[\w$*{}\s,]*from\s*["']([^"']+)["']/g),
		// Minified code joins statements: `import{a as b}from"./x.js";`
		...code.matchAll(/\bimport\s*\{[^}]*\}\s*from\s*["']([^"']+)["']/g),
		...code.matchAll(/\bimport\s*["'](\.{0,2}\/[^"']+)["']/g),
	].map((m) => m[1]!);
	return [...new Set(specifiers)].filter(
		(s) => s.startsWith('/') || s.startsWith('./') || s.startsWith('../'),
	);
}

async function measurePage(path: string) {
	const pageUrl = new URL(path, base).href;
	const html = await fetchBytes(pageUrl);
	const text = new TextDecoder().decode(html);
	const resources: Resource[] = [];
	const seen = new Set<string>();

	for (const href of attributes(text, /<link\b[^>]*>/g, /rel="stylesheet"/, 'href')) {
		const url = new URL(href, pageUrl).href;
		if (seen.has(url)) continue;
		seen.add(url);
		const bytes = await fetchBytes(url);
		resources.push({ url, kind: 'css', raw: bytes.byteLength, gzip: gzipSize(bytes) });
	}
	const queue = scriptsOf(text).map((src) => new URL(src, pageUrl).href);
	while (queue.length > 0) {
		const url = queue.shift()!;
		if (seen.has(url)) continue;
		seen.add(url);
		const bytes = await fetchBytes(url);
		resources.push({ url, kind: 'js', raw: bytes.byteLength, gzip: gzipSize(bytes) });
		for (const specifier of staticImports(new TextDecoder().decode(bytes)))
			queue.push(new URL(specifier, url).href);
	}

	const ttfbMs = await medianTtfb(pageUrl);

	const sum = (kind: 'css' | 'js', key: 'raw' | 'gzip') =>
		resources.filter((r) => r.kind === kind).reduce((n, r) => n + r[key], 0);
	const htmlGzip = gzipSize(html);
	return {
		html: { raw: html.byteLength, gzip: htmlGzip },
		css: {
			raw: sum('css', 'raw'),
			gzip: sum('css', 'gzip'),
			files: resources.filter((r) => r.kind === 'css'),
		},
		js: {
			raw: sum('js', 'raw'),
			gzip: sum('js', 'gzip'),
			files: resources.filter((r) => r.kind === 'js'),
		},
		total: htmlGzip + sum('css', 'gzip') + sum('js', 'gzip'),
		ttfbMs,
	};
}

type LighthouseScores = { performance: number; accessibility: number };

/** Lighthouse against Debian's Chromium, when the package is installed (module names in variables: it may not be). */
async function lighthouseScores(url: string): Promise<LighthouseScores> {
	const lighthouseModule = 'lighthouse';
	const launcherModule = 'chrome-launcher';
	const { default: lighthouse } = (await import(lighthouseModule)) as {
		default: (
			url: string,
			flags: Record<string, unknown>,
		) => Promise<{ lhr: { categories: Record<string, { score: number | null }> } } | undefined>;
	};
	const launcher = (await import(launcherModule)) as {
		launch: (
			options: Record<string, unknown>,
		) => Promise<{ port: number; kill: () => Promise<void> | void }>;
	};
	const chrome = await launcher.launch({
		chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
	});
	try {
		const result = await lighthouse(url, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: ['performance', 'accessibility'],
		});
		const score = (id: string) => Math.round((result?.lhr.categories[id]?.score ?? 0) * 100);
		return { performance: score('performance'), accessibility: score('accessibility') };
	} finally {
		await chrome.kill();
	}
}

if (!process.argv.includes('--no-build')) {
	const build = spawnSync('npm', ['run', 'build'], { stdio: 'ignore' });
	if (build.status !== 0) throw new Error('npm run build failed');
}
const entry = join(dist, 'server', 'entry.mjs');
if (!existsSync(entry))
	throw new Error(`No build at ${entry}: run without --no-build, or pass --dist.`);

const dbDir = mkdtempSync(join(tmpdir(), 'kvp-bench-pages-'));
// Started exactly as `npm start` starts it (same Node flags, same compressing HTTP server).
const server = spawn(process.execPath, [...serverFlags(), 'scripts/start.ts'], {
	env: {
		...process.env,
		HOST: '127.0.0.1',
		PORT: String(port),
		DATABASE_URL: `file:${join(dbDir, 'bench.db')}`,
		LOG_LEVEL: 'warn',
		KVP_BACKGROUND_JOBS: 'off',
		SEED_DEMO_DATA: 'false',
	},
	stdio: 'ignore',
});

async function waitForServer(): Promise<void> {
	for (let i = 0; i < 100; i += 1) {
		const ok = await fetch(`${base}/healthz`)
			.then((r) => r.ok)
			.catch(() => false);
		if (ok) return;
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error('server did not start');
}

let bare: ChildProcess | undefined;
try {
	await waitForServer();
	// The bare limit: a bare node:http server sending each page's bytes as the app sent them to
	// fetch (which asks for gzip, deflate), its TTFB measured the same way.
	bare = await startBareServer(
		port + 1,
		await captureResponses(
			base,
			PAGES.map((p) => p.path),
			{ 'accept-encoding': 'gzip, deflate' },
		),
		join(dbDir, 'bare.json'),
	);
	const hasLighthouse = existsSync('node_modules/lighthouse');
	let failed = false;
	console.log(
		`Self-study pages: bytes as gzip (level 6) would send them, TTFB median of ${RUNS}, built server on ${base}`,
	);
	console.log('');
	for (const page of PAGES) {
		const m = await measurePage(page.path);
		const verdicts: string[] = [];
		const underBudget = m.total < BUDGET_BYTES;
		verdicts.push(`${underBudget ? 'OK' : 'OVER'} total under 60 KB`);
		if (page.noJs) verdicts.push(`${m.js.files.length === 0 ? 'OK' : 'FAIL'} no JavaScript`);
		if (!underBudget || (page.noJs && m.js.files.length > 0)) failed = true;
		console.log(`${page.name}  ${page.path}`);
		console.log(`  HTML ${kb(m.html.gzip).padStart(9)}   (${kb(m.html.raw)} raw)`);
		console.log(
			`  CSS  ${kb(m.css.gzip).padStart(9)}   (${kb(m.css.raw)} raw, ${m.css.files.length} file${m.css.files.length === 1 ? '' : 's'})`,
		);
		for (const file of m.css.files)
			console.log(`         ${kb(file.gzip).padStart(9)}  ${new URL(file.url).pathname}`);
		console.log(
			`  JS   ${kb(m.js.gzip).padStart(9)}   (${kb(m.js.raw)} raw, ${m.js.files.length} module${m.js.files.length === 1 ? '' : 's'})`,
		);
		for (const file of m.js.files)
			console.log(`         ${kb(file.gzip).padStart(9)}  ${new URL(file.url).pathname}`);
		console.log(
			`  total ${kb(m.total).padStart(8)}   TTFB ${m.ttfbMs.toFixed(2)} ms   ${verdicts.join(', ')}`,
		);
		const bareMs = await medianTtfb(`http://127.0.0.1:${port + 1}${page.path}`);
		console.log(
			`  bare node:http, the same bytes: TTFB ${bareMs.toFixed(2)} ms; ratio ${(m.ttfbMs / bareMs).toFixed(1)}× the bare limit`,
		);
		if (hasLighthouse) {
			const scores = await lighthouseScores(new URL(page.path, base).href);
			const perfect = scores.performance === 100 && scores.accessibility === 100;
			if (!perfect) failed = true;
			console.log(
				`  Lighthouse: performance ${scores.performance}, accessibility ${scores.accessibility}   ${perfect ? 'OK' : 'BELOW'} 100`,
			);
		}
		console.log('');
	}
	if (!hasLighthouse)
		console.log('Lighthouse: not installed (npm install -D lighthouse@^12 to score the pages)');
	if (failed) process.exitCode = 1;
} finally {
	server.kill();
	bare?.kill();
	rmSync(dbDir, { recursive: true, force: true });
}
