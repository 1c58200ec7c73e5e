import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syntheticNumber, withCheckDigits } from './fixtures/synthetic-numbers.ts';
import { classifyElevenDigits, confidentialityMessage, findConfidential } from './guard.ts';

// Synthetic numbers only (fixtures/synthetic-numbers.ts), never a real person's.
const fnr = syntheticNumber(15, 3, 94);
const dnr = syntheticNumber(2, 11, 88, { dNumber: true });
const hnr = syntheticNumber(7, 6, 71, { monthOffset: 40 });
const tnr = syntheticNumber(21, 9, 55, { monthOffset: 80 });
const new1 = syntheticNumber(2, 1, 32, { rest: 1 });
const new2 = syntheticNumber(30, 10, 82, { rest: 2 });
const new3 = syntheticNumber(11, 4, 33, { rest: 3 });
const newD = syntheticNumber(9, 12, 40, { dNumber: true, rest: 1 });
const fnr00 = syntheticNumber(29, 2, 0);

const [dd, mm, yy, ind, k] = [
	fnr.slice(0, 2),
	fnr.slice(2, 4),
	fnr.slice(4, 6),
	fnr.slice(6, 9),
	fnr.slice(9),
];
const nnnnn = fnr.slice(6);
const fullWidth = (s: string) => s.replace(/\d/g, (c) => String.fromCharCode(0xff10 + Number(c)));
const mathBold = (s: string) => s.replace(/\d/g, (c) => String.fromCodePoint(0x1d7ce + Number(c)));
const withYear = (n: string, century: string) =>
	`${n.slice(0, 2)}.${n.slice(2, 4)}.${century}${n.slice(4, 6)} ${n.slice(6)}`;
const bump = (n: string, at: number) =>
	n.slice(0, at) + String((Number(n[at]) + 1) % 10) + n.slice(at + 1);
const identityKinds = (text: string) =>
	findConfidential(text)
		.filter((f) => f.kind !== 'phone-number')
		.map((f) => f.kind);

