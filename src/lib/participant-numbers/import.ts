/**
 * Rows of a figures file (or of the grid) checked before anything is saved. Pure: the cells come
 * in as text, the offices and the current month as arguments. Either every row is good and the
 * result holds them all, or the result holds one error per bad cell, naming row and column.
 */
import { currentMonth, isMonth, type FigureQuality, type MonthFigure } from './figures.ts';

/** The columns of the template, in order. Headers are matched case-insensitively, also by alias. */
export const COLUMNS = ['office', 'month', 'total', 'under25', 'over25', 'note'] as const;
export type Column = (typeof COLUMNS)[number];

/** The template's header in both languages; any of these names is accepted for the column. */
export const HEADER: Record<'nb' | 'nn', Record<Column, string>> = {
	nb: {
		office: 'Kontor',
		month: 'Måned',
		total: 'Totalt',
		under25: '24 år eller yngre',
		over25: '25 år eller eldre',
		note: 'Merknad',
	},
	nn: {
		office: 'Kontor',
		month: 'Månad',
		total: 'Totalt',
		under25: '24 år eller yngre',
		over25: '25 år eller eldre',
		note: 'Merknad',
	},
};
const ALIASES: Record<Column, string[]> = {
	office: ['kontor', 'nav-kontor', 'office'],
	month: ['måned', 'månad', 'maned', 'manad', 'month', 'dato'],
	total: ['totalt', 'total', 'deltakere', 'deltakarar', 'i alt'],
	under25: ['24 år eller yngre', 'under 25', 'under25', 'under_25', 'u25'],
	over25: ['25 år eller eldre', '25 og over', '25 og eldre', 'over25', '25+'],
	note: ['merknad', 'note', 'kommentar'],
};

/** At most this many rows in one file: 60 offices × 10 years. */
const MAX_ROWS = 7200;

export type ImportErrorKey =
	| 'empty'
	| 'tooManyRows'
	| 'missingColumn'
	| 'unknownOffice'
	| 'badMonth'
	| 'futureMonth'
	| 'required'
	| 'notInteger'
	| 'negative'
	| 'splitHalf'
	| 'sumMismatch'
	| 'duplicate';

export interface ImportError {
	/** The row in the file, counting the header as row 1; 0 for the file as a whole. */
	row: number;
	column: Column | null;
	key: ImportErrorKey;
	params?: Record<string, string | number>;
}

export interface OfficeRef {
	id: string;
	name: string;
}

export type ImportResult =
	{ ok: true; figures: MonthFigure[] } | { ok: false; errors: ImportError[] };

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** Which column each header cell is; an error for each required column that is missing. */
function mapHeader(header: string[]): { index: Map<Column, number>; errors: ImportError[] } {
	const index = new Map<Column, number>();
	header.forEach((cell, i) => {
		const name = norm(cell);
		const column = COLUMNS.find((c) => ALIASES[c].includes(name));
		if (column && !index.has(column)) index.set(column, i);
	});
	const errors = (['office', 'month', 'total'] as const)
		.filter((c) => !index.has(c))
		.map((c): ImportError => ({ row: 1, column: c, key: 'missingColumn' }));
	return { index, errors };
}

/** "NAV Larvik", "Larvik" and "nav-larvik" all name the office NAV Larvik. */
function officeMatcher(offices: OfficeRef[]): (cell: string) => OfficeRef | undefined {
	const byName = new Map<string, OfficeRef>();
	for (const o of offices) {
		byName.set(norm(o.id), o);
		byName.set(norm(o.name), o);
		byName.set(norm(o.name.replace(/^nav\s+/i, '')), o);
	}
	return (cell) => byName.get(norm(cell)) ?? byName.get(norm(cell.replace(/\s*\(.*\)$/, '')));
}

/** "2019-08", "2019-08-31", "08.2019", "31.08.2019" and "8/2019" are all August 2019. */
export function parseMonth(cell: string): string | null {
	const s = cell.trim();
	let m = /^(\d{4})-(\d{1,2})(?:-\d{1,2})?(?:T.*)?$/.exec(s);
	if (m) return toMonth(m[1]!, m[2]!);
	m = /^(?:\d{1,2}\.)?(\d{1,2})[./](\d{4})$/.exec(s);
	if (m) return toMonth(m[2]!, m[1]!);
	return null;
}

function toMonth(year: string, month: string): string | null {
	const value = `${year}-${month.padStart(2, '0')}`;
	return isMonth(value) ? value : null;
}

type Count = { value: number | null; error?: ImportErrorKey };

