import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { getDb } from '#db/client.ts';
import { auditLog, networks, participantCounts } from '#db/schema/index.ts';
import { listNetworksWithOffices } from './networks.server.ts';
import { addOffice, createNetwork, editNetwork, editOffice, removeOffice } from './edit.server.ts';
import { createNetworkSchema, addOfficeSchema, slugOf } from './networks.schema.ts';

describe('network forms', () => {
	it('name the field that is missing', () => {
		const result = createNetworkSchema.safeParse({ name: '', organiser: ' ' });
		expect(result.success).toBe(false);
		expect(result.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
			['name', 'error.network.nameRequired'],
			['organiser', 'error.network.organiserRequired'],
		]);
	});

	it('read municipalities separated by commas or lines', () => {
		expect(
			addOfficeSchema.parse({
				networkId: 'x',
				name: 'NAV Nord',
				municipalities: 'Alver, Osterøy\nAlver,',
			}).municipalities,
		).toEqual(['Alver', 'Osterøy']);
	});

	it('make readable ids from Norwegian names', () => {
		expect(slugOf('Sogn og Fjordane – Sør')).toBe('sogn-og-fjordane-sor');
		expect(slugOf('NAV Ålesund og Ørsta')).toBe('nav-alesund-og-orsta');
	});
});

describe('editing networks', () => {
	it('creates a network, renames it and changes its county governor', async () => {
		const db = await getDb();
		const id = await createNetwork(db, {
			name: 'Nordland nord',
			organiser: 'Statsforvalteren i Nordland',
		});
		const again = await createNetwork(db, {
			name: 'Nordland nord',
			organiser: 'Statsforvalteren i Nordland',
		});
		expect([id, again]).toEqual(['nordland-nord', 'nordland-nord-2']);
		expect(
			await editNetwork(db, id, { name: 'Nordland', organiser: 'Statsforvaltaren i Nordland' }),
		).toBe(true);
		expect(await db.query.networks.findFirst({ where: eq(networks.id, id) })).toMatchObject({
			name: 'Nordland',
			organiser: 'Statsforvaltaren i Nordland',
		});
		expect(await editNetwork(db, 'finst-ikkje', { name: 'X', organiser: 'Y' })).toBe(false);
		const audit = await db.select().from(auditLog).where(eq(auditLog.networkId, id));
		expect(audit.map((a) => a.action)).toEqual(['network.created', 'network.edited']);
	});

	it('adds, edits and removes offices, but keeps one that has participant figures', async () => {
		const db = await getDb();
		const id = await createNetwork(db, {
			name: 'Kontortest',
			organiser: 'Statsforvaltaren i Test',
		});
		expect(await addOffice(db, id, { name: 'NAV Bodø', municipalities: ['Bodø'] })).toEqual({
			ok: true,
		});
		expect(await addOffice(db, id, { name: 'NAV Saltdal', municipalities: [] })).toEqual({
			ok: true,
		});
		expect(
			await editOffice(db, id, 'nav-saltdal', { name: 'NAV Saltdal', municipalities: ['Saltdal'] }),
		).toEqual({ ok: true });
		let network = (await listNetworksWithOffices(db)).find((n) => n.id === id);
		expect(network?.offices.map((o) => [o.name, o.municipalities])).toEqual([
			['NAV Bodø', ['Bodø']],
			['NAV Saltdal', ['Saltdal']],
		]);
		await db
			.insert(participantCounts)
			.values({ officeId: 'nav-bodo', month: '2026-01', total: 4, updatedAt: new Date() });
		expect(await removeOffice(db, id, 'nav-bodo')).toEqual({ ok: false, reason: 'has-figures' });
		expect(await removeOffice(db, id, 'nav-saltdal')).toEqual({ ok: true });
		// An office of another network is not this network's to change.
		expect(await removeOffice(db, 'annan', 'nav-bodo')).toEqual({ ok: false, reason: 'unknown' });
		network = (await listNetworksWithOffices(db)).find((n) => n.id === id);
		expect(network?.offices.map((o) => o.id)).toEqual(['nav-bodo']);
	});
});
