/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
	test: {
		include: ['src/**/*.test.ts', 'db/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node',
		globalSetup: ['tests/setup/global-setup.ts'],
		setupFiles: ['tests/setup/db.ts', 'tests/setup/console.ts', 'tests/setup/wiring.ts'],
		testTimeout: 20_000,
	},
});
