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
		for (const [key, times] of this.hits) if (times.every((t) => now - t >= this.windowMs)) this.hits.delete(key);
	}
}

/** Questions, votes and group answers: 20 a minute from one address. */
export const submissions = new RateLimiter(20, 60_000);
