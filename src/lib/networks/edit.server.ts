import { and, count, eq } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { expectedLevels, networks, offices, participantCounts } from '#db/schema/index.ts';
import { recordAudit } from '#lib/audit/index.server.ts';
import { forgetNetworks } from './networks.server.ts';
import { slugOf, type NetworkInput, type OfficeInput } from './networks.schema.ts';

// Admins create and edit networks and their offices (issue 14). The callers check the admin role.

/** An id not taken yet: the name's slug, or the slug with -2, -3… */
async function freeId(exists: (id: string) => Promise<boolean>, name: string): Promise<string> {
	const base = slugOf(name);
	for (let i = 1; ; i++) {
		const candidate = i === 1 ? base : `${base}-${i}`;
		if (!(await exists(candidate))) return candidate;
	}
}

export async function createNetwork(
	db: Db,
	input: NetworkInput,
	now = new Date(),
): Promise<string> {
	const id = await freeId(
		async (c) => !!(await db.query.networks.findFirst({ where: eq(networks.id, c) })),
		input.name,
	);
	await db.transaction(async (tx) => {
		await tx.insert(networks).values({ id, ...input, createdAt: now });
		await recordAudit(tx, { action: 'network.created', subjectId: id, networkId: id }, now);
	});
	forgetNetworks();
	return id;
}

export async function editNetwork(
	db: Db,
	networkId: string,
	input: NetworkInput,
	now = new Date(),
): Promise<boolean> {
	const done = await db.transaction(async (tx) => {
		const updated = await tx
			.update(networks)
			.set({ name: input.name, organiser: input.organiser })
			.where(eq(networks.id, networkId))
			.returning({ id: networks.id });
		if (updated.length === 0) return false;
		await recordAudit(tx, { action: 'network.edited', subjectId: networkId, networkId }, now);
		return true;
	});
	forgetNetworks();
	return done;
}

export type OfficeChange = { ok: true } | { ok: false; reason: 'unknown' | 'has-figures' };

export async function addOffice(
	db: Db,
	networkId: string,
	input: OfficeInput,
	now = new Date(),
): Promise<OfficeChange> {
	if (!(await db.query.networks.findFirst({ where: eq(networks.id, networkId) })))
		return { ok: false, reason: 'unknown' };
	const id = await freeId(
		async (c) => !!(await db.query.offices.findFirst({ where: eq(offices.id, c) })),
		input.name,
	);
	await db.transaction(async (tx) => {
		await tx
			.insert(offices)
			.values({ id, networkId, name: input.name, municipalities: input.municipalities });
		await recordAudit(tx, { action: 'office.added', subjectId: id, networkId }, now);
	});
	forgetNetworks();
	return { ok: true };
}

export async function editOffice(
	db: Db,
	networkId: string,
	officeId: string,
	input: OfficeInput,
	now = new Date(),
): Promise<OfficeChange> {
	const done = await db.transaction(async (tx) => {
		const updated = await tx
			.update(offices)
			.set({ name: input.name, municipalities: input.municipalities })
			.where(and(eq(offices.id, officeId), eq(offices.networkId, networkId)))
			.returning({ id: offices.id });
		if (updated.length === 0) return false;
		await recordAudit(tx, { action: 'office.edited', subjectId: officeId, networkId }, now);
		return true;
	});
	forgetNetworks();
	return done ? { ok: true } : { ok: false, reason: 'unknown' };
}

/**
 * Removes an office from its network. An office with participant figures stays: removing it would
 * delete the figures (they cascade), and those belong to the network's history.
 */
export async function removeOffice(
	db: Db,
	networkId: string,
	officeId: string,
	now = new Date(),
): Promise<OfficeChange> {
	const office = await db.query.offices.findFirst({
		where: and(eq(offices.id, officeId), eq(offices.networkId, networkId)),
	});
	if (!office) return { ok: false, reason: 'unknown' };
	const [figures] = await db
		.select({ n: count() })
		.from(participantCounts)
		.where(eq(participantCounts.officeId, officeId));
	const [level] = await db
		.select({ n: count() })
		.from(expectedLevels)
		.where(eq(expectedLevels.officeId, officeId));
	if ((figures?.n ?? 0) + (level?.n ?? 0) > 0) return { ok: false, reason: 'has-figures' };
	await db.transaction(async (tx) => {
		await tx.delete(offices).where(eq(offices.id, officeId));
		await recordAudit(tx, { action: 'office.removed', subjectId: officeId, networkId }, now);
	});
	forgetNetworks();
	return { ok: true };
}
