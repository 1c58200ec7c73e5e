/**
 * Evaluation surveys end to end: a coordinator makes an evaluation from the template; the
 * checked-in participants' e-mails carry working one-time links; bad answers are refused with
 * nothing lost; results stay hidden until the fifth answer and then show charts and exports; a
 * reused link is refused; the open link on the screen takes one answer per browser; and the
 * note "Dette gjer vi med innspela" and a wished-for topic reach the next gathering.
 */
import { and, eq } from 'drizzle-orm';
import { gatherings, outbox, programmeItems } from '#db/schema/index.ts';
import { registrationSchema } from '#lib/gatherings/gatherings.schema.ts';
import { setAttended } from '#lib/gatherings/participants.server.ts';
import { register } from '#lib/gatherings/registrations.server.ts';
import { osloInstant } from '#lib/platform/time.ts';
import { createGathering, createNetwork, registrationInput } from '../factories.ts';
import { e2eDb, expect, expectAccessible, test } from './fixtures.ts';
import type { Browser, Page } from '@playwright/test';

const unique = Date.now().toString(36);

/** A valid fødselsnummer (check digits computed), never a real person's. */
function identityNumber(): string {
	for (let i = 100; i < 1000; i++) {
		const d = `150394${i}`.split('').map(Number);
		const k1 = 11 - ([3, 7, 6, 1, 8, 9, 4, 5, 2].reduce((a, w, j) => a + w * d[j]!, 0) % 11);
		if (k1 === 10) continue;
		const c1 = k1 === 11 ? 0 : k1;
		const k2 =
			11 - ([5, 4, 3, 2, 7, 6, 5, 4, 3, 2].reduce((a, w, j) => a + w * [...d, c1][j]!, 0) % 11);
		if (k2 === 10) continue;
		return `150394${i}${c1}${k2 === 11 ? 0 : k2}`;
	}
	throw new Error('none');
}

/** A network of its own with a gathering yesterday (7 confirmed, 6 checked in) and the next one in a month. */
async function arrange(baseURL: string) {
	const db = await e2eDb();
	const networkId = await createNetwork(db, `e2e-undersoking-${unique}`);
	const { id } = await createGathering(db, { networkId, startsInDays: -1, capacity: 20 });
	await db.insert(programmeItems).values([
		{
			id: `${id}-p1`,
			gatheringId: id,
			startTime: '09:00',
			endTime: '10:00',
			title: 'Regelverket i KVP',
			kind: 'talk',
		},
		{
			id: `${id}-p2`,
			gatheringId: id,
			startTime: '10:00',
			endTime: '11:00',
			title: 'Erfaringsutveksling i grupper',
			kind: 'group-work',
		},
	]);
	const { id: nextId } = await createGathering(db, { networkId, startsInDays: 30 });
	const date = (await db.query.gatherings.findFirst({ where: eq(gatherings.id, nextId) }))!.date;
	await db
		.update(gatherings)
		.set({ startsAt: osloInstant(date, '09:00'), endsAt: osloInstant(date, '15:00') })
		.where(eq(gatherings.id, nextId));
	await db.insert(programmeItems).values({
		id: `${nextId}-p1`,
		gatheringId: nextId,
		startTime: '09:00',
		endTime: '09:30',
		title: 'Velkommen',
		kind: 'talk',
	});
	const emails: string[] = [];
	for (let i = 0; i < 7; i++) {
		const input = registrationSchema.parse(registrationInput(id, `${unique}-${i}`));
		const r = await register(db, input, { publicOrigin: baseURL });
		if (!r.ok) throw new Error('registration failed');
		if (i < 6) await setAttended(db, id, r.registrationId, true);
		emails.push(input.email);
	}
	return { id, nextId, emails };
}

async function surveyLinks(emails: string[]): Promise<Map<string, string>> {
	const db = await e2eDb();
	const links = new Map<string, string>();
	for (const to of emails) {
		const mail = await db.query.outbox.findFirst({
			where: and(eq(outbox.to, to), eq(outbox.kind, 'survey-invitation')),
		});
		const url = mail ? /https?:\/\/\S+\/undersoking\/\S+/.exec(mail.text)?.[0] : undefined;
		if (url) links.set(to, new URL(url).pathname);
	}
	return links;
}

async function newPage(browser: Browser): Promise<Page> {
	return (await browser.newContext()).newPage();
}

