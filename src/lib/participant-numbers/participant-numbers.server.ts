/** Storage of participant numbers: aggregate counts per office and month, levels, context figures. */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import {
	contextFigures,
	expectedLevels,
	networks,
	offices,
	participantCounts,
	participantNumberSettings,
	publishedTotals,
} from '#db/schema/index.ts';
import type { Lang } from '#i18n/index.ts';
import { randomId } from '#lib/platform/tokens.ts';
import type { ExpectedLevel, MonthFigure } from './figures.ts';

export type ContextFigure = typeof contextFigures.$inferSelect;

export interface NetworkNumbers {
	network: typeof networks.$inferSelect;
	offices: { id: string; name: string }[];
	figures: MonthFigure[];
	levels: Map<string, ExpectedLevel>;
	context: ContextFigure[];
	published: boolean;
}

/** Everything the network's pages show, or undefined for an unknown network. */
export async function networkNumbers(
	db: Db,
	networkId: string,
): Promise<NetworkNumbers | undefined> {
	const network = await db.query.networks.findFirst({ where: eq(networks.id, networkId) });
	if (!network) return undefined;
	const officeList = await db
		.select({ id: offices.id, name: offices.name })
		.from(offices)
		.where(eq(offices.networkId, networkId))
		.orderBy(asc(offices.name));
	const ids = officeList.map((o) => o.id);
	const [figures, levels, context, published] = await Promise.all([
		ids.length === 0
			? []
			: db
					.select({
						officeId: participantCounts.officeId,
						month: participantCounts.month,
						total: participantCounts.total,
						under25: participantCounts.under25,
						over25: participantCounts.over25,
						quality: participantCounts.quality,
						note: participantCounts.note,
					})
					.from(participantCounts)
					.where(inArray(participantCounts.officeId, ids))
					.orderBy(asc(participantCounts.month)),
		ids.length === 0
			? []
			: db.select().from(expectedLevels).where(inArray(expectedLevels.officeId, ids)),
		db
			.select()
			.from(contextFigures)
			.where(eq(contextFigures.networkId, networkId))
			.orderBy(asc(contextFigures.asOf), asc(contextFigures.area)),
		db.query.publishedTotals.findFirst({ where: eq(publishedTotals.networkId, networkId) }),
	]);
	return {
		network,
		offices: officeList,
		figures,
		levels: new Map(
			levels.map((l) => [
				l.officeId,
				{ level: l.level, tolerancePercent: l.tolerancePercent, asOf: l.asOf, source: l.source },
			]),
		),
		context,
		published: published !== undefined,
	};
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Inserts figures, replacing an office's earlier figure for the same month. */
async function upsert(
	tx: Tx,
	figures: MonthFigure[],
	userId: string | null,
	now: Date,
): Promise<void> {
	// SQLite allows 32 766 variables per statement; 9 columns a row.
	for (let i = 0; i < figures.length; i += 500) {
		await tx
			.insert(participantCounts)
			.values(figures.slice(i, i + 500).map((f) => ({ ...f, updatedAt: now, updatedBy: userId })))
			.onConflictDoUpdate({
				target: [participantCounts.officeId, participantCounts.month],
				set: {
					total: sql`excluded.total`,
					under25: sql`excluded.under_25`,
					over25: sql`excluded.over_25`,
					quality: sql`excluded.quality`,
					note: sql`excluded.note`,
					updatedAt: now,
					updatedBy: userId,
				},
			});
	}
}

/** Saves checked figures in one transaction: all of them, or none. */
export async function saveFigures(
	db: Db,
	figures: MonthFigure[],
	userId: string | null,
	now = new Date(),
): Promise<number> {
	if (figures.length > 0) await db.transaction((tx) => upsert(tx, figures, userId, now));
	return figures.length;
}

/** One month of the grid: the figures given are saved, and offices left blank have no figure for the month. */
export async function saveMonth(
	db: Db,
	month: string,
	figures: MonthFigure[],
	blankOfficeIds: string[],
	userId: string | null,
	now = new Date(),
): Promise<void> {
	await db.transaction(async (tx) => {
		if (blankOfficeIds.length > 0)
			await tx
				.delete(participantCounts)
				.where(
					and(
						eq(participantCounts.month, month),
						inArray(participantCounts.officeId, blankOfficeIds),
					),
				);
		await upsert(tx, figures, userId, now);
	});
}

export async function saveLevel(
	db: Db,
	officeId: string,
	level: ExpectedLevel,
	now = new Date(),
): Promise<void> {
	await db
		.insert(expectedLevels)
		.values({ officeId, ...level, updatedAt: now })
		.onConflictDoUpdate({ target: expectedLevels.officeId, set: { ...level, updatedAt: now } });
}

export async function addContextFigure(
	db: Db,
	networkId: string,
	figure: Omit<ContextFigure, 'id' | 'networkId' | 'createdAt'>,
	now = new Date(),
): Promise<void> {
	await db.insert(contextFigures).values({ id: randomId(), networkId, ...figure, createdAt: now });
}

export async function deleteContextFigure(db: Db, networkId: string, id: string): Promise<void> {
	await db
		.delete(contextFigures)
		.where(and(eq(contextFigures.id, id), eq(contextFigures.networkId, networkId)));
}

export async function setPublished(
	db: Db,
	networkId: string,
	published: boolean,
	now = new Date(),
): Promise<void> {
	if (published)
		await db.insert(publishedTotals).values({ networkId, publishedAt: now }).onConflictDoNothing();
	else await db.delete(publishedTotals).where(eq(publishedTotals.networkId, networkId));
}

/** The coordinator's own letter template in a language; empty when they use the built-in one. */
export async function getLetterTemplate(db: Db, networkId: string, lang: Lang): Promise<string> {
	const row = await db.query.participantNumberSettings.findFirst({
		where: and(
			eq(participantNumberSettings.networkId, networkId),
			eq(participantNumberSettings.lang, lang),
		),
	});
	return row?.letterTemplate ?? '';
}

export async function saveLetterTemplate(
	db: Db,
	networkId: string,
	lang: Lang,
	text: string,
	now = new Date(),
): Promise<void> {
	await db
		.insert(participantNumberSettings)
		.values({ networkId, lang, letterTemplate: text, updatedAt: now })
		.onConflictDoUpdate({
			target: [participantNumberSettings.networkId, participantNumberSettings.lang],
			set: { letterTemplate: text, updatedAt: now },
		});
}

/** The networks whose offices include the user's office, for the participant's link. */
export async function networkOfOffice(
	db: Db,
	officeId: string | null,
): Promise<string | undefined> {
	if (!officeId) return undefined;
	const office = await db.query.offices.findFirst({
		where: eq(offices.id, officeId),
		columns: { networkId: true },
	});
	return office?.networkId;
}
