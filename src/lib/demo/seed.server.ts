/**
 * The demo data (fictional people only): networks, offices and accounts, gatherings with
 * registrations, exercises and questions, surveys built from the platform's own templates, and
 * participant numbers. `scripts/seed.ts` runs it (`npm run db:seed`, `npm run dev`) and
 * `scripts/prepare-db.ts` seeds an empty database when the server starts.
 */
import { hash } from '@node-rs/argon2';
import { count } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { withLease } from '#db/lease.ts';
import {
	contextFigures,
	exerciseGroups,
	exercises,
	expectedLevels,
	gatherings,
	groupAnswers,
	networkCoordinators,
	networks,
	offices,
	participantCounts,
	programmeItems,
	questions,
	questionVotes,
	registrations,
	users,
	type FigureQuality,
} from '#db/schema/index.ts';
import { osloInstant as oslo } from '#lib/platform/time.ts';
import {
	SEED_ANSWERED,
	SEED_ANSWERS,
	SEED_EXERCISES,
	SEED_GROUPS,
	SEED_OPEN_QUESTIONS,
} from './exercises.ts';
import { fictionalPerson, SEED_GATHERINGS, type SeedGathering } from './gatherings.ts';
import { DEMO_ACCOUNTS, SEED_NETWORKS } from './networks.ts';
import {
	SEED_002_AUG_2019,
	SEED_002_DEC_2018,
	SEED_004_LEVEL,
	SEED_004_MONTHS,
	SEED_CONTEXT,
} from './participant-numbers.ts';
import { seedSurveys } from './surveys.server.ts';

/** Demo passwords are public in the README; hash them cheaply but with the same algorithm. */
const DEMO_HASH_OPTIONS = {
	memoryCost: 19_456,
	timeCost: 2,
	parallelism: 1,
	algorithm: 2,
} as const;

export class SeedRefusedError extends Error {}

/** True when the database has no networks and no users: npm start seeds only then. */
export async function isEmpty(db: Db): Promise<boolean> {
	const [n] = await db.select({ n: count() }).from(networks);
	const [u] = await db.select({ n: count() }).from(users);
	return (n?.n ?? 0) === 0 && (u?.n ?? 0) === 0;
}

/**
 * Seeds demo data into an empty database, once even when several instances start together on one
 * libSQL server: each decides under the "demo-seed" lease, so the first seeds and the others then
 * find the database no longer empty. True when this process seeded.
 */
export async function seedIfEmpty(db: Db, env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
	const done = await withLease(
		db,
		'demo-seed',
		async () => {
			if (!(await isEmpty(db))) return false;
			await seedDemoData(db, env);
			return true;
		},
		{ ttlMs: 60_000, waitMs: 120_000 },
	);
	return done?.result ?? false;
}

/**
 * Inserts the demo networks, offices and accounts. Idempotent: what exists is left as it is.
 * Refused in production so demo passwords never reach a real installation.
 */
export async function seedDemoData(
	db: Db,
	env: NodeJS.ProcessEnv = process.env,
	now = new Date(),
): Promise<void> {
	if (env.NODE_ENV === 'production') {
		throw new SeedRefusedError('Demo data is never seeded when NODE_ENV=production.');
	}
	for (const network of SEED_NETWORKS) {
		await db
			.insert(networks)
			.values({ id: network.id, name: network.name, organiser: network.organiser, createdAt: now })
			.onConflictDoNothing();
		for (const office of network.offices) {
			await db
				.insert(offices)
				.values({ ...office, networkId: network.id })
				.onConflictDoNothing();
		}
	}
	for (const account of DEMO_ACCOUNTS) {
		const existing = await db.query.users.findFirst({
			where: (u, { eq }) => eq(u.email, account.email),
		});
		const id = existing?.id ?? `demo-${account.email.split('@')[0]!.replace(/[^a-z]/g, '-')}`;
		if (!existing) {
			await db.insert(users).values({
				id,
				email: account.email,
				name: account.name,
				organisation: account.organisation,
				officeId: account.officeId,
				passwordHash: await hash(account.password, DEMO_HASH_OPTIONS),
				isAdmin: account.isAdmin,
				createdAt: now,
			});
		}
		for (const networkId of account.coordinatorOf) {
			await db
				.insert(networkCoordinators)
				.values({ userId: id, networkId, grantedBy: null, grantedAt: now })
				.onConflictDoNothing();
		}
	}
	await seedGatherings(db, now);
	await seedQuestionsAndExercises(db, now);
	await seedSurveys(db, now);
	await seedParticipantNumbers(db, now);
}

const DAY = 86_400_000;

