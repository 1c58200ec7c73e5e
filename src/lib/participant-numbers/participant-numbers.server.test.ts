import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { getDb } from '#db/client.ts';
import { randomId } from '#lib/platform/tokens.ts';
import { createNetwork } from '#tests/factories.ts';
import { networkView } from './figures.ts';
import { commitRows, previewUpload } from './import.server.ts';
import { letterFor } from './letters.server.ts';
import { networkNumbers, saveFigures, saveLevel, saveMonth } from './participant-numbers.server.ts';

const NOW = new Date('2019-11-06T10:00:00Z');
const HEAD = ['Kontor', 'Måned', 'Totalt', '24 år eller yngre', '25 år eller eldre', 'Merknad'];

async function network() {
	const db = await getDb();
	const id = `net-${randomId().slice(0, 8)}`;
	await createNetwork(db, id, [`${id}-a`, `${id}-b`]);
	return { db, id, a: `${id}-a`, b: `${id}-b` };
}

async function xlsx(rows: (string | number)[][]): Promise<File> {
	const wb = new ExcelJS.Workbook();
	wb.addWorksheet('Tal').addRows(rows);
	return new File([await wb.xlsx.writeBuffer()], 'tal.xlsx');
}

describe('importing figures', () => {
	it('shows a preview and saves nothing until confirmed; then saves every row', async () => {
		const { db, id, a, b } = await network();
		const file = await xlsx([
			HEAD,
			[a, '2019-08', 10, 2, 8, ''],
			[b, '2019-08', 0, '', '', 'anslag'],
		]);
		const preview = await previewUpload(db, id, file, NOW);
		expect(preview.ok && preview.figures.map((f) => [f.officeId, f.total, f.previous])).toEqual([
			[a, 10, null],
			[b, 0, null],
		]);
		expect((await networkNumbers(db, id))!.figures).toEqual([]);
		const saved = await commitRows(db, id, preview.ok ? preview.rows : [], null, NOW);
		expect(saved).toEqual({ ok: true, saved: 2 });
		expect(
			(await networkNumbers(db, id))!.figures.map((f) => [f.officeId, f.total, f.quality]),
		).toEqual([
			[a, 10, 'reported'],
			[b, 0, 'estimate'],
		]);
	});
	it('saves nothing at all when one row of many is bad', async () => {
		const { db, id, a, b } = await network();
		const result = await commitRows(
			db,
			id,
			[HEAD, [a, '2019-07', '5', '', '', ''], [b, '2019-07', '-1', '', '', '']],
			null,
			NOW,
		);
		expect(result).toEqual({
			ok: false,
			errors: [{ row: 3, column: 'total', key: 'negative', params: { value: '-1' } }],
		});
		expect((await networkNumbers(db, id))!.figures).toEqual([]);
	});
	it("refuses another network's office as unknown", async () => {
		const { db, id } = await network();
		const other = await network();
		const result = await commitRows(
			db,
			id,
			[HEAD, [other.a, '2019-07', '5', '', '', '']],
			null,
			NOW,
		);
		expect(result.ok ? null : result.errors[0]?.key).toBe('unknownOffice');
	});
	it('tells which figures a preview would replace', async () => {
		const { db, id, a } = await network();
		await saveFigures(
			db,
			[
				{
					officeId: a,
					month: '2019-08',
					total: 4,
					under25: null,
					over25: null,
					quality: 'reported',
					note: '',
				},
			],
			null,
			NOW,
		);
		const preview = await previewUpload(
			db,
			id,
			await xlsx([HEAD, [a, '2019-08', 6, '', '', '']]),
			NOW,
		);
		expect(preview.ok && preview.figures[0]?.previous).toBe(4);
	});
});

describe('the grid', () => {
	it('removes the figure of an office left blank, so the month shows as missing', async () => {
		const { db, id, a, b } = await network();
		const fig = (officeId: string, total: number) => ({
			officeId,
			month: '2019-08',
			total,
			under25: null,
			over25: null,
			quality: 'reported' as const,
			note: '',
		});
		await saveFigures(db, [fig(a, 3), fig(b, 4)], null, NOW);
		await saveMonth(db, '2019-08', [fig(a, 5)], [b], null, NOW);
		const view = networkView((await networkNumbers(db, id))!);
		expect(view.current).toMatchObject({ total: 5, reported: 1, missing: 1 });
	});
});

describe('the letter', () => {
	it('is drafted for an office below its band with its level and what it reported', async () => {
		const { db, id, a } = await network();
		await saveLevel(db, a, {
			level: 7.8,
			tolerancePercent: 30,
			asOf: '2019-04-09',
			source: 'statistikk frå direktoratet',
		});
		await saveFigures(
			db,
			[
				{
					officeId: a,
					month: '2019-08',
					total: 4,
					under25: 1,
					over25: 3,
					quality: 'reported',
					note: '',
				},
			],
			null,
			NOW,
		);
		const draft = await letterFor(db, (await networkNumbers(db, id))!, a, 'nn', {
			name: 'Koordinator',
			email: 'k@example.no',
		});
		expect(draft?.position).toBe('below');
		expect(draft?.text).toContain('7,8 per månad');
		expect(draft?.text).toContain('august 2019: 4');
		expect(draft?.text).toContain('Koordinator, k@example.no');
	});
});
