/**
 * Limits bursts of submissions from one source (an address, a group link) in this process: at
 * most `limit` within `windowMs`. In-memory on purpose: it protects one instance from a flood;
 * it is not an accounting system.
 */
export class RateLimiter {
	private readonly hits = new Map<string, number[]>();

	constructor(
		private readonly limit: number,
		private readonly windowMs: number,
	) {}

	/** Records a hit; returns 0 when allowed, else the seconds until the next one is. */
	take(key: string, now = Date.now()): number {
		const recent = (this.hits.get(key) ?? []).filter((t) => now - t < this.windowMs);
		if (recent.length >= this.limit) {
			this.hits.set(key, recent);
			return Math.ceil((this.windowMs - (now - (recent[0] as number))) / 1000);
		}
		recent.push(now);
		this.hits.set(key, recent);
		if (this.hits.size > 10_000) this.prune(now);
		return 0;
	}

	private prune(now: number): void {
		for (const [key, times] of this.hits)
			if (times.every((t) => now - t >= this.windowMs)) this.hits.delete(key);
	}
}

/**
 * The client's address, in one place (today Astro's `clientAddress`; the proxy-aware version
 * replaces the body of this function).
 */
export function clientAddressOf(ctx: { clientAddress: string }): string {
	return ctx.clientAddress;
}

/**
 * Who sends a question, vote or group answer. Limits are keyed on what identifies the participant
 * (personal link, account, group code), so 50 colleagues behind one venue NAT never share a limit;
 * only requests that identify nobody are counted per address.
 */
export type Submitter =
	| { kind: 'registration'; id: string }
	| { kind: 'user'; id: string }
	| { kind: 'group'; code: string }
	| { kind: 'unidentified'; address: string };

/** Per participant: 20 a minute, far above anyone typing; per group link (shared by a table): 60. */
const perParticipant = new RateLimiter(20, 60_000);
const perGroup = new RateLimiter(60, 60_000);
/** Requests that name no participant (a wrong or missing link): 30 a minute per address. */
const perUnidentifiedAddress = new RateLimiter(30, 60_000);

/** Records a submission; 0 when allowed, else the seconds to wait. */
export function takeSubmission(who: Submitter, now = Date.now()): number {
	switch (who.kind) {
		case 'registration':
			return perParticipant.take(`r:${who.id}`, now);
		case 'user':
			return perParticipant.take(`u:${who.id}`, now);
		case 'group':
			return perGroup.take(`g:${who.code}`, now);
		case 'unidentified':
			return perUnidentifiedAddress.take(`a:${who.address}`, now);
	}
}

/**
 * Registrations, which need no account: at most 6 a minute from one address for one gathering and
 * 30 a minute from one address in all (a script taking every seat with fake names gets a handful),
 * and 120 a minute for one gathering from everyone (a popular gathering's opening rush fits).
 * KVP_REGISTRATION_LIMITS=off lifts them for load tests that send everything from one address.
 */
const registrationsPerAddressAndGathering = new RateLimiter(6, 60_000);
const registrationsPerAddress = new RateLimiter(30, 60_000);
const registrationsPerGathering = new RateLimiter(120, 60_000);

/** Records a registration attempt; 0 when allowed, else the seconds to wait. */
export function takeRegistration(address: string, gatheringId: string, now = Date.now()): number {
	if (process.env.KVP_REGISTRATION_LIMITS === 'off') return 0;
	return (
		registrationsPerAddressAndGathering.take(`${address}|${gatheringId}`, now) ||
		registrationsPerAddress.take(address, now) ||
		registrationsPerGathering.take(gatheringId, now)
	);
}

/**
 * Requests that send e-mail to an address typed in by anyone (password reset, sign-up): 60 per
 * 15 minutes from one address, so a room signing up together fits. Per-recipient limits are the
 * feature's own (accounts.server.ts): at most 3 such mails an hour to one address.
 */
const mailRequestsPerAddress = new RateLimiter(60, 15 * 60_000);

/** Records a request that sends e-mail; 0 when allowed, else the seconds to wait. */
export function takeMailRequest(address: string, now = Date.now()): number {
	return mailRequestsPerAddress.take(address, now);
}
