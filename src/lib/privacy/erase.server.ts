import { and, eq, inArray, isNotNull, isNull, like } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import {
	coordinatorInvitations,
	exerciseGroups,
	exercises,
	groupAnswers,
	outbox,
	presentations,
	programmeItems,
	questions,
	questionVotes,
	registrations,
	surveyAnswers,
	surveyInvitations,
	surveyQuestions,
	surveys,
	users,
} from '#db/schema/index.ts';
import { clearAccount } from '#lib/auth/index.server.ts';
import { randomId } from '#lib/platform/tokens.ts';
import { scrubber } from './scrub.ts';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
type Scrub = (text: string) => string;

/**
 * Deletion that reaches every copy (issue 11 §3). When a gathering's retention period ends, the
 * people who registered for it disappear from every table that held them: the registration
 * itself, the outbox (address, name and personal links), questions asked with the name shown and
 * the names others wrote in questions and answers, votes cast from an account, survey
 * invitations (the response rate keeps its count), who sat in which group, presenters' addresses
 * and the file names of uploads. What is kept: counts by status, office, lunch and attendance.
 */
export async function eraseGatheringPeople(tx: Tx, gatheringId: string): Promise<number> {
	const people = await tx.query.registrations.findMany({
		where: eq(registrations.gatheringId, gatheringId),
	});
	const items = await tx.query.programmeItems.findMany({
		where: eq(programmeItems.gatheringId, gatheringId),
		columns: { presenterEmail: true },
	});
	const addresses = [
		...people.map((r) => r.email),
		...items.flatMap((i) => (i.presenterEmail ? [i.presenterEmail.toLowerCase()] : [])),
	];
	const scrub = scrubber([...people.map((r) => r.name), ...addresses]);
	for (const r of people) {
		await tx
			.update(registrations)
			.set({
				name: 'Anonymisert',
				email: `anonymisert-${r.id}`,
				userId: null,
				jobRole: '',
				diet: null,
				accessibility: null,
				manageSecretHash: null,
				anonymised: true,
			})
			.where(eq(registrations.id, r.id));
	}
	await tx
		.update(programmeItems)
		.set({ presenterEmail: null })
		.where(eq(programmeItems.gatheringId, gatheringId));
	await eraseQuestions(tx, gatheringId, scrub);
	await eraseExerciseTraces(tx, gatheringId, scrub);
	await eraseSurveyTraces(tx, gatheringId, scrub);
	await renameUploads(tx, gatheringId, scrub);
	await tx.delete(outbox).where(eq(outbox.gatheringId, gatheringId));
	await forgetAddresses(tx, addresses);
	return people.length;
}

async function eraseQuestions(tx: Tx, gatheringId: string, scrub: Scrub | null): Promise<void> {
	const rows = await tx.query.questions.findMany({ where: eq(questions.gatheringId, gatheringId) });
	for (const q of rows) {
		await tx
			.update(questions)
			.set({
				// A group's question carries the group's name, not a person's: it stays.
				askerName: q.groupId ? q.askerName : null,
				showName: false,
				askerUserId: null,
				...(scrub && {
					text: scrub(q.text),
					originalText: q.originalText && scrub(q.originalText),
					answer: q.answer && scrub(q.answer),
				}),
			})
			.where(eq(questions.id, q.id));
	}
	if (rows.length === 0) return;
	// A vote from an account would still lead to the person; it keeps counting under a random voter.
	const votes = await tx.query.questionVotes.findMany({
		where: and(
			inArray(
				questionVotes.questionId,
				rows.map((q) => q.id),
			),
			like(questionVotes.voter, 'u:%'),
		),
	});
	for (const v of votes) {
		await tx
			.update(questionVotes)
			.set({ voter: `x:${randomId()}` })
			.where(and(eq(questionVotes.questionId, v.questionId), eq(questionVotes.voter, v.voter)));
	}
}

async function eraseExerciseTraces(
	tx: Tx,
	gatheringId: string,
	scrub: Scrub | null,
): Promise<void> {
	await tx
		.update(exerciseGroups)
		.set({ members: '' })
		.where(eq(exerciseGroups.gatheringId, gatheringId));
	if (!scrub) return;
	const answers = await tx
		.select({ answer: groupAnswers })
		.from(groupAnswers)
		.innerJoin(exercises, eq(exercises.id, groupAnswers.exerciseId))
		.where(eq(exercises.gatheringId, gatheringId));
	for (const { answer: a } of answers) {
		await tx
			.update(groupAnswers)
			.set({
				summary: scrub(a.summary),
				examples: scrub(a.examples),
				priorityQuestions: a.priorityQuestions.map(scrub),
			})
			.where(eq(groupAnswers.id, a.id));
	}
}

