import { describe, expect, it } from 'vitest';
import { numbersView } from './access.ts';

const offices = ['nav-larvik', 'nav-horten'];
const person = (
	extra: Partial<{ isAdmin: boolean; coordinatorOf: string[]; officeId: string | null }> = {},
) => ({ id: 'u', isAdmin: false, coordinatorOf: [], officeId: null, ...extra });

describe('who sees the participant numbers', () => {
	it.each([
		[
			'the network\u2019s coordinator sees everything',
			person({ coordinatorOf: ['vt'] }),
			false,
			{ kind: 'coordinator' },
		],
		['an admin sees everything', person({ isAdmin: true }), false, { kind: 'coordinator' }],
		[
			'staff at an office see their own office and the totals',
			person({ officeId: 'nav-larvik' }),
			false,
			{ kind: 'office', officeId: 'nav-larvik' },
		],
		[
			'staff of another network see nothing',
			person({ officeId: 'nav-bergen' }),
			false,
			{ kind: 'none' },
		],
		[
			'a coordinator of another network sees nothing',
			person({ coordinatorOf: ['vestland'] }),
			false,
			{ kind: 'none' },
		],
		['the anonymous see nothing', null, false, { kind: 'none' }],
		['the anonymous see the totals once published', null, true, { kind: 'totals' }],
		[
			'staff of another network see the totals once published',
			person({ officeId: 'nav-bergen' }),
			true,
			{ kind: 'totals' },
		],
	] as const)('%s', (_, user, published, expected) => {
		expect(numbersView(user, 'vt', offices, published)).toEqual(expected);
	});
});
