import type { Page } from '@playwright/test';
import { CONDITION_TITLES, evaluateEligibility, exampleById } from '#lib/rules/index.ts';
import { expect, expectAccessible, test } from './fixtures.ts';

const lise = exampleById('lise')!;
const liseResult = evaluateEligibility(lise.facts);

/** Opens a playground page and waits until the island has hydrated (Astro drops `ssr` then). */
async function open(page: Page, url: string) {
	await page.goto(url);
	await expect(page.locator('astro-island')).toHaveCount(1);
	await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

/** The eligibility tab's panel: field labels such as «Fødselsdato» recur in the other (hidden) tabs. */
const factsPanel = (page: Page) => page.getByRole('tabpanel', { name: 'Vilkår' });

async function loadCase(page: Page, title: string) {
	await factsPanel(page)
		.getByLabel(/^Case fr(a|å) biblioteket/)
		.selectOption({ label: title });
	await factsPanel(page).getByRole('button', { name: 'Hent case', exact: true }).click();
	await expect(page.getByTestId('case').getByRole('heading')).toHaveText(title);
}

test.describe('the rules playground in bokmål', () => {
	test('load Lise, predict, run and read why; the answer follows the facts', async ({ page }) => {
		await open(page, '/regeltrening');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Regeltrening');
		await expect(page.getByRole('tab', { name: 'Vilkår' })).toHaveAttribute(
			'aria-selected',
			'true',
		);
		await expectAccessible(page);

		await loadCase(page, lise.title.nb);
		await expect(page.getByTestId('case')).toContainText('fagdag om KVP i mai 2018');
		const verdict = page.getByTestId('verdict');
		await expect(verdict).toHaveAttribute('aria-live', 'polite');
		await expect(verdict).toHaveText('Svaret er skjult til du har spådd.');
		await expect(page.getByTestId('conditions')).toHaveCount(0);
		await expect(page.getByRole('heading', { name: 'Spå først' })).toBeVisible();
		await expectAccessible(page);

		// Running without a prediction asks for one first.
		await page.getByRole('button', { name: 'Kjør motoren' }).click();
		await expect(
			page.getByText('Velg hva du tror svaret er, før du kjører motoren.'),
		).toBeVisible();

		await page
			.getByRole('group', { name: 'Fyller personen vilkårene?' })
			.getByRole('radio', { name: 'Må vurderes' })
			.check();
		const deciding = page.getByRole('group', { name: 'Hvilke vilkår avgjør svaret?' });
		for (const id of liseResult.decisive)
			await deciding.getByRole('checkbox', { name: CONDITION_TITLES[id].nb }).check();
		await page.getByRole('button', { name: 'Kjør motoren' }).click();

		await expect(page.getByTestId('feedback')).toContainText(
			'Riktig! Du traff både svaret og vilkårene som avgjør det.',
		);
		await expect(page.getByTestId('score')).toHaveText('Poeng i denne økten: 1 av 1 riktige.');
		await expect(verdict).toContainText('Svar: Må vurderes');
		await expect(verdict).toContainText(liseResult.summary.nb);
		await expect(page.getByRole('heading', { name: 'Svaret fra motoren' })).toBeFocused();
		const age = page.locator('[data-condition="working-age"]');
		await expect(age).toContainText('Oppfylt');
		await expect(age).toContainText(liseResult.conditions[0]!.explanation.nb);
		await expect(
			age.getByRole('link', { name: 'sosialtjenesteloven § 29 første ledd' }),
		).toHaveAttribute('href', '/regelverk/29');
		await expectAccessible(page);

		// Change a fact: the verdict and the explanation follow at once.
		await page
			.getByRole('group', {
				name: 'Er personen omfattet av loven og ikke unntatt som person uten fast bopel?',
			})
			.getByRole('radio', { name: 'Nei' })
			.check();
		await expect(verdict).toContainText('Svar: Nei, fyller ikke vilkårene');
		await expect(verdict).toHaveAttribute('data-verdict', 'not-eligible');
		await expect(page.locator('[data-condition="lawful-residence-fixed-abode"]')).toContainText(
			'Ikke oppfylt',
		);
		await expectAccessible(page);

		// A wrong prediction counts too, and the score lasts the session.
		await page.getByRole('button', { name: 'Spå på nytt' }).click();
		await expect(page.getByRole('heading', { name: 'Spå først' })).toBeFocused();
		await page
			.getByRole('group', { name: 'Fyller personen vilkårene?' })
			.getByRole('radio', { name: 'Ja, fyller vilkårene' })
			.check();
		await page.getByRole('button', { name: 'Kjør motoren' }).click();
		await expect(page.getByTestId('feedback')).toContainText(
			'Ikke denne gangen. Du svarte «Ja, fyller vilkårene».',
		);
		await expect(page.getByTestId('score')).toHaveText('Poeng i denne økten: 1 av 2 riktige.');
		await page.reload();
		await expect(page.getByTestId('score')).toHaveText('Poeng i denne økten: 1 av 2 riktige.');
	});

	test('an invalid fact names the field and the answer waits for it', async ({ page }) => {
		await open(page, '/regeltrening');
		await factsPanel(page).getByLabel('Fødselsdato', { exact: true }).fill('2030-01-01');
		await expect(page.getByTestId('verdict')).toHaveText(
			'Rett opp feilene i skjemaet, så kommer svaret.',
		);
		const summary = page.getByTestId('error-summary');
		await expect(
			summary.getByRole('link', { name: 'Fødselsdatoen kan ikke være etter vurderingsdatoen.' }),
		).toHaveAttribute('href', '#kvp-e-birthDate');
		await expect(factsPanel(page).getByLabel('Fødselsdato', { exact: true })).toHaveAttribute(
			'aria-invalid',
			'true',
		);
		await expectAccessible(page);
	});

	test('share a case by link: the facts and the verdict come back', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await open(page, '/regeltrening');
		await loadCase(page, lise.title.nb);
		await page.getByRole('button', { name: 'Vis svaret uten å spå' }).click();
		await page
			.getByRole('group', { name: 'Er det gjort en arbeidsevnevurdering?' })
			.getByRole('radio', { name: 'Nei' })
			.check();
		const verdict = (await page.getByTestId('verdict').textContent()) ?? '';
		expect(verdict).toContain('Svar: Nei, fyller ikke vilkårene');

		const link = page.getByLabel('Lenke til saken');
		const url = await link.inputValue();
		expect(url).toMatch(/\/regeltrening\?fakta=[\w-]+$/);
		await page.getByRole('button', { name: 'Kopier lenke' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Lenken er kopiert.' })).toBeVisible();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);

		const other = await context.newPage();
		await open(other, url);
		await expect(other.getByTestId('case').getByRole('heading')).toHaveText('Delt sak');
		await expect(factsPanel(other).getByLabel('Vurderingsdato', { exact: true })).toHaveValue(
			'2018-05-08',
		);
		await expect(factsPanel(other).getByLabel('Fødselsdato', { exact: true })).toHaveValue(
			'1994-03-15',
		);
		await expect(
			other
				.getByRole('group', { name: 'Er det gjort en arbeidsevnevurdering?' })
				.getByRole('radio', { name: 'Nei' }),
		).toBeChecked();
		await expect(other.getByTestId('verdict')).toHaveText(verdict);
		await expectAccessible(other);

		// The sender can ask the recipient to predict first.
		await page.getByRole('checkbox', { name: 'Skjul svaret til mottakeren har spådd' }).check();
		const predictUrl = await link.inputValue();
		expect(predictUrl).toContain('spaa=1');
		await open(other, predictUrl);
		await expect(other.getByTestId('verdict')).toHaveText('Svaret er skjult til du har spådd.');

		// A broken link says so and opens an empty case.
		await open(other, '/regeltrening?fakta=ikkje-gyldig');
		await expect(other.getByText('Lenken du åpnet, inneholder ikke gyldige fakta.')).toBeVisible();
		await other.close();
	});

	test('what changed: verdicts that change between 2018-06-01 and 2019-06-01, with the condition named', async ({
		page,
	}) => {
		await open(page, '/regeltrening');
		const tab = page.getByRole('tab', { name: 'Hva endret seg?' });
		// Keyboard: the arrow keys move between tabs.
		await page.getByRole('tab', { name: 'Vilkår' }).focus();
		await page.keyboard.press('ArrowRight');
		await expect(tab).toBeFocused();
		await expect(tab).toHaveAttribute('aria-selected', 'true');
		const panel = page.getByRole('tabpanel', { name: 'Hva endret seg?' });
		await expect(panel).toBeVisible();
		await panel.getByLabel('Første dato').fill('2018-06-01');
		await panel.getByLabel('Andre dato').fill('2019-06-01');
		await expect(page.getByTestId('compare-summary')).toContainText(
			/\d+ av 19 caser får et annet svar\./,
		);
		const amira = panel.locator('tr[data-case="amira-18-ar-2018"]');
		await expect(amira).toHaveAttribute('data-changed', 'true');
		await expect(amira).toContainText('Nei, fyller ikke vilkårene');
		await expect(amira).toContainText('Ja, fyller vilkårene');
		await expect(amira).toContainText('Yrkesaktiv alder: Ikke oppfylt → Oppfylt');
		await expectAccessible(page);

		await panel.getByRole('checkbox', { name: 'Vis bare caser der svaret endrer seg' }).check();
		await expect(panel.locator('tbody tr[data-changed="false"]')).toHaveCount(0);
		await panel.getByLabel('Andre dato').fill('2018-07-01');
		await expect(page.getByTestId('compare-summary')).toContainText(
			'0 av 19 caser får et annet svar.',
		);
	});

	test('the period and benefit calculators compute on their own tabs', async ({ page }) => {
		await open(page, '/regeltrening');
		await page.getByRole('tab', { name: 'Periode' }).click();
		const period = page.getByRole('tabpanel', { name: 'Periode' });
		await period
			.getByLabel('Hent fra en case')
			.selectOption({ label: exampleById('kristoffer-2014')!.title.nb });
		await period.getByRole('button', { name: 'Hent', exact: true }).click();
		await expect(period.getByLabel('Programstart')).toHaveValue('2014-10-01');
		await expect(page.getByTestId('period-summary')).toContainText('Siste sluttdato er');
		await expect(period.getByText('Siste mulige sluttdato')).toBeVisible();
		const before = await page.getByTestId('period-summary').innerText();
		await period.getByRole('button', { name: 'Fjern avbrudd 1' }).click();
		await expect(period.getByRole('button', { name: 'Legg til avbrudd' })).toBeFocused();
		await expect(page.getByTestId('period-summary')).not.toHaveText(before);
		await expectAccessible(page);

		await page.getByRole('tab', { name: 'Stønad' }).click();
		const benefit = page.getByRole('tabpanel', { name: 'Stønad' });
		await benefit.getByLabel('Hent fra en case').selectOption({ label: lise.title.nb });
		await benefit.getByRole('button', { name: 'Hent', exact: true }).click();
		await expect(page.getByTestId('benefit-summary')).toContainText('Barnetillegg for 1 barn');
		const keys = page.getByTestId('benefit-keys');
		await expect(keys).toContainText('Til utbetaling for perioden');
		const payable = async () =>
			Number((await keys.locator('div').last().locator('dd').innerText()).replace(/\D/g, ''));
		const oneChild = await payable();
		await benefit.getByLabel('Barn personen forsørger').fill('2');
		await expect.poll(payable).toBeGreaterThan(oneChild);
		await expectAccessible(page);

		await benefit.getByLabel('Barn personen forsørger').fill('25');
		await expect(benefit.getByText('Skriv et heltall fra 0 til 20.').first()).toBeVisible();
		await expect(page.getByTestId('benefit-summary')).toHaveText(
			'Rett opp feilene i skjemaet, så kommer svaret.',
		);
		await expectAccessible(page);

		// The eligibility tab kept its state while hidden.
		await page.getByRole('tab', { name: 'Vilkår' }).click();
		await expect(page.getByTestId('verdict')).toBeVisible();
	});
});

test('the playground in nynorsk: Lise, predict, run, links to the nynorsk regulation pages', async ({
	page,
}) => {
	await open(page, '/nn/regeltrening');
	await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
	await expect(page.getByRole('tab', { name: 'Kva endra seg?' })).toBeVisible();
	await expectAccessible(page);

	await loadCase(page, lise.title.nn);
	await page
		.getByRole('group', { name: 'Fyller personen vilkåra?' })
		.getByRole('radio', { name: 'Må vurderast' })
		.check();
	await page.getByRole('button', { name: 'Køyr motoren' }).click();
	await expect(page.getByTestId('feedback')).toContainText(
		'Du trefte svaret, men ikkje alle vilkåra som avgjer det.',
	);
	await expect(page.getByTestId('feedback')).toContainText('Du gløymde:');
	await expect(page.getByTestId('verdict')).toContainText('Svar: Må vurderast');
	const age = page.locator('[data-condition="working-age"]');
	await expect(age).toContainText(liseResult.conditions[0]!.explanation.nn);
	await expect(
		age.getByRole('link', { name: 'sosialtenestelova § 29 første ledd' }),
	).toHaveAttribute('href', '/nn/regelverk/29');
	await expect(page.getByTestId('score')).toHaveText('Poeng i denne økta: 0 av 1 rette.');
	await expectAccessible(page);

	await page.getByRole('tab', { name: 'Kva endra seg?' }).click();
	await expect(page.getByTestId('compare-summary')).toContainText('case får eit anna svar.');
	await expect(page.locator('tr[data-case="amira-18-ar-2018"]')).toContainText(
		'Yrkesaktiv alder: Ikkje oppfylt → Oppfylt',
	);
	await expectAccessible(page);
});

test('without JavaScript the page lists the case library with the engine’s verdicts', async ({
	browser,
	request,
}) => {
	// Chromium does not render <noscript> when scripts are turned off from outside, so read the HTML.
	const html = await (await request.get('/regeltrening')).text();
	const noscript = /<noscript>([\s\S]*?)<\/noscript>/.exec(html)?.[1] ?? '';
	expect(noscript).toContain('Regeltreningen trenger JavaScript');
	const links = [
		...noscript.matchAll(
			/<li[^>]*>\s*<a[^>]*href="([^"]+)"[^>]*>([^<]+)<\/a>\s*:\s*([^<]+)<\/li>/g,
		),
	];
	expect(links).toHaveLength(19);
	const [first] = links;
	expect(first?.[2]?.trim()).toBe(lise.title.nb);
	expect(first?.[3]?.trim()).toBe('Må vurderes');

	// Each links to the case, rendered with the engine's answer on the server.
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(first![1]!.replace(/&amp;/g, '&'));
	await expect(page.getByTestId('verdict')).toContainText('Svar: Må vurderes');
	await expect(page.locator('[data-condition="working-age"]')).toContainText(
		liseResult.conditions[0]!.explanation.nb,
	);
	await expect(factsPanel(page).getByLabel('Fødselsdato', { exact: true })).toHaveValue(
		'1994-03-15',
	);
	await context.close();
});
