/**
 * Every source id that code or content cites (S12, SD3, N15 …) resolves in docs/legal-sources.md,
 * with a title, an address and what it is cited for.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const SOURCE_ID = /\b(SD\d+|S\d{1,2}|N\d{1,2})\b/g;
const SCANNED = /\.(ts|tsx|astro|ya?ml|md|json|mjs)$/;

/** The documented sources: id → the row's cells. */
function documented(text: string): Map<string, string[]> {
	const rows = new Map<string, string[]>();
	for (const line of text.split('\n')) {
		const cells = line
			.split('|')
			.slice(1, -1)
			.map((cell) => cell.trim());
		const [id] = cells;
		if (id !== undefined && /^(SD\d+|S\d{1,2}|N\d{1,2})$/.test(id)) rows.set(id, cells);
	}
	return rows;
}

/** Every id cited in a set of files, with the first file that cites it. */
function cited(files: { path: string; text: string }[]): Map<string, string> {
	const ids = new Map<string, string>();
	for (const file of files) {
		for (const match of file.text.matchAll(SOURCE_ID)) {
			if (!ids.has(match[0])) ids.set(match[0], file.path);
		}
	}
	return ids;
}

function filesUnder(dir: string): { path: string; text: string }[] {
	return readdirSync(join(repo, dir), { recursive: true, encoding: 'utf8' })
		.filter((name) => SCANNED.test(name) && !name.includes('node_modules'))
		.map((name) => ({ path: `${dir}/${name}`, text: readFileSync(join(repo, dir, name), 'utf8') }));
}

/** The ids cited but not documented, as "id (file)". */
function unresolved(doc: Map<string, string[]>, ids: Map<string, string>): string[] {
	return [...ids].filter(([id]) => !doc.has(id)).map(([id, path]) => `${id} (${path})`);
}

describe('docs/legal-sources.md', () => {
	const doc = documented(readFileSync(join(repo, 'docs/legal-sources.md'), 'utf8'));

	it('gives every source a title, an address and what it is cited for', () => {
		expect(doc.size).toBeGreaterThan(50);
		for (const [id, cells] of doc) {
			expect(cells, id).toHaveLength(4);
			for (const cell of cells) expect(cell, id).not.toBe('');
		}
	});

	it('resolves every source id cited in code or content', () => {
		const files = [
			...filesUnder('src'),
			...filesUnder('scripts'),
			...filesUnder('db'),
			...filesUnder('bench'),
		];
		const ids = cited(files);
		expect(ids.size).toBeGreaterThan(20);
		expect(unresolved(doc, ids)).toEqual([]);
	});

	it('finds an id that is cited but not documented', () => {
		// Built from parts so this file does not cite the made-up id itself.
		const missing = ['N', '99'].join('');
		const ids = cited([{ path: 'x.ts', text: `reference: '${missing} (a new source)'; S2` }]);
		expect(unresolved(doc, ids)).toEqual([`${missing} (x.ts)`]);
	});
});
