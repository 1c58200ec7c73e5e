/**
 * Text as the guard reads it. People paste numbers from Word, PDFs and case systems, which write
 * them with full-width digits, non-breaking or thin spaces, en dashes and invisible zero-width
 * characters. The scan runs on a normalised copy, and `origin` maps each of its characters back
 * to the original text so a finding can still be pointed at.
 */

/** Characters that are invisible and split a number without showing: removed before the scan. */
const ZERO_WIDTH = new Set(['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u180E']);

export interface Normalised {
	text: string;
	/** origin[i] is the index in the original text of the normalised text's character i. */
	origin: number[];
}

/**
 * Unicode NFKC per character (full-width and other compatibility digits become 0–9, a
 * non-breaking space becomes a space), with zero-width characters removed.
 */
export function normaliseForScan(input: string): Normalised {
	let text = '';
	const origin: number[] = [];
	let index = 0;
	for (const char of input) {
		if (!ZERO_WIDTH.has(char)) {
			const mapped = char.normalize('NFKC');
			text += mapped;
			for (let k = 0; k < mapped.length; k++) origin.push(index);
		}
		index += char.length;
	}
	origin.push(input.length);
	return { text, origin };
}

/**
 * A separator between digit groups: any run of spaces (not line breaks), dots, slashes and
 * dashes of every kind (hyphen, non-breaking hyphen, figure dash, en and em dash, minus).
 */
const SEPARATOR = '[^\\S\\r\\n]|[./\\-\u2010\u2011\u2012\u2013\u2014\u2015\u2212]';

export interface DigitGroup {
	digits: string;
	/** Index in the normalised text. */
	start: number;
	end: number;
}

const RUN = new RegExp(`\\d+(?:(?:${SEPARATOR})+\\d+)*`, 'g');

/** Runs of digit groups joined only by separators, each as its groups in order. */
export function digitRuns(text: string): DigitGroup[][] {
	const runs: DigitGroup[][] = [];
	for (const run of text.matchAll(RUN)) {
		const base = run.index;
		runs.push(
			[...run[0].matchAll(/\d+/g)].map((g) => ({
				digits: g[0],
				start: base + g.index,
				end: base + g.index + g[0].length,
			})),
		);
	}
	return runs;
}
