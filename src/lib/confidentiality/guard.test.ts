import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyElevenDigits, confidentialityMessage, findConfidential } from './guard.ts';

/** Makes a number with valid check digits from a date and an individual number (test data only). */
function withCheckDigits(nine: string): string | null {
	const d = [...nine].map(Number);
	const k = (w: number[], ds: number[]) => {
		const r = 11 - (w.reduce((a, x, i) => a + x * (ds[i] as number), 0) % 11);
		return r === 11 ? 0 : r === 10 ? null : r;
	};
	const k1 = k([3, 7, 6, 1, 8, 9, 4, 5, 2], d);
	if (k1 === null) return null;
	const k2 = k([5, 4, 3, 2, 7, 6, 5, 4, 3, 2], [...d, k1]);
	if (k2 === null) return null;
	return `${nine}${k1}${k2}`;
}

const pad = (n: number) => String(n).padStart(2, '0');
// A birth date and individual number that give valid check digits, found by search (fictional).
function someNumber(day: number, month: number, yy: number, dNumber = false): string {
	for (let individual = 100; individual < 1000; individual++) {
		const made = withCheckDigits(`${pad(dNumber ? day + 40 : day)}${pad(month)}${pad(yy)}${individual}`);
		if (made) return made;
	}
	throw new Error('no number');
}

describe('identity numbers', () => {
	const fnr = someNumber(15, 3, 94);
	const dnr = someNumber(2, 11, 88, true);

	it('recognises identity numbers and D-numbers by their check digits', () => {
		expect(classifyElevenDigits(fnr)).toBe('identity-number');
		expect(classifyElevenDigits(dnr)).toBe('d-number');
		const wrong = fnr.slice(0, 10) + String((Number(fnr[10]) + 1) % 10);
		expect(classifyElevenDigits(wrong)).toBeNull();
		expect(classifyElevenDigits('31029412345')).toBeNull();
	});

	it('finds them in text, also written with a space, and never in longer numbers', () => {
		expect(findConfidential(`Brukaren har fnr ${fnr} og bur i Bergen.`).map((f) => f.kind)).toEqual(['identity-number']);
		expect(findConfidential(`${fnr.slice(0, 6)} ${fnr.slice(6)}`).map((f) => f.kind)).toEqual(['identity-number']);
		expect(findConfidential(`D-nr: ${dnr}`).map((f) => f.kind)).toEqual(['d-number']);
		expect(findConfidential(`kontonummer 9${fnr}`)).toEqual([]);
	});

	it('refuses every valid number, wherever it stands in the text (property)', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 999 }), fc.string(), fc.string(), (day, month, yy, ind, before, after) => {
				const made = withCheckDigits(`${pad(day)}${pad(month)}${pad(yy)}${String(ind).padStart(3, '0')}`);
				fc.pre(made !== null);
				const text = `${before.replace(/\d/g, '')} ${made} ${after.replace(/\d/g, '')}`;
				expect(confidentialityMessage(findConfidential(text))).toBe('error.confidential.identity');
			}),
		);
	});
});

describe('phone numbers', () => {
	it.each(['91234567', '912 34 567', '+47 912 34 567', '0047 41234567', '22 33 44 55', '5555 1234', '+4791234567'])('finds %s', (phone) => {
		expect(findConfidential(`Ring henne på ${phone} i morgon.`).map((f) => f.kind)).toEqual(['phone-number']);
	});

	it.each(['Programmet er 37,5 timar i veka', 'Stønaden er 2 G, om lag 247 000 kroner', 'Saka frå 2019 og 2020', 'Kontonummer 1234.56.78901 er ikkje eit telefonnummer', 'Vedtak 12.03.2019', '§ 29 første ledd'])('lets ordinary text through: %s', (text) => {
		expect(findConfidential(text)).toEqual([]);
	});

	it('says the phone message when only phone numbers are found', () => {
		expect(confidentialityMessage(findConfidential('ring 91234567'))).toBe('error.confidential.phone');
		expect(confidentialityMessage([])).toBeNull();
	});
});
