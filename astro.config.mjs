// @ts-check
import { defineConfig, envField } from 'astro/config';
import node from '@astrojs/node';
import preact from '@astrojs/preact';
import pagefind from 'astro-pagefind';
import { ENV_VARS } from './src/lib/platform/env.ts';

/** Every environment variable, declared from the one inventory in src/lib/platform/env.ts. */
const envSchema = Object.fromEntries(
	ENV_VARS.map((v) => {
		const context = /** @type {const} */ ('server');
		const access = v.secret ? /** @type {const} */ ('secret') : /** @type {const} */ ('public');
		const hasDefault = 'default' in v;
		const field =
			v.type === 'number'
				? envField.number({
						context,
						access,
						optional: true,
						...(hasDefault ? { default: Number(v.default) } : {}),
					})
				: v.type === 'boolean'
					? envField.boolean({
							context,
							access,
							optional: true,
							...(hasDefault ? { default: Boolean(v.default) } : {}),
						})
					: envField.string({
							context,
							access,
							optional: true,
							...(hasDefault ? { default: String(v.default) } : {}),
						});
		return [v.name, field];
	}),
);

/**
 * Content-Security-Policy (Astro's, as a <meta> with the hashes of its own scripts and styles):
 * only the site's own scripts and styles run. 'wasm-unsafe-eval' lets Pagefind's search index
 * (WebAssembly, served from /pagefind/) start; it allows compiling WebAssembly, not eval.
 * frame-ancestors cannot go in a <meta>: it is sent as a header (src/lib/platform/security-headers.ts).
 * @type {Exclude<NonNullable<import('astro').AstroUserConfig['security']>['csp'], boolean | undefined>}
 */
const contentSecurityPolicy = {
	directives: [
		"default-src 'self'",
		"img-src 'self' data:",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
	],
	scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
	styleDirective: { resources: ["'self'"] },
};

export default defineConfig({
	output: 'server',
	// The adapter stops reading any body at the upload limit; the middleware holds other routes to 1 MB
	// (src/lib/platform/body-limit.ts).
	adapter: node({ mode: 'standalone', bodySizeLimit: 25 * 1024 * 1024 }),
	integrations: [preact({ compat: true }), pagefind()],
	i18n: {
		locales: ['nb', 'nn'],
		defaultLocale: 'nb',
		routing: { prefixDefaultLocale: false },
	},
	// Presentations are uploaded through an action; the action itself allows at most 20 MB per file.
	security: {
		checkOrigin: true,
		actionBodySizeLimit: 25 * 1024 * 1024,
		csp: contentSecurityPolicy,
	},
	env: { schema: envSchema, validateSecrets: true },
	server: { port: 4321 },
	devToolbar: { enabled: false },
	vite: {
		// Bundled rather than loaded file by file: Node re-reads drizzle's 179 KB package.json for each
		// of its hundreds of modules, which left ~150 MB of heap behind at start-up. See docs/decisions.
		ssr: { noExternal: ['drizzle-orm'] },
	},
	// Astro's own log lines go through our destination: JSON with the request id under npm start.
	logger: { entrypoint: './src/lib/platform/astro-log-destination.mjs', config: { level: 'info' } },
});
