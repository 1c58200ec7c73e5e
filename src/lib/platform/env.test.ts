import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENV_VARS } from './env.ts';

describe('environment inventory', () => {
	const readme = readFileSync('README.md', 'utf8');

	it.each(ENV_VARS.map((v) => v.name))('the README documents %s with its default', (name) => {
		const row = readme.split('\n').find((line) => line.startsWith(`| \`${name}\` |`));
		expect(row, `no README row for ${name}`).toBeDefined();
		const spec = ENV_VARS.find((v) => v.name === name)!;
		if ('default' in spec) expect(row).toContain(String(spec.default));
	});

	it('astro.config.mjs declares every variable, secrets as secret, with the default', async () => {
		const { default: config } = await import('../../../astro.config.mjs');
		const schema = config.env?.schema ?? {};
		expect(Object.keys(schema).sort()).toEqual(ENV_VARS.map((v) => v.name).sort());
		for (const spec of ENV_VARS) {
			const field = schema[spec.name] as { access: string; default?: unknown };
			expect(field.access).toBe(spec.secret ? 'secret' : 'public');
			if ('default' in spec) expect(String(field.default)).toBe(String(spec.default));
		}
	});
});
