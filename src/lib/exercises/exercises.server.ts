import { and, asc, eq, max, sql } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import {
	exerciseGroups,
	exercises,
	groupAnswers,
	programmeItems,
	questions,
} from '#db/schema/index.ts';
import { randomId } from '#lib/platform/tokens.ts';
import { announceAnswer } from './plenum-bus.ts';

export type Exercise = typeof exercises.$inferSelect;
export type ExerciseGroup = typeof exerciseGroups.$inferSelect;
export type GroupAnswer = typeof groupAnswers.$inferSelect;

export async function listExercises(db: Db, gatheringId: string): Promise<Exercise[]> {
	return db
		.select()
		.from(exercises)
		.where(eq(exercises.gatheringId, gatheringId))
		.orderBy(asc(exercises.number));
}

export async function getExercise(db: Db, id: string): Promise<Exercise | undefined> {
	return (await db.select().from(exercises).where(eq(exercises.id, id)))[0];
}

export async function saveExercise(
	db: Db,
	gatheringId: string,
	input: {
		exerciseId?: string | null | undefined;
		number: number;
		title: string;
		task: string;
		questions: string[];
		paragraphs: string[];
		programmeItemId?: string | null | undefined;
	},
	now = new Date(),
): Promise<string> {
	let programmeItemId: string | null = null;
	if (input.programmeItemId) {
		const [item] = await db
			.select({ id: programmeItems.id })
			.from(programmeItems)
			.where(
				and(
					eq(programmeItems.id, input.programmeItemId),
					eq(programmeItems.gatheringId, gatheringId),
				),
			);
		programmeItemId = item?.id ?? null;
	}
	const values = {
		number: input.number,
		title: input.title,
		task: input.task,
		questions: input.questions,
		paragraphs: input.paragraphs,
		programmeItemId,
	};
	if (input.exerciseId) {
		await db
			.update(exercises)
			.set(values)
			.where(and(eq(exercises.id, input.exerciseId), eq(exercises.gatheringId, gatheringId)));
		return input.exerciseId;
	}
	const id = randomId();
	await db
		.insert(exercises)
		.values({ id, gatheringId, ...values, status: 'draft', createdAt: now });
	return id;
}

export async function setExerciseStatus(
	db: Db,
	gatheringId: string,
	exerciseId: string,
	status: 'open' | 'closed',
): Promise<void> {
	await db
		.update(exercises)
		.set({ status })
		.where(and(eq(exercises.id, exerciseId), eq(exercises.gatheringId, gatheringId)));
}

/** A short code that is hard to guess (40 bits) and easy to type from the screen. */
function groupCode(): string {
	const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
	const bytes = new Uint8Array(8);
	crypto.getRandomValues(bytes);
	return [...bytes].map((b) => alphabet[b % alphabet.length]).join('');
}

export async function listGroups(db: Db, gatheringId: string): Promise<ExerciseGroup[]> {
	return db
		.select()
		.from(exerciseGroups)
		.where(eq(exerciseGroups.gatheringId, gatheringId))
		.orderBy(asc(exerciseGroups.createdAt), asc(exerciseGroups.name));
}

/** Adds groups: one per line ("Gruppe 1: NAV Voss, NAV Kinn"), or `count` numbered groups. */
export async function addGroups(
	db: Db,
	gatheringId: string,
	input: { lines: string[]; count: number },
	now = new Date(),
): Promise<number> {
	const existing = await listGroups(db, gatheringId);
	const wanted =
		input.lines.length > 0
			? input.lines.map((line) => {
					const [name, ...members] = line.split(':');
					return { name: (name ?? line).trim(), members: members.join(':').trim() };
				})
			: Array.from({ length: input.count }, (_, i) => ({
					name: `Gruppe ${existing.length + i + 1}`,
					members: '',
				}));
	for (const [i, g] of wanted.entries()) {
		await db.insert(exerciseGroups).values({
			id: randomId(),
			gatheringId,
			name: g.name.slice(0, 80),
			code: groupCode(),
			members: g.members.slice(0, 500),
			createdAt: new Date(now.getTime() + i),
		});
	}
	return wanted.length;
}

/** The group a short code belongs to; null for a forged or mistyped code. */
export async function groupByCode(db: Db, code: string): Promise<ExerciseGroup | null> {
	if (!/^[a-z0-9]{4,20}$/.test(code)) return null;
	return (await db.select().from(exerciseGroups).where(eq(exerciseGroups.code, code)))[0] ?? null;
}

export async function answerOf(
	db: Db,
	exerciseId: string,
	groupId: string,
): Promise<GroupAnswer | undefined> {
	return (
		await db
			.select()
			.from(groupAnswers)
			.where(and(eq(groupAnswers.exerciseId, exerciseId), eq(groupAnswers.groupId, groupId)))
	)[0];
}

