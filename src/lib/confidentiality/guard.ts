/**
 * The confidentiality guard (taushetsplikt). NAV staff may paste real case details into free text;
 * every free-text field is checked with this before it is saved, and the same code runs in the
 * browser as the person types. It finds Norwegian national identity numbers (fødselsnummer) and
 * D-numbers however they are written (see identity-number.ts), and phone numbers. It never
 * repeats what it found.
 */
import { findIdentityNumbers, type IdentityKind } from './identity-number.ts';

export { classifyElevenDigits } from './identity-number.ts';

export type FindingKind = IdentityKind | 'phone-number';
export interface Finding {
	kind: FindingKind;
	/** Where in the text, so an editor can highlight it. */
	start: number;
	end: number;
}

/**
 * What a field refuses. `all`: identity numbers and phone numbers (what participants write about
 * cases). `identity`: identity numbers only, for fields where a phone number belongs (a
 * coordinator's contact number in a message, a venue's address, a person's own name).
 */
export type GuardMode = 'all' | 'identity';

// Norwegian phone numbers: +47/0047 optional, then 8 digits starting with 2–9, written together or
// grouped 3-2-3, 2-2-2-2 or 4-4 with spaces, dots or dashes.
const PHONE =
	/(?<![\d,.])(?:(?:\+|00)47[ .-]?)?(?:[2-9]\d{7}|[2-9]\d{2}[ .-]\d{2}[ .-]\d{3}|[2-9]\d[ .-]\d{2}[ .-]\d{2}[ .-]\d{2}|[2-9]\d{3}[ .-]\d{4})(?![\d]|[,.]\d)/g;

export function findConfidential(text: string, mode: GuardMode = 'all'): Finding[] {
	const findings: Finding[] = findIdentityNumbers(text);
	if (mode === 'all') {
		for (const m of text.matchAll(PHONE)) {
			const start = m.index;
			const end = start + m[0].length;
			if (!findings.some((f) => start < f.end && f.start < end))
				findings.push({ kind: 'phone-number', start, end });
		}
	}
	return findings.sort((a, b) => a.start - b.start);
}

/** The message key for a text with findings: identity numbers weigh heavier than phone numbers. */
export function confidentialityMessage(
	findings: Finding[],
): 'error.confidential.identity' | 'error.confidential.phone' | null {
	if (findings.length === 0) return null;
	return findings.some((f) => f.kind !== 'phone-number')
		? 'error.confidential.identity'
		: 'error.confidential.phone';
}
