import { describe, expect, it } from 'vitest';
import {
	askedBy,
	askingOpen,
	dossierEntries,
	mergeAllowed,
	moderationChange,
	ordered,
	visibleTo,
	votable,
	type Asker,
	type Question,
} from './questions.ts';

const now = new Date('2026-03-10T12:00:00Z');
const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

const question = (over: Partial<Question> = {}): Question => ({
	id: 'q',
	gatheringId: 'g',
	programmeItemId: null,
	paragraph: null,
	text: 'Kva med læretid?',
	originalText: null,
	editedAt: null,
	askerRegistrationId: 'r-a',
	askerUserId: null,
	askerName: null,
	showName: false,
	groupId: null,
	exerciseId: null,
	status: 'approved',
	mergedInto: null,
	answer: null,
	answeredAt: null,
	publishedAt: null,
	createdAt: now,
	updatedAt: now,
	votes: 0,
	votedByMe: false,
	...over,
});

const byLink: Asker = { registrationId: 'r-a', userId: null, name: 'A', voter: 'r:r-a' };
const byAccount: Asker = { registrationId: null, userId: 'u-a', name: 'A', voter: null };
const other: Asker = { registrationId: 'r-b', userId: 'u-b', name: 'B', voter: 'r:r-b' };

describe('asking and voting', () => {
	it.each([
		['before the deadline', { deadline: at(10), endsAt: at(60) }, true],
		['at the deadline', { deadline: now, endsAt: at(60) }, true],
		['after the deadline, before the end', { deadline: at(-1), endsAt: at(60) }, false],
		['with no deadline, until the end', { deadline: null, endsAt: at(1) }, true],
		['with no deadline, after the end', { deadline: null, endsAt: at(-1) }, false],
	])('asking is open %s: %s', (_name, g, expected) => {
		expect(askingOpen(g, now)).toBe(expected);
	});

	it.each([
		['approved', true],
		['pending', false],
		['hidden', false],
		['merged', false],
	] as const)('a vote on a %s question counts: %s', (status, expected) => {
		expect(votable(question({ status }))).toBe(expected);
	});
});

describe('who sees what', () => {
	it.each([
		['the asker, by personal link', question({ status: 'pending' }), byLink, true],
		[
			'the asker, by account',
			question({ status: 'hidden', askerRegistrationId: null, askerUserId: 'u-a' }),
			byAccount,
			true,
		],
		['someone else', question({ status: 'pending' }), other, false],
		['nobody identified', question({ status: 'pending' }), null, false],
	])('a question is asked by %s: %s', (_name, q, asker, expected) => {
		expect(askedBy(q, asker)).toBe(expected);
	});

	it.each([
		['an approved question to everyone', question(), { moderator: false, asker: null }, true],
		[
			'a pending one to another participant',
			question({ status: 'pending' }),
			{ moderator: false, asker: other },
			false,
		],
		[
			'a pending one to its asker',
			question({ status: 'pending' }),
			{ moderator: false, asker: byLink },
			true,
		],
		[
			'a hidden one to its asker',
			question({ status: 'hidden' }),
			{ moderator: false, asker: byLink },
			true,
		],
		[
			'a merged one not even to its asker',
			question({ status: 'merged' }),
			{ moderator: false, asker: byLink },
			false,
		],
		['a merged one to the coordinator', question({ status: 'merged' }), { moderator: true }, true],
	])('shows %s: %s', (_name, q, viewer, expected) => {
		expect(visibleTo(q, viewer)).toBe(expected);
	});

	it('puts the most voted first, the earlier first on a tie; by time keeps the order asked', () => {
		const asked = [
			question({ id: '1', votes: 1, createdAt: at(1) }),
			question({ id: '2', votes: 3, createdAt: at(2) }),
			question({ id: '3', votes: 1, createdAt: at(0) }),
		];
		expect(ordered([...asked], 'votes').map((q) => q.id)).toEqual(['2', '3', '1']);
		expect(ordered([...asked], undefined).map((q) => q.id)).toEqual(['2', '3', '1']);
		expect(ordered([...asked], 'time').map((q) => q.id)).toEqual(['1', '2', '3']);
	});
});

describe('moderation', () => {
	it.each([
		['into another question', question({ id: 'b' }), true],
		['into itself', question({ id: 'a' }), false],
		['into one merged away', question({ id: 'b', status: 'merged' }), false],
		['into a question that is not there', undefined, false],
	])('merges %s: %s', (_name, target, expected) => {
		expect(mergeAllowed({ id: 'a' }, target)).toBe(expected);
	});

	it.each([
		['approve', question({ status: 'pending' }), { kind: 'approve' }, { status: 'approved' }],
		['hide', question(), { kind: 'hide' }, { status: 'hidden' }],
		[
			'a first edit, keeping the asker’s text',
			question({ text: 'Opphavleg' }),
			{ kind: 'edit', text: 'Retta' },
			{ text: 'Retta', originalText: 'Opphavleg', editedAt: now },
		],
		[
			'a second edit, still keeping the asker’s text',
			question({ text: 'Retta', originalText: 'Opphavleg' }),
			{ kind: 'edit', text: 'Retta igjen' },
			{ text: 'Retta igjen', originalText: 'Opphavleg', editedAt: now },
		],
		[
			'an answer to a pending question, which approves it',
			question({ status: 'pending' }),
			{ kind: 'answer', answer: 'Ja.' },
			{ answer: 'Ja.', answeredAt: now, status: 'approved' },
		],
		[
			'an empty answer, which removes it and keeps the state',
			question({ status: 'hidden', answer: 'Ja.' }),
			{ kind: 'answer', answer: '' },
			{ answer: null, answeredAt: null, status: 'hidden' },
		],
		[
			'publishing an answered question',
			question({ answer: 'Ja.' }),
			{ kind: 'publish' },
			{ publishedAt: now },
		],
		['publishing a question with no answer (refused)', question(), { kind: 'publish' }, null],
		['unpublishing', question({ publishedAt: now }), { kind: 'unpublish' }, { publishedAt: null }],
	] as const)('%s', (_name, q, action, expected) => {
		expect(moderationChange(q, action, now)).toEqual(expected);
	});
});

describe('the presenter’s dossier', () => {
	it('gives each item its approved questions in the given order and leaves out items without any', () => {
		const items = [{ id: 'i1' }, { id: 'i2' }, { id: 'i3' }];
		const list = [
			question({ id: 'a', programmeItemId: 'i2', votes: 5 }),
			question({ id: 'b', programmeItemId: 'i1', status: 'pending' }),
			question({ id: 'c', programmeItemId: 'i2', votes: 2 }),
			question({ id: 'd', programmeItemId: null }),
			question({ id: 'e', programmeItemId: 'i3', status: 'hidden' }),
		];
		expect(
			dossierEntries(items, list).map((e) => [e.item.id, e.questions.map((q) => q.id)]),
		).toEqual([['i2', ['a', 'c']]]);
	});
});