export type SaveAnswerResult =
	| { ok: true; version: number }
	| { ok: false; reason: 'not-found' | 'closed' }
	| { ok: false; reason: 'conflict'; current: GroupAnswer };

/**
 * Saves a group's answer. Anyone in the group may edit until the exercise closes; when someone
 * else saved since this person started, nothing is overwritten: the caller gets the current answer
 * and keeps what they typed. The group's prioritised questions join the gathering's question list.
 */
export async function saveGroupAnswer(
	db: Db,
	group: ExerciseGroup,
	input: {
		exerciseId: string;
		version: number;
		summary: string;
		examples: string;
		question1: string;
		question2: string;
	},
	now = new Date(),
): Promise<SaveAnswerResult> {
	const exercise = await getExercise(db, input.exerciseId);
	if (!exercise || exercise.gatheringId !== group.gatheringId)
		return { ok: false, reason: 'not-found' };
	if (exercise.status !== 'open') return { ok: false, reason: 'closed' };
	const priority = [input.question1, input.question2].filter(Boolean);
	const result = await db.transaction(async (tx): Promise<SaveAnswerResult> => {
		const [current] = await tx
			.select()
			.from(groupAnswers)
			.where(and(eq(groupAnswers.exerciseId, exercise.id), eq(groupAnswers.groupId, group.id)));
		const currentVersion = current?.version ?? 0;
		if (current && input.version !== currentVersion)
			return { ok: false, reason: 'conflict', current };
		const version = currentVersion + 1;
		const values = {
			summary: input.summary,
			examples: input.examples,
			priorityQuestions: priority,
			version,
			updatedAt: now,
		};
		if (current) await tx.update(groupAnswers).set(values).where(eq(groupAnswers.id, current.id));
		else
			await tx
				.insert(groupAnswers)
				.values({ id: randomId(), exerciseId: exercise.id, groupId: group.id, ...values });
		// The group's questions, replaced on every save; they are approved, coming from the room.
		await tx
			.delete(questions)
			.where(
				and(
					eq(questions.groupId, group.id),
					eq(questions.exerciseId, exercise.id),
					eq(questions.status, 'approved'),
				),
			);
		for (const text of priority) {
			await tx.insert(questions).values({
				id: randomId(),
				gatheringId: group.gatheringId,
				programmeItemId: exercise.programmeItemId,
				paragraph: exercise.paragraphs[0] ?? null,
				text,
				askerName: group.name,
				showName: true,
				groupId: group.id,
				exerciseId: exercise.id,
				status: 'approved',
				createdAt: now,
				updatedAt: now,
			});
		}
		return { ok: true, version };
	});
	if (result.ok) announceAnswer(exercise.id, result.version);
	return result;
}

export interface PlenumView {
	exercise: Exercise;
	answers: { group: ExerciseGroup; answer: GroupAnswer | null }[];
	/** Changes whenever any group saves; views compare it to know when to redraw. */
	stamp: string;
}

/** Every group's answer to an exercise, side by side, for the projector. */
export async function plenumView(db: Db, exerciseId: string): Promise<PlenumView | null> {
	const exercise = await getExercise(db, exerciseId);
	if (!exercise) return null;
	const groups = await listGroups(db, exercise.gatheringId);
	const answers = await db
		.select()
		.from(groupAnswers)
		.where(eq(groupAnswers.exerciseId, exercise.id));
	const byGroup = new Map(answers.map((a) => [a.groupId, a]));
	const [latest] = await db
		.select({ at: max(groupAnswers.updatedAt) })
		.from(groupAnswers)
		.where(eq(groupAnswers.exerciseId, exercise.id));
	return {
		exercise,
		answers: groups.map((group) => ({ group, answer: byGroup.get(group.id) ?? null })),
		stamp: stampOf(
			exercise.status,
			answers.reduce((n, a) => n + a.version, 0),
			latest?.at ?? null,
		),
	};
}

function stampOf(status: Exercise['status'], versions: number, latest: Date | null): string {
	return `${status}:${versions}:${latest?.getTime() ?? 0}`;
}

/**
 * The stamp plenumView would give, from one small query: it changes whenever the exercise opens or
 * closes or any group saves. Instances poll it to see saves made on another instance.
 */
export async function plenumStamp(db: Db, exerciseId: string): Promise<string | null> {
	const [row] = await db
		.select({
			status: exercises.status,
			versions: sql<number>`coalesce(sum(${groupAnswers.version}), 0)`,
			latest: max(groupAnswers.updatedAt),
		})
		.from(exercises)
		.leftJoin(groupAnswers, eq(groupAnswers.exerciseId, exercises.id))
		.where(eq(exercises.id, exerciseId))
		.groupBy(exercises.id);
	return row ? stampOf(row.status, Number(row.versions), row.latest) : null;
}
