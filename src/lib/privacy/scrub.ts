/**
 * Removing a person's name and address from free text that others wrote, when their data is
 * deleted: "Som Kari Nordmann sa …" becomes "Som [anonymisert] sa …". Whole words (and the possessive
 * "Nordmanns") only, any case; names shorter than MIN_TERM characters are left alone, since they match too much.
 */
export const SCRUBBED = '[anonymisert]';
const MIN_TERM = 4;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A matcher for the given names and e-mail addresses, or null when there is nothing to look for. */
export function scrubber(terms: Iterable<string>): ((text: string) => string) | null {
	const usable = [
		...new Set(
			[...terms].map((t) => t.trim().replace(/\s+/g, ' ')).filter((t) => t.length >= MIN_TERM),
		),
	];
	if (usable.length === 0) return null;
	// Longest first, so a full name goes before a shorter term inside it.
	usable.sort((a, b) => b.length - a.length);
	const pattern = new RegExp(
		`(?<![\\p{L}\\p{N}@.])(?:${usable.map((t) => escape(t).replace(/ /g, '\\s+')).join('|')})s?(?![\\p{L}\\p{N}@])`,
		'giu',
	);
	return (text) => text.replace(pattern, SCRUBBED);
}
