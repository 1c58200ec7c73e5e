/**
 * A participant's day with the keyboard alone (Tab, Shift+Tab, Enter, Space and the arrow keys,
 * no clicks, no field filled without reaching it by Tab): register for a gathering (with the error
 * summary first), ask a question ahead of time, give the group's answer to an exercise, and answer
 * the evaluation through the link on the screen. Focus must be visible wherever it lands.
 */
import { eq } from 'drizzle-orm';
import { registrations } from '#db/schema/index.ts';
import { setAttended } from '#lib/gatherings/participants.server.ts';
import { responseCount } from '#lib/surveys/responses.server.ts';
import { e2eDb, expect, expectAccessible, test } from './fixtures.ts';
import { gatheringDay } from './gathering-day.ts';
import type { Locator, Page } from '@playwright/test';

const unique = Date.now().toString(36);

/** How an element, its label and its wrapper are drawn: what a focus ring changes. */
function look(target: Locator): Promise<string> {
	return target.evaluate((el) => {
		const parts = (e: Element | null, pseudo?: string) => {
			if (!e) return '';
			const s = getComputedStyle(e, pseudo);
			return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow].join(' ');
		};
		const label = (el as HTMLInputElement).labels?.[0] ?? null;
		// Aksel draws the ring of a checkbox or radio button around its wrapper.
		const wrapper = el.closest('.aksel-checkbox, .aksel-radio');
		return [el, label, wrapper]
			.flatMap((e) => [parts(e), parts(e, '::before'), parts(e, '::after')])
			.join('|');
	});
}

const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement);

/**
 * Presses Tab (or Shift+Tab) until the element has focus, then checks that focus shows: the
 * element (or its label) is drawn differently from before it had focus.
 */
async function tabTo(page: Page, target: Locator, options: { back?: boolean } = {}) {
	const before = await look(target);
	for (let i = 0; i < 100 && !(await isFocused(target)); i++)
		await page.keyboard.press(options.back ? 'Shift+Tab' : 'Tab');
	await expect(target).toBeFocused();
	expect(await look(target), 'focus is visible').not.toBe(before);
}

