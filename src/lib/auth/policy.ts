/** Who may do what: pure rules, used by the guards and by navigation. */

export interface Principal {
	id: string;
	isAdmin: boolean;
	coordinatorOf: string[];
}

export type Need =
	| { kind: 'user' }
	| { kind: 'admin' }
	/** Coordinator of the given network, or of any network when none is given. Admins pass. */
	| { kind: 'coordinator'; networkId?: string };

export type Decision = 'allow' | 'unauthenticated' | 'forbidden';

export function decide(user: Principal | null | undefined, need: Need): Decision {
	if (!user) return 'unauthenticated';
	switch (need.kind) {
		case 'user':
			return 'allow';
		case 'admin':
			return user.isAdmin ? 'allow' : 'forbidden';
		case 'coordinator':
			return canCoordinate(user, need.networkId) ? 'allow' : 'forbidden';
	}
}

export function canCoordinate(user: Principal | null | undefined, networkId?: string): boolean {
	if (!user) return false;
	if (user.isAdmin) return true;
	return networkId === undefined
		? user.coordinatorOf.length > 0
		: user.coordinatorOf.includes(networkId);
}

/** The networks a user may administer: all for admins (given the full list), else their own. */
export function coordinatedNetworks(user: Principal, allNetworkIds: string[]): string[] {
	return user.isAdmin
		? allNetworkIds
		: allNetworkIds.filter((id) => user.coordinatorOf.includes(id));
}
