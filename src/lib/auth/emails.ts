import { t, type Lang } from '#i18n/index.ts';

/** The password reset e-mail in the language of the page it was asked for from. */
export function resetMail(
	lang: Lang,
	name: string,
	link: string,
): { subject: string; text: string } {
	return {
		subject: t(lang, 'mail.reset.subject'),
		text: t(lang, 'mail.reset.body', { name, link }),
	};
}

/** The link that makes a new account usable (sign-up proves nothing until the address answers). */
export function activationMail(
	lang: Lang,
	name: string,
	link: string,
): { subject: string; text: string } {
	return {
		subject: t(lang, 'mail.activate.subject'),
		text: t(lang, 'mail.activate.body', { name, link }),
	};
}

/** To the owner, when someone signs up with an address that already has an account. */
export function accountExistsMail(
	lang: Lang,
	name: string,
	login: string,
	reset: string,
): { subject: string; text: string } {
	return {
		subject: t(lang, 'mail.accountExists.subject'),
		text: t(lang, 'mail.accountExists.body', { name, login, reset }),
	};
}
