/**
 * Self-study (issue 5): the prerendered pages in both languages, a learning path from start to end,
 * search in each language, a quiz with feedback per answer, progress in the browser and on the
 * account, and a case opened in the playground. axe runs on every page state the tests reach.
 */
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures.ts';

/** Waits until every island on the page has hydrated (Astro drops `ssr` then). */
async function hydrated(page: Page) {
	await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

/** Scripts the page loads: none on the pages that must ship no JavaScript. */
const scripts = (page: Page) => page.locator('script[src], script[type="module"], astro-island');

const PARAGRAPHS = [
	'2',
	'29',
	'30',
	'31',
	'32',
	'33',
	'34',
	'35',
	'36',
	'37',
	'38',
	'39',
	'40',
	'forskrift',
	'mellombels-forskrift-2020',
];

test('every paragraph page the rules engine links to exists in both languages, § 2 too', async ({
	request,
}) => {
	for (const key of PARAGRAPHS) {
		for (const prefix of ['', '/nn']) {
			const response = await request.get(`${prefix}/regelverk/${key}`);
			expect(response.status(), `${prefix}/regelverk/${key}`).toBe(200);
			const html = await response.text();
			expect(html).toContain(`<html lang="${prefix ? 'nn' : 'nb'}"`);
			// The page is rendered on the server (it shows answered questions); search indexes its
			// prerendered current version, whose results lead back here.
			expect(html).not.toContain('data-pagefind-body');
		}
	}
	// The engine links the residence condition to § 2: its page quotes the Act and explains bopel.
	const two = await (await request.get('/regelverk/2')).text();
	expect(two).toContain(
		'Lovens bestemmelser om tjenester gjelder for alle som oppholder seg i riket.',
	);
	expect(two).toContain('Bopel betyr tilknytning til Norge, ikke bolig.');
	const twoNn = await (await request.get('/nn/regelverk/2')).text();
	expect(twoNn).toContain('Bopel tyder tilknyting til Noreg, ikkje bustad.');
});

test('a regulation page: the version in force by default, the old version one link away, unverified marks, no JavaScript', async ({
	page,
}) => {
	await page.goto('/regelverk/29');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('§ 29');
	await expect(page.getByTestId('regelverk-article')).toHaveAttribute('data-version', 'rv-2019');
	await expect(
		page.getByRole('link', { name: /Fra 1\.1\.2019 \(gjelder i dag\)/ }),
	).toHaveAttribute('aria-current', 'page');
	await expect(page.getByTestId('unverified').first()).toBeVisible();
	await expect(page.getByTestId('conditions').getByRole('link').first()).toHaveAttribute(
		'href',
		/^\/regeltrening\?fakta=[\w-]+$/,
	);
	await expect(scripts(page)).toHaveCount(0);
	await expectAccessible(page);

	await page.getByRole('link', { name: '1.1.2010–31.12.2018' }).click();
	await expect(page).toHaveURL(/\/regelverk\/29\/rv-2010$/);
	await expect(page.getByTestId('old-version')).toContainText(
		'Slik var regelen 1.1.2010–31.12.2018.',
	);
	await expect(page.getByTestId('version-summary')).toContainText('19');
	await expect(scripts(page)).toHaveCount(0);
	await expectAccessible(page);

	await page.getByTestId('old-version').getByRole('link').click();
	await expect(page).toHaveURL(/\/regelverk\/29$/);

	// A regulation no longer in force shows its last version and says so.
	await page.goto('/nn/regelverk/mellombels-forskrift-2020');
	await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
	await expect(page.getByText(/Ingen versjon gjeld i dag/)).toBeVisible();
	await expectAccessible(page);

	await page.goto('/regelverk');
	await expect(page.getByTestId('regelverk-law').getByRole('link')).toHaveCount(13);
	await expect(page.getByTestId('regelverk-regulations').getByRole('link')).toHaveCount(2);
	await expectAccessible(page);
});

test('follow "Regelendringene i 2019" from start to end, marking a step as read on the way', async ({
	page,
}) => {
	await page.goto('/sjolvstudium');
	await expect(scripts(page)).toHaveCount(0);
	await expectAccessible(page);
	await page.getByRole('link', { name: 'Start stien: Regelendringene i 2019' }).click();
	await expect(page).toHaveURL(/\/sjolvstudium\/sti\/regelendringane-2019\/1$/);

	const total = 10;
	for (let n = 1; n <= total; n += 1) {
		await expect(page.getByTestId('path-step')).toHaveText(`Steg ${n} av ${total}`);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await hydrated(page);
		await expectAccessible(page);
		if (n === 2) {
			// § 29: mark it as read; the confirmation leads on to the next step.
			await page.getByRole('button', { name: 'Merk som lest' }).click();
			await expect(page).toHaveURL(/\/sjolvstudium\/framgang\?lest=regelverk%2F29&neste=/);
			await expect(page.getByTestId('marked-read')).toContainText('er merket som lest');
			await expect(page.getByTestId('local-read')).toContainText('§ 29');
			await expectAccessible(page);
			await page.getByTestId('continue').click();
			continue;
		}
		if (n < total) await page.getByTestId('next-step').click();
	}
	await expect(page.getByTestId('path-done')).toContainText('Du er ferdig med stien');
	await expect(page.getByTestId('quiz')).toBeVisible();

	await page.goto('/sjolvstudium/framgang');
	await hydrated(page);
	await expect(page.getByTestId('local-paths')).toContainText(
		'Regelendringene i 2019: 1 av 10 steg gjort',
	);
	await expectAccessible(page);
});

test('search finds § 34: «avbrot» on a nynorsk page, «avbrudd» on a bokmål page', async ({
	page,
}) => {
	await page.goto('/nn/sjolvstudium');
	await page.getByRole('searchbox', { name: 'Søk i sjølvstudiet' }).fill('avbrot');
	await page.getByRole('button', { name: 'Søk' }).click();
	await expect(page).toHaveURL(/\/nn\/sjolvstudium\/sok\?q=avbrot$/);
	await hydrated(page);
	const nnResults = page.getByTestId('search-results');
	await expect(nnResults.locator('a[href="/nn/regelverk/34"]')).toBeVisible();
	await expect(page.getByTestId('search-status')).toContainText('treff for «avbrot»');
	// The nynorsk index holds only nynorsk pages.
	for (const href of await nnResults
		.getByRole('link')
		.evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
		expect(href).toMatch(/^\/nn\//);
	}
	await expectAccessible(page);

	await page.goto('/sjolvstudium/sok');
	await hydrated(page);
	await page.getByRole('searchbox', { name: 'Hva vil du finne?' }).fill('avbrudd');
	await page.getByRole('button', { name: 'Søk' }).click();
	await expect(page).toHaveURL(/\/sjolvstudium\/sok\?q=avbrudd$/);
	const nbResults = page.getByTestId('search-results');
	await expect(nbResults.locator('a[href="/regelverk/34"]')).toBeVisible();
	for (const href of await nbResults
		.getByRole('link')
		.evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
		expect(href).not.toMatch(/^\/nn\//);
	}
	await expectAccessible(page);

	await page.getByRole('searchbox').fill('xyzzyqwerty');
	await page.getByRole('button', { name: 'Søk' }).click();
	await expect(page.getByTestId('search-status')).toHaveText('Ingen treff for «xyzzyqwerty».');
});

test('answer a quiz: feedback per answer with an explanation and a paragraph link for every option, then the score in progress', async ({
	page,
}) => {
	// Logged out, the finished quiz is kept in the browser only: nothing is posted, so no 401.
	const posts: string[] = [];
	let asked = false;
	page.on('request', (r) => {
		if (r.method() === 'POST' && new URL(r.url()).pathname === '/api/progress') posts.push(r.url());
	});
	const failed: number[] = [];
	page.on('response', (r) => {
		if (new URL(r.url()).pathname.startsWith('/api/progress') && r.status() >= 400)
			failed.push(r.status());
		if (r.url().includes('/api/progress?innlogga')) asked = true;
	});
	await page.goto('/quiz/avbrot-og-avslutning');
	await hydrated(page);
	await expect(page.getByTestId('quiz')).toHaveAttribute('data-ready', 'true');
	await expectAccessible(page);

	const questions = page.getByTestId('quiz-question');
	const count = await questions.count();
	expect(count).toBeGreaterThan(5);

	// Checking without choosing asks for a choice first.
	await questions.first().getByRole('button', { name: 'Sjekk svaret' }).click();
	await expect(questions.first().getByTestId('quiz-missing')).toHaveText(
		'Velg minst ett svar først.',
	);

	for (let i = 0; i < count; i += 1) {
		const question = questions.nth(i);
		await question.locator('input').first().check();
		await question.getByRole('button', { name: 'Sjekk svaret' }).click();
		const feedback = question.getByTestId('quiz-feedback');
		await expect(feedback).toBeVisible();
		const options = await question.locator('input').count();
		await expect(feedback.getByTestId('quiz-option-feedback')).toHaveCount(options);
		await expect(feedback.getByRole('link')).toHaveCount(options);
		await expect(question.locator('input').first()).toBeDisabled();
		if (i === 0) {
			// The first option of the first question is right: «Avbrudd er en pause …».
			await expect(feedback).toHaveAttribute('data-result', 'right');
			await expect(feedback).toContainText('Riktig!');
			await expect(feedback.getByRole('link', { name: '§ 34' }).first()).toHaveAttribute(
				'href',
				'/regelverk/34',
			);
			await expectAccessible(page);
		}
	}
	const result = page.getByTestId('quiz-result');
	await expect(result).toContainText(new RegExp(`Du fikk \\d+ av ${count} riktige\\.`));
	const score = /Du fikk (\d+) av/.exec((await result.textContent()) ?? '')?.[1];
	await expectAccessible(page);
	await expect.poll(() => asked).toBe(true);
	await page.waitForLoadState('networkidle');
	expect(posts).toEqual([]);
	expect(failed).toEqual([]);

	await result.getByRole('link', { name: 'Se fremgangen din' }).click();
	await hydrated(page);
	await expect(page.getByTestId('local-quizzes')).toContainText(
		`Avbrudd og avslutning: ${score} av ${count}`,
	);
	await expect(page.getByTestId('account-progress')).toContainText('Logg inn');
	await expectAccessible(page);

	// Retaking starts over.
	await page.goto('/quiz/avbrot-og-avslutning');
	await hydrated(page);
	await expect(page.getByTestId('quiz-feedback')).toHaveCount(0);
});

test('progress on the account: 401 without a session, stored with one, and shown on the progress page', async ({
	page,
	request,
	loginAs,
}) => {
	const anonymous = await request.post('/api/progress', {
		data: { kind: 'read', entry: 'regelverk/34' },
	});
	expect(anonymous.status()).toBe(401);

	await loginAs('participant');
	const bad = await page.request.post('/api/progress', {
		data: { kind: 'quiz', entry: 'quiz/stonad', score: 5, maxScore: 2 },
	});
	expect(bad.status()).toBe(400);
	const unknown = await page.request.post('/api/progress', {
		data: { kind: 'read', entry: 'regelverk/99' },
	});
	expect(unknown.status()).toBe(400);
	const stored = await page.request.post('/api/progress', {
		data: { kind: 'quiz', entry: 'quiz/stonad', score: 7, maxScore: 10 },
	});
	expect(stored.status()).toBe(200);

	await page.goto('/nn/regelverk/34');
	await page.getByRole('button', { name: 'Merk som lese' }).click();
	await expect(page).toHaveURL(/\/nn\/sjolvstudium\/framgang\?lest=regelverk%2F34$/);
	await expect(page.getByTestId('marked-read')).toContainText('er merkt som lese');
	await expect(page.getByTestId('account-read')).toContainText('§ 34');
	await expect(page.getByTestId('account-quizzes')).toContainText('7 av 10');
	await hydrated(page);
	await expect(page.getByTestId('local-read')).toContainText('§ 34');
	await expectAccessible(page);

	const listed = await page.request.get('/api/progress');
	expect(listed.status()).toBe(200);
	const body = (await listed.json()) as { progress: { entry: string; kind: string }[] };
	expect(body.progress.map((p) => `${p.kind}:${p.entry}`).sort()).toEqual([
		'quiz:quiz/stonad',
		'read:regelverk/34',
	]);
});

test('a case: story, questions, the model answer behind a disclosure, and the case opened in the playground', async ({
	page,
}) => {
	await page.goto('/case/lise');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Lise');
	await expect(scripts(page)).toHaveCount(0);
	const answer = page.getByTestId('model-answer');
	await expect(answer).not.toHaveAttribute('open');
	await expectAccessible(page);
	await answer.getByText('Vis løsningsforslaget').click();
	await expect(answer).toHaveAttribute('open');
	await expect(answer.getByTestId('unverified').first()).toBeVisible();
	await expectAccessible(page);
	await expect(
		page.getByTestId('case-paragraphs').getByRole('link', { name: '§ 29' }),
	).toHaveAttribute('href', '/regelverk/29');

	await page.getByTestId('open-in-playground').click();
	await expect(page).toHaveURL(/\/regeltrening\?fakta=[\w-]+$/);
	await hydrated(page);
	await expect(page.getByTestId('verdict')).toContainText('Må vurderes');
});

test('"What changed in 2019": each point before and after, linked to its paragraph and to the group exercises', async ({
	page,
}) => {
	await page.goto('/endringar-2019');
	const points = page.getByTestId('change-point');
	await expect(points).toHaveCount(9);
	await expect(points.first().getByRole('link', { name: 'Les mer: § 29' })).toHaveAttribute(
		'href',
		'/regelverk/29',
	);
	await expect(page.getByTestId('exercise')).toHaveCount(7);
	await expect(scripts(page)).toHaveCount(0);
	await expectAccessible(page);
	await points.nth(1).getByRole('link', { name: 'Oppgave 2' }).click();
	await expect(page).toHaveURL(/#oppgave-2$/);
	await expect(page.locator('#oppgave-2')).toBeInViewport();
});

test('tips: by category and by phase, and a booklet that prints without the site around it', async ({
	page,
}) => {
	await page.goto('/nn/tips');
	await expect(scripts(page)).toHaveCount(0);
	await expectAccessible(page);
	await page.getByTestId('phases').getByRole('link', { name: 'Oppstart' }).click();
	await expect(page).toHaveURL(/\/nn\/tips\/fase\/oppstart$/);
	await expect(page.getByTestId('phase-tips').getByRole('link').first()).toBeVisible();
	await expectAccessible(page);
	await page.getByTestId('phase-tips').getByRole('link').first().click();
	await expect(page).toHaveURL(/\/nn\/tips\/[a-z0-9-]+$/);
	await expect(scripts(page)).toHaveCount(0);
	await expectAccessible(page);

	await page.goto('/tips/hefte');
	await expect(page.getByTestId('booklet-chapter')).toHaveCount(7);
	await expect(scripts(page)).toHaveCount(0);
	await expectAccessible(page);
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.kvp-header')).toBeHidden();
	await expect(page.locator('.kvp-footer')).toBeHidden();
	await expect(page.getByTestId('print-hint')).toBeHidden();
	const breaks = await page
		.getByTestId('booklet-chapter')
		.evaluateAll((chapters) => chapters.map((c) => getComputedStyle(c).breakBefore));
	expect(breaks.every((b) => b === 'page')).toBe(true);
	await page.emulateMedia({ media: 'screen' });
	await expect(page.locator('.kvp-header')).toBeVisible();
});