function dateOf(g: SeedGathering, now: Date): string {
	if (typeof g.date === 'string') return g.date;
	return new Date(now.getTime() + g.date.inDays * DAY).toISOString().slice(0, 10);
}

/** The demo gatherings with programmes and fictional registrations (idempotent by id). */
async function seedGatherings(db: Db, now = new Date()): Promise<void> {
	const vestland = SEED_NETWORKS.find((n) => n.id === 'vestland')!;
	for (const g of SEED_GATHERINGS) {
		if (await db.query.gatherings.findFirst({ where: (t, { eq }) => eq(t.id, g.id) })) continue;
		const date = dateOf(g, now);
		const startsAt = oslo(date, g.start);
		const upcoming = startsAt > now;
		await db.transaction(async (tx) => {
			await tx.insert(gatherings).values({
				id: g.id,
				networkId: 'vestland',
				title: g.title,
				description: g.description,
				// The Vestland network writes in nynorsk; bokmål pages show it with a notice.
				language: 'nn',
				goals: g.goals,
				date,
				startsAt,
				endsAt: oslo(date, g.end),
				venueName: g.venue.name,
				venueAddress: g.venue.address,
				venueTown: g.venue.town,
				capacity: g.capacity,
				registrationOpensAt: upcoming
					? new Date(now.getTime() - 7 * DAY)
					: new Date(startsAt.getTime() - 42 * DAY),
				registrationClosesAt: new Date(startsAt.getTime() - (upcoming ? 2 : 7) * DAY),
				lunchServed: g.lunch,
				reminderDays: 3,
				status: 'published',
				reminderSentAt: upcoming ? null : startsAt,
				createdAt: now,
				updatedAt: now,
			});
			await tx.insert(programmeItems).values(
				g.programme.map((item, i) => ({
					id: `${g.id}-p${i + 1}`,
					gatheringId: g.id,
					startTime: item.start,
					endTime: item.end,
					title: item.title,
					kind: item.kind,
					presenterRole: item.role ?? '',
					presenterOrganisation: item.org ?? '',
					description: item.description ?? '',
				})),
			);
			// One insert for all, so the transaction stays short on a libSQL server (it ends one held too long).
			const rows = Array.from(
				{ length: g.registrations },
				(_, n): typeof registrations.$inferInsert => {
					const person = fictionalPerson(n + g.id.length);
					const office = vestland.offices[n % vestland.offices.length]!;
					const created = new Date(startsAt.getTime() - (20 - (n % 15)) * DAY);
					return {
						id: `${g.id}-r${n + 1}`,
						seq: n + 1,
						gatheringId: g.id,
						status: 'confirmed',
						email: `${person.name.toLowerCase().replace(/[^a-zæøå]+/g, '.')}.${n + 1}@example.no`,
						name: person.name,
						organisation: office.name,
						officeId: office.id,
						jobRole: person.role,
						lunch: n % 7 !== 0,
						diet: n % 9 === 0 ? 'Glutenfri' : n % 11 === 0 ? 'Vegetar' : null,
						accessibility: n % 17 === 0 ? 'Teleslynge' : null,
						language: n % 3 === 0 ? 'nb' : 'nn',
						manageSecretHash: null,
						consentedAt: created,
						createdAt: created,
						updatedAt: created,
						attendedAt: n < g.attended ? startsAt : null,
					};
				},
			);
			if (rows.length > 0) await tx.insert(registrations).values(rows);
		});
	}
}

