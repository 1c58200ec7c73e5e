import pino from 'pino';
import { config } from './config.server.ts';
import { redactSecrets } from './redact.mjs';
import { requestStore } from './request-context.mjs';

const store = requestStore();

/**
 * The JSON logger. Inside a request every line carries that request's id, wherever in the code
 * it is written, because the id travels with the request's async context. Every line, error
 * stacks included, is written with personal-link tokens replaced (redact.mjs).
 */
export function createLogger(
	destination?: pino.DestinationStream,
	level = config.logLevel,
): pino.Logger {
	return pino(
		{
			level,
			base: undefined,
			timestamp: pino.stdTimeFunctions.isoTime,
			formatters: { level: (label) => ({ level: label }) },
			hooks: { streamWrite: redactSecrets },
			mixin: () => {
				const current = store.getStore();
				return current ? { requestId: current.requestId } : {};
			},
		},
		destination ?? pino.destination({ dest: 1, sync: true }),
	);
}

export const log = createLogger();

export function withRequestId<T>(requestId: string, fn: () => T): T {
	return store.run({ requestId }, fn);
}
