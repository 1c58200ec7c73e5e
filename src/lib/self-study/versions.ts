/** Dates and versions of the rules, for the paragraph pages' version switch. Pure. */
import { TIME_ZONE } from '#i18n/format.ts';

/** Anything that holds for a date range; `validTo` null while it still holds. */
export type Dated = { validFrom: string; validTo: string | null };

/** Today's date in Norway, 'YYYY-MM-DD'. */
export function todayInNorway(now: Date = new Date()): string {
	return new Intl.DateTimeFormat('en-CA', {
		timeZone: TIME_ZONE,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
	}).format(now);
}

/** Whether the item holds on `day` ('YYYY-MM-DD'; string comparison is date order). */
export function holdsOn(item: Dated, day: string): boolean {
	return item.validFrom <= day && (item.validTo === null || day <= item.validTo);
}

/**
 * The version a paragraph page shows by default: the one in force on `day`, or (for a rule no
 * longer in force, such as the 2020 temporary regulation) the latest. `versions` are oldest first.
 */
export function defaultVersion<V extends Dated>(
	versions: readonly V[],
	day: string,
): { version: V; inForce: boolean } {
	const current = versions.find((version) => holdsOn(version, day));
	if (current) return { version: current, inForce: true };
	const latest = versions.at(-1);
	if (latest === undefined) throw new Error('An entry has at least one version.');
	return { version: latest, inForce: false };
}

/** The points that hold for a version (key points name the versions they hold for). */
export function pointsFor<P extends { versions: readonly string[] }>(
	points: readonly P[],
	versionId: string,
): P[] {
	return points.filter((point) => point.versions.includes(versionId));
}

/** '2019-01-01' as Norwegians write it short: '1.1.2019' (the same in bokmål and nynorsk). */
export function shortDate(iso: string): string {
	const [year, month, day] = iso.split('-');
	return `${Number(day)}.${Number(month)}.${year}`;
}
