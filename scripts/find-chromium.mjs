// Finds a Chromium for the end-to-end tests: CHROMIUM_PATH, then Debian's /usr/bin/chromium,
// then Playwright's own download. Plain JavaScript so both Node and Playwright's config can use it.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

export function findChromium() {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
	for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
		if (existsSync(candidate)) return candidate;
	}
	try {
		const require = createRequire(import.meta.url);
		const { chromium } = require('playwright-core');
		const own = chromium.executablePath();
		if (own && existsSync(own)) return own;
	} catch {
		// playwright-core not installed or no browser downloaded
	}
	return null;
}

export const NO_CHROMIUM_MESSAGE =
	'No Chromium found for the end-to-end tests: install one (on Debian: "apt-get install chromium"), or set CHROMIUM_PATH to a Chromium binary, or run "npx playwright install chromium".';

if (import.meta.main) {
	const found = findChromium();
	if (!found) {
		console.error(NO_CHROMIUM_MESSAGE);
		process.exit(1);
	}
}
