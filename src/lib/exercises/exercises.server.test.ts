import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { getDb } from '#db/client.ts';
import { questions } from '#db/schema/index.ts';
import { createGathering } from '#tests/factories.ts';
import {
	addGroups,
	groupByCode,
	listGroups,
	plenumView,
	saveExercise,
	saveGroupAnswer,
	setExerciseStatus,
} from './exercises.server.ts';
import { onAnswer } from './plenum-bus.ts';
import { POLL_MS, subscribe, type PlenumPayload } from './plenum.server.ts';

const answer = (version: number, summary: string, question1 = '') => ({
	version,
	summary,
	examples: '',
	question1,
	question2: '',
});

describe('group exercises', () => {
	it('saves one answer per group, detects a concurrent edit, announces saves, and stops when closed', async () => {
		const db = await getDb();
		const { id } = await createGathering(db);
		const exerciseId = await saveExercise(db, id, {
			number: 1,
			title: 'Avbrot',
			task: '',
			questions: [],
			paragraphs: ['34'],
		});
		await addGroups(db, id, { lines: ['Gruppe A: NAV Voss', 'Gruppe B'], count: 0 });
		const [groupA] = await listGroups(db, id);
		expect(groupA).toMatchObject({ name: 'Gruppe A', members: 'NAV Voss' });
		expect(await groupByCode(db, groupA!.code)).toMatchObject({ id: groupA!.id });
		expect(await groupByCode(db, 'feil-kode')).toBeNull();

		expect(await saveGroupAnswer(db, groupA!, { exerciseId, ...answer(0, 'x') })).toEqual({
			ok: false,
			reason: 'closed',
		});
		await setExerciseStatus(db, id, exerciseId, 'open');
		const heard: number[] = [];
		const stop = onAnswer(exerciseId, (v) => heard.push(v));
		expect(
			await saveGroupAnswer(db, groupA!, {
				exerciseId,
				...answer(0, 'Første utkast', 'Kva med vernet?'),
			}),
		).toEqual({ ok: true, version: 1 });
		// Someone else in the group started from version 0 too: their save is refused, not lost silently.
		const conflict = await saveGroupAnswer(db, groupA!, {
			exerciseId,
			...answer(0, 'Anna utkast'),
		});
		expect(conflict).toMatchObject({
			ok: false,
			reason: 'conflict',
			current: { summary: 'Første utkast', version: 1 },
		});
		expect(
			await saveGroupAnswer(db, groupA!, {
				exerciseId,
				...answer(1, 'Andre utkast', 'Kva med vernet etter eitt år?'),
			}),
		).toEqual({ ok: true, version: 2 });
		stop();
		expect(heard).toEqual([1, 2]);

		const priority = await db.select().from(questions).where(eq(questions.groupId, groupA!.id));
		expect(priority.map((q) => [q.text, q.askerName, q.status])).toEqual([
			['Kva med vernet etter eitt år?', 'Gruppe A', 'approved'],
		]);
		const view = await plenumView(db, exerciseId);
		expect(view?.answers.map((a) => [a.group.name, a.answer?.summary ?? null])).toEqual([
			['Gruppe A', 'Andre utkast'],
			['Gruppe B', null],
		]);

		await setExerciseStatus(db, id, exerciseId, 'closed');
		expect(await saveGroupAnswer(db, groupA!, { exerciseId, ...answer(2, 'For seint') })).toEqual({
			ok: false,
			reason: 'closed',
		});
	});

	it('makes numbered groups with unique, hard-to-guess codes', async () => {
		const db = await getDb();
		const { id } = await createGathering(db);
		await addGroups(db, id, { lines: [], count: 12 });
		const groups = await listGroups(db, id);
		expect(groups.map((g) => g.name)).toEqual(
			Array.from({ length: 12 }, (_, i) => `Gruppe ${i + 1}`),
		);
		expect(new Set(groups.map((g) => g.code)).size).toBe(12);
		expect(groups.every((g) => /^[a-z2-9]{8}$/.test(g.code))).toBe(true);
	});
});

describe('plenum view on several instances', () => {
	it('shows an answer saved on another instance', { timeout: 120_000 }, async () => {
		const db = await getDb();
		const { id } = await createGathering(db);
		const exerciseId = await saveExercise(db, id, {
			number: 1,
			title: 'Avbrot',
			task: '',
			questions: [],
			paragraphs: [],
		});
		await addGroups(db, id, { lines: ['Gruppe A'], count: 0 });
		await setExerciseStatus(db, id, exerciseId, 'open');
		const [group] = await listGroups(db, id);
		const seen: PlenumPayload[] = [];
		const stop = await subscribe(db, exerciseId, (payload) => seen.push(payload));
		try {
			expect(seen.at(-1)?.groups.map((g) => g.summary)).toEqual(['']);
			const saved = await new Promise<string>((resolve) => {
				const child = spawn(
					process.execPath,
					[
						'tests/support/save-answer-instance.ts',
						group!.code,
						exerciseId,
						'Lagra på ein annan server',
					],
					{ env: process.env, stdio: ['ignore', 'pipe', 'inherit'] },
				);
				let out = '';
				child.stdout.on('data', (d: Buffer) => (out += d.toString()));
				child.on('exit', () => resolve(out.trim()));
			});
			expect(saved).toBe('{"ok":true,"version":1}');
			const until = Date.now() + 10_000;
			while (seen.at(-1)?.groups[0]?.summary !== 'Lagra på ein annan server' && Date.now() < until)
				await new Promise((r) => setTimeout(r, POLL_MS / 5));
			expect(seen.at(-1)?.groups.map((g) => g.summary)).toEqual(['Lagra på ein annan server']);
		} finally {
			stop();
		}
	});
});
