/**
 * Several instances of the built app on one real libSQL server (sqld, with an auth token), started
 * as `npm start` starts them: all three come up at the same moment on an empty database, a
 * registration burst split across two keeps capacity and order, the plenum view on one shows what
 * a group saved on another, and exactly one instance delivers e-mail, taken over when it is killed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { eq } from 'drizzle-orm';
import { createDb, type Db } from '#db/client.ts';
import { leaseHolder } from '#db/lease.ts';
import { registrations } from '#db/schema/index.ts';
import {
	addGroups,
	listGroups,
	saveExercise,
	setExerciseStatus,
} from '#lib/exercises/exercises.server.ts';
import { createSession, SESSION_COOKIE } from '#lib/auth/session.server.ts';
import { JOBS_LEASE } from '#jobs/jobs.server.ts';
import { createGathering, createUser } from '../factories.ts';
import { registerAll, waitForServer } from '../support/load.ts';
import { startRecordingSmtp } from '#tests/support/smtp.ts';
import { freePort, startSqld, type Sqld } from '../support/sqld.ts';
import { expect, test } from './fixtures.ts';

interface Instance {
	base: string;
	child: ChildProcess;
	output: string;
}

function startInstance(port: number, sqld: Sqld, smtpPort: number): Instance {
	const child = spawn(process.execPath, ['scripts/start.ts'], {
		env: {
			...process.env,
			HOST: '127.0.0.1',
			PORT: String(port),
			PUBLIC_ORIGIN: `http://127.0.0.1:${port}`,
			DATABASE_URL: sqld.url,
			DATABASE_AUTH_TOKEN: sqld.authToken!,
			SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
			KVP_JOBS_LEASE_MS: '3000',
			// The burst comes from one address; the limits per address are tested in limits.spec.ts.
			KVP_REGISTRATION_LIMITS: 'off',
			LOG_LEVEL: 'warn',
		},
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	const instance: Instance = { base: `http://127.0.0.1:${port}`, child, output: '' };
	child.stdout!.on('data', (d: Buffer) => (instance.output += d.toString()));
	child.stderr!.on('data', (d: Buffer) => (instance.output += d.toString()));
	return instance;
}

async function until(
	condition: () => boolean | Promise<boolean>,
	what: string,
	timeoutMs = 60_000,
): Promise<void> {
	const end = Date.now() + timeoutMs;
	while (!(await condition())) {
		if (Date.now() > end) throw new Error(`timed out waiting until ${what}`);
		await new Promise((r) => setTimeout(r, 100));
	}
}

/** Reads the plenum event stream until a payload passes `match`. */
async function plenumEvent(
	base: string,
	exerciseId: string,
	cookie: string,
	match: (summaries: string[]) => boolean,
): Promise<string[]> {
	const controller = new AbortController();
	const response = await fetch(`${base}/api/plenum/${exerciseId}/events`, {
		headers: { cookie },
		signal: controller.signal,
	});
	expect(response.status).toBe(200);
	const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
	let buffer = '';
	try {
		for (;;) {
			const { value, done } = await reader.read();
			if (done) throw new Error('stream ended');
			buffer += value;
			for (const line of buffer.split('\n').filter((l) => l.startsWith('data: '))) {
				const summaries = (
					JSON.parse(line.slice(6)) as { groups: { summary: string }[] }
				).groups.map((g) => g.summary);
				if (match(summaries)) return summaries;
			}
		}
	} finally {
		controller.abort();
	}
}

