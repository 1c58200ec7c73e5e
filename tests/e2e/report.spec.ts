import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { expect, expectAccessible, test } from './fixtures.ts';

/** The text of a downloaded Word document, or a failed test if it is not one. */
async function wordText(bytes: Buffer): Promise<string> {
	const zip = await JSZip.loadAsync(bytes);
	const xml = await zip.file('word/document.xml')?.async('string');
	expect(xml, 'a .docx holds word/document.xml').toBeTruthy();
	return [...xml!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('\n');
}

test('the day report downloads as a Word document in the language of the page', async ({
	page,
	loginAs,
}) => {
	test.setTimeout(90_000);
	await loginAs('coordinator');
	const cases = [
		{
			path: '/admin/samlinger/samling-2019-09-19/rapport',
			link: 'Last ned som Word-dokument',
			says: ['Oppmøte per kontor', 'påmeldte møtte', 'Evaluering', 'Antall svar: 38', 'Oppgave 1'],
			not: ['påmelde møtte', 'Tal på svar', 'Oppgåve 1'],
		},
		{
			path: '/nn/admin/samlinger/samling-2019-09-19/rapport',
			link: 'Last ned som Word-dokument',
			says: ['Oppmøte per kontor', 'påmelde møtte', 'Evaluering', 'Tal på svar: 38', 'Oppgåve 1'],
			not: ['påmeldte møtte', 'Antall svar', 'Oppgave 1'],
		},
	];
	for (const c of cases) {
		await page.goto(c.path);
		// The page shows the same attendance and evaluation as the file.
		await expect(page.getByTestId('report-closing')).toContainText(c.says[1]!);
		await expectAccessible(page);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('link', { name: c.link }).click(),
		]);
		expect(download.suggestedFilename()).toMatch(/^rapport-2019-09-19-(nb|nn)\.docx$/);
		const text = await wordText(await readFile((await download.path())!));
		for (const s of c.says) expect(text).toContain(s);
		for (const s of c.not) expect(text).not.toContain(s);
	}
});
