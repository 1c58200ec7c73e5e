/**
 * What other features may do when people register: hooks that the registration code names and
 * runs, and that other features subscribe to in one place (src/app/wiring.server.ts). A feature
 * that reacts to a registration imports this, never the other way round.
 *
 * A hook runs inside the registration batch's write transaction, after the registrations are
 * inserted and before their confirmations are queued: what it writes commits or rolls back with
 * them, and what it returns goes into the confirmation e-mails, which stay the gatherings' text.
 */
import type { Db } from '#db/client.ts';
import { withParagraph } from './emails.ts';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** New registrations of one gathering, written in one transaction. */
export interface Registered {
	/** The registration's write transaction: write with it, so the work commits with them. */
	tx: Db | Tx;
	gatheringId: string;
	registrants: { registrationId: string; language: 'nb' | 'nn' }[];
	publicOrigin: string;
	now: Date;
}

/**
 * A subscriber: may write in the transaction and returns, by registration id, a paragraph for
 * that registrant's confirmation e-mail (none for the others).
 */
export type OnRegistered = (event: Registered) => Promise<Map<string, string>>;

const onRegistered = new Set<OnRegistered>();

export const registrationHooks = {
	/** Subscribes to new registrations; returns the function that unsubscribes. */
	onRegistered(hook: OnRegistered): () => void {
		onRegistered.add(hook);
		return () => void onRegistered.delete(hook);
	},
};

/**
 * Runs every onRegistered hook for registrations just inserted in `tx`, and puts the paragraphs
 * they return into each registrant's confirmation, before its signature. Registrants without a
 * mail are left out. Returns how many paragraphs went in.
 */
export async function runRegisteredHooks(
	tx: Db | Tx,
	gatheringId: string,
	recipients: {
		registrationId: string;
		language: 'nb' | 'nn';
		mail: { text: string } | undefined;
	}[],
	publicOrigin: string,
	now = new Date(),
): Promise<number> {
	const mails = new Map<string, { text: string }>();
	for (const r of recipients) if (r.mail) mails.set(r.registrationId, r.mail);
	if (mails.size === 0) return 0;
	const registrants = recipients
		.filter((r) => r.mail)
		.map(({ registrationId, language }) => ({ registrationId, language }));
	let added = 0;
	for (const hook of onRegistered) {
		const paragraphs = await hook({ tx, gatheringId, registrants, publicOrigin, now });
		for (const [registrationId, paragraph] of paragraphs) {
			const mail = mails.get(registrationId);
			if (!mail) continue;
			mail.text = withParagraph(mail.text, paragraph);
			added++;
		}
	}
	return added;
}
