/**
 * The lint rule that keeps the layers apart (eslint.config.mjs, docs/architecture.md), run on
 * small pieces of code as if they were files in the tree.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

/** The messages of the import rule for `code` in a file at `filePath`. */
async function importProblems(filePath: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(`${code}\nexport const used = x;\n`, { filePath });
	return (result?.messages ?? [])
		.filter((m) => m.ruleId === 'no-restricted-imports')
		.map((m) => m.message);
}

describe('the import rule', () => {
	it.each([
		['src/lib/platform/fake.ts', "import { x } from '#lib/gatherings/index.server.ts';"],
		['src/lib/platform/fake.ts', "import { x } from '#lib/auth/index.ts';"],
		['src/lib/platform/fake.ts', "import { x } from '#jobs/jobs.server.ts';"],
		[
			'src/lib/surveys/fake.server.ts',
			"import { x } from '#lib/gatherings/registrations.server.ts';",
		],
		['src/lib/gatherings/fake.ts', "import { x } from '#lib/surveys/anonymity.ts';"],
		['src/lib/gatherings/fake.ts', "import { x } from '../surveys/anonymity.ts';"],
		['src/lib/gatherings/fake.ts', "export { x } from '#lib/mail/outbox.server.ts';"],
		['src/lib/gatherings/fake.server.ts', "import { x } from '#app/wiring.server.ts';"],
		['src/lib/rules/fake.ts', "import { x } from '#lib/platform/time.ts';"],
		['src/lib/rules/fake.ts', "import { x } from 'node:fs';"],
		['src/pages/fake.ts', "import { x } from '#db/client.ts';"],
		['db/fake.ts', "import { x } from '#lib/platform/time.ts';"],
	])('refuses %s importing: %s', async (filePath, code) => {
		expect(await importProblems(filePath, code)).toHaveLength(1);
	});

	it.each([
		['src/lib/platform/fake.ts', "import { x } from '#lib/platform/time.ts';"],
		['src/lib/platform/fake.ts', "import { x } from './time.ts';"],
		['src/lib/surveys/fake.server.ts', "import { x } from '#lib/gatherings/index.server.ts';"],
		['src/lib/gatherings/fake.ts', "import { x } from '#lib/surveys/index.ts';"],
		['src/lib/gatherings/fake.ts', "import { x } from '#lib/gatherings/registration.ts';"],
		['src/lib/gatherings/fake.ts', "import { x } from '#lib/platform/tokens.ts';"],
		['src/lib/content/fake.ts', "import { x } from '#lib/rules/index.ts';"],
		[
			'src/lib/surveys/fake.server.test.ts',
			"import { x } from '#lib/gatherings/registrations.server.ts';",
		],
		['src/lib/gatherings/fake.server.ts', "import { x } from '#lib/auth/guards.server.ts';"],
		['src/jobs/fake.server.ts', "import { x } from '#lib/gatherings/index.server.ts';"],
	])('lets %s import: %s', async (filePath, code) => {
		expect(await importProblems(filePath, code)).toEqual([]);
	});

	it('names the public entry in its message', async () => {
		expect(
			await importProblems(
				'src/lib/questions/fake.server.ts',
				"import { x } from '#lib/gatherings/registrations.server.ts';",
			),
		).toEqual([
			expect.stringContaining(
				'Import another feature only through its public entry: #lib/<feature>/index.ts or index.server.ts',
			),
		]);
	});
});
