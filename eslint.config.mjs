import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

/**
 * The layers (docs/architecture.md): pages and actions → src/app, src/jobs → features in src/lib
 * → src/lib/platform → db. Platform imports no feature; a feature imports platform, itself and
 * other features' public entries (index.ts for pure code, index.server.ts for server code) only,
 * the page guards (#lib/auth/guards.server.ts) and page openers (#lib/<feature>/*page.server.ts):
 * those need Astro, so no entry re-exports them.
 * A feature's own tests may set up data through other features' internals.
 */
const FEATURES = readdirSync(new URL('./src/lib/', import.meta.url), { withFileTypes: true })
	.filter((d) => d.isDirectory() && !['platform', 'rules'].includes(d.name))
	.map((d) => d.name);
const ABOVE = {
	regex: '^#(app|jobs)/',
	message: 'src/lib never imports src/app or src/jobs (the layers above it).',
};
const CLIMB = (depth) => ({
	regex: `^${'\\.\\./'.repeat(depth)}`,
	message: 'Import another folder of src/lib through #lib/…, not by climbing out of this one.',
});
const layerRules = (files, patterns) =>
	[1, 2].map((depth) => ({
		files: files.map((f) => `${f}/${'*/'.repeat(depth - 1)}*.{ts,tsx,mjs}`),
		rules: { 'no-restricted-imports': ['error', { patterns: [...patterns, ABOVE, CLIMB(depth)] }] },
	}));

export default tseslint.config(
	{
		ignores: [
			'dist/',
			'.astro/',
			'node_modules/',
			'db/migrations/',
			'test-results/',
			'playwright-report/',
			'.reports/',
			'tests/.db/',
			'.e2e/',
			'data/',
		],
	},
	js.configs.recommended,
	...tseslint.configs.recommended,
	...astro.configs.recommended,
	prettier,
	{
		languageOptions: {
			globals: {
				process: 'readonly',
				console: 'readonly',
				Buffer: 'readonly',
				URL: 'readonly',
				crypto: 'readonly',
			},
		},
		rules: {
			// Unused function parameters are often required by a callback's signature.
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
			],
			// Astro page frontmatter returns a Response from the top level; that is not an error.
			'no-unreachable': 'off',
		},
	},
	{
		// Pages and actions go through lib/, never straight to the database.
		files: ['src/pages/**', 'src/actions/**', 'src/components/**', 'src/layouts/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['\\#db/*', '**/db/*', 'drizzle-orm', 'drizzle-orm/*', '@libsql/*'],
							message: 'Pages, actions and components call src/lib, never the database.',
						},
					],
				},
			],
		},
	},
	// Platform is the bottom layer of src/lib: it imports no feature.
	...layerRules(
		['src/lib/platform'],
		[
			{
				regex: '^#lib/(?!platform/)',
				message: 'src/lib/platform is the bottom layer: it imports no feature.',
			},
		],
	),
	// A feature imports platform, itself, and other features only through their public entries.
	...FEATURES.flatMap((feature) =>
		layerRules(
			[`src/lib/${feature}`],
			[
				{
					regex: `^#lib/(?!platform/|${feature}/|auth/guards\\.server\\.ts$|[^/]+/[^/]*page\\.server\\.ts$)[^/]+/(?!index(\\.server)?\\.ts$)`,
					message:
						'Import another feature only through its public entry: #lib/<feature>/index.ts or index.server.ts.',
				},
			],
		).map((config) => ({ ...config, ignores: [`src/lib/${feature}/**/*.test.ts`] })),
	),
	// The rules engine runs in the browser, the API and the CLI: pure TypeScript and zod only.
	// (A '#' that starts a pattern is escaped: gitignore syntax reads it as a comment.)
	// At each folder depth, a relative import that climbs out of src/lib/rules is refused.
	...[1, 2, 3].map((depth) => ({
		files: [`src/lib/rules/${'*/'.repeat(depth - 1)}*.ts`],
		ignores: ['src/lib/rules/**/*.test.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['node:*', 'astro:*', '\\#db/*', '\\#lib/*', `${'../'.repeat(depth)}*`],
							message: 'src/lib/rules may import only src/lib/rules and zod.',
						},
					],
				},
			],
		},
	})),
	{
		// Islands run in the browser: no server-only modules.
		files: ['src/components/islands/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['**/*.server.ts', '\\#db/*', 'node:*'],
							message: 'Islands run in the browser: no server-only code.',
						},
					],
				},
			],
		},
	},
	{
		// db/ is storage only and imports nothing from src/.
		files: ['db/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ group: ['\\#lib/*', '**/src/**'], message: 'db/ imports nothing from src/.' },
					],
				},
			],
		},
	},
);
