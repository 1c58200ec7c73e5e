import { t, type Lang } from '../../i18n/index.ts';

/** The password reset e-mail in the language of the page it was asked for from. */
export function resetMail(lang: Lang, name: string, link: string): { subject: string; text: string } {
	return {
		subject: t(lang, 'mail.reset.subject'),
		text: t(lang, 'mail.reset.body', { name, link }),
	};
}
