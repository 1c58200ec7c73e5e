import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { getDb } from '#db/client.ts';
import { outbox, registrations } from '#db/schema/index.ts';
import { createGathering, registrationInput } from '../../../tests/factories.ts';
import { registrationSchema } from './gatherings.schema.ts';
import { cancelRegistration, findByToken, register } from './registrations.server.ts';
import { participantOverview, sendReminder, setAttended, cancelGathering } from './participants.server.ts';
import { getGathering, listGatherings, updateGathering } from './gatherings.server.ts';
import { osloParts } from './time.ts';

const ORIGIN = 'https://kvp.example.no';
const input = (gatheringId: string, n: number | string, extra = {}) => registrationSchema.parse(registrationInput(gatheringId, n, extra));

describe('registration', () => {
	it('never exceeds capacity under concurrent registrations, and waitlists in the order accepted', async () => {
		const db = await getDb();
		const { id } = await createGathering(db, { capacity: 5 });
		const results = await Promise.all(Array.from({ length: 12 }, (_, i) => register(db, input(id, i), { publicOrigin: ORIGIN })));
		expect(results.filter((r) => r.ok && r.status === 'confirmed')).toHaveLength(5);
		const waitlisted = results.filter((r) => r.ok && r.status === 'waitlisted');
		expect(waitlisted.map((r) => (r as { position: number }).position).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7]);
		const overview = await participantOverview(db, id);
		expect(overview.confirmed).toHaveLength(5);
		// The waiting list follows the order in which the server accepted the registrations.
		const seqs = overview.waitlisted.map((p) => p.seq);
		expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
		expect(Math.min(...seqs)).toBeGreaterThan(Math.max(...overview.confirmed.map((p) => p.seq)));
	});

	it('writes the confirmation with the calendar file and the personal link to the outbox', async () => {
		const db = await getDb();
		const { id } = await createGathering(db);
		const result = await register(db, input(id, 'mail'), { publicOrigin: ORIGIN });
		expect(result).toMatchObject({ ok: true, status: 'confirmed' });
		const mail = await db.query.outbox.findFirst({ where: eq(outbox.to, 'deltakar-mail@example.no') });
		expect(mail?.subject).toBe('Påmeld: Nettverkssamling om kvalifiseringsprogrammet');
		expect(mail?.text).toContain(`${ORIGIN}/nn/pamelding/${encodeURIComponent((result as { token: string }).token)}`);
		expect(mail?.attachments[0]?.filename).toBe('samling.ics');
		expect(mail?.attachments[0]?.content).toMatch(/BEGIN:VEVENT[\s\S]*SUMMARY:Nettverkssamling om kvalifiseringsprogrammet/);
	});

	it('says so, and changes nothing, when the same address registers twice', async () => {
		const db = await getDb();
		const { id } = await createGathering(db, { capacity: 1 });
		await register(db, input(id, 'a'), { publicOrigin: ORIGIN });
		await register(db, input(id, 'b'), { publicOrigin: ORIGIN });
		expect(await register(db, input(id, 'a', { name: 'Endra namn' }), { publicOrigin: ORIGIN })).toEqual({ ok: false, reason: 'duplicate', status: 'confirmed', position: null });
		expect(await register(db, input(id, 'b'), { publicOrigin: ORIGIN })).toEqual({ ok: false, reason: 'duplicate', status: 'waitlisted', position: 1 });
		const rows = await db.query.registrations.findMany({ where: eq(registrations.gatheringId, id) });
		expect(rows.map((r) => r.name).sort()).toEqual(['Deltakar a', 'Deltakar b']);
	});

	it('is closed for drafts, cancelled gatherings and after the deadline', async () => {
		const db = await getDb();
		const draft = await createGathering(db, { status: 'draft' });
		expect(await register(db, input(draft.id, 1), { publicOrigin: ORIGIN })).toEqual({ ok: false, reason: 'closed', window: 'draft' });
		const closed = await createGathering(db, { closesInDays: -1 });
		expect(await register(db, input(closed.id, 1), { publicOrigin: ORIGIN })).toEqual({ ok: false, reason: 'closed', window: 'closed' });
	});
});

