import { z } from 'zod';
import { tooLong } from '#lib/platform/forms.ts';
import { confidentialityMessage, findConfidential, type GuardMode } from './guard.ts';

/**
 * A free-text field that refuses identity numbers and D-numbers (and, in mode `all`, phone
 * numbers) with a message about taushetsplikt. Use it for every text a person writes. An empty
 * form field arrives as null from Astro's form parsing; it is read as the empty string.
 */
export function guardedText(options: {
	max: number;
	required?: string;
	optional?: boolean;
	tooLong?: string;
	mode?: GuardMode;
}) {
	const trimmed = z.string({ error: options.required ?? 'error.text.required' }).trim();
	const base = options.tooLong
		? trimmed.max(options.max, options.tooLong)
		: trimmed.check(tooLong(options.max));
	const checked = (
		options.optional ? base : base.min(1, options.required ?? 'error.text.required')
	).superRefine((value, ctx) => {
		const message = confidentialityMessage(findConfidential(value, options.mode));
		if (message) ctx.addIssue({ code: 'custom', message });
	});
	return z.preprocess((value) => value ?? '', checked);
}
