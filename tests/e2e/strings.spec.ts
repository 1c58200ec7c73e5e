import { programmeItems } from '#db/schema/index.ts';
import { createGathering, createNetwork } from '../factories.ts';
import { e2eDb, expect, expectAccessible, test } from './fixtures.ts';

const unique = Date.now().toString(36);

/** A gathering yesterday with a coffee break, a lunch and one plenum (the only item a survey rates). */
async function arrange() {
	const db = await e2eDb();
	const networkId = await createNetwork(db, `e2e-strings-${unique}`);
	const { id } = await createGathering(db, { networkId, startsInDays: -1, capacity: 20 });
	await db.insert(programmeItems).values([
		{
			id: `${id}-p1`,
			gatheringId: id,
			startTime: '09:30',
			endTime: '10:15',
			title: 'Kaffe og registrering',
			kind: 'break',
		},
		{
			id: `${id}-p2`,
			gatheringId: id,
			startTime: '11:30',
			endTime: '12:00',
			title: 'Lunsj',
			kind: 'meal',
		},
		{
			id: `${id}-p3`,
			gatheringId: id,
			startTime: '12:00',
			endTime: '13:00',
			title: 'Plenum',
			kind: 'plenum',
		},
	]);
	return id;
}

for (const lang of ['nb', 'nn'] as const) {
	test(`times are written with a full stop and "kl.", and counts take their plural form (${lang})`, async ({
		page,
		loginAs,
	}) => {
		test.setTimeout(120_000);
		const id = await arrange();
		await loginAs('admin');
		const prefix = lang === 'nn' ? '/nn' : '';

		// The coordinator's programme: spans "09.30–10.15", and the edit link names "kl. 09.30".
		await page.goto(`${prefix}/admin/samlinger/${id}`);
		const programme = page.getByTestId('programme-admin');
		await expect(programme).toContainText('09.30–10.15 Kaffe og registrering');
		await expect(programme).not.toContainText('09:30');
		await expect(
			page.getByRole('link', { name: 'Endre kl. 09.30 Kaffe og registrering' }),
		).toBeVisible();

		// Group work: the programme items to choose from are named "kl. 12.00 Plenum".
		await page.goto(`${prefix}/admin/samlinger/${id}/oppgaver`);
		await expect(
			page.getByLabel('Programpost').locator('option', { hasText: 'kl. 12.00 Plenum' }),
		).toHaveCount(1);

		// An evaluation's grid: one row per rated item, counted in the singular.
		await page.goto(`${prefix}/admin/samlinger/${id}/undersokingar`);
		await page
			.getByRole('button', { name: lang === 'nn' ? 'Lag undersøkinga' : 'Lag undersøkelsen' })
			.click();
		const questions = page.getByTestId('survey-questions');
		await expect(questions).toContainText('1 programpost');
		await expectAccessible(page);
	});
}
