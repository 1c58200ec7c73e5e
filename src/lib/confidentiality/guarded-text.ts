import { z } from 'zod';
import { confidentialityMessage, findConfidential } from './guard.ts';

/**
 * A free-text field that refuses identity numbers, D-numbers and phone numbers, with a message
 * about taushetsplikt. Use it for every text a participant writes. An empty form field arrives
 * as null from Astro's form parsing; it is read as the empty string.
 */
export function guardedText(options: { max: number; required?: string; optional?: boolean }) {
	const base = z.string().trim().max(options.max, 'error.text.tooLong');
	const checked = (options.optional ? base : base.min(1, options.required ?? 'error.text.required')).superRefine((value, ctx) => {
		const message = confidentialityMessage(findConfidential(value));
		if (message) ctx.addIssue({ code: 'custom', message });
	});
	return z.preprocess((value) => value ?? '', checked);
}
