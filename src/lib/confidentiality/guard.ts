/**
 * The confidentiality guard (taushetsplikt). NAV staff may paste real case details into free text;
 * every free-text field is checked with this before it is saved, and the same code runs in the
 * browser as the person types. It finds Norwegian national identity numbers (fødselsnummer) and
 * D-numbers with valid check digits, and phone numbers. It never repeats what it found.
 */

export type FindingKind = 'identity-number' | 'd-number' | 'phone-number';
export interface Finding {
	kind: FindingKind;
	/** Where in the text, so an editor can highlight it. */
	start: number;
	end: number;
}

const W1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const W2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

function checkDigit(digits: number[], weights: number[]): number | null {
	const sum = weights.reduce((acc, w, i) => acc + w * (digits[i] as number), 0);
	const k = 11 - (sum % 11);
	if (k === 11) return 0;
	if (k === 10) return null;
	return k;
}

function validDate(day: number, month: number, yy: number): boolean {
	if (month < 1 || month > 12 || day < 1) return false;
	// The century does not matter for this check, except for 29 February.
	const daysInMonth = [31, yy % 4 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] as number;
	return day <= daysInMonth;
}

/** "identity-number", "d-number", or null when the 11 digits are not a valid number of either kind. */
export function classifyElevenDigits(value: string): 'identity-number' | 'd-number' | null {
	if (!/^\d{11}$/.test(value)) return null;
	const d = [...value].map(Number);
	if (checkDigit(d, W1) !== d[9] || checkDigit(d, W2) !== d[10]) return null;
	let day = (d[0] as number) * 10 + (d[1] as number);
	let month = (d[2] as number) * 10 + (d[3] as number);
	const yy = (d[4] as number) * 10 + (d[5] as number);
	let kind: 'identity-number' | 'd-number' = 'identity-number';
	if (day > 40) {
		day -= 40;
		kind = 'd-number';
	}
	// H-numbers and synthetic test numbers add 40 or 80 to the month.
	if (month > 80) month -= 80;
	else if (month > 40) month -= 40;
	return validDate(day, month, yy) ? kind : null;
}

// Eleven digits, possibly written 6+5 with a space, a dot or a dash, not part of a longer number.
const ELEVEN = /(?<![\d])(\d{6})[ .-]?(\d{5})(?![\d])/g;
// Norwegian phone numbers: +47/0047 optional, then 8 digits starting with 2–9, written together or
// grouped 3-2-3, 2-2-2-2 or 4-4 with spaces, dots or dashes.
const PHONE =
	/(?<![\d,.])(?:(?:\+|00)47[ .-]?)?(?:[2-9]\d{7}|[2-9]\d{2}[ .-]\d{2}[ .-]\d{3}|[2-9]\d[ .-]\d{2}[ .-]\d{2}[ .-]\d{2}|[2-9]\d{3}[ .-]\d{4})(?![\d]|[,.]\d)/g;

export function findConfidential(text: string): Finding[] {
	const findings: Finding[] = [];
	for (const m of text.matchAll(ELEVEN)) {
		const kind = classifyElevenDigits(`${m[1]}${m[2]}`);
		if (kind) findings.push({ kind, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
	}
	for (const m of text.matchAll(PHONE)) {
		const start = m.index ?? 0;
		const end = start + m[0].length;
		if (!findings.some((f) => start < f.end && f.start < end)) findings.push({ kind: 'phone-number', start, end });
	}
	return findings.sort((a, b) => a.start - b.start);
}

/** The message key for a text with findings: identity numbers weigh heavier than phone numbers. */
export function confidentialityMessage(findings: Finding[]): 'error.confidential.identity' | 'error.confidential.phone' | null {
	if (findings.length === 0) return null;
	return findings.some((f) => f.kind !== 'phone-number') ? 'error.confidential.identity' : 'error.confidential.phone';
}
