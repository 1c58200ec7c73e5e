import { spawn, type ChildProcess } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { getDb } from '#db/client.ts';
import { leaseHolder } from '#db/lease.ts';
import { gatherings, outbox } from '#db/schema/index.ts';
import { createGathering, registrationInput } from '#tests/factories.ts';
import { startRecordingSmtp } from '#tests/support/smtp.ts';
import { registrationSchema } from '#lib/gatherings/gatherings.schema.ts';
import { register } from '#lib/gatherings/registrations.server.ts';
import { enqueueMail } from '#lib/mail/outbox.server.ts';
import { JOBS_LEASE, runScheduledWork } from './jobs.server.ts';

describe('scheduled work', () => {
	it('sends reminders when due, once, and deletes personal data on schedule', async () => {
		const db = await getDb();
		const soon = await createGathering(db, { startsInDays: 2, closesInDays: 1 });
		const later = await createGathering(db, { startsInDays: 10 });
		for (const g of [soon, later]) {
			await register(db, registrationSchema.parse(registrationInput(g.id, `${g.id}-x`)), {
				publicOrigin: 'http://x',
			});
		}
		await runScheduledWork(db);
		await runScheduledWork(db);
		const reminders = await db.query.outbox.findMany({
			where: eq(outbox.kind, 'registration-reminder'),
		});
		expect(reminders.map((m) => m.to)).toEqual([`deltakar-${soon.id}-x@example.no`]);

		// Two weeks after the first gathering the job has deleted its diets.
		await runScheduledWork(db, new Date(Date.now() + 17 * 86_400_000));
		const g = await db.query.gatherings.findFirst({
			where: eq(gatherings.id, soon.id),
			with: { registrations: { columns: { diet: true } } },
		});
		expect(g?.sensitiveDeletedAt).not.toBeNull();
		expect(g?.registrations.map((r) => r.diet)).toEqual([null]);
		const other = await db.query.gatherings.findFirst({
			where: eq(gatherings.id, later.id),
			with: { registrations: { columns: { diet: true } } },
		});
		expect(other?.registrations.map((r) => r.diet)).toEqual(['Glutenfri']);
	});
});

describe('background jobs across instances', () => {
	interface Instance {
		child: ChildProcess;
		exited: Promise<unknown>;
	}

	function startInstance(smtpPort: number): Instance {
		const child = spawn(process.execPath, ['tests/support/jobs-instance.ts'], {
			env: {
				...process.env,
				SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
				KVP_JOBS_LEASE_MS: '4000',
				LOG_LEVEL: 'warn',
			},
			stdio: ['ignore', 'ignore', 'inherit'],
		});
		return { child, exited: new Promise((r) => child.once('exit', r)) };
	}

	async function until(
		condition: () => boolean | Promise<boolean>,
		timeoutMs = 150_000,
	): Promise<void> {
		const end = Date.now() + timeoutMs;
		while (!(await condition())) {
			if (Date.now() > end) throw new Error(`timed out waiting for ${String(condition)}`);
			await new Promise((r) => setTimeout(r, 50));
		}
	}

	it(
		'run on one instance, are taken over when it is killed, and send every e-mail once',
		{ timeout: 400_000 },
		async () => {
			const db = await getDb();
			const smtp = await startRecordingSmtp();
			const { received, port: smtpPort } = smtp;
			const ours = () => received.filter((to) => /^(forste|andre)-/.test(to));
			const first = Array.from({ length: 20 }, (_, i) => `forste-${i}@example.no`);
			for (const to of first)
				await enqueueMail(db, { to, subject: 'Hei', text: 'Hei', kind: 'test' });

			const instances = [startInstance(smtpPort), startInstance(smtpPort)];
			// The lease holder's id starts with its process id.
			const leaderNow = async () => {
				const pid = Number((await leaseHolder(db, JOBS_LEASE))?.split('-')[0]);
				return instances.find((i) => i.child.pid === pid);
			};
			try {
				await until(async () => (await leaderNow()) !== undefined);
				await until(() => ours().length >= first.length);
				// The first messages are recorded as sent before the leader dies: a message it had
				// handed to the SMTP server but not yet marked is the known resend window, not what
				// this test is about.
				await until(
					async () =>
						(await db.query.outbox.findMany({ where: eq(outbox.status, 'pending') })).length === 0,
				);

				// The instance running the jobs dies; the other takes over once its lease has run out.
				const leader = (await leaderNow())!;
				const follower = instances.find((i) => i !== leader)!;
				leader.child.kill('SIGKILL');
				await leader.exited;
				const second = Array.from({ length: 10 }, (_, i) => `andre-${i}@example.no`);
				for (const to of second)
					await enqueueMail(db, { to, subject: 'Hei', text: 'Hei', kind: 'test' });
				await until(async () => (await leaderNow()) === follower);
				await until(() => ours().length >= first.length + second.length);
				await new Promise((r) => setTimeout(r, 300));
				// Every message arrived, and none twice.
				expect(ours().sort()).toEqual([...first, ...second].sort());
				const pending = await db.query.outbox.findMany({ where: eq(outbox.status, 'pending') });
				expect(pending).toEqual([]);
			} finally {
				for (const i of instances) i.child.kill('SIGKILL');
				await Promise.all(instances.map((i) => i.exited));
				await smtp.close();
			}
		},
	);
});
