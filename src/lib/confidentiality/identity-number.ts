import { idnr } from '@navikt/fnrvalidator';
import { digitRuns, normaliseForScan, type DigitGroup } from './normalise.ts';

/**
 * Norwegian national identity numbers (fødselsnummer) and D-numbers, with H-numbers and the
 * test numbers of Test Norge, validated by NAV's own `@navikt/fnrvalidator`. It accepts both
 * the classic check digits and those of the format that takes effect in 2032 (where the first
 * check digit may come from remainder 0–3), and checks the birth date.
 */
export type IdentityKind = 'identity-number' | 'd-number';

/** "identity-number", "d-number", or null when the 11 digits are not a valid number of either kind. */
export function classifyElevenDigits(value: string): IdentityKind | null {
	const result = idnr(value);
	if (result.status !== 'valid') return null;
	return result.type.startsWith('dnr') ? 'd-number' : 'identity-number';
}

export interface IdentityFinding {
	kind: IdentityKind;
	/** Where in the original text. */
	start: number;
	end: number;
}

/**
 * Eleven digits made of whole groups in a row: "15039412345", "150394 12345", "15.03.94 12345",
 * "15 03 94 123 45". A birth date with a four-digit year ("15.03.1994 12345") is read as the
 * two-digit year. A group of more than eleven digits is a longer number, never a match.
 */
function candidates(run: DigitGroup[]): { digits: string; from: number; to: number }[] {
	const found: { digits: string; from: number; to: number }[] = [];
	for (let i = 0; i < run.length; i++) {
		let digits = '';
		let dateWithYear = false;
		for (let j = i; j < run.length && digits.length < 13; j++) {
			const group = (run[j] as DigitGroup).digits;
			digits += group;
			if (digits.length === 8 && group.length >= 4)
				dateWithYear = /^(18|19|20)$/.test(digits.slice(4, 6));
			if (digits.length === 11) found.push({ digits, from: i, to: j });
			if (digits.length === 13 && dateWithYear)
				found.push({ digits: digits.slice(0, 4) + digits.slice(6), from: i, to: j });
		}
	}
	return found;
}

/** Every valid identity number or D-number in the text, however it is written. */
export function findIdentityNumbers(text: string): IdentityFinding[] {
	const { text: scanned, origin } = normaliseForScan(text);
	const findings: IdentityFinding[] = [];
	for (const run of digitRuns(scanned)) {
		for (const c of candidates(run)) {
			const kind = classifyElevenDigits(c.digits);
			if (!kind) continue;
			const start = origin[(run[c.from] as DigitGroup).start] as number;
			const end = origin[(run[c.to] as DigitGroup).end] as number;
			if (!findings.some((f) => start < f.end && f.start < end))
				findings.push({ kind, start, end });
		}
	}
	return findings;
}