test('three instances on one libSQL server: start together, share registrations, plenum and e-mail', async () => {
	test.setTimeout(600_000);
	const sqld = await startSqld({ port: await freePort(6), auth: true });
	const smtp = await startRecordingSmtp();
	const { received, port: smtpPort } = smtp;
	const instances: Instance[] = [];
	let db: Db | undefined;
	try {
		// Three at the same moment on an empty database.
		for (const offset of [7, 8, 9])
			instances.push(startInstance(await freePort(offset), sqld, smtpPort));
		for (const i of instances)
			await waitForServer(i.base, 180_000).catch((error: unknown) =>
				Promise.reject(new Error(`${String(error)}\n${i.output}`)),
			);
		expect(instances.map((i) => i.child.exitCode)).toEqual([null, null, null]);
		expect(instances.filter((i) => i.output.includes('(demo data added)'))).toHaveLength(1);
		db = await createDb(sqld.url, sqld.authToken);

		// A burst split across two instances.
		const capacity = 40;
		const { id: gatheringId, networkId } = await createGathering(db, { capacity });
		const emails = Array.from({ length: 120 }, (_, i) => `fleire-${i}@example.no`);
		const [a, b] = [instances[0]!, instances[1]!];
		const outcomes = (
			await Promise.all([
				registerAll(
					a.base,
					gatheringId,
					emails.filter((_, i) => i % 2 === 0),
					15,
				),
				registerAll(
					b.base,
					gatheringId,
					emails.filter((_, i) => i % 2 === 1),
					15,
				),
			])
		).flat();
		expect(outcomes.filter((o) => o.status !== 200)).toEqual([]);
		const rows = await db.query.registrations.findMany({
			where: eq(registrations.gatheringId, gatheringId),
			orderBy: (r, { asc }) => [asc(r.seq)],
		});
		const told = new Map(outcomes.map((o) => [o.email, o.result]));
		expect(rows.map((r) => [r.email, r.status])).toEqual(
			rows.map((r) => [r.email, told.get(r.email)?.status]),
		);
		expect(rows.filter((r) => r.status === 'confirmed')).toHaveLength(capacity);
		const waitlisted = rows.filter((r) => r.status === 'waitlisted');
		expect(waitlisted.map((r) => told.get(r.email)?.position)).toEqual(
			waitlisted.map((_, i) => i + 1),
		);

		// Exactly one instance delivers e-mail: every confirmation arrives once.
		const ours = () => received.filter((to) => to.startsWith('fleire-') || to.startsWith('etter-'));
		await until(() => ours().length >= emails.length, 'every confirmation was delivered');
		const holder = await leaseHolder(db, JOBS_LEASE);
		const leader = instances.find((i) => holder?.startsWith(`${i.child.pid}-`));
		expect(leader, `lease holder ${holder}`).toBeDefined();

		// The plenum view on one instance shows what a group saved on another.
		const coordinator = await createUser(db, { coordinatorOf: [networkId] });
		const { token } = await createSession(db, coordinator.id);
		const exerciseId = await saveExercise(db, gatheringId, {
			number: 1,
			title: 'Avbrot',
			task: '',
			questions: [],
			paragraphs: [],
		});
		await addGroups(db, gatheringId, { lines: ['Gruppe A'], count: 0 });
		await setExerciseStatus(db, gatheringId, exerciseId, 'open');
		const [group] = await listGroups(db, gatheringId);
		const [viewer, saver] = [
			instances.find((i) => i !== leader)!,
			instances.find((i) => i === leader) ?? b,
		];
		const seen = plenumEvent(
			viewer.base,
			exerciseId,
			`${SESSION_COOKIE}=${token}`,
			(s) => s[0] === 'Lagra på den andre',
		);
		await new Promise((r) => setTimeout(r, 1_000));
		const saved = await fetch(`${saver.base}/_actions/exercises.answer`, {
			method: 'POST',
			headers: {
				origin: saver.base,
				accept: 'application/json',
				'content-type': 'application/x-www-form-urlencoded',
			},
			body: new URLSearchParams({
				code: group!.code,
				exerciseId,
				version: '0',
				summary: 'Lagra på den andre',
			}),
		});
		expect(saved.status).toBe(200);
		expect(await seen).toEqual(['Lagra på den andre']);

		// The instance delivering e-mail dies; another takes over and nothing is sent twice.
		leader!.child.kill('SIGKILL');
		const survivor = instances.find((i) => i !== leader)!;
		const more = Array.from({ length: 10 }, (_, i) => `etter-${i}@example.no`);
		const after = await registerAll(survivor.base, gatheringId, more, 5);
		expect(after.filter((o) => o.status !== 200)).toEqual([]);
		await until(
			() => ours().length >= emails.length + more.length,
			'the e-mails after the kill were delivered',
		);
		await new Promise((r) => setTimeout(r, 1_000));
		expect([...ours()].sort()).toEqual([...emails, ...more].sort());
		expect(await leaseHolder(db, JOBS_LEASE)).not.toBe(holder);
	} finally {
		db?.$client.close();
		for (const i of instances) i.child.kill('SIGKILL');
		await smtp.close();
		await sqld.stop();
	}
});
