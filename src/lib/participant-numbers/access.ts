/**
 * Who sees which participant numbers (issue 15). Coordinators of the network (and admins) see
 * and edit everything; a signed-in member of staff at one of its offices sees that office and the
 * network's totals; anyone else sees the totals only when the coordinator has published them.
 */
import { canCoordinate, type Principal } from '#lib/auth/index.ts';

export type NumbersView =
	| { kind: 'coordinator' }
	| { kind: 'office'; officeId: string }
	| { kind: 'totals' }
	| { kind: 'none' };

export function numbersView(
	user: (Principal & { officeId: string | null }) | null | undefined,
	networkId: string,
	officeIds: string[],
	published: boolean,
): NumbersView {
	if (user && canCoordinate(user, networkId)) return { kind: 'coordinator' };
	if (user?.officeId && officeIds.includes(user.officeId))
		return { kind: 'office', officeId: user.officeId };
	return published ? { kind: 'totals' } : { kind: 'none' };
}
