import { describe, expect, it } from 'vitest';
import { SCRUBBED, scrubber } from './scrub.ts';

describe('scrubbing a deleted person from free text', () => {
	const scrub = scrubber(['Kari Nordmann', 'kari.nordmann@example.no', 'Ola'])!;

	it.each([
		['Som Kari Nordmann sa i innlegget', `Som ${SCRUBBED} sa i innlegget`],
		['som KARI  NORDMANN sa', `som ${SCRUBBED} sa`],
		['Skriv til kari.nordmann@example.no.', `Skriv til ${SCRUBBED}.`],
		['Kari Nordmanns innspel', `${SCRUBBED} innspel`],
		['Karianne Nordmann-Lie', 'Karianne Nordmann-Lie'],
		['Ola og Kari', 'Ola og Kari'],
	])('%s', (text, expected) => {
		expect(scrub(text)).toBe(expected);
	});

	it('has nothing to do without usable terms', () => {
		expect(scrubber(['', 'Al'])).toBeNull();
	});
});