/** Answers the evaluation: usefulness, the first programme item, and optionally free text. */
async function answer(page: Page, useful: string, texts: { good?: string; topics?: string } = {}) {
	await page
		.getByRole('group', { name: /Var denne nettverkssamlinga nyttig for deg\?/ })
		.getByLabel(useful, { exact: true })
		.check();
	await page
		.getByRole('group', { name: 'kl. 09.00 Regelverket i KVP' })
		.getByLabel('4', { exact: true })
		.check();
	if (texts.good) await page.getByLabel(/Kva var bra\?/).fill(texts.good);
	if (texts.topics)
		await page.getByLabel(/Kva tema ønskjer du på neste samling\?/).fill(texts.topics);
	await page.getByRole('button', { name: 'Send svara' }).click();
	await expect(page).toHaveURL(/\/nn\/undersoking\/takk$/);
}

test('an evaluation goes from the template to hidden, then shown, results; exported; and its input reaches the next gathering', async ({
	page,
	browser,
	loginAs,
	baseURL,
}) => {
	test.setTimeout(180_000);
	const { id, nextId, emails } = await arrange(baseURL!);
	await loginAs('admin');

	// The coordinator makes an evaluation from the template, opens it and sends the links.
	await page.goto(`/nn/admin/samlinger/${id}`);
	await page.getByRole('link', { name: 'Spørjeundersøkingar' }).click();
	await expectAccessible(page);
	await expect(page.getByLabel('Evaluering av samling')).toBeChecked();
	await page.getByRole('button', { name: 'Lag undersøkinga' }).click();
	await expect(page.getByTestId('notice')).toContainText('Undersøkinga er laga.');
	await expect(page.getByTestId('survey-questions')).toContainText(
		'Var denne nettverkssamlinga nyttig for deg?',
	);
	await expectAccessible(page);
	const surveyAdmin = page.url().replace(/\?.*$/, '');
	await page.getByRole('button', { name: 'Opne undersøkinga' }).click();
	await expect(page.getByTestId('notice')).toContainText('Undersøkinga er open.');
	await expect(
		page.getByText('Undersøkinga er for dei 6 som vart sjekka inn på samlinga.'),
	).toBeVisible();
	await page.getByRole('button', { name: 'Send lenkjene på e-post' }).click();
	await expect(page.getByTestId('notice')).toContainText(
		'Personlege lenkjer er lagde i utboksen til 6 personar.',
	);
	await expectAccessible(page);

	// Each checked-in participant's e-mail carries a link; the one not checked in got none.
	const links = await surveyLinks(emails);
	expect([...links.keys()]).toEqual(emails.slice(0, 6));
	const [first, second, third, fourth, fifth] = [...links.values()] as string[];

	// Bad input: a missing required answer and a fødselsnummer are refused; nothing typed is lost.
	const p1 = await newPage(browser);
	await p1.goto(first!);
	await expect(p1.getByTestId('anonymity-note')).toContainText('minst 5 har svart');
	await expectAccessible(p1);
	await p1
		.getByRole('group', { name: 'kl. 09.00 Regelverket i KVP' })
		.getByLabel('5', { exact: true })
		.check();
	const good = p1.getByLabel(/Kva var bra\?/);
	await good.fill(`Saka til brukaren ${identityNumber()} var eit godt døme.`);
	await expect(p1.locator(`#${await good.getAttribute('id')}-error`)).toContainText(
		'fødselsnummer eller D-nummer',
	);
	await p1.getByRole('button', { name: 'Send svara' }).click();
	await expect(p1.getByTestId('error-summary')).toContainText('Svar på dette spørsmålet.');
	await expect(p1.getByTestId('error-summary')).toContainText('teieplikta');
	await expect(p1.getByLabel(/Kva var bra\?/)).toHaveValue(
		`Saka til brukaren ${identityNumber()} var eit godt døme.`,
	);
	await expect(
		p1.getByRole('group', { name: 'kl. 09.00 Regelverket i KVP' }).getByLabel('5', { exact: true }),
	).toBeChecked();
	await expectAccessible(p1);
	await p1.getByLabel(/Kva var bra\?/).fill('Gode døme frå praksis.');
	await answer(p1, '4', { topics: `Arbeidstrening i ordinære verksemder ${unique}` });
	await expect(p1.getByTestId('survey-thanks')).toBeVisible();
	await expectAccessible(p1);

	// A reused link is refused, on the page and by the action.
	await p1.goto(first!);
	await expect(p1.getByTestId('survey-blocked')).toContainText('Denne lenkja er alt brukt');
	const again = await p1.request.post(`/_actions/surveys.submit`, {
		headers: { origin: baseURL!, accept: 'application/json' },
		form: { token: decodeURIComponent(first!.split('/').at(-1)!) },
	});
	expect(again.status()).toBe(409);
	const forged = await p1.goto('/nn/undersoking/finst.ikkje');
	expect(forged?.status()).toBe(404);
	await expect(p1.getByTestId('survey-invalid')).toBeVisible();

	// Three more answer: four in all, so the results and the rate stay hidden.
	for (const [link, value] of [
		[second, '5'],
		[third, '3'],
		[fourth, '4'],
	] as const) {
		const p = await newPage(browser);
		await p.goto(link!);
		await answer(p, value, {
			topics: value === '5' ? `Arbeidstrening i ordinære verksemder ${unique}\nMentor` : undefined,
		});
	}
	const results = `${surveyAdmin}/resultat`;
	await page.goto(results);
	await expect(page.getByTestId('results-hidden')).toContainText(
		'Resultata blir viste når minst 5 har svart.',
	);
	// "67 % of 6" would say four have answered: no rate below five answers.
	await expect(page.getByTestId('response-rate')).toHaveText(
		'Svarprosenten blir vist når minst 5 har svart.',
	);
	await expect(page.getByTestId('question-result')).toHaveCount(0);
	await expectAccessible(page);

	// The fifth answer: the results show as shares (no counts while open), charts with tables.
	const p5 = await newPage(browser);
	await p5.goto(fifth!);
	await answer(p5, '5');
	await page.reload();
	await expect(page.getByTestId('results-interim')).toBeVisible();
	await expect(page.getByTestId('response-rate')).toHaveText(
		'Svarprosent: minst 83 % (blir oppdatert for kvart 5. svar).',
	);
	const usefulResult = page.locator('[data-testid="question-result"][data-key="useful"]');
	await expect(
		usefulResult.getByRole('img', { name: /Var denne nettverkssamlinga nyttig for deg\?/ }),
	).toBeVisible();
	await expect(usefulResult.getByRole('table')).toContainText('40 %');
	await expect(usefulResult.getByRole('columnheader', { name: 'Tal' })).toHaveCount(0);
	await expect(page.getByTestId('export-csv')).toHaveCount(0);
	await expectAccessible(page);

	// The open link on the screen: one answer per browser, and never more answers than participants.
	await page.goto(surveyAdmin);
	await page.getByRole('button', { name: 'Slå på open lenkje' }).click();
	await expect(page.getByTestId('notice')).toContainText('Den opne lenkja er slått på.');
	await expectAccessible(page);
	const openLink = new URL((await page.getByTestId('open-link').getAttribute('href'))!).pathname;
	const screen = await newPage(browser);
	await screen.goto(openLink);
	await expectAccessible(screen);
	await answer(screen, '2');
	await screen.goto(openLink);
	await expect(screen.getByTestId('survey-blocked')).toContainText(
		'Det er alt sendt svar frå denne nettlesaren.',
	);
	const seventh = await newPage(browser);
	await seventh.goto(openLink);
	await seventh
		.getByRole('group', { name: /Var denne nettverkssamlinga nyttig for deg\?/ })
		.getByLabel('3', { exact: true })
		.check();
	await seventh.getByRole('button', { name: 'Send svara' }).click();
	await expect(seventh.getByTestId('form-error')).toContainText(
		'like mange svar som det var deltakarar',
	);
	await expect(
		seventh
			.getByRole('group', { name: /Var denne nettverkssamlinga nyttig for deg\?/ })
			.getByLabel('3', { exact: true }),
	).toBeChecked();

	// Closed: counts, exports.
	await page.getByRole('button', { name: 'Steng undersøkinga' }).click();
	await expect(page.getByTestId('notice')).toContainText('Undersøkinga er stengd.');
	await page.goto(results);
	await expect(page.getByTestId('response-rate')).toHaveText('6 av 6 har svart (100 %).');
	await expect(usefulResult.getByRole('columnheader', { name: 'Tal' })).toBeVisible();
	await expect(page.locator('[data-key="items"]').getByTestId('grid-table')).toContainText(
		'kl. 09.00 Regelverket i KVP',
	);
	await expect(page.locator('[data-key="good"]').getByTestId('text-answers')).toContainText(
		'Gode døme frå praksis.',
	);
	await expectAccessible(page);
	const csv = await page.request.get((await page.getByTestId('export-csv').getAttribute('href'))!);
	expect(csv.status()).toBe(200);
	expect(await csv.text()).toContain('Var denne nettverkssamlinga nyttig for deg?');
	const xlsx = await page.request.get(
		(await page.getByTestId('export-xlsx').getAttribute('href'))!,
	);
	expect(xlsx.headers()['content-type']).toContain('spreadsheetml');

	// Closing the loop: a wished-for topic goes into the next programme with one click, and the note shows on the next gathering.
	const topic = page
		.getByTestId('topics')
		.locator('li', { hasText: `Arbeidstrening i ordinære verksemder ${unique}` });
	await expect(topic).toContainText('ønskt av 2');
	await topic.getByRole('button', { name: /Legg til i programmet/ }).click();
	await expect(page.getByTestId('topic-added')).toContainText(
		`«Arbeidstrening i ordinære verksemder ${unique}» er lagt til i programmet`,
	);
	await expect(page.getByTestId('topic-added')).toContainText('kl. 09.30–10.00');
	await page
		.getByRole('textbox', { name: 'Dette gjer vi med innspela' })
		.fill(`Neste samling får eit innlegg om arbeidstrening ${unique}.`);
	await page.getByRole('button', { name: 'Lagre' }).click();
	await expect(page.getByTestId('follow-up-saved')).toBeVisible();
	await expect(page.getByTestId('follow-up')).toContainText(
		`Neste samling får eit innlegg om arbeidstrening ${unique}.`,
	);
	const visitor = await newPage(browser);
	await visitor.goto(`/nn/samlinger/${nextId}`);
	await expect(visitor.getByTestId('previous-follow-up')).toContainText(
		`Neste samling får eit innlegg om arbeidstrening ${unique}.`,
	);
	await expect(visitor.getByTestId('programme')).toContainText(
		`Arbeidstrening i ordinære verksemder ${unique}`,
	);
	await expectAccessible(visitor);

	// The trend across the network's gatherings.
	await page.getByRole('link', { name: 'Utviklinga over samlingar i nettverket' }).first().click();
	await expect(page.locator('[data-testid="trend"][data-key="useful"]')).toContainText('3,8');
	await expectAccessible(page);
});

