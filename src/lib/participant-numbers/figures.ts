/**
 * Participant numbers per office against the expected level: pure functions over aggregate
 * counts (issue 15). A month without a figure is missing (null), never zero.
 */
import type { FigureQuality } from '#db/schema/participant-numbers.ts';
import { TIME_ZONE } from '#i18n/format.ts';

export type { FigureQuality };

/** One office's count at the end of one month. */
export interface MonthFigure {
	officeId: string;
	/** "YYYY-MM" */
	month: string;
	total: number;
	under25: number | null;
	over25: number | null;
	quality: FigureQuality;
	note: string;
}

export interface ExpectedLevel {
	level: number;
	tolerancePercent: number;
	asOf: string;
	source: string;
}

export type BandPosition = 'below' | 'within' | 'above';

/** The band around the expected level: level ± tolerance, e.g. 7.8 ± 30 % = 5.46–10.14. */
export function bandOf(level: Pick<ExpectedLevel, 'level' | 'tolerancePercent'>): {
	low: number;
	high: number;
} {
	const spread = (level.level * level.tolerancePercent) / 100;
	return { low: round2(level.level - spread), high: round2(level.level + spread) };
}

/** Where a month's total lies against the band; both ends are within. */
export function classify(
	total: number,
	level: Pick<ExpectedLevel, 'level' | 'tolerancePercent'>,
): BandPosition {
	const { low, high } = bandOf(level);
	if (total < low) return 'below';
	if (total > high) return 'above';
	return 'within';
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const round1 = (n: number) => Math.round(n * 10) / 10;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(value: string): boolean {
	return MONTH.test(value);
}

/** The month `n` months after `month` (n may be negative). */
export function addMonths(month: string, n: number): string {
	const [y, m] = month.split('-').map(Number) as [number, number];
	const index = y * 12 + (m - 1) + n;
	return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The `count` months ending with `last`, oldest first. */
export function monthsEnding(last: string, count: number): string[] {
	return Array.from({ length: count }, (_, i) => addMonths(last, i - count + 1));
}

const OSLO_MONTH = new Intl.DateTimeFormat('en-CA', {
	timeZone: TIME_ZONE,
	year: 'numeric',
	month: '2-digit',
});

/** The current month in Norway, "YYYY-MM". */
export function currentMonth(now: Date): string {
	const parts = OSLO_MONTH.formatToParts(now);
	return `${parts.find((p) => p.type === 'year')!.value}-${parts.find((p) => p.type === 'month')!.value}`;
}

/** Share aged 24 or younger of those whose age group is known, in per cent with one decimal (seed 002: 52 of 313 = 16,6 %). */
export function shareUnder25(under25: number | null, over25: number | null): number | null {
	if (under25 === null || over25 === null || under25 + over25 === 0) return null;
	return round1((under25 / (under25 + over25)) * 100);
}

/** The totals per month, null where the office did not report. */
function series(figures: MonthFigure[], months: string[]): (number | null)[] {
	const byMonth = new Map(figures.map((f) => [f.month, f.total]));
	return months.map((m) => byMonth.get(m) ?? null);
}

export type TrendDirection = 'rising' | 'falling' | 'flat';

/**
 * The trend over the months shown: the least-squares slope in participants a month through the
 * months with a figure. Fewer than three figures give no trend. A change of less than one
 * participant over the whole period counts as flat.
 */
export function trend(
	values: (number | null)[],
): { slope: number; direction: TrendDirection } | null {
	const points = values.flatMap((v, x) => (v === null ? [] : [{ x, y: v }]));
	if (points.length < 3) return null;
	const mx = points.reduce((s, p) => s + p.x, 0) / points.length;
	const my = points.reduce((s, p) => s + p.y, 0) / points.length;
	const sxx = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
	const slope = points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0) / sxx;
	const change = slope * (values.length - 1);
	return {
		slope: round2(slope),
		direction: Math.abs(change) < 1 ? 'flat' : change > 0 ? 'rising' : 'falling',
	};
}

export interface NetworkMonth {
	month: string;
	/** Offices with a figure for the month. */
	reported: number;
	/** Offices without one: shown as missing, not counted as zero. */
	missing: number;
	total: number;
	under25: number;
	over25: number;
	share: number | null;
	/** Figures that are estimates, uncertain or from another month. */
	marked: number;
}

/** The network's sum for one month over the offices that reported (seed 002: 360 on 31.12.2018). */
export function networkMonth(
	month: string,
	officeIds: string[],
	figures: MonthFigure[],
): NetworkMonth {
	const ids = new Set(officeIds);
	const rows = figures.filter((f) => f.month === month && ids.has(f.officeId));
	const split = rows.filter((f) => f.under25 !== null && f.over25 !== null);
	const under25 = split.reduce((s, f) => s + f.under25!, 0);
	const over25 = split.reduce((s, f) => s + f.over25!, 0);
	return {
		month,
		reported: rows.length,
		missing: ids.size - rows.length,
		total: rows.reduce((s, f) => s + f.total, 0),
		under25,
		over25,
		share: shareUnder25(under25, over25),
		marked: rows.filter((f) => f.quality !== 'reported').length,
	};
}

export interface OfficeRow {
	officeId: string;
	name: string;
	latest: MonthFigure | null;
	/** The latest month with a figure is older than the month shown. */
	stale: boolean;
	level: ExpectedLevel | null;
	position: BandPosition | null;
	band: { low: number; high: number } | null;
	values: (number | null)[];
	trend: ReturnType<typeof trend>;
	share: number | null;
}

/** One table row per office for the 12 months ending with `last`. */
export function officeRows(
	offices: { id: string; name: string }[],
	figures: MonthFigure[],
	levels: Map<string, ExpectedLevel>,
	last: string,
	span = 12,
): OfficeRow[] {
	const months = monthsEnding(last, span);
	const byOffice = Map.groupBy(figures, (f) => f.officeId);
	return offices.map((o) => {
		const own = (byOffice.get(o.id) ?? [])
			.filter((f) => f.month <= last)
			.sort((a, b) => a.month.localeCompare(b.month));
		const latest = own.at(-1) ?? null;
		const level = levels.get(o.id) ?? null;
		const values = series(own, months);
		return {
			officeId: o.id,
			name: o.name,
			latest,
			stale: latest !== null && latest.month !== last,
			level,
			position: latest && level ? classify(latest.total, level) : null,
			band: level ? bandOf(level) : null,
			values,
			trend: trend(values),
			share: latest ? shareUnder25(latest.under25, latest.over25) : null,
		};
	});
}

/** The latest month any office in the list reported, or null when none did. */
function latestMonth(figures: MonthFigure[]): string | null {
	return figures.reduce<string | null>(
		(max, f) => (max === null || f.month > max ? f.month : max),
		null,
	);
}

export interface NetworkView {
	/** The month shown, or null when there are no figures. */
	month: string | null;
	/** The 12 months ending with it. */
	months: string[];
	rows: OfficeRow[];
	series: NetworkMonth[];
	current: NetworkMonth | null;
}

/** The network's table and charts for the 12 months ending with `month` (default: the latest with figures). */
export function networkView(
	data: {
		offices: { id: string; name: string }[];
		figures: MonthFigure[];
		levels: Map<string, ExpectedLevel>;
	},
	month?: string | null,
): NetworkView {
	const shown = month && isMonth(month) ? month : latestMonth(data.figures);
	if (!shown) return { month: null, months: [], rows: [], series: [], current: null };
	const months = monthsEnding(shown, 12);
	const ids = data.offices.map((o) => o.id);
	const inSpan = data.figures.filter((f) => f.month >= months[0]! && f.month <= shown);
	const series = months.map((m) => networkMonth(m, ids, inSpan));
	return {
		month: shown,
		months,
		rows: officeRows(data.offices, data.figures, data.levels, shown),
		series,
		current: series.at(-1)!,
	};
}
