// Astro's own log lines (server start, unhandled errors) as JSON with the request id when the
// server runs with LOG_FORMAT=json (npm start sets it); as plain text during builds and dev.
// Personal-link tokens are replaced in both (redact.mjs).
import { redactSecrets } from './redact.mjs';
import { requestStore } from './request-context.mjs';

const SGR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
const ORDER = { debug: 20, info: 30, warn: 40, error: 50, silent: 100 };

/** @param {{ level?: keyof typeof ORDER }} [config] */
export default function destination(config = {}) {
	const min = ORDER[config.level ?? 'info'] ?? 30;
	return {
		/** @param {{ level: keyof typeof ORDER, label: string | null, message: string }} event */
		write(event) {
			if ((ORDER[event.level] ?? 30) < min) return;
			const message = redactSecrets(event.message.replace(SGR, ''));
			const out = ORDER[event.level] >= ORDER.error ? process.stderr : process.stdout;
			if (process.env.LOG_FORMAT === 'json') {
				const requestId = requestStore().getStore()?.requestId;
				const line = {
					level: event.level,
					time: new Date().toISOString(),
					...(requestId ? { requestId } : {}),
					label: event.label ?? 'astro',
					msg: message,
				};
				out.write(JSON.stringify(line) + '\n');
			} else {
				out.write(`${event.label ? `[${event.label}] ` : ''}${message}\n`);
			}
			return true;
		},
	};
}
