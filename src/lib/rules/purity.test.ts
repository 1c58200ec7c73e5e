/**
 * Guards the boundary: engine files (everything here but tests) import only lib/rules and zod (its
 * classic API or `zod/mini`), use only erasable TypeScript, and never touch local time, so the
 * same code runs in the browser island, the HTTP API and the CLI.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = dirname(fileURLToPath(import.meta.url));

function walk(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		return entry.isDirectory() ? walk(path) : [path];
	});
}

const engineFiles = walk(root).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'([^']+)'/g;

describe.each(engineFiles.map((f) => [relative(root, f), f]))('%s', (_name, file) => {
	const source = readFileSync(file, 'utf8');

	it('imports only lib/rules (with explicit extensions) and zod', () => {
		for (const match of source.matchAll(IMPORT)) {
			const specifier = match[1] ?? '';
			if (specifier === 'zod' || specifier === 'zod/mini') continue;
			expect(specifier, `import of "${specifier}"`).toMatch(/^\.\.?\/.*\.(ts|json)$/);
			const target = resolve(dirname(file), specifier);
			expect(
				relative(root, target).startsWith('..'),
				`import of "${specifier}" leaves lib/rules`,
			).toBe(false);
		}
	});

	it('uses no Node or Astro APIs, no local time and only erasable TypeScript', () => {
		expect(source).not.toMatch(/from\s+'(node:|astro)/);
		expect(source).not.toMatch(/\bprocess\.|\brequire\(/);
		expect(source).not.toMatch(/new Date\(|Date\.now\(/);
		expect(source).not.toMatch(/^\s*(export\s+)?(const\s+)?enum\s/m);
		expect(source).not.toMatch(/^\s*(export\s+)?namespace\s/m);
		expect(source).not.toMatch(/constructor\(\s*(private|public|protected|readonly)\s/);
	});
});

it('finds the engine files', () => {
	expect(engineFiles.length).toBeGreaterThan(15);
});
