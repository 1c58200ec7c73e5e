/**
 * The questions rules, pure: who may ask and vote, what each person sees and in which order, what a
 * coordinator's decision changes, which merges are allowed, and the presenter's dossier.
 * questions.server.ts reads and writes; it decides nothing of this itself.
 */
import type { questions } from '#db/schema/index.ts';

export type QuestionRow = typeof questions.$inferSelect;

export type Question = QuestionRow & {
	votes: number;
	votedByMe: boolean;
	groupName?: string | null;
};

/**
 * Who is asking or voting: a registration (by personal link or by the account's address) or an
 * account. The gatherings feature finds it (participantIn); questions only use it.
 */
export interface Asker {
	registrationId: string | null;
	userId: string | null;
	name: string;
	/** Only registered participants may vote. */
	voter: string | null;
}

/** Questions are taken until the gathering's question deadline, or its end when it has none. */
export function askingOpen(g: { deadline: Date | null; endsAt: Date }, now: Date): boolean {
	return now <= (g.deadline ?? g.endsAt);
}

/** Votes go to approved questions only. */
export function votable(q: Pick<QuestionRow, 'status'>): boolean {
	return q.status === 'approved';
}

/** Whether the question was asked by this person (by their registration or their account). */
export function askedBy(
	q: Pick<QuestionRow, 'askerRegistrationId' | 'askerUserId'>,
	asker: Asker | null | undefined,
): boolean {
	return Boolean(
		asker &&
		((asker.registrationId && q.askerRegistrationId === asker.registrationId) ||
			(asker.userId && q.askerUserId === asker.userId)),
	);
}

/** Coordinators see every question; participants the approved ones and their own not merged away. */
export function visibleTo(
	q: Pick<QuestionRow, 'status' | 'askerRegistrationId' | 'askerUserId'>,
	viewer: { moderator: boolean; asker?: Asker | null },
): boolean {
	return (
		viewer.moderator ||
		q.status === 'approved' ||
		(askedBy(q, viewer.asker) && q.status !== 'merged')
	);
}

/**
 * In vote order (most votes first, the earlier question first on a tie) or, by `time`, as asked.
 * The list comes in the order the questions were asked.
 */
export function ordered<T extends { votes: number; createdAt: Date }>(
	list: T[],
	sort: 'votes' | 'time' | undefined,
): T[] {
	if (sort === 'time') return list;
	return list.sort((a, b) => b.votes - a.votes || a.createdAt.getTime() - b.createdAt.getTime());
}

/** A duplicate is merged into another question of the gathering that is not itself merged away. */
export function mergeAllowed(
	q: Pick<QuestionRow, 'id'>,
	target: Pick<QuestionRow, 'id' | 'status'> | undefined,
): boolean {
	return Boolean(target && target.id !== q.id && target.status !== 'merged');
}

export type Moderation =
	| { kind: 'approve' | 'hide' | 'publish' | 'unpublish' }
	| { kind: 'merge'; into: string }
	| { kind: 'edit'; text: string }
	| { kind: 'assign'; programmeItemId: string | null }
	| { kind: 'answer'; answer: string };

export type QuestionChange = Partial<
	Pick<
		QuestionRow,
		'status' | 'text' | 'originalText' | 'editedAt' | 'answer' | 'answeredAt' | 'publishedAt'
	>
>;

/**
 * What a coordinator's decision changes on the question; null when it is refused (publishing a
 * question that has no answer). An edit keeps the asker's original text; answering a pending
 * question approves it. (Assigning and merging also need the database: questions.server.ts.)
 */
export function moderationChange(
	q: Pick<QuestionRow, 'status' | 'text' | 'originalText' | 'answer'>,
	action: Exclude<Moderation, { kind: 'merge' | 'assign' }>,
	now: Date,
): QuestionChange | null {
	switch (action.kind) {
		case 'approve':
			return { status: 'approved' };
		case 'hide':
			return { status: 'hidden' };
		case 'edit':
			return { text: action.text, originalText: q.originalText ?? q.text, editedAt: now };
		case 'answer':
			return {
				answer: action.answer || null,
				answeredAt: action.answer ? now : null,
				status: q.status === 'pending' ? 'approved' : q.status,
			};
		case 'publish':
			return q.answer ? { publishedAt: now } : null;
		case 'unpublish':
			return { publishedAt: null };
	}
}

/** For each programme item (in the given order), its approved questions; items without any left out. */
export function dossierEntries<I extends { id: string }, Q extends Question>(
	items: I[],
	list: Q[],
): { item: I; questions: Q[] }[] {
	const approved = list.filter((q) => q.status === 'approved');
	return items
		.map((item) => ({ item, questions: approved.filter((q) => q.programmeItemId === item.id) }))
		.filter((entry) => entry.questions.length > 0);
}
