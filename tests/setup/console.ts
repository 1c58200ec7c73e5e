import { afterEach, vi } from 'vitest';

// A console.error or console.warn during a test is a failure: it means something went wrong
// that the test did not expect. Tests that expect one spy on it themselves.
const noisy: string[] = [];
for (const method of ['error', 'warn'] as const) {
	vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
		noisy.push(`console.${method}: ${args.map(String).join(' ')}`);
	});
}
afterEach(() => {
	if (noisy.length > 0) {
		const messages = noisy.splice(0);
		throw new Error(`Unexpected console output:\n${messages.join('\n')}`);
	}
});
