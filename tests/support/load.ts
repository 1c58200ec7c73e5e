/**
 * Shared by bench/registration.ts and the crash test: a fresh database with one gathering, the
 * built server started as npm start starts it, and a pool of concurrent registrants.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createDb } from '#db/client.ts';
import { gatherings } from '#db/schema/index.ts';

export async function prepareDatabase(file: string, capacity: number): Promise<string> {
	for (const s of ['', '-wal', '-shm']) rmSync(file + s, { force: true });
	mkdirSync(dirname(file), { recursive: true });
	return prepareDatabaseAt(`file:${file}`, capacity);
}

/** Migrates the database at `url` (a file or a libSQL server) and adds one gathering for a load run. */
export async function prepareDatabaseAt(
	url: string,
	capacity: number,
	authToken?: string,
): Promise<string> {
	const env = {
		...process.env,
		DATABASE_URL: url,
		DATABASE_AUTH_TOKEN: authToken ?? '',
		SEED_DEMO_DATA: 'false',
	};
	const prepared = spawnSync(process.execPath, ['scripts/prepare-db.ts'], {
		env,
		encoding: 'utf8',
	});
	if (prepared.status !== 0) throw new Error(`prepare-db failed: ${prepared.stderr}`);
	const db = await createDb(url, authToken);
	const { networks } = await import('#db/schema/index.ts');
	await db
		.insert(networks)
		.values({
			id: 'last',
			name: 'Lastnettverket',
			organiser: 'Statsforvaltaren',
			createdAt: new Date(),
		})
		.onConflictDoNothing();
	const id = `last-${Date.now().toString(36)}`;
	const now = Date.now();
	await db.insert(gatherings).values({
		id,
		networkId: 'last',
		title: 'Lasttest',
		description: '',
		goals: [],
		date: new Date(now + 30 * 86_400_000).toISOString().slice(0, 10),
		startsAt: new Date(now + 30 * 86_400_000),
		endsAt: new Date(now + 30 * 86_400_000 + 6 * 3600_000),
		venueName: 'Statens hus',
		venueAddress: 'Kaigaten 9',
		venueTown: 'Bergen',
		capacity,
		registrationOpensAt: new Date(now - 86_400_000),
		registrationClosesAt: new Date(now + 20 * 86_400_000),
		lunchServed: true,
		reminderDays: 3,
		status: 'published',
		createdAt: new Date(now),
		updatedAt: new Date(now),
	});
	db.$client.close();
	return id;
}

/** The Node flags of the start script, so load runs measure what production runs. */
export function serverFlags(): string[] {
	const start = (
		JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }
	).scripts.start!;
	return (
		/node ((?:--[\w-]+=\S+ )*)scripts\/start\.ts/
			.exec(start)?.[1]
			?.trim()
			.split(/\s+/)
			.filter(Boolean) ?? []
	);
}

/** The built server on `port`, on a database file or (a URL) a libSQL server. */
export function startServer(port: number, fileOrUrl: string, authToken?: string): ChildProcess {
	const url = /^(https?|wss?|libsql):/.test(fileOrUrl) ? fileOrUrl : `file:${resolve(fileOrUrl)}`;
	return spawn(process.execPath, [...serverFlags(), 'dist/server/entry.mjs'], {
		env: {
			...process.env,
			HOST: '127.0.0.1',
			PORT: String(port),
			DATABASE_URL: url,
			DATABASE_AUTH_TOKEN: authToken ?? '',
			LOG_LEVEL: 'warn',
			KVP_BACKGROUND_JOBS: 'off',
			KVP_REGISTRATION_LIMITS: 'off',
			PUBLIC_ORIGIN: `http://127.0.0.1:${port}`,
		},
		stdio: 'ignore',
	});
}

export async function waitForServer(base: string, timeoutMs = 20_000): Promise<void> {
	const until = Date.now() + timeoutMs;
	while (Date.now() < until) {
		if (
			await fetch(`${base}/healthz`)
				.then((r) => r.ok)
				.catch(() => false)
		)
			return;
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`server at ${base} did not start`);
}

export interface Outcome {
	email: string;
	status: number;
	/** What the server said: confirmed/waitlisted with place, or the error code. */
	result?: { status: 'confirmed' | 'waitlisted'; position: number | null };
	ms: number;
	networkError?: boolean;
}

export function registrantForm(gatheringId: string, email: string): URLSearchParams {
	return new URLSearchParams({
		gatheringId,
		name: `Lastdeltakar ${email.split('@')[0]}`,
		email,
		organisation: 'NAV Lasttest',
		jobRole: 'KVP-rettleiar',
		consent: 'on',
		lunch: 'on',
		language: 'nn',
	});
}

/** Posts registrations from `emails` with `connections` requests in flight at a time. */
export async function registerAll(
	base: string,
	gatheringId: string,
	emails: string[],
	connections: number,
	onOutcome?: (o: Outcome) => void,
): Promise<Outcome[]> {
	const outcomes: Outcome[] = [];
	let next = 0;
	const worker = async () => {
		while (next < emails.length) {
			const email = emails[next++]!;
			const started = performance.now();
			try {
				const response = await fetch(`${base}/_actions/registrations.register`, {
					method: 'POST',
					headers: {
						origin: base,
						accept: 'application/json',
						'content-type': 'application/x-www-form-urlencoded',
					},
					body: registrantForm(gatheringId, email),
				});
				const text = await response.text();
				const o: Outcome = { email, status: response.status, ms: performance.now() - started };
				if (response.ok) o.result = parseDevalue(text);
				outcomes.push(o);
				onOutcome?.(o);
			} catch {
				const o: Outcome = {
					email,
					status: 0,
					ms: performance.now() - started,
					networkError: true,
				};
				outcomes.push(o);
				onOutcome?.(o);
			}
		}
	};
	await Promise.all(Array.from({ length: connections }, worker));
	return outcomes;
}

/** Astro actions answer with devalue-serialised data; the fields needed here are plain values. */
function parseDevalue(text: string): {
	status: 'confirmed' | 'waitlisted';
	position: number | null;
} {
	const flat = JSON.parse(text) as unknown[];
	const shape = flat[0] as Record<string, number>;
	const value = (key: string) =>
		shape[key] === undefined || shape[key] < 0 ? null : flat[shape[key]!];
	return {
		status: value('status') as 'confirmed' | 'waitlisted',
		position: (value('position') as number | null) ?? null,
	};
}

export function percentile(values: number[], p: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}
