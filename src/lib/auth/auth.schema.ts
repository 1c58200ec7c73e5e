import { z } from 'zod';
import { guardedText } from '#lib/confidentiality/index.ts';

// Every message is a key into the interface dictionaries (src/i18n), so the same schema serves
// bokmål and nynorsk pages: the page translates the key.

export const PASSWORD_MIN_LENGTH = 12;
const PASSWORD_MAX_LENGTH = 200;

/** An e-mail address, trimmed and in lower case. */
export const email = z
	.string({ error: 'error.email.required' })
	.trim()
	.min(1, 'error.email.required')
	.max(254, 'error.email.invalid')
	.pipe(z.email({ error: 'error.email.invalid' }))
	.transform((value) => value.toLowerCase());

/** A password someone chooses: long enough, not absurdly long. */
export const newPassword = z
	.string({ error: 'error.password.required' })
	.min(1, 'error.password.required')
	.min(PASSWORD_MIN_LENGTH, 'error.password.tooShort')
	.max(PASSWORD_MAX_LENGTH, 'error.password.tooLong');

const anyPassword = z
	.string({ error: 'error.password.required' })
	.min(1, 'error.password.required')
	.max(PASSWORD_MAX_LENGTH, 'error.password.tooLong');

/** Either a listed NAV office (its id) or the name of another organisation. */
export const signupSchema = z
	.object({
		name: guardedText({
			max: 120,
			required: 'error.name.required',
			tooLong: 'error.name.tooLong',
			mode: 'identity',
		}),
		email,
		officeId: z.string().trim().max(80).nullish(),
		organisation: guardedText({
			max: 160,
			optional: true,
			tooLong: 'error.organisation.tooLong',
			mode: 'identity',
		}),
		password: newPassword,
		language: z.enum(['nb', 'nn']).nullish(),
	})
	.superRefine((value, ctx) => {
		if (!value.officeId && !value.organisation) {
			ctx.addIssue({ code: 'custom', path: ['officeId'], message: 'error.organisation.required' });
		}
	});
export type SignupInput = z.infer<typeof signupSchema>;

// Whitespace and control characters in an address: browsers drop tabs and newlines from URLs
// (so "/\t/evil.example" becomes "//evil.example"), and a newline cannot go into a header.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u0020\u007f-\u009f\u2028\u2029\\]/;
const BASE = 'http://kvp.invalid';

/** Whether a `next` value holds characters no address on this site has (a 400, not a quiet drop). */
export function hasUnsafeChars(next: string): boolean {
	return UNSAFE_CHARS.test(next);
}

/**
 * Where to go after login: a path on this site, or null. Refuses anything a browser could read as
 * another host or scheme: "//host", "/\\host", tabs or newlines inside, "javascript:", full URLs.
 */
export function safeNextPath(next: string | null | undefined): string | null {
	if (
		!next ||
		next.length > 2000 ||
		!next.startsWith('/') ||
		next.startsWith('//') ||
		hasUnsafeChars(next)
	)
		return null;
	let url: URL;
	try {
		url = new URL(next, BASE);
	} catch {
		return null;
	}
	if (url.origin !== BASE) return null;
	const path = url.pathname + url.search + url.hash;
	// A path whose normalised form starts with "//" (e.g. "/.//host") would leave the site too.
	return path.startsWith('/') && !path.startsWith('//') ? path : null;
}

/** The `next` field of the login form: optional, but never with characters that cannot be in an address. */
const nextField = z
	.string()
	.max(2000, 'error.next.invalid')
	.refine((value) => !hasUnsafeChars(value), 'error.next.invalid')
	.nullish();

export const loginSchema = z.object({
	email,
	password: anyPassword,
	next: nextField,
});
export type LoginInput = z.infer<typeof loginSchema>;

export const changePasswordSchema = z.object({
	currentPassword: anyPassword,
	newPassword,
});

/** Deleting one's own account: the password again, and a tick that says what happens. */
export const deleteAccountSchema = z.object({
	password: anyPassword,
	confirm: z
		.boolean()
		.default(false)
		.refine((v) => v, 'error.account.deleteConfirm'),
});

export const requestResetSchema = z.object({
	email,
	language: z.enum(['nb', 'nn']).nullish(),
});

export const resetPasswordSchema = z.object({
	token: z.string({ error: 'error.reset.invalid' }).min(1, 'error.reset.invalid').max(200),
	newPassword,
});
