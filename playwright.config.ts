import { defineConfig } from '@playwright/test';
import { findChromium } from './scripts/find-chromium.mjs';

const PORT = Number(process.env.E2E_PORT ?? 4399);
export const E2E_DATABASE = './.e2e/e2e.db';

export default defineConfig({
	testDir: 'tests/e2e',
	workers: 2,
	retries: process.env.CI ? 1 : 0,
	timeout: 60_000,
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		browserName: 'chromium',
		trace: process.env.CI ? 'on-first-retry' : 'off',
		launchOptions: {
			// Debian's chromium in CI (Playwright cannot download browsers here); see scripts/find-chromium.mjs.
			executablePath: process.env.CHROMIUM_PATH ?? findChromium() ?? undefined,
			args: [
				'--headless',
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
			],
		},
	},
	webServer: {
		// Build, then start exactly as production does, on a fresh migrated and seeded database file.
		command: 'rm -rf .e2e && npm run build && node scripts/start.ts',
		url: `http://127.0.0.1:${PORT}/healthz`,
		reuseExistingServer: false,
		timeout: 240_000,
		stdout: 'ignore',
		stderr: 'pipe',
		env: {
			HOST: '127.0.0.1',
			PORT: String(PORT),
			PUBLIC_ORIGIN: `http://127.0.0.1:${PORT}`,
			DATABASE_URL: `file:${E2E_DATABASE}`,
			LOG_LEVEL: 'warn',
			ASTRO_TELEMETRY_DISABLED: '1',
		},
	},
});
