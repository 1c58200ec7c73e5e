import { describe, expect, it } from 'vitest';
import { norwegianCsv } from './csv.ts';

describe('CSV for Norwegian Excel', () => {
	it('starts with a byte order mark and separates with semicolons and CRLF', () => {
		expect(
			norwegianCsv([
				['Namn', 'Tal'],
				['Kari', 2],
			]),
		).toBe('\uFEFFNamn;Tal\r\nKari;2\r\n');
	});

	it('writes decimal numbers with a comma, so 3.8 is not read as a date', () => {
		expect(norwegianCsv([[3.8, -2.5, 40]])).toBe('\uFEFF3,8;-2,5;40\r\n');
	});

	it('keeps a line break inside its cell', () => {
		expect(norwegianCsv([['Linje ein\nlinje to', 'neste']])).toBe(
			'\uFEFF"Linje ein\nlinje to";neste\r\n',
		);
	});

	it.each([
		['=HYPERLINK("http://x.example","klikk")', `"'=HYPERLINK(""http://x.example"",""klikk"")"`],
		['+47 912 34 567', "'+47 912 34 567"],
		['-1+1', "'-1+1"],
		['@SUM(A1)', "'@SUM(A1)"],
		['\t=1', "'\t=1"],
		['\r=1', `"'\r=1"`],
		['Vanleg tekst', 'Vanleg tekst'],
	])('escapes a cell that would run as a formula: %j', (cell, written) => {
		expect(norwegianCsv([[cell]])).toBe(`\uFEFF${written}\r\n`);
	});
});
