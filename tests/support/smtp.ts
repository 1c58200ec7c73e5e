/**
 * A real SMTP server on 127.0.0.1 for tests of e-mail delivery across processes: it accepts
 * every message and records the addresses each was sent to, in the order they arrived.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface RecordingSmtp {
	/** The port it listens on (SMTP_URL smtp://127.0.0.1:<port>). */
	port: number;
	/** Every recipient of every message received so far. */
	received: string[];
	close(): Promise<void>;
}

export async function startRecordingSmtp(): Promise<RecordingSmtp> {
	const received: string[] = [];
	const smtp = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		logger: false,
		onData(stream, session, callback) {
			stream.resume();
			stream.on('end', () => {
				received.push(...session.envelope.rcptTo.map((r) => r.address));
				callback();
			});
		},
	});
	await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
	return {
		port: (smtp.server.address() as AddressInfo).port,
		received,
		close: () => new Promise<void>((resolve) => smtp.close(() => resolve())),
	};
}