async function eraseSurveyTraces(tx: Tx, gatheringId: string, scrub: Scrub | null): Promise<void> {
	const surveyIds = (
		await tx.select({ id: surveys.id }).from(surveys).where(eq(surveys.gatheringId, gatheringId))
	).map((s) => s.id);
	if (surveyIds.length === 0) return;
	// Who was asked goes; the rows stay so the response rate keeps its denominator.
	await tx
		.update(surveyInvitations)
		.set({ registrationId: null, secretHash: Buffer.alloc(0), reminderSecretHash: null })
		.where(inArray(surveyInvitations.surveyId, surveyIds));
	if (!scrub) return;
	const texts = await tx
		.select({
			responseId: surveyAnswers.responseId,
			questionId: surveyAnswers.questionId,
			item: surveyAnswers.item,
			valueText: surveyAnswers.valueText,
		})
		.from(surveyAnswers)
		.innerJoin(surveyQuestions, eq(surveyQuestions.id, surveyAnswers.questionId))
		.where(and(inArray(surveyQuestions.surveyId, surveyIds), isNotNull(surveyAnswers.valueText)));
	for (const t of texts) {
		const scrubbed = scrub(t.valueText ?? '');
		if (scrubbed === t.valueText) continue;
		await tx
			.update(surveyAnswers)
			.set({ valueText: scrubbed })
			.where(
				and(
					eq(surveyAnswers.responseId, t.responseId),
					eq(surveyAnswers.questionId, t.questionId),
					eq(surveyAnswers.item, t.item),
				),
			);
	}
}

/** An upload keeps its file and title (scrubbed); its original file name gives way to a neutral one. */
async function renameUploads(tx: Tx, gatheringId: string, scrub: Scrub | null): Promise<void> {
	const files = await tx.query.presentations.findMany({
		where: eq(presentations.gatheringId, gatheringId),
		columns: { id: true, title: true, filename: true },
	});
	for (const [i, f] of files.entries()) {
		const ext = /\.[a-z0-9]{1,5}$/i.exec(f.filename)?.[0] ?? '';
		await tx
			.update(presentations)
			.set({
				filename: `presentasjon-${i + 1}${ext.toLowerCase()}`,
				...(scrub && { title: scrub(f.title) }),
			})
			.where(eq(presentations.id, f.id));
	}
}

/**
 * Mail and login counters for addresses that no longer belong to anyone: no account and no
 * registration that is still kept. Rows about other gatherings were deleted with those.
 */
async function forgetAddresses(tx: Tx | Db, addresses: string[]): Promise<void> {
	const unique = [...new Set(addresses.map((a) => a.toLowerCase()))];
	if (unique.length === 0) return;
	const held = new Set([
		...(
			await tx.select({ email: users.email }).from(users).where(inArray(users.email, unique))
		).map((r) => r.email),
		...(
			await tx
				.select({ email: registrations.email })
				.from(registrations)
				.where(and(inArray(registrations.email, unique), eq(registrations.anonymised, false)))
		).map((r) => r.email),
	]);
	const gone = unique.filter((a) => !held.has(a));
	if (gone.length === 0) return;
	await tx.delete(outbox).where(inArray(outbox.to, gone));
	for (const address of gone) await clearAccount(tx, address);
}

/**
 * Deletes an account and what hangs on it: sessions, password resets, roles and self-study
 * progress (by the schema's cascades), the name on questions asked from it, the link from its
 * votes, account e-mail in the outbox and its login counter. Registrations made with the account
 * keep their own personal link and deletion date.
 */
export async function eraseAccount(db: Db, userId: string): Promise<boolean> {
	return db.transaction(async (tx) => {
		const user = await tx.query.users.findFirst({ where: eq(users.id, userId) });
		if (!user) return false;
		await tx
			.update(questions)
			.set({ askerName: null, showName: false, askerUserId: null })
			.where(and(eq(questions.askerUserId, userId), isNull(questions.groupId)));
		const votes = await tx.query.questionVotes.findMany({
			where: eq(questionVotes.voter, `u:${userId}`),
		});
		for (const v of votes) {
			await tx
				.update(questionVotes)
				.set({ voter: `x:${randomId()}` })
				.where(and(eq(questionVotes.questionId, v.questionId), eq(questionVotes.voter, v.voter)));
		}
		await tx.delete(outbox).where(and(eq(outbox.to, user.email), isNull(outbox.gatheringId)));
		// A pending coordinator invitation holds the address too (and would bring the account back).
		await tx.delete(coordinatorInvitations).where(eq(coordinatorInvitations.email, user.email));
		await tx.delete(users).where(eq(users.id, userId));
		await forgetAddresses(tx, [user.email]);
		await clearAccount(tx, user.email);
		return true;
	});
}