/** Focus landed by itself (autofocus, a link to a field): it must match :focus-visible and be drawn. */
async function expectVisibleFocus(target: Locator) {
	await expect(target).toBeFocused();
	const drawn = await target.evaluate((el) => {
		const s = getComputedStyle(el);
		return (
			el.matches(':focus-visible') &&
			((s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none')
		);
	});
	expect(drawn, 'focus is visible').toBe(true);
}

test('a participant registers, asks a question, answers for the group and answers the evaluation with the keyboard alone', async ({
	page,
}) => {
	test.setTimeout(180_000);
	const { id, groupCode, surveyId, openCode } = await gatheringDay('evaluation');
	const email = `tastatur.${unique}@example.no`;

	// Registration: the skip link comes first and takes focus to the main content.
	await page.goto(`/nn/samlinger/${id}/meld-pa`);
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Hopp til hovudinnhaldet' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();

	// Sent empty: focus lands on the error summary, whose first link leads to the name field.
	const submit = page.getByRole('button', { name: 'Meld meg på' });
	await tabTo(page, submit);
	await page.keyboard.press('Enter');
	const summary = page.getByTestId('error-summary');
	await expectVisibleFocus(summary);
	await expect(summary).toContainText('Skriv namnet ditt.');
	await expectAccessible(page);
	await tabTo(page, summary.getByRole('link', { name: 'Skriv namnet ditt.' }));
	await page.keyboard.press('Enter');
	const name = page.getByLabel('Namn', { exact: true });
	await expectVisibleFocus(name);
	await page.keyboard.type('Tove Tastatur');
	await tabTo(page, page.getByLabel('E-postadresse'));
	await page.keyboard.type(email);
	const office = page.getByLabel('NAV-kontor');
	await tabTo(page, office);
	await page.keyboard.press('ArrowDown');
	await expect(office).not.toHaveValue('');
	const role = page.getByLabel('Rolle');
	await tabTo(page, role);
	await page.keyboard.type('KVP-rettleiar');
	// The browser may fill in the person's own details (WCAG 1.3.5).
	await expect(name).toHaveAttribute('autocomplete', 'name');
	await expect(role).toHaveAttribute('autocomplete', 'organization-title');
	const consent = page.getByLabel(/Eg har lese personvernerklæringa/);
	await tabTo(page, consent);
	await page.keyboard.press('Space');
	await expect(consent).toBeChecked();
	// Back up to the name with Shift+Tab: what was typed is still there.
	await tabTo(page, name, { back: true });
	await expect(name).toHaveValue('Tove Tastatur');
	await tabTo(page, submit);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/nn\/pamelding\/[^/]+\?ny$/);
	await expect(page.getByTestId('registered')).toContainText('Takk! Du er påmeld.');

	// A question ahead of time, from the personal page.
	await tabTo(page, page.getByRole('link', { name: 'Spørsmål til samlinga' }));
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/nn\/samlinger\/[^/]+\/sporsmal\?t=/);
	await tabTo(page, page.getByLabel('Spørsmålet ditt'));
	const question = `Kor lenge kan programmet vare ${unique}?`;
	await page.keyboard.type(question);
	const item = page.getByLabel('Gjeld programpost');
	await tabTo(page, item);
	await page.keyboard.press('ArrowDown');
	await expect(item).toHaveValue(`${id}-p1`);
	await tabTo(page, page.getByRole('button', { name: 'Send spørsmålet' }));
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('question-sent')).toBeVisible();
	await expect(page.getByTestId('questions')).toContainText(question);

	// The group's answer, through the group's link from the screen.
	await page.goto(`/nn/g/${groupCode}`);
	await tabTo(page, page.getByLabel('Oppsummering av diskusjonen'));
	await page.keyboard.type('Vilkåra i § 29 er oppfylte.');
	await tabTo(page, page.getByLabel('Det viktigaste spørsmålet til gruppa'));
	await page.keyboard.type('Kva med inntekt frå arbeid?');
	await tabTo(page, page.getByRole('button', { name: 'Lagre svaret' }));
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('group-saved')).toBeVisible();

	// The evaluation through the open link, once the coordinator has checked the participant in.
	const db = await e2eDb();
	const registration = await db.query.registrations.findFirst({
		where: eq(registrations.email, email),
	});
	await setAttended(db, id, registration!.id, true);
	await page.goto(`/nn/undersoking/skjerm/${openCode}`);
	const send = page.getByRole('button', { name: 'Send svara' });
	await tabTo(page, send);
	await page.keyboard.press('Enter');
	const surveySummary = page.getByTestId('error-summary');
	await expectVisibleFocus(surveySummary);
	await expectAccessible(page);
	const useful = page.getByRole('group', { name: /Var denne nettverkssamlinga nyttig for deg\?/ });
	await tabTo(page, surveySummary.getByRole('link').first());
	await page.keyboard.press('Enter');
	// The summary's link leads to the scale's first choice; Space picks it, the arrows move it.
	await expect(useful.getByLabel('1', { exact: true })).toBeFocused();
	await page.keyboard.press('Space');
	for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
	await expect(useful.getByLabel('4', { exact: true })).toBeChecked();
	const row = page.getByRole('group', { name: 'kl. 09.00 Regelverket i KVP' });
	await tabTo(page, row.getByLabel('1', { exact: true }));
	await page.keyboard.press('Space');
	await page.keyboard.press('ArrowRight');
	await expect(row.getByLabel('2', { exact: true })).toBeChecked();
	await tabTo(page, page.getByLabel(/Kva var bra\?/));
	await page.keyboard.type('Gode døme frå praksis.');
	await tabTo(page, send);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/nn\/undersoking\/takk$/);
	await expect(page.getByTestId('survey-thanks')).toBeVisible();
	expect(await responseCount(db, surveyId)).toBe(1);
});