/** Exercises, group answers and answered questions for 19.09.2019; open questions for the spring. */
async function seedQuestionsAndExercises(db: Db, now = new Date()): Promise<void> {
	const past = 'samling-2019-09-19';
	if (await db.query.exercises.findFirst({ where: (t, { eq }) => eq(t.gatheringId, past) })) return;
	const day = new Date('2019-09-19T11:00:00Z');
	// Rows are gathered first and written with a few inserts, so the transaction stays short on a
	// libSQL server (which ends a transaction held open too long).
	const spring = 'samling-vest-var';
	const voters = await db.query.registrations.findMany({
		where: (r, { eq }) => eq(r.gatheringId, spring),
		columns: { id: true, name: true },
	});
	const groupIds = SEED_GROUPS.map((_, i) => `${past}-g${i + 1}`);
	const exerciseRows: (typeof exercises.$inferInsert)[] = [];
	const answerRows: (typeof groupAnswers.$inferInsert)[] = [];
	const questionRows: (typeof questions.$inferInsert)[] = [];
	const voteRows: (typeof questionVotes.$inferInsert)[] = [];
	for (const e of SEED_EXERCISES) {
		const exerciseId = `${past}-e${e.number}`;
		exerciseRows.push({
			id: exerciseId,
			gatheringId: past,
			programmeItemId: `${past}-p7`,
			number: e.number,
			title: e.title,
			task: e.task,
			questions: [...e.questions],
			paragraphs: [...e.paragraphs],
			status: 'closed',
			createdAt: day,
		});
		for (const [group, summary, examples, priority] of SEED_ANSWERS[e.number] ?? []) {
			answerRows.push({
				id: `${exerciseId}-a${group + 1}`,
				exerciseId,
				groupId: groupIds[group]!,
				summary,
				examples,
				priorityQuestions: priority,
				version: 1,
				updatedAt: day,
			});
			for (const [i, text] of priority.entries()) {
				questionRows.push({
					id: `${exerciseId}-q${group + 1}-${i + 1}`,
					gatheringId: past,
					programmeItemId: `${past}-p9`,
					paragraph: e.paragraphs[0] ?? null,
					text,
					askerName: SEED_GROUPS[group],
					showName: true,
					groupId: groupIds[group],
					exerciseId,
					status: 'approved',
					createdAt: day,
					updatedAt: day,
				});
			}
		}
	}
	for (const [i, q] of SEED_ANSWERED.entries()) {
		questionRows.push({
			id: `${past}-answered-${i + 1}`,
			gatheringId: past,
			programmeItemId: `${past}-p4`,
			paragraph: q.paragraph,
			text: q.text,
			showName: false,
			status: 'approved',
			answer: q.answer,
			answeredAt: day,
			publishedAt: new Date('2019-09-25T10:00:00Z'),
			createdAt: new Date('2019-09-10T10:00:00Z'),
			updatedAt: day,
		});
	}
	for (const [i, q] of SEED_OPEN_QUESTIONS.entries()) {
		const id = `${spring}-q${i + 1}`;
		const asker = voters[i];
		questionRows.push({
			id,
			gatheringId: spring,
			programmeItemId: `${spring}-p2`,
			paragraph: q.paragraph,
			text: q.text,
			askerRegistrationId: asker?.id ?? null,
			askerName: q.showName ? (asker?.name ?? null) : null,
			showName: q.showName,
			status: 'approved',
			createdAt: now,
			updatedAt: now,
		});
		voteRows.push(
			...voters
				.slice(5, 5 + q.votes)
				.map((v) => ({ questionId: id, voter: `r:${v.id}`, createdAt: now })),
		);
	}
	await db.transaction(async (tx) => {
		await tx.insert(exerciseGroups).values(
			SEED_GROUPS.map((name, i) => ({
				id: groupIds[i]!,
				gatheringId: past,
				name,
				code: `demo2019g${i + 1}`,
				members: '',
				createdAt: day,
			})),
		);
		if (exerciseRows.length > 0) await tx.insert(exercises).values(exerciseRows);
		if (answerRows.length > 0) await tx.insert(groupAnswers).values(answerRows);
		if (questionRows.length > 0) await tx.insert(questions).values(questionRows);
		if (voteRows.length > 0) await tx.insert(questionVotes).values(voteRows);
	});
}

/** Seed 002's two dates, seed 004's expected level with a year of figures, and the context figures (idempotent). */
async function seedParticipantNumbers(db: Db, now = new Date()): Promise<void> {
	const quality = (note: string): FigureQuality =>
		note === ''
			? 'reported'
			: note.startsWith('anslag')
				? 'estimate'
				: note.endsWith('-tall')
					? 'other-month'
					: 'uncertain';
	const rows = [
		...[
			['2018-12', SEED_002_DEC_2018],
			['2019-08', SEED_002_AUG_2019],
		].flatMap(([month, list]) =>
			(list as typeof SEED_002_DEC_2018).map(([officeId, total, under25, over25, note = '']) => ({
				officeId,
				month: month as string,
				total,
				under25,
				over25,
				note,
				quality: quality(note),
			})),
		),
		...SEED_004_MONTHS.map(([month, total, under25, over25]) => ({
			officeId: SEED_004_LEVEL.officeId,
			month,
			total,
			under25,
			over25,
			note: '',
			quality: quality(''),
		})),
	];
	await db.transaction(async (tx) => {
		await tx
			.insert(participantCounts)
			.values(rows.map((r) => ({ ...r, updatedAt: now })))
			.onConflictDoNothing();
		await tx
			.insert(expectedLevels)
			.values({ ...SEED_004_LEVEL, updatedAt: now })
			.onConflictDoNothing();
		await tx
			.insert(contextFigures)
			.values(SEED_CONTEXT.map((c) => ({ ...c, createdAt: now })))
			.onConflictDoNothing();
	});
}
