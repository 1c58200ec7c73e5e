/**
 * The follow-up letter to an office below its band (seed 004's structure): the template with
 * {placeholders} filled in for one office. The platform never sends it; the coordinator downloads
 * it and sends it from their own case system.
 */
import { translator } from '#i18n/index.ts';
import type { Lang } from '#i18n/index.ts';
import { fill } from '#i18n/translate.ts';
import { bandOf, type ExpectedLevel, type MonthFigure } from './figures.ts';
import { decimal, monthName } from './i18n.ts';

export interface LetterInput {
	office: string;
	level: ExpectedLevel | null;
	/** The office's figures for the last 12 months, oldest first. */
	figures: MonthFigure[];
	organiser: string;
	contact: string;
}

/** The coordinator's own template, or the built-in one when it is blank. */
export function letterTemplate(lang: Lang, own: string | undefined): string {
	return own?.trim() ? own : translator(lang)('letter.default');
}

/** The letter's text: paragraphs separated by blank lines, the first line its heading. */
export function draftLetter(lang: Lang, template: string, input: LetterInput): string {
	const p = translator(lang);
	const band = input.level ? bandOf(input.level) : null;
	const reported =
		input.figures.length === 0
			? p('letter.noneReported')
			: input.figures
					.map((f) =>
						p('letter.reportedMonth', { month: monthName(lang, f.month), total: f.total }),
					)
					.join(', ');
	const [y, m, d] = (input.level?.asOf ?? '').split('-');
	return fill(template, {
		office: input.office,
		level: input.level ? decimal(input.level.level) : '–',
		tolerance: input.level?.tolerancePercent ?? 30,
		low: band ? decimal(band.low) : '–',
		high: band ? decimal(band.high) : '–',
		asOf: d ? `${d}.${m}.${y}` : '–',
		source: input.level?.source ?? '–',
		reported,
		organiser: input.organiser,
		contact: input.contact,
	});
}

/** The letter as paragraphs; the first is the heading. */
export function paragraphs(text: string): string[] {
	return text
		.replace(/\r\n/g, '\n')
		.split(/\n\s*\n/)
		.map((p) => p.trim())
		.filter((p) => p !== '');
}
