import { ActionError } from 'astro:actions';
import type { MessageKey } from '#i18n/index.ts';
import { formIssue, type FormIssue, type Message } from './forms.ts';

type Code = ConstructorParameters<typeof ActionError>[0]['code'];

/**
 * An action's refusal as typed issues, for the page to show with `formErrors`. Astro sends an
 * ActionError's own fields to the page (JSON, also for a form posted without JavaScript) and,
 * seeing `type` and `issues`, rebuilds an input error there, so the key and its parameters
 * arrive as data, never encoded in a string. The HTTP status follows `code`; on the page the
 * error's code reads BAD_REQUEST, like any input error. See docs/decisions/020.
 */
class FormError extends ActionError {
	override type = 'AstroActionInputError';
	readonly issues: FormIssue[];
	readonly fields: Record<string, string[]>;

	constructor(code: Code, issues: FormIssue[]) {
		super({ code, message: issues.map((i) => i.message).join('\n') });
		this.issues = issues;
		this.fields = {};
		for (const issue of issues) {
			const field = issue.path[0];
			if (field !== undefined) (this.fields[String(field)] ??= []).push(issue.message);
		}
	}
}

/** `throw formError('TOO_MANY_REQUESTS', { key: 'error.rateLimited', params: { seconds } })`; with `field`, the message is shown on that field. */
export function formError(code: Code, message: MessageKey | Message, field?: string): FormError {
	return new FormError(code, [formIssue(message, field)]);
}

/** Several fields' messages at once (e.g. every unanswered question of a survey). */
export function fieldErrors(code: Code, errors: Record<string, MessageKey | Message>): FormError {
	return new FormError(
		code,
		Object.entries(errors).map(([field, message]) => formIssue(message, field)),
	);
}
