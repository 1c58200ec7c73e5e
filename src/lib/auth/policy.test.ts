import { describe, expect, it } from 'vitest';
import { decide, type Need, type Principal } from './policy.ts';

const roles: Record<string, Principal | null> = {
	anonymous: null,
	participant: { id: 'p', isAdmin: false, coordinatorOf: [] },
	'coordinator of another network': {
		id: 'o',
		isAdmin: false,
		coordinatorOf: ['vestfold-og-telemark'],
	},
	coordinator: { id: 'c', isAdmin: false, coordinatorOf: ['vestland'] },
	admin: { id: 'a', isAdmin: true, coordinatorOf: [] },
};

const needs: [string, Need, Record<keyof typeof roles, string>][] = [
	[
		'any signed-in user',
		{ kind: 'user' },
		{
			anonymous: 'unauthenticated',
			participant: 'allow',
			'coordinator of another network': 'allow',
			coordinator: 'allow',
			admin: 'allow',
		},
	],
	[
		'a coordinator of any network',
		{ kind: 'coordinator' },
		{
			anonymous: 'unauthenticated',
			participant: 'forbidden',
			'coordinator of another network': 'allow',
			coordinator: 'allow',
			admin: 'allow',
		},
	],
	[
		'the Vestland coordinator',
		{ kind: 'coordinator', networkId: 'vestland' },
		{
			anonymous: 'unauthenticated',
			participant: 'forbidden',
			'coordinator of another network': 'forbidden',
			coordinator: 'allow',
			admin: 'allow',
		},
	],
	[
		'an admin',
		{ kind: 'admin' },
		{
			anonymous: 'unauthenticated',
			participant: 'forbidden',
			'coordinator of another network': 'forbidden',
			coordinator: 'forbidden',
			admin: 'allow',
		},
	],
];

describe.each(needs)('access that needs %s', (_name, need, expected) => {
	it.each(Object.keys(roles))('%s', (role) => {
		expect(decide(roles[role], need)).toBe(expected[role]);
	});
});