// [how it is written, the text, what the guard must find]
const formats: [string, string, string[]][] = [
	['eleven digits together', `fnr ${fnr}`, ['identity-number']],
	['6+5 with a space', `${fnr.slice(0, 6)} ${nnnnn}`, ['identity-number']],
	['6+5 with a non-breaking space (Word)', `${fnr.slice(0, 6)}\u00A0${nnnnn}`, ['identity-number']],
	['6+5 with an en dash (Word)', `${fnr.slice(0, 6)}\u2013${nnnnn}`, ['identity-number']],
	['6+5 with an em dash', `${fnr.slice(0, 6)}\u2014${nnnnn}`, ['identity-number']],
	['6+5 with a hyphen', `${fnr.slice(0, 6)}-${nnnnn}`, ['identity-number']],
	['6+5 with a non-breaking hyphen', `${fnr.slice(0, 6)}\u2011${nnnnn}`, ['identity-number']],
	['6+5 with a minus sign', `${fnr.slice(0, 6)}\u2212${nnnnn}`, ['identity-number']],
	['6+5 with a dot', `${fnr.slice(0, 6)}.${nnnnn}`, ['identity-number']],
	['6+5 with a spaced dash', `${fnr.slice(0, 6)} - ${nnnnn}`, ['identity-number']],
	['6+5 with two spaces', `${fnr.slice(0, 6)}  ${nnnnn}`, ['identity-number']],
	['6+5 with a narrow no-break space', `${fnr.slice(0, 6)}\u202F${nnnnn}`, ['identity-number']],
	['6+5 with a thin space', `${fnr.slice(0, 6)}\u2009${nnnnn}`, ['identity-number']],
	['6+5 with a tab', `${fnr.slice(0, 6)}\t${nnnnn}`, ['identity-number']],
	['dd.mm.yy nnnnn', `født ${dd}.${mm}.${yy} ${nnnnn}`, ['identity-number']],
	['dd.mm.yy-nnnnn', `${dd}.${mm}.${yy}-${nnnnn}`, ['identity-number']],
	['dd.mm.yy\u00A0nnnnn', `${dd}.${mm}.${yy}\u00A0${nnnnn}`, ['identity-number']],
	['dd mm yy nnnnn', `${dd} ${mm} ${yy} ${nnnnn}`, ['identity-number']],
	['dd mm yy nnn nn', `${dd} ${mm} ${yy} ${ind} ${k}`, ['identity-number']],
	['ddmmyy nnn nn', `${dd}${mm}${yy} ${ind} ${k}`, ['identity-number']],
	['dd/mm/yy nnnnn', `${dd}/${mm}/${yy} ${nnnnn}`, ['identity-number']],
	['dd-mm-yy-nnnnn', `${dd}-${mm}-${yy}-${nnnnn}`, ['identity-number']],
	['dd.mm.yyyy nnnnn', withYear(fnr, '19'), ['identity-number']],
	['ddmmyyyy nnnnn', `${dd}${mm}19${yy} ${nnnnn}`, ['identity-number']],
	['dd.mm.yyyy-nnn nn', `${dd}.${mm}.19${yy}-${ind} ${k}`, ['identity-number']],
	['full-width digits', `fnr ${fullWidth(fnr)}`, ['identity-number']],
	[
		'full-width and ASCII mixed with an ideographic space',
		`${fullWidth(fnr.slice(0, 6))}\u3000${nnnnn}`,
		['identity-number'],
	],
	['mathematical bold digits', mathBold(fnr), ['identity-number']],
	['zero-width spaces between every digit', [...fnr].join('\u200B'), ['identity-number']],
	[
		'zero-width joiner, word joiner and BOM',
		`${fnr.slice(0, 3)}\u200D${fnr.slice(3, 6)}\u2060${fnr.slice(6, 9)}\uFEFF${k}`,
		['identity-number'],
	],
	['soft hyphen', `${fnr.slice(0, 6)}\u00AD${nnnnn}`, ['identity-number']],
	['stuck to letters and punctuation', `fnr:${fnr}.`, ['identity-number']],
	['in parentheses', `(${fnr.slice(0, 6)} ${nnnnn})`, ['identity-number']],
	['born on 29 February 2000', fnr00, ['identity-number']],
	['D-number together', `D-nr: ${dnr}`, ['d-number']],
	[
		'D-number as dd.mm.yy nnnnn',
		`${dnr.slice(0, 2)}.${dnr.slice(2, 4)}.${dnr.slice(4, 6)} ${dnr.slice(6)}`,
		['d-number'],
	],
	['H-number', hnr, ['identity-number']],
	['Test Norge number', tnr, ['identity-number']],
	['2032 format, remainder 1', new1, ['identity-number']],
	[
		'2032 format, remainder 2, grouped 6+5 with an en dash',
		`${new2.slice(0, 6)}\u2013${new2.slice(6)}`,
		['identity-number'],
	],
	[
		'2032 format, remainder 3, dd.mm.yy nnnnn',
		`${new3.slice(0, 2)}.${new3.slice(2, 4)}.${new3.slice(4, 6)} ${new3.slice(6)}`,
		['identity-number'],
	],
	['2032 format D-number', newD, ['d-number']],
	["NAV's published 2032 example (individual number 999)", '02013299997', ['identity-number']],
	['two numbers in one text', `${fnr} og ${dnr}`, ['identity-number', 'd-number']],
	// Not identity numbers:
	['wrong second check digit', bump(fnr, 10), []],
	['wrong first check digit', `${fnr.slice(0, 9)}${(Number(fnr[9]) + 5) % 10}${fnr[10]}`, []],
	['part of a longer number', `kontonummer 9${fnr}`, []],
	['twelve digits grouped 6+6', `${fnr.slice(0, 6)} ${nnnnn}9`, []],
	['ten digits', fnr.slice(0, 10), []],
	['split by a line break', `${fnr.slice(0, 6)}\n${nnnnn}`, []],
	['split by a word', `${fnr.slice(0, 6)} og ${nnnnn}`, []],
	['split by a comma', `${fnr.slice(0, 6)},${nnnnn}`, []],
	[
		'valid check digits but day 32',
		withCheckDigits('321294123') ?? withCheckDigits('321294124') ?? '',
		[],
	],
	[
		'valid check digits but month 13',
		withCheckDigits('151394123') ?? withCheckDigits('151394124') ?? '',
		[],
	],
	[
		'valid check digits but 29 February 1995',
		withCheckDigits('290295123') ?? withCheckDigits('290295124') ?? '',
		[],
	],
	['a date with a four-digit year and nothing more', `${dd}.${mm}.19${yy}`, []],
	['a date with a four-digit year and five digits, century 17', withYear(fnr, '17'), []],
	['an account number', 'Kontonummer 1234.56.78901', []],
	['amounts and years', 'Stønaden er 2 G, om lag 247 000 kroner, fra 2019 til 2020', []],
	['a phone number', 'ring 912 34 567', []],
];