describe('cancellation and the waiting list', () => {
	it('promotes the first on the list at once and e-mails them; a forged link does nothing', async () => {
		const db = await getDb();
		const { id } = await createGathering(db, { capacity: 2 });
		const [a] = [await register(db, input(id, 'a'), { publicOrigin: ORIGIN })];
		await register(db, input(id, 'b'), { publicOrigin: ORIGIN });
		await register(db, input(id, 'c'), { publicOrigin: ORIGIN });
		await register(db, input(id, 'd'), { publicOrigin: ORIGIN });
		const token = (a as { token: string }).token;
		const forged = token.slice(0, -3) + (token.endsWith('AAA') ? 'BBB' : 'AAA');
		expect(await cancelRegistration(db, forged, ORIGIN)).toEqual({ ok: false, reason: 'invalid' });
		expect(await cancelRegistration(db, token, ORIGIN)).toEqual({ ok: true, promoted: 1 });
		expect(await cancelRegistration(db, token, ORIGIN)).toEqual({ ok: false, reason: 'already-cancelled' });
		const overview = await participantOverview(db, id);
		expect(overview.confirmed.map((p) => p.name).sort()).toEqual(['Deltakar b', 'Deltakar c']);
		expect(overview.waitlisted.map((p) => [p.name, p.position])).toEqual([['Deltakar d', 1]]);
		const promotedMail = await db.query.outbox.findFirst({ where: and(eq(outbox.to, 'deltakar-c@example.no'), eq(outbox.kind, 'registration-promoted')) });
		expect(promotedMail?.subject).toBe('Du har fått plass: Nettverkssamling om kvalifiseringsprogrammet');
		// The one who cancelled is told, once, in the language they registered in.
		const cancelledMails = await db.query.outbox.findMany({ where: and(eq(outbox.to, 'deltakar-a@example.no'), eq(outbox.kind, 'registration-cancelled')) });
		expect(cancelledMails.map((m) => m.subject)).toEqual(['Avmeld: Nettverkssamling om kvalifiseringsprogrammet']);
	});

	it('stops promoting once registration has closed', async () => {
		const db = await getDb();
		const { id } = await createGathering(db, { capacity: 1 });
		const a = await register(db, input(id, 'a'), { publicOrigin: ORIGIN });
		await register(db, input(id, 'b'), { publicOrigin: ORIGIN });
		const afterClose = new Date(Date.now() + 21 * 86_400_000);
		expect(await cancelRegistration(db, (a as { token: string }).token, ORIGIN, afterClose)).toEqual({ ok: true, promoted: 0 });
		expect((await participantOverview(db, id)).waitlisted).toHaveLength(1);
	});

	it('refuses a capacity below those confirmed; a larger one promotes', async () => {
		const db = await getDb();
		const { id } = await createGathering(db, { capacity: 2 });
		for (const n of [1, 2, 3]) await register(db, input(id, n), { publicOrigin: ORIGIN });
		const g = (await getGathering(db, id))!;
		const form = {
			networkId: g.networkId, title: g.title, description: g.description, language: g.language, titleTranslation: '', descriptionTranslation: '', goals: g.goals, date: g.date,
			startTime: osloParts(g.startsAt).time, endTime: osloParts(g.endsAt).time, venueName: g.venueName, venueAddress: g.venueAddress,
			venueTown: g.venueTown, registrationOpens: g.registrationOpensAt, registrationCloses: g.registrationClosesAt, lunchServed: true, reminderDays: 3,
		};
		expect(await updateGathering(db, id, { ...form, capacity: 1 })).toEqual({ ok: false, reason: 'capacity-below-confirmed', confirmed: 2 });
		expect(await updateGathering(db, id, { ...form, capacity: 3 })).toEqual({ ok: true, promoted: 1 });
	});
});

describe('coordinators', () => {
	it('count lunches, diets and attendance per office, and send reminders once', async () => {
		const db = await getDb();
		const { id } = await createGathering(db, { capacity: 3 });
		const a = await register(db, input(id, 'a', { organisation: 'NAV Voss' }), { publicOrigin: ORIGIN });
		await register(db, input(id, 'b', { organisation: 'NAV Voss', lunch: false, diet: '' }), { publicOrigin: ORIGIN });
		await register(db, input(id, 'c', { organisation: 'NAV Kinn', accessibility: 'Teleslynge' }), { publicOrigin: ORIGIN });
		const found = await findByToken(db, (a as { token: string }).token);
		expect(await setAttended(db, id, found!.registration.id, true)).toBe(true);
		const overview = await participantOverview(db, id);
		expect(overview.catering).toEqual({ lunches: 2, diets: [{ name: 'Deltakar a', diet: 'Glutenfri' }, { name: 'Deltakar c', diet: 'Glutenfri' }], accessibility: [{ name: 'Deltakar c', need: 'Teleslynge' }] });
		expect(overview.perOffice).toEqual([{ organisation: 'NAV Kinn', confirmed: 1, attended: 0 }, { organisation: 'NAV Voss', confirmed: 2, attended: 1 }]);
		expect(await sendReminder(db, id, ORIGIN)).toBe(3);
		expect(await sendReminder(db, id, ORIGIN)).toBe(0);
		expect(await cancelGathering(db, id, ORIGIN)).toBe(3);
		const cancelled = await db.query.outbox.findMany({ where: eq(outbox.kind, 'gathering-cancelled') });
		expect(cancelled.map((m) => m.to).sort()).toEqual(['deltakar-a@example.no', 'deltakar-b@example.no', 'deltakar-c@example.no']);
	});
});


describe('gathering list', () => {
	it('counts each gathering’s own confirmed and waitlisted registrations', async () => {
		const db = await getDb();
		const { id, networkId } = await createGathering(db, { capacity: 1 });
		await register(db, input(id, 'liste-a'), { publicOrigin: ORIGIN });
		await register(db, input(id, 'liste-b'), { publicOrigin: ORIGIN });
		const { upcoming } = await listGatherings(db, null, { networkId });
		expect(upcoming.find((g) => g.id === id)).toMatchObject({ confirmed: 1, waitlisted: 1 });
	});
});
