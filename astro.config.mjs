// @ts-check
import { defineConfig, envField } from 'astro/config';
import node from '@astrojs/node';
import react from '@astrojs/react';
import { ENV_VARS } from './src/lib/platform/env.ts';

/** Every environment variable, declared from the one inventory in src/lib/platform/env.ts. */
const envSchema = Object.fromEntries(
	ENV_VARS.map((v) => {
		const common = { context: 'server', access: v.secret ? 'secret' : 'public', optional: true };
		const field =
			v.type === 'number'
				? envField.number({ ...common, ...('default' in v ? { default: Number(v.default) } : {}) })
				: v.type === 'boolean'
					? envField.boolean({ ...common, ...('default' in v ? { default: Boolean(v.default) } : {}) })
					: envField.string({ ...common, ...('default' in v ? { default: String(v.default) } : {}) });
		return [v.name, field];
	}),
);

export default defineConfig({
	output: 'server',
	adapter: node({ mode: 'standalone' }),
	integrations: [react()],
	i18n: {
		locales: ['nb', 'nn'],
		defaultLocale: 'nb',
		routing: { prefixDefaultLocale: false },
	},
	security: { checkOrigin: true },
	env: { schema: envSchema, validateSecrets: true },
	server: { port: 4321 },
	devToolbar: { enabled: false },
	// Astro's own log lines go through our destination: JSON with the request id under npm start.
	logger: { entrypoint: './src/lib/platform/astro-log-destination.mjs', config: { level: 'info' } },
});