test('the demo data: evaluations above the threshold with charts, one below it hidden, and pre-event input grouped by question', async ({
	page,
	loginAs,
}) => {
	await loginAs('coordinator');
	await page.goto(
		'/nn/admin/samlinger/samling-2019-09-19/undersokingar/undersoking-2019-09-19/resultat',
	);
	await expect(page.getByTestId('response-rate')).toHaveText('38 av 55 har svart (69 %).');
	await expect(page.locator('[data-key="useful"]').getByRole('img')).toBeVisible();
	await page.getByLabel('Fordel på').selectOption({ label: 'Kva er rolla di?' });
	await page.getByRole('button', { name: 'Vis fordelinga' }).click();
	await expect(page.getByTestId('breakdown')).toContainText('KVP-rettleiar');
	await expectAccessible(page);
	await page.goto(
		'/nn/admin/samlinger/samling-2021-03-18/undersokingar/undersoking-2021-03-18/resultat',
	);
	await expect(page.getByTestId('results-hidden')).toContainText('Færre enn 5 svarte');
	await page.goto(
		'/nn/admin/samlinger/samling-vest-var/undersokingar/undersoking-vest-var-innspel/resultat',
	);
	await expect(page.getByTestId('question-result')).toHaveCount(5);
	await expect(page.getByTestId('question-result').first()).toContainText(
		'Kva utfordringar møter du i arbeidet med KVP?',
	);
	await expectAccessible(page);
	await page.goto('/nn/admin/samlinger/samling-vest-var/undersokingar/utvikling');
	await expect(page.locator('[data-testid="trend"][data-key="useful"]')).toContainText(
		'For få svar',
	);
	await expectAccessible(page);
	await page.goto('/nn/samlinger/samling-vest-var');
	await expect(page.getByTestId('previous-follow-up')).toContainText(
		'arbeidsretta innhald i programmet',
	);
});
