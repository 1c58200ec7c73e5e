import { eq } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { sessions } from '#db/schema/index.ts';
import { loadUser } from './accounts.server.ts';
import { decide, type Need } from './policy.ts';
import { sessionExpiry } from './session.server.ts';

/**
 * Whether a session that was valid when a long response began (the plenum's event stream) still
 * is, and its user still meets the need: false once they logged out (or were logged out), the
 * session expired, or the role was taken away.
 */
export async function sessionStillGrants(
	db: Db,
	sessionId: string,
	need: Need,
	now = new Date(),
): Promise<boolean> {
	const row = await db.query.sessions.findFirst({ where: eq(sessions.id, sessionId) });
	if (!row || now.getTime() >= sessionExpiry(row).getTime()) return false;
	return decide(await loadUser(db, row.userId), need) === 'allow';
}
