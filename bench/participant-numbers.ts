/**
 * `npm run bench:participant-numbers`: a network of 60 offices imports 3 years of monthly
 * figures (2 160 rows) from an Excel file, then the network view is drawn: the table rows, the
 * network chart and one 12-month chart per office, and the Excel export. Runs in process on a
 * fresh SQLite file; prints the time of each step (first run, then the median of five more with
 * the chart cache emptied by new content) and the size of what the page would carry.
 *
 * Beside three steps it prints their bare limit, measured in every run next to the step, and
 * the ratio of the medians, which means the same on a busy machine as on an idle one:
 * reading the file is ExcelJS loading the same bytes alone; saving is the same rows written by the
 * database client alone in one transaction (INSERT OR REPLACE, no checks); loading is one bare
 * SELECT of the same rows. Checking, drawing and the export have no bare counterpart of their own.
 */
import { mkdirSync, rmSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { createDb } from '#db/client.ts';
import { migrateDb } from '#db/migrate.ts';
import { networks, offices } from '#db/schema/index.ts';
import { networkChart, officeChart } from '#lib/participant-numbers/charts.server.ts';
import { tableXlsx } from '#lib/participant-numbers/exports.server.ts';
import { addMonths, networkView } from '#lib/participant-numbers/figures.ts';
import { checkRows, commitRows } from '#lib/participant-numbers/import.server.ts';
import { networkNumbers } from '#lib/participant-numbers/participant-numbers.server.ts';
import { readFigureFile } from '#lib/participant-numbers/read-file.ts';

const OFFICES = 60;
const MONTHS = 36;
const FILE = '.bench/participant-numbers.db';
const NOW = new Date('2020-01-15T12:00:00Z');
const LAST = '2019-12';

for (const s of ['', '-wal', '-shm']) rmSync(FILE + s, { force: true });
mkdirSync('.bench', { recursive: true });
const db = await createDb(`file:${FILE}`);
await migrateDb(db);
await db
	.insert(networks)
	.values({ id: 'bench', name: 'Lastnettverket', organiser: 'Statsforvaltaren', createdAt: NOW });
const list = Array.from({ length: OFFICES }, (_, i) => ({
	id: `nav-${i + 1}`,
	networkId: 'bench',
	name: `NAV Kontor ${i + 1}`,
	municipalities: [`Kommune ${i + 1}`],
}));
await db.insert(offices).values(list);

/** Deterministic figures around a level per office, every 17th month missing. */
async function workbook(seed: number): Promise<Uint8Array> {
	const wb = new ExcelJS.Workbook();
	const sheet = wb.addWorksheet('Tal');
	sheet.addRow(['Kontor', 'Måned', 'Totalt', '24 år eller yngre', '25 år eller eldre', 'Merknad']);
	for (const o of list) {
		for (let m = 0; m < MONTHS; m++) {
			const total = 5 + ((o.id.length * 7 + m * 3 + seed) % 40);
			const under = Math.floor(total / 4);
			sheet.addRow([
				o.name,
				addMonths(LAST, m - MONTHS + 1),
				total,
				under,
				total - under,
				m % 17 === 5 ? 'anslag' : '',
			]);
		}
	}
	return new Uint8Array(await wb.xlsx.writeBuffer());
}

const ms = (t: number) => Math.round((performance.now() - t) * 10) / 10;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const officeIds = new Map(list.map((o) => [o.name, o.id]));

/** The bare save: the file's rows as they are, written by the database client in one transaction. */
async function bareSave(rows: string[][]): Promise<void> {
	const statements = rows.slice(1).map(([office, month, total, under, over, note]) => ({
		sql: 'INSERT OR REPLACE INTO participant_counts (office_id, month, total, under_25, over_25, note, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
		args: [
			officeIds.get(office!)!,
			month!,
			Number(total),
			Number(under),
			Number(over),
			note ?? '',
			NOW.getTime(),
		],
	}));
	await db.$client.batch(statements, 'write');
}

async function run(seed: number) {
	const bytes = await workbook(seed);
	let t = performance.now();
	const read = await readFigureFile('tal.xlsx', bytes);
	if (!read.ok) throw new Error(read.error);
	const readMs = ms(t);
	t = performance.now();
	await new ExcelJS.Workbook().xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
	const readBareMs = ms(t);
	t = performance.now();
	const preview = await checkRows(db, 'bench', read.rows, NOW);
	if (!preview.ok) throw new Error('preview refused');
	const checkMs = ms(t);
	// The bare save goes first, so the app's save leaves the rows exactly as it writes them.
	t = performance.now();
	await bareSave(read.rows);
	const saveBareMs = ms(t);
	t = performance.now();
	const saved = await commitRows(db, 'bench', read.rows, null, NOW);
	if (!saved.ok || saved.saved !== OFFICES * MONTHS) throw new Error('not all saved');
	const saveMs = ms(t);
	t = performance.now();
	const data = (await networkNumbers(db, 'bench'))!;
	const view = networkView(data);
	const loadMs = ms(t);
	t = performance.now();
	const bareRows = await db.$client.execute('SELECT * FROM participant_counts');
	if (bareRows.rows.length !== OFFICES * MONTHS) throw new Error('the bare read missed rows');
	const loadBareMs = ms(t);
	t = performance.now();
	const charts = [
		await networkChart('nb', view.series, `n${seed}`),
		...(await Promise.all(
			view.rows.map((r) => officeChart('nb', r, view.months, `o${seed}-${r.officeId}`)),
		)),
	];
	const drawMs = ms(t);
	t = performance.now();
	const xlsx = await tableXlsx('nb', 'Lastnettverket', view);
	const exportMs = ms(t);
	return {
		bytes: bytes.byteLength,
		readMs,
		readBareMs,
		checkMs,
		saveMs,
		saveBareMs,
		loadMs,
		loadBareMs,
		drawMs,
		exportMs,
		svgBytes: charts.reduce((s, c) => s + c.length, 0),
		xlsxBytes: xlsx.byteLength,
		rows: saved.saved,
	};
}

const first = await run(0);
const rest: (typeof first)[] = [];
for (let i = 1; i <= 5; i++) rest.push(await run(i));
type Key = keyof typeof first;
const medianOf = (key: Key) => median(rest.map((r) => r[key]));
const row = (name: string, key: Key, bare?: Key) =>
	console.log(
		`${name.padEnd(44)} ${String(first[key]).padStart(9)} ${String(medianOf(key)).padStart(9)}` +
			(bare
				? ` ${String(medianOf(bare)).padStart(9)} ${`${(medianOf(key) / medianOf(bare)).toFixed(1)}×`.padStart(7)}`
				: ''),
	);
console.log(
	`Participant numbers: ${OFFICES} offices × ${MONTHS} months = ${first.rows} rows; Excel file ${(first.bytes / 1024).toFixed(0)} KB`,
);
console.log(
	`${'step (ms)'.padEnd(44)} ${'first'.padStart(9)} ${'median 5'.padStart(9)} ${'bare'.padStart(9)} ${'ratio'.padStart(7)}`,
);
row('read the Excel file', 'readMs', 'readBareMs');
row('check the rows (preview)', 'checkMs');
row('check again and save in one transaction', 'saveMs', 'saveBareMs');
row('load the network and build the view', 'loadMs', 'loadBareMs');
row(`draw the network chart + ${OFFICES} office charts`, 'drawMs');
row('write the Excel table', 'exportMs');
console.log(
	'bare: ExcelJS loading the same bytes; the same rows by the database client in one transaction; one SELECT of them',
);
console.log(
	`SVG on the page: ${(first.svgBytes / 1024).toFixed(0)} KB; Excel export ${(first.xlsxBytes / 1024).toFixed(0)} KB`,
);
