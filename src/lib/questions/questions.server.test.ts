import { describe, expect, it } from 'vitest';
import { getDb } from '#db/client.ts';
import { createGathering, createUser, registrationInput } from '#tests/factories.ts';
import { registrationSchema } from '#lib/gatherings/gatherings.schema.ts';
import { participantIn, register } from '#lib/gatherings/registrations.server.ts';
import { askSchema } from './questions.schema.ts';
import {
	ask,
	listQuestions,
	moderate,
	publishedAnswers,
	unvote,
	vote,
} from './questions.server.ts';

async function registered(gatheringId: string, n: string) {
	const db = await getDb();
	const r = await register(db, registrationSchema.parse(registrationInput(gatheringId, n)), {
		publicOrigin: 'http://x',
	});
	return (r as { token: string }).token;
}

describe('questions', () => {
	it('lets a registered person ask and vote once; others see only approved questions', async () => {
		const db = await getDb();
		const { id } = await createGathering(db);
		const a = (await participantIn(db, id, await registered(id, 'a'), null))!;
		const b = (await participantIn(db, id, await registered(id, 'b'), null))!;
		const asked = await ask(db, id, a, {
			text: 'Kva med læretid?',
			paragraph: '30',
			showName: false,
		});
		expect(asked.ok).toBe(true);
		const qid = (asked as { id: string }).id;
		expect(await listQuestions(db, id, { moderator: false, asker: b })).toEqual([]);
		expect(
			(await listQuestions(db, id, { moderator: false, asker: a })).map((q) => q.status),
		).toEqual(['pending']);
		expect(await vote(db, id, qid, b)).toEqual({ ok: false, reason: 'not-found' });
		await moderate(db, id, qid, { kind: 'approve' });
		expect(await vote(db, id, qid, b)).toEqual({ ok: true });
		expect(await vote(db, id, qid, b)).toEqual({ ok: false, reason: 'already-voted' });
		const [seen] = await listQuestions(db, id, { moderator: false, asker: b });
		expect(seen).toMatchObject({ votes: 1, votedByMe: true, askerName: null });
		// The vote can be taken back, once, and cast again.
		expect(await unvote(db, id, qid, b)).toBe(true);
		expect(await unvote(db, id, qid, b)).toBe(false);
		expect((await listQuestions(db, id, { moderator: false, asker: b }))[0]).toMatchObject({
			votes: 0,
			votedByMe: false,
		});
		expect(await vote(db, id, qid, b)).toEqual({ ok: true });
	});

	it('refuses voting without a registration, and asking after the deadline', async () => {
		const db = await getDb();
		const { id } = await createGathering(db);
		const user = await createUser(db);
		const outsider = (await participantIn(db, id, null, {
			id: user.id,
			email: user.email,
			name: 'X',
			organisation: '',
			officeId: null,
			isAdmin: false,
			coordinatorOf: [],
		}))!;
		expect(outsider.voter).toBeNull();
		const q = await ask(db, id, outsider, { text: 'Spørsmål', showName: true });
		await moderate(db, id, (q as { id: string }).id, { kind: 'approve' });
		expect(await vote(db, id, (q as { id: string }).id, outsider)).toEqual({
			ok: false,
			reason: 'not-registered',
		});
		expect(await participantIn(db, id, 'forfalska.token', null)).toBeNull();
		const late = new Date(Date.now() + 60 * 86_400_000);
		expect(await ask(db, id, outsider, { text: 'For seint', showName: false }, late)).toEqual({
			ok: false,
			reason: 'deadline-passed',
		});
	});

	it('merges a duplicate, moving its votes; keeps the original text on edit; publishes answers by paragraph', async () => {
		const db = await getDb();
		const { id } = await createGathering(db);
		const a = (await participantIn(db, id, await registered(id, 'm1'), null))!;
		const b = (await participantIn(db, id, await registered(id, 'm2'), null))!;
		const c = (await participantIn(db, id, await registered(id, 'm3'), null))!;
		const q1 = (
			(await ask(db, id, a, {
				text: 'Kor ofte kan ein få KVP?',
				paragraph: '29',
				showName: false,
			})) as { id: string }
		).id;
		const q2 = (
			(await ask(db, id, a, {
				text: 'Kan ein få KVP fleire gonger?',
				paragraph: '29',
				showName: false,
			})) as { id: string }
		).id;
		await moderate(db, id, q1, { kind: 'approve' });
		await moderate(db, id, q2, { kind: 'approve' });
		await vote(db, id, q1, b);
		await vote(db, id, q2, b);
		await vote(db, id, q2, c);
		expect(await moderate(db, id, q2, { kind: 'merge', into: q2 })).toEqual({
			ok: false,
			reason: 'bad-merge',
		});
		expect(await moderate(db, id, q2, { kind: 'merge', into: q1 })).toEqual({ ok: true });
		const list = await listQuestions(db, id, { moderator: false, asker: a });
		expect(list.map((q) => [q.text, q.votes])).toEqual([['Kor ofte kan ein få KVP?', 2]]);
		await moderate(db, id, q1, { kind: 'edit', text: 'Kor mange gonger kan ein person få KVP?' });
		expect((await listQuestions(db, id, { moderator: true }))[0]).toMatchObject({
			originalText: 'Kor ofte kan ein få KVP?',
		});
		expect(await moderate(db, id, q1, { kind: 'publish' })).toEqual({
			ok: false,
			reason: 'not-found',
		});
		await moderate(db, id, q1, { kind: 'answer', answer: 'Så lenge vilkåra i § 29 er oppfylte.' });
		await moderate(db, id, q1, { kind: 'publish' });
		expect((await publishedAnswers(db, { paragraph: '29' })).map((q) => q.text)).toContain(
			'Kor mange gonger kan ein person få KVP?',
		);
	});

	it('refuses a question with a fødselsnummer or phone number before anything is saved', () => {
		const parse = (text: string) =>
			askSchema.safeParse({ gatheringId: 'g', text }).error?.issues[0]?.message;
		expect(parse('Ring 912 34 567')).toBe('error.confidential.phone');
		expect(parse('')).toBe('error.question.required');
		expect(
			askSchema.safeParse({ gatheringId: 'g', text: 'x'.repeat(1001) }).error?.issues[0],
		).toMatchObject({ message: 'error.text.tooLongBy', params: { max: 1000, n: 1001 } });
	});
});