describe('identity numbers in every way people write them', () => {
	it('has at least 40 formats, valid and invalid', () => {
		expect(formats.length).toBeGreaterThanOrEqual(40);
		expect(formats.filter(([, , kinds]) => kinds.length === 0).length).toBeGreaterThanOrEqual(10);
	});

	it.each(formats)('%s', (_name, text, kinds) => {
		expect(text).not.toBe('');
		expect(identityKinds(text)).toEqual(kinds);
		for (const f of findConfidential(text).filter((x) => x.kind !== 'phone-number')) {
			// The finding points at the number in the original text, from its first digit to its last.
			expect(
				text.slice(f.start, f.end).normalize('NFKC').replace(/\D/g, '').length,
			).toBeGreaterThanOrEqual(11);
		}
	});

	it('classifies the kinds by their check digits', () => {
		expect(classifyElevenDigits(fnr)).toBe('identity-number');
		expect(classifyElevenDigits(dnr)).toBe('d-number');
		expect(classifyElevenDigits(new1)).toBe('identity-number');
		expect(classifyElevenDigits(bump(fnr, 10))).toBeNull();
	});

	it('refuses every valid number, classic or 2032, wherever it stands in the text (property)', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 28 }),
				fc.integer({ min: 1, max: 12 }),
				fc.integer({ min: 0, max: 99 }),
				fc.integer({ min: 0, max: 999 }),
				fc.integer({ min: 0, max: 3 }),
				fc.constantFrom(' ', '\u00A0', '\u2013', '.', ''),
				fc.string(),
				fc.string(),
				(day, month, year, individual, rest, separator, before, after) => {
					const pad = (n: number) => String(n).padStart(2, '0');
					const made = withCheckDigits(
						`${pad(day)}${pad(month)}${pad(year)}${String(individual).padStart(3, '0')}`,
						rest,
					);
					fc.pre(made !== null);
					const number = `${made.slice(0, 6)}${separator}${made.slice(6)}`;
					const text = `${before.replace(/[\d\p{Nd}]/gu, '')} ${number} ${after.replace(/[\d\p{Nd}]/gu, '')}`;
					expect(confidentialityMessage(findConfidential(text))).toBe(
						'error.confidential.identity',
					);
				},
			),
		);
	});
});

describe('phone numbers', () => {
	it.each([
		'91234567',
		'912 34 567',
		'+47 912 34 567',
		'0047 41234567',
		'22 33 44 55',
		'5555 1234',
		'+4791234567',
	])('finds %s', (phone) => {
		expect(findConfidential(`Ring henne på ${phone} i morgon.`).map((f) => f.kind)).toEqual([
			'phone-number',
		]);
	});

	it('lets phone numbers through where a field refuses identity numbers only', () => {
		expect(findConfidential('Kontakt meg på 912 34 567', 'identity')).toEqual([]);
		expect(findConfidential(`Kontakt 912 34 567 om ${fnr}`, 'identity').map((f) => f.kind)).toEqual(
			['identity-number'],
		);
	});

	it.each([
		'Programmet er 37,5 timar i veka',
		'Stønaden er 2 G, om lag 247 000 kroner',
		'Saka frå 2019 og 2020',
		'Kontonummer 1234.56.78901 er ikkje eit telefonnummer',
		'Vedtak 12.03.2019',
		'§ 29 første ledd',
	])('lets ordinary text through: %s', (text) => {
		expect(findConfidential(text)).toEqual([]);
	});

	it('says the phone message when only phone numbers are found', () => {
		expect(confidentialityMessage(findConfidential('ring 91234567'))).toBe(
			'error.confidential.phone',
		);
		expect(confidentialityMessage([])).toBeNull();
	});
});
