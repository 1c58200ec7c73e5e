import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { getDb } from '#db/client.ts';
import { outbox, registrations } from '#db/schema/index.ts';
import { createGathering, createUser, registrationInput } from '#tests/factories.ts';
import { registrationSchema } from './gatherings.schema.ts';
import {
	cancelRegistration,
	findByToken,
	participantIn,
	register,
	type RegisterResult,
} from './registrations.server.ts';
import {
	participantOverview,
	sendReminder,
	setAttended,
	cancelGathering,
} from './participants.server.ts';
import { getGathering, listGatherings, updateGathering } from './gatherings.server.ts';
import { osloParts } from '#lib/platform/time.ts';

const ORIGIN = 'https://kvp.example.no';
const input = (gatheringId: string, n: number | string, extra = {}) =>
	registrationSchema.parse(registrationInput(gatheringId, n, extra));

describe('registration', () => {
	it('never exceeds capacity under concurrent registrations, and waitlists in the order accepted', async () => {
		const db = await getDb();
		const { id } = await createGathering(db, { capacity: 5 });
		const results = await Promise.all(
			Array.from({ length: 12 }, (_, i) => register(db, input(id, i), { publicOrigin: ORIGIN })),
		);
		expect(results.filter((r) => r.ok && r.status === 'confirmed')).toHaveLength(5);
		const waitlisted = results.filter((r) => r.ok && r.status === 'waitlisted');
		expect(
			waitlisted.map((r) => (r as { position: number }).position).sort((a, b) => a - b),
		).toEqual([1, 2, 3, 4, 5, 6, 7]);
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
		const mail = await db.query.outbox.findFirst({
			where: eq(outbox.to, 'deltakar-mail@example.no'),
		});
		expect(mail?.subject).toBe('Påmeld: Nettverkssamling om kvalifiseringsprogrammet');
		expect(mail?.text).toContain(
			`${ORIGIN}/nn/pamelding/${encodeURIComponent((result as { token: string }).token)}`,
		);
		expect(mail?.attachments[0]?.filename).toBe('samling.ics');
		expect(mail?.attachments[0]?.content).toMatch(
			/BEGIN:VEVENT[\s\S]*SUMMARY:Nettverkssamling om kvalifiseringsprogrammet/,
		);
	});

	it('answers a second registration of the same address without telling its status, and mails that address a new link', async () => {
		const db = await getDb();
		const { id } = await createGathering(db, { capacity: 1 });
		const first = await register(db, input(id, 'a'), { publicOrigin: ORIGIN });
		await register(db, input(id, 'b'), { publicOrigin: ORIGIN });
		const stranger = await register(db, input(id, 'a', { name: 'Framand' }), {
			publicOrigin: ORIGIN,
		});
		expect(stranger).toEqual({ ok: false, reason: 'duplicate' });
		expect(await register(db, input(id, 'b'), { publicOrigin: ORIGIN })).toEqual({
			ok: false,
			reason: 'duplicate',
		});
		const rows = await db.query.registrations.findMany({
			where: eq(registrations.gatheringId, id),
		});
		expect(rows.map((r) => [r.name, r.status]).sort()).toEqual([
			['Deltakar a', 'confirmed'],
			['Deltakar b', 'waitlisted'],
		]);
		// The owner gets a new personal link (greeted by their own name); the old one stops working.
		const mail = await db.query.outbox.findFirst({
			where: and(
				eq(outbox.to, 'deltakar-a@example.no'),
				eq(outbox.kind, 'registration-link-again'),
			),
		});
		expect(mail?.text).toContain('Deltakar a');
		expect(mail?.text).not.toContain('Framand');
		const link = new RegExp(`${ORIGIN}/nn/pamelding/(\\S+)`).exec(mail!.text)![1]!;
		expect((await findByToken(db, decodeURIComponent(link)))?.registration.name).toBe('Deltakar a');
		expect(await findByToken(db, (first as { token: string }).token)).toBeNull();
	});

	it('is closed for drafts, cancelled gatherings and after the deadline', async () => {
		const db = await getDb();
		const draft = await createGathering(db, { status: 'draft' });
		expect(await register(db, input(draft.id, 1), { publicOrigin: ORIGIN })).toEqual({
			ok: false,
			reason: 'closed',
			window: 'draft',
		});
		const closed = await createGathering(db, { closesInDays: -1 });
		expect(await register(db, input(closed.id, 1), { publicOrigin: ORIGIN })).toEqual({
			ok: false,
			reason: 'closed',
			window: 'closed',
		});
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
		expect(await cancelRegistration(db, token, ORIGIN)).toEqual({
			ok: false,
			reason: 'already-cancelled',
		});
		const overview = await participantOverview(db, id);
		expect(overview.confirmed.map((p) => p.name).sort()).toEqual(['Deltakar b', 'Deltakar c']);
		expect(overview.waitlisted.map((p) => [p.name, p.position])).toEqual([['Deltakar d', 1]]);
		const promotedMail = await db.query.outbox.findFirst({
			where: and(eq(outbox.to, 'deltakar-c@example.no'), eq(outbox.kind, 'registration-promoted')),
		});
		expect(promotedMail?.subject).toBe(
			'Du har fått plass: Nettverkssamling om kvalifiseringsprogrammet',
		);
		// The one who cancelled is told, once, in the language they registered in.
		const cancelledMails = await db.query.outbox.findMany({
			where: and(eq(outbox.to, 'deltakar-a@example.no'), eq(outbox.kind, 'registration-cancelled')),
		});
		expect(cancelledMails.map((m) => m.subject)).toEqual([
			'Avmeld: Nettverkssamling om kvalifiseringsprogrammet',
		]);
	});

	it('stops promoting once registration has closed', async () => {
		const db = await getDb();
		const { id } = await createGathering(db, { capacity: 1 });
		const a = await register(db, input(id, 'a'), { publicOrigin: ORIGIN });
		await register(db, input(id, 'b'), { publicOrigin: ORIGIN });
		const afterClose = new Date(Date.now() + 21 * 86_400_000);
		expect(
			await cancelRegistration(db, (a as { token: string }).token, ORIGIN, afterClose),
		).toEqual({ ok: true, promoted: 0 });
		expect((await participantOverview(db, id)).waitlisted).toHaveLength(1);
	});

	it('refuses a capacity below those confirmed; a larger one promotes', async () => {
		const db = await getDb();
		const { id } = await createGathering(db, { capacity: 2 });
		for (const n of [1, 2, 3]) await register(db, input(id, n), { publicOrigin: ORIGIN });
		const g = (await getGathering(db, id))!;
		const form = {
			networkId: g.networkId,
			title: g.title,
			description: g.description,
			language: g.language,
			titleTranslation: '',
			descriptionTranslation: '',
			goals: g.goals,
			date: g.date,
			startTime: osloParts(g.startsAt).time,
			endTime: osloParts(g.endsAt).time,
			venueName: g.venueName,
			venueAddress: g.venueAddress,
			venueTown: g.venueTown,
			registrationOpens: g.registrationOpensAt,
			registrationCloses: g.registrationClosesAt,
			lunchServed: true,
			reminderDays: 3,
		};
		expect(await updateGathering(db, id, { ...form, capacity: 1 })).toEqual({
			ok: false,
			reason: 'capacity-below-confirmed',
			confirmed: 2,
		});
		expect(await updateGathering(db, id, { ...form, capacity: 3 })).toEqual({
			ok: true,
			promoted: 1,
		});
	});
});