/** A count: a whole number, 0 or more; blank is null. "1 234" and "12,0" are read as numbers. */
function parseCount(cell: string): Count {
	const s = cell
		.trim()
		.replace(/[\s\u00a0]/g, '')
		.replace(',', '.');
	if (s === '') return { value: null };
	if (!/^-?\d+(\.\d+)?$/.test(s)) return { value: null, error: 'notInteger' };
	const n = Number(s);
	if (n < 0) return { value: null, error: 'negative' };
	if (!Number.isInteger(n)) return { value: null, error: 'notInteger' };
	return { value: n };
}

/** The months' names, the same in bokmål and nynorsk. */
export const MONTH_NAMES = [
	'januar',
	'februar',
	'mars',
	'april',
	'mai',
	'juni',
	'juli',
	'august',
	'september',
	'oktober',
	'november',
	'desember',
];

/** The source's mark: "anslag" is an estimate, "?" uncertain, "juni-tal" a figure from another month. */
export function parseNote(cell: string): { quality: FigureQuality; note: string } {
	const note = cell.trim().slice(0, 200);
	const n = note.toLowerCase();
	if (n === '') return { quality: 'reported', note: '' };
	if (n.startsWith('anslag') || n.startsWith('estimat')) return { quality: 'estimate', note };
	const month = /^([a-zæøå]+)[- ]?tal+$/.exec(n);
	if (month && MONTH_NAMES.includes(month[1]!)) return { quality: 'other-month', note };
	return { quality: 'uncertain', note };
}

/** Checks every row; `rows[0]` is the header. */
export function validateRows(rows: string[][], offices: OfficeRef[], now: Date): ImportResult {
	const body = rows
		.slice(1)
		.map((r, i) => ({ cells: r, row: i + 2 }))
		.filter(({ cells }) => cells.some((c) => c.trim() !== ''));
	if (rows.length === 0 || body.length === 0)
		return { ok: false, errors: [{ row: 0, column: null, key: 'empty' }] };
	if (body.length > MAX_ROWS)
		return {
			ok: false,
			errors: [{ row: 0, column: null, key: 'tooManyRows', params: { max: MAX_ROWS } }],
		};
	const { index, errors } = mapHeader(rows[0]!);
	if (errors.length > 0) return { ok: false, errors };
	const matchOffice = officeMatcher(offices);
	const thisMonth = currentMonth(now);
	const seen = new Map<string, number>();
	const figures: MonthFigure[] = [];
	for (const { cells, row } of body) {
		const cell = (c: Column) => (index.has(c) ? (cells[index.get(c)!] ?? '') : '');
		const err = (column: Column, key: ImportErrorKey, params?: Record<string, string | number>) =>
			errors.push(params ? { row, column, key, params } : { row, column, key });
		const office = matchOffice(cell('office'));
		if (!office)
			err('office', cell('office').trim() === '' ? 'required' : 'unknownOffice', {
				value: cell('office').trim(),
			});
		const month = parseMonth(cell('month'));
		if (!month)
			err('month', cell('month').trim() === '' ? 'required' : 'badMonth', {
				value: cell('month').trim(),
			});
		else if (month > thisMonth) err('month', 'futureMonth', { value: month });
		const counts = {
			total: parseCount(cell('total')),
			under25: parseCount(cell('under25')),
			over25: parseCount(cell('over25')),
		};
		for (const c of ['total', 'under25', 'over25'] as const)
			if (counts[c].error) err(c, counts[c].error!, { value: cell(c).trim() });
		if (!counts.total.error && counts.total.value === null) err('total', 'required');
		const { quality, note } = parseNote(cell('note'));
		const [u, o, t] = [counts.under25.value, counts.over25.value, counts.total.value];
		if (!counts.under25.error && !counts.over25.error && (u === null) !== (o === null))
			err(u === null ? 'under25' : 'over25', 'splitHalf');
		// A marked figure (estimate, uncertain, another month) is kept as the source gives it.
		if (u !== null && o !== null && t !== null && quality === 'reported' && u + o !== t)
			err('total', 'sumMismatch', { under25: u, over25: o, total: t });
		if (office && month) {
			const key = `${office.id}|${month}`;
			const first = seen.get(key);
			if (first !== undefined) err('month', 'duplicate', { office: office.name, month, first });
			else seen.set(key, row);
		}
		if (office && month && t !== null)
			figures.push({ officeId: office.id, month, total: t, under25: u, over25: o, quality, note });
	}
	return errors.length > 0 ? { ok: false, errors } : { ok: true, figures };
}
