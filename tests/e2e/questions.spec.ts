import { eq } from 'drizzle-orm';
import { outbox, programmeItems } from '#db/schema/index.ts';
import { createGathering } from '../factories.ts';
import { e2eDb, expect, expectAccessible, test } from './fixtures.ts';
import type { Browser, Page } from '@playwright/test';

const unique = Date.now().toString(36);

/** Registers through the form and returns the personal link's token. */
async function register(page: Page, gatheringId: string, who: string): Promise<string> {
	await page.goto(`/nn/samlinger/${gatheringId}/meld-pa`);
	await page.getByLabel('Namn', { exact: true }).fill(`Spørjar ${who}`);
	await page.getByLabel('E-postadresse').fill(`${who}.${unique}@example.no`);
	await page.getByLabel('Anna organisasjon (valfritt)').fill('NAV Testby');
	await page.getByLabel('Rolle').fill('KVP-rettleiar');
	await page.getByLabel(/Eg har lese personvernerklæringa/).check();
	await page.getByRole('button', { name: 'Meld meg på' }).click();
	await expect(page).toHaveURL(/\/pamelding\//);
	return decodeURIComponent(page.url().split('/pamelding/')[1]!.replace(/\?ny$/, ''));
}

async function newPage(browser: Browser): Promise<Page> {
	return (await browser.newContext()).newPage();
}

test('a question goes from the personal link, through votes and moderation, to the dossier and the published Q&A', async ({
	page,
	browser,
	loginAs,
}) => {
	test.setTimeout(120_000);
	const db = await e2eDb();
	const { id } = await createGathering(db, { networkId: 'vestland', capacity: 20 });
	await db.insert(programmeItems).values({
		id: `${id}-talk`,
		gatheringId: id,
		startTime: '09:00',
		endTime: '10:00',
		title: 'Regelverket i KVP',
		kind: 'talk',
		presenterRole: 'Rådgjevar',
		presenterOrganisation: 'Statsforvaltaren i Vestland',
		presenterEmail: `foredrag.${unique}@example.no`,
	});

	const asker = await newPage(browser);
	const tokenA = await register(asker, id, 'a');
	await asker.getByRole('link', { name: 'Spørsmål til samlinga' }).click();
	await expect(asker).toHaveURL(/sporsmal\?t=/);
	await expectAccessible(asker);

	// A fødselsnummer is refused, by the live check and by the server, with nothing lost.
	const fnr = '15039412345'.slice(0, 9);
	const valid = (() => {
		for (let i = 100; i < 1000; i++) {
			const d = `150394${i}`.split('').map(Number);
			const k1 = 11 - ([3, 7, 6, 1, 8, 9, 4, 5, 2].reduce((a, w, j) => a + w * d[j]!, 0) % 11);
			if (k1 >= 10) continue;
			const d2 = [...d, k1 % 11];
			const k2 = 11 - ([5, 4, 3, 2, 7, 6, 5, 4, 3, 2].reduce((a, w, j) => a + w * d2[j]!, 0) % 11);
			if (k2 >= 10) continue;
			return `150394${i}${k1 % 11}${k2 % 11}`;
		}
		return fnr;
	})();
	const field = asker.getByLabel('Spørsmålet ditt');
	await field.fill(`Kva gjer vi med brukaren ${valid}?`);
	await expect(asker.locator('#field-text-error')).toContainText('fødselsnummer eller D-nummer');
	await asker.getByRole('button', { name: 'Send spørsmålet' }).click();
	await expect(asker.getByTestId('error-summary')).toContainText('teieplikta');
	await expect(field).toHaveValue(`Kva gjer vi med brukaren ${valid}?`);

	await field.fill(`Kor mange gonger kan ein person få KVP ${unique}?`);
	await asker
		.getByLabel('Gjeld programpost')
		.selectOption({ label: 'kl. 09.00 Regelverket i KVP' });
	await asker.getByLabel('Gjeld paragraf').selectOption('29');
	await asker.getByRole('button', { name: 'Send spørsmålet' }).click();
	await expect(asker.getByTestId('question-sent')).toBeVisible();
	await field.fill(`Kan ein få KVP fleire gonger ${unique}?`);
	await asker.getByRole('button', { name: 'Send spørsmålet' }).click();
	await expect(asker.getByTestId('questions')).toContainText('Ventar på godkjenning');

	// The coordinator approves both.
	await loginAs('coordinator');
	await page.goto(`/nn/admin/samlinger/${id}/sporsmal`);
	await expectAccessible(page);
	for (const text of [
		`Kor mange gonger kan ein person få KVP ${unique}?`,
		`Kan ein få KVP fleire gonger ${unique}?`,
	]) {
		await page
			.locator(`[data-question="${text}"]`)
			.getByRole('button', { name: /^Godkjenn/ })
			.click();
		await expect(page.getByTestId('moderated')).toBeVisible();
	}

	// Another participant votes once; a second vote is refused.
	const voter = await newPage(browser);
	const tokenB = await register(voter, id, 'b');
	await voter.goto(`/nn/samlinger/${id}/sporsmal?t=${encodeURIComponent(tokenB)}`);
	await voter
		.getByRole('button', {
			name: new RegExp(`^Stem\\b.*Kor mange gonger kan ein person få KVP ${unique}`),
		})
		.click();
	await expect(voter.getByText('Takk for stemma.')).toBeVisible();
	const again = await voter.request.post(`/_actions/questions.vote`, {
		headers: { origin: new URL(voter.url()).origin, accept: 'application/json' },
		form: {
			gatheringId: id,
			questionId: (await db.query.questions.findFirst({
				where: (q, { like }) => like(q.text, `Kor mange gonger%${unique}%`),
			}))!.id,
			token: tokenB,
		},
	});
	expect(again.status()).toBe(409);

	// The coordinator merges the duplicate into it and assigns it to the talk.
	await page.reload();
	const duplicate = page.locator(`[data-question="Kan ein få KVP fleire gonger ${unique}?"]`);
	await duplicate
		.getByLabel('Slå saman med')
		.selectOption({ label: `Kor mange gonger kan ein person få KVP ${unique}?` });
	await duplicate.getByRole('button', { name: 'Slå saman' }).click();
	await expect(
		page.locator(`[data-question="Kan ein få KVP fleire gonger ${unique}?"]`),
	).toHaveCount(0);
	await page.goto(`/nn/admin/samlinger/${id}/mappe`);
	await expect(page.getByTestId('dossier-item')).toContainText(
		`Kor mange gonger kan ein person få KVP ${unique}?`,
	);
	await expectAccessible(page);
	await page.goto(`/nn/admin/samlinger/${id}/sporsmal`);
	await page.getByRole('button', { name: 'Send mappene på e-post' }).click();
	const dossierMail = await db.query.outbox.findFirst({
		where: eq(outbox.to, `foredrag.${unique}@example.no`),
	});
	expect(dossierMail?.text).toContain(`Kor mange gonger kan ein person få KVP ${unique}?`);

	// Answered in plenum and published: it shows in the gathering's Q&A.
	const original = page.locator(
		`[data-question="Kor mange gonger kan ein person få KVP ${unique}?"]`,
	);
	await original.getByText('Svar i plenum').click();
	await original
		.getByLabel('Svar', { exact: true })
		.fill('Så mange gonger som vilkåra i § 29 er oppfylte, frå 1.1.2019.');
	await original.getByRole('button', { name: 'Lagre svar' }).click();
	await page
		.locator(`[data-question="Kor mange gonger kan ein person få KVP ${unique}?"]`)
		.getByRole('button', { name: /^Publiser i spørsmål og svar/ })
		.click();
	await expect(page.getByTestId('moderated')).toBeVisible();
	await asker.goto(`/nn/samlinger/${id}`);
	await expect(asker.getByTestId('qa')).toContainText(
		'Så mange gonger som vilkåra i § 29 er oppfylte',
	);
	// …and on the self-study page of the paragraph it concerns.
	await asker.goto('/nn/regelverk/29');
	await expect(asker.getByTestId('paragraph-qa')).toContainText(
		`Kor mange gonger kan ein person få KVP ${unique}?`,
	);
	await expect(asker.getByTestId('paragraph-qa')).toContainText(
		'Så mange gonger som vilkåra i § 29 er oppfylte',
	);
	await expectAccessible(asker);
	void tokenA;
});

test('a group opens its exercise by link, saves, and the plenum view shows it without a reload', async ({
	page,
	browser,
	loginAs,
}) => {
	test.setTimeout(120_000);
	const db = await e2eDb();
	const { id } = await createGathering(db, { networkId: 'vestland' });
	await loginAs('coordinator');
	await page.goto(`/nn/admin/samlinger/${id}/oppgaver`);
	await page.getByLabel('Tittel').fill('Avbrot eller avslutning');
	await page.getByLabel('Spørsmål til gruppene (eitt per linje)').fill('Del døme på avbrot.');
	await page.getByLabel('Paragrafar (til dømes 29, 30)').fill('34');
	await page.getByRole('button', { name: 'Lagre oppgåva' }).click();
	await expect(page.getByTestId('exercise-saved')).toBeVisible();
	await page.getByLabel('Eller tal på grupper').fill('2');
	await page.getByRole('button', { name: 'Legg til grupper' }).click();
	await page.getByRole('button', { name: 'Opne 1' }).click();
	await expectAccessible(page);
	const groupLink = await page.locator('[data-group-link="Gruppe 1"]').getAttribute('href');

	await page.getByRole('link', { name: 'Plenumsvising 1' }).click();
	await expect(page.getByTestId('plenum-grid')).toContainText('Ventar på svar');
	await expectAccessible(page);
	await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));

	const group = await newPage(browser);
	await group.goto(groupLink!);
	await expectAccessible(group);
	await group
		.getByLabel('Oppsummering av diskusjonen')
		.fill('Vi brukar avbrot ved behandling, og avtalar samtalar undervegs.');
	await group
		.getByLabel('Det viktigaste spørsmålet til gruppa')
		.fill('Kva skjer med vernet etter eitt år?');
	await group.getByRole('button', { name: 'Lagre svaret' }).click();
	await expect(group.getByTestId('group-saved')).toBeVisible();

	// The plenum view updated by itself: same page (the marker survives), new text.
	await expect(page.getByTestId('plenum-grid')).toContainText('Vi brukar avbrot ved behandling', {
		timeout: 10_000,
	});
	expect(await page.evaluate(() => (window as unknown as { marker: number }).marker)).toBe(42);

	// A forged link shows a clear message; script in text is shown as text.
	const forged = await group.goto('/nn/g/finstikkje');
	expect(forged?.status()).toBe(404);
	await expect(group.getByTestId('group-unknown')).toBeVisible();
	await group.goto(groupLink!);
	await group.getByLabel('Døme').fill('<script>window.hacked=1</script>');
	await group.getByRole('button', { name: 'Lagre svaret' }).click();
	await expect(page.getByTestId('plenum-grid')).toContainText('<script>window.hacked=1</script>', {
		timeout: 10_000,
	});
	expect(
		await page.evaluate(() => (window as unknown as { hacked?: number }).hacked),
	).toBeUndefined();

	// The group's question joined the question list, marked with the group.
	await page.goto(`/nn/admin/samlinger/${id}/sporsmal`);
	await expect(page.getByTestId('moderation')).toContainText('Kva skjer med vernet etter eitt år?');
	await expect(page.getByTestId('moderation')).toContainText('Frå Gruppe 1');
	// The report holds the answer.
	await page.goto(`/nn/admin/samlinger/${id}/rapport`);
	await expect(page.getByText('Vi brukar avbrot ved behandling')).toBeVisible();
	await expectAccessible(page);
	const md = await page.request.get(`/api/samlinger/${id}/rapport.md?lang=nn`);
	expect(await md.text()).toContain('## Oppgåve 1: Avbrot eller avslutning');

	// Once closed, the group can no longer change it.
	await page.goto(`/nn/admin/samlinger/${id}/oppgaver`);
	await page.getByRole('button', { name: 'Steng 1' }).click();
	await group.goto(groupLink!);
	await expect(group.getByText('Oppgåva er stengd. Dette er svaret de leverte.')).toBeVisible();
});
