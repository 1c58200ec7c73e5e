/** The survey e-mails, pure, in the language the person registered in. */
import { formatLongDate } from '#i18n/format.ts';
import { t, type Lang, translator } from '#i18n/index.ts';
import { MIN_RESPONSES } from './anonymity.ts';

export interface MailSurvey {
	kind: 'evaluation' | 'pre-event' | 'custom';
	titleNb: string;
	titleNn: string;
}
export interface MailGathering {
	title: string;
	startsAt: Date;
}

/** The personal one-time link, in the person's language. */
export function surveyLink(publicOrigin: string, lang: Lang, token: string): string {
	return `${publicOrigin}${lang === 'nn' ? '/nn' : ''}/undersoking/${encodeURIComponent(token)}`;
}

export function invitationMail(
	lang: Lang,
	survey: MailSurvey,
	g: MailGathering,
	p: { name: string; url: string; reminder: boolean },
): { subject: string; text: string } {
	const s = translator(lang);
	const title = lang === 'nn' ? survey.titleNn : survey.titleNb;
	const params = {
		title: g.title,
		date: formatLongDate(g.startsAt, lang),
		survey: title,
		min: MIN_RESPONSES,
	};
	const subject = p.reminder
		? s('mail.reminder.subject', params)
		: survey.kind === 'pre-event'
			? s('mail.preEvent.subject', params)
			: s('mail.invite.subject', params);
	const lead =
		survey.kind === 'pre-event'
			? s('mail.preEvent.lead', params)
			: survey.kind === 'evaluation'
				? s('mail.invite.lead', params)
				: s('mail.custom.lead', params);
	const text = [
		t(lang, 'mail.greeting', { name: p.name }),
		p.reminder ? s('mail.reminder.lead', params) : null,
		lead,
		s('mail.anonymity', params),
		s('mail.link', { url: p.url }),
		t(lang, 'mail.signature'),
	]
		.filter(Boolean)
		.join('\n\n');
	return { subject, text };
}

/** The paragraph the registration confirmation carries when a pre-event survey is open. */
export function preEventParagraph(lang: Lang, survey: MailSurvey, url: string): string {
	const s = translator(lang);
	return [
		s('mail.confirmation.preEvent', {
			survey: lang === 'nn' ? survey.titleNn : survey.titleNb,
			min: MIN_RESPONSES,
		}),
		s('mail.link', { url }),
	].join('\n');
}
