import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

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
							group: ['#db/*', '**/db/*', 'drizzle-orm', 'drizzle-orm/*', '@libsql/*'],
							message: 'Pages, actions and components call src/lib, never the database.',
						},
					],
				},
			],
		},
	},
	// The rules engine runs in the browser, the API and the CLI: pure TypeScript and zod only.
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
							group: ['node:*', 'astro:*', '#db/*', '#lib/*', `${'../'.repeat(depth)}*`],
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
							group: ['**/*.server.ts', '#db/*', 'node:*'],
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
					patterns: [{ group: ['#lib/*', '**/src/**'], message: 'db/ imports nothing from src/.' }],
				},
			],
		},
	},
);