describe('coordinators', () => {
	it('count lunches, diets and attendance per office, and send reminders once', async () => {
		const db = await getDb();
		const { id } = await createGathering(db, { capacity: 3 });
		const a = await register(db, input(id, 'a', { organisation: 'NAV Voss' }), {
			publicOrigin: ORIGIN,
		});
		await register(db, input(id, 'b', { organisation: 'NAV Voss', lunch: false, diet: '' }), {
			publicOrigin: ORIGIN,
		});
		await register(db, input(id, 'c', { organisation: 'NAV Kinn', accessibility: 'Teleslynge' }), {
			publicOrigin: ORIGIN,
		});
		const found = await findByToken(db, (a as { token: string }).token);
		expect(await setAttended(db, id, found!.registration.id, true)).toBe(true);
		const overview = await participantOverview(db, id);
		expect(overview.catering).toEqual({
			lunches: 2,
			diets: [
				{ name: 'Deltakar a', diet: 'Glutenfri' },
				{ name: 'Deltakar c', diet: 'Glutenfri' },
			],
			accessibility: [{ name: 'Deltakar c', need: 'Teleslynge' }],
		});
		expect(overview.perOffice).toEqual([
			{ organisation: 'NAV Kinn', confirmed: 1, attended: 0 },
			{ organisation: 'NAV Voss', confirmed: 2, attended: 1 },
		]);
		expect(await sendReminder(db, id, ORIGIN)).toBe(3);
		expect(await sendReminder(db, id, ORIGIN)).toBe(0);
		expect(await cancelGathering(db, id, ORIGIN)).toBe(3);
		const cancelled = await db.query.outbox.findMany({
			where: eq(outbox.kind, 'gathering-cancelled'),
		});
		expect(cancelled.map((m) => m.to).sort()).toEqual([
			'deltakar-a@example.no',
			'deltakar-b@example.no',
			'deltakar-c@example.no',
		]);
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

describe('registration on several instances at once', () => {
	it(
		'keeps capacity exact, the waiting list in order and every registration that was told it succeeded',
		{ timeout: 180_000 },
		async () => {
			const db = await getDb();
			const { id } = await createGathering(db, { capacity: 25 });
			// Two processes, as two instances, each with a burst of 40 at the same moment.
			const instances = ['a', 'b'].map((prefix) => {
				const child = spawn(
					process.execPath,
					['tests/support/register-instance.ts', id, prefix, '40'],
					{ env: process.env, stdio: ['pipe', 'pipe', 'inherit'] },
				);
				const lines = createInterface({ input: child.stdout });
				return { child, lines: lines[Symbol.asyncIterator]() };
			});
			for (const { lines } of instances) expect((await lines.next()).value).toBe('ready');
			for (const { child } of instances) child.stdin.end('go\n');
			type Told = { email: string; result: RegisterResult | { ok: false; reason: string } };
			const told = (
				await Promise.all(
					instances.map(
						async ({ lines }) => JSON.parse((await lines.next()).value as string) as Told[],
					),
				)
			).flat();
			expect(told.filter((t) => !t.result.ok)).toEqual([]);
			const rows = await db.query.registrations.findMany({
				where: eq(registrations.gatheringId, id),
				orderBy: (r, { asc }) => [asc(r.seq)],
			});
			expect(rows).toHaveLength(80);
			const confirmed = rows.filter((r) => r.status === 'confirmed');
			const waitlisted = rows.filter((r) => r.status === 'waitlisted');
			expect(confirmed).toHaveLength(25);
			// Everyone confirmed came before everyone on the list, and each was told the place they have.
			expect(Math.max(...confirmed.map((r) => r.seq))).toBeLessThan(
				Math.min(...waitlisted.map((r) => r.seq)),
			);
			const byEmail = new Map(
				told.map((t) => [t.email, t.result as Extract<RegisterResult, { ok: true }>]),
			);
			expect(rows.map((r) => [r.email, r.status])).toEqual(
				rows.map((r) => [r.email, byEmail.get(r.email)?.status]),
			);
			expect(waitlisted.map((r) => byEmail.get(r.email)?.position)).toEqual(
				waitlisted.map((_, i) => i + 1),
			);
			expect(new Set(rows.map((r) => r.seq)).size).toBe(80);
		},
	);
});

describe('the participant behind a request (questions and votes)', () => {
	it('is the registration of a valid link for this gathering, else the account, registered by its address or not', async () => {
		const db = await getDb();
		const { id } = await createGathering(db);
		const other = await createGathering(db);
		const user = await createUser(db, { name: 'Kari Konto' });
		const account = {
			id: user.id,
			email: user.email,
			name: 'Kari Konto',
			organisation: '',
			officeId: null,
			isAdmin: false,
			coordinatorOf: [],
		};
		const mine = await register(db, input(id, 'p1'), { publicOrigin: ORIGIN });
		const elsewhere = await register(db, input(other.id, 'p2'), { publicOrigin: ORIGIN });
		if (!mine.ok || !elsewhere.ok) throw new Error('registration failed');
		expect(await participantIn(db, id, mine.token, null)).toEqual({
			registrationId: mine.registrationId,
			userId: null,
			name: 'Deltakar p1',
			voter: `r:${mine.registrationId}`,
		});
		// Another gathering's link: only the account counts, which has not registered here.
		expect(await participantIn(db, id, elsewhere.token, null)).toBeNull();
		expect(await participantIn(db, id, elsewhere.token, account)).toEqual({
			registrationId: null,
			userId: user.id,
			name: 'Kari Konto',
			voter: null,
		});
		// The account registered with its own address: it votes as that registration.
		const own = await register(db, input(id, 'p3', { email: user.email }), {
			publicOrigin: ORIGIN,
		});
		if (!own.ok) throw new Error('registration failed');
		expect(await participantIn(db, id, null, account)).toMatchObject({
			registrationId: own.registrationId,
			voter: `r:${own.registrationId}`,
		});
		// A cancelled registration's link no longer stands for anyone.
		await cancelRegistration(db, mine.token, ORIGIN);
		expect(await participantIn(db, id, mine.token, null)).toBeNull();
	});
});
