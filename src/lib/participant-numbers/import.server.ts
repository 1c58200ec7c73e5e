/**
 * Import in two steps: the file is read and checked and shown row by row (nothing saved), then the
 * checked rows come back with the confirmation, are checked again, and are saved all at once.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { offices, participantCounts } from '#db/schema/index.ts';
import type { MonthFigure } from './figures.ts';
import { validateRows, type ImportError, type OfficeRef } from './import.ts';
import {
	MAX_IMPORT_BYTES,
	readFigureFile,
	readLimited,
	TooLargeError,
	type ReadError,
} from './read-file.ts';
import { saveFigures } from './participant-numbers.server.ts';

export type Preview =
	| {
			ok: true;
			rows: string[][];
			figures: (MonthFigure & { officeName: string; previous: number | null })[];
	  }
	| { ok: false; fileError: ReadError }
	| { ok: false; errors: ImportError[]; rows: string[][] };

async function officesOf(db: Db, networkId: string): Promise<OfficeRef[]> {
	return db
		.select({ id: offices.id, name: offices.name })
		.from(offices)
		.where(eq(offices.networkId, networkId));
}

/** Reads at most MAX_IMPORT_BYTES of the upload: a larger file is refused while it is read. */
async function readUpload(
	file: File,
): Promise<{ ok: true; rows: string[][] } | { ok: false; error: ReadError }> {
	if (file.size > MAX_IMPORT_BYTES) return { ok: false, error: 'tooLarge' };
	try {
		return await readFigureFile(file.name, await readLimited(file.stream()));
	} catch (error) {
		if (error instanceof TooLargeError) return { ok: false, error: 'tooLarge' };
		throw error;
	}
}

/** The rows checked against the network's offices; each good row with the figure it would replace. */
export async function checkRows(
	db: Db,
	networkId: string,
	rows: string[][],
	now = new Date(),
): Promise<Preview> {
	const list = await officesOf(db, networkId);
	const result = validateRows(rows, list, now);
	if (!result.ok) return { ok: false, errors: result.errors, rows };
	const names = new Map(list.map((o) => [o.id, o.name]));
	const months = [...new Set(result.figures.map((f) => f.month))];
	const existing = await db
		.select({
			officeId: participantCounts.officeId,
			month: participantCounts.month,
			total: participantCounts.total,
		})
		.from(participantCounts)
		.where(
			and(
				inArray(participantCounts.officeId, [...names.keys()]),
				inArray(participantCounts.month, months),
			),
		);
	const previous = new Map(existing.map((e) => [`${e.officeId}|${e.month}`, e.total]));
	return {
		ok: true,
		rows,
		figures: result.figures.map((f) => ({
			...f,
			officeName: names.get(f.officeId) ?? f.officeId,
			previous: previous.get(`${f.officeId}|${f.month}`) ?? null,
		})),
	};
}

export async function previewUpload(
	db: Db,
	networkId: string,
	file: File,
	now = new Date(),
): Promise<Preview> {
	const read = await readUpload(file);
	if (!read.ok) return { ok: false, fileError: read.error };
	return checkRows(db, networkId, read.rows, now);
}

/** Saves the confirmed rows after checking them again; nothing is saved if any row is bad. */
export async function commitRows(
	db: Db,
	networkId: string,
	rows: string[][],
	userId: string | null,
	now = new Date(),
): Promise<{ ok: true; saved: number } | { ok: false; errors: ImportError[] }> {
	const result = validateRows(rows, await officesOf(db, networkId), now);
	if (!result.ok) return result;
	return { ok: true, saved: await saveFigures(db, result.figures, userId, now) };
}
