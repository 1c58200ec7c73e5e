/** The hand-entry grid as rows of a file, so it is checked by the same rules as an import. */
import { COLUMNS, HEADER } from './import.ts';

export interface GridInput {
	month: string;
	office: string[];
	total: string[];
	under25: string[];
	over25: string[];
	note: string[];
}

/** Rows for the offices with a total; `blank` lists the offices left empty (no figure for the month). */
export function gridRows(
	input: GridInput,
	offices: { id: string }[],
): { rows: string[][]; blank: string[] } {
	const known = new Set(offices.map((o) => o.id));
	const rows: string[][] = [COLUMNS.map((c) => HEADER.nb[c])];
	const blank: string[] = [];
	input.office.forEach((officeId, i) => {
		const cells = [
			input.total[i] ?? '',
			input.under25[i] ?? '',
			input.over25[i] ?? '',
			input.note[i] ?? '',
		];
		if (cells.every((c) => c.trim() === '')) {
			if (known.has(officeId)) blank.push(officeId);
			// An empty row keeps its place, so an error's row number still points at the right office.
			rows.push(['', '', '', '', '', '']);
			return;
		}
		rows.push([officeId, input.month, ...cells]);
	});
	return { rows, blank };
}
