/**
 * `browser.ts` is what the playground island imports: it must bring no package into the browser
 * bundle but `zod/mini` (which tree-shakes; zod's classic API does not), none of the server-only
 * modules, and its `…Input` functions must answer as the server's.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as browser from './browser.ts';
import { compareVersionsInput } from './compare.ts';
import { EXAMPLES } from './examples/index.ts';
import * as server from './index.ts';

const root = dirname(fileURLToPath(import.meta.url));
/** Static imports and re-exports that stay at run time (`import type` and `export type` do not). */
const RUNTIME_IMPORT =
	/(?:^|\n)\s*(?:import|export)\s+(?!type[\s{])(?:[^;'"]*?\sfrom\s+)?'([^']+)'/g;

/** Every module `entry` loads at run time, relative to lib/rules, and the packages it imports. */
function runtimeGraph(entry: string): { files: Set<string>; packages: Set<string> } {
	const files = new Set<string>();
	const packages = new Set<string>();
	const queue = [join(root, entry)];
	while (queue.length > 0) {
		const file = queue.pop() as string;
		const name = relative(root, file);
		if (files.has(name)) continue;
		files.add(name);
		if (!file.endsWith('.ts')) continue;
		for (const match of readFileSync(file, 'utf8').matchAll(RUNTIME_IMPORT)) {
			const specifier = match[1] ?? '';
			if (specifier.startsWith('.')) queue.push(join(dirname(file), specifier));
			else packages.add(specifier);
		}
	}
	return { files, packages };
}

describe('the browser entry', () => {
	const graph = runtimeGraph('browser.ts');

	it('loads no package at run time but zod/mini, never zod’s classic API', () => {
		expect([...graph.packages]).toEqual(['zod/mini']);
	});

	it('validates with the server’s schemas and loads none of the server-only modules', () => {
		expect(graph.files.size).toBeGreaterThan(20);
		expect(graph.files.has('schema.ts')).toBe(true);
		for (const file of ['examples/index.ts', 'index.ts'])
			expect(graph.files.has(file), file).toBe(false);
	});

	it('sees through the import check (the server entry does load zod)', () => {
		expect(runtimeGraph('index.ts').packages).toContain('zod');
	});

	it('has the same case library as the server, which validates it', () => {
		expect(browser.EXAMPLES).toStrictEqual(EXAMPLES);
	});

	it('answers as the server for every case, also under other dates’ rules', () => {
		for (const example of EXAMPLES) {
			for (const ruleDate of [undefined, '2015-01-01', '2020-06-01', '2009-12-31', 'x']) {
				const options = ruleDate === undefined ? {} : { ruleDate };
				expect(browser.evaluateEligibilityInput(example.facts, options)).toStrictEqual(
					server.evaluateEligibilityInput(example.facts, options),
				);
			}
			if (example.period)
				expect(browser.calculatePeriodInput(example.period)).toStrictEqual(
					server.calculatePeriodInput(example.period),
				);
			if (example.benefit)
				expect(browser.calculateBenefitInput(example.benefit)).toStrictEqual(
					server.calculateBenefitInput(example.benefit),
				);
		}
		expect(
			browser.compareVersionsInput(browser.EXAMPLES, '2018-12-31', '2019-01-01'),
		).toStrictEqual(compareVersionsInput(EXAMPLES, '2018-12-31', '2019-01-01'));
	});

	it('exports what the server entry exports, but for the zod schemas and helpers', () => {
		const serverOnly = [
			'benefitInputSchema',
			'eligibilityFactsSchema',
			'exampleSchema',
			'periodInputSchema',
			'toFieldErrors',
		];
		const missing = Object.keys(server).filter((name) => !(name in browser));
		expect(missing.sort()).toEqual(serverOnly);
	});
});

describe('the playground island', () => {
	const islands = join(root, '..', '..', 'components', 'islands');
	const files = [
		join(islands, 'Playground.tsx'),
		...readdirSync(join(islands, 'playground'))
			.filter((name) => /\.tsx?$/.test(name) && !name.endsWith('.test.ts'))
			.map((name) => join(islands, 'playground', name)),
	];

	it.each(files.map((file) => [relative(islands, file), file]))(
		'%s imports the rules engine only through browser.ts, and not zod',
		(_name, file) => {
			const source = readFileSync(file, 'utf8');
			for (const [, specifier] of source.matchAll(/\sfrom\s+'([^']+)'/g)) {
				expect(specifier).not.toBe('zod');
				if (specifier?.includes('lib/rules/'))
					expect(specifier).toMatch(/lib\/rules\/browser\.ts$/);
			}
		},
	);
});
