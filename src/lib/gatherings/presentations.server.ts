import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { presentations } from '#db/schema/index.ts';
import { randomId } from '#lib/platform/tokens.ts';

const MAX_PRESENTATION_BYTES = 20 * 1024 * 1024;
const PRESENTATION_TYPES: Record<string, string> = {
	pdf: 'application/pdf',
	ppt: 'application/vnd.ms-powerpoint',
	pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
	doc: 'application/msword',
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	odp: 'application/vnd.oasis.opendocument.presentation',
	odt: 'application/vnd.oasis.opendocument.text',
};

/** The content type to store and serve for an uploaded file, judged by its extension; null when refused. */
function presentationType(filename: string, size: number): string | null {
	const ext = filename.toLowerCase().split('.').pop() ?? '';
	if (size <= 0 || size > MAX_PRESENTATION_BYTES) return null;
	return PRESENTATION_TYPES[ext] ?? null;
}

export async function addPresentation(
	db: Db,
	gatheringId: string,
	title: string,
	file: File,
	now = new Date(),
): Promise<string | null> {
	const contentType = presentationType(file.name, file.size);
	if (!contentType) return null;
	const id = randomId();
	const safeName = file.name.replace(/[^\w.\- æøåÆØÅ]/g, '_').slice(0, 120);
	await db.insert(presentations).values({
		id,
		gatheringId,
		title,
		filename: safeName,
		contentType,
		size: file.size,
		data: Buffer.from(await file.arrayBuffer()),
		uploadedAt: now,
	});
	return id;
}

export async function listPresentations(db: Db, gatheringId: string) {
	return db.query.presentations.findMany({
		where: eq(presentations.gatheringId, gatheringId),
		columns: {
			id: true,
			title: true,
			filename: true,
			contentType: true,
			size: true,
			uploadedAt: true,
		},
		orderBy: [asc(presentations.uploadedAt)],
	});
}

export async function getPresentation(db: Db, gatheringId: string, id: string) {
	return db.query.presentations.findFirst({
		where: and(eq(presentations.id, id), eq(presentations.gatheringId, gatheringId)),
	});
}

export async function deletePresentation(db: Db, gatheringId: string, id: string): Promise<void> {
	await db
		.delete(presentations)
		.where(and(eq(presentations.id, id), eq(presentations.gatheringId, gatheringId)));
}
