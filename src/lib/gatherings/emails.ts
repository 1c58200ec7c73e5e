import { formatLongDate, formatTime } from '#i18n/format.ts';
import { t, type Lang } from '#i18n/index.ts';

interface MailGathering {
	title: string;
	startsAt: Date;
	endsAt: Date;
	venueName: string;
	venueAddress: string;
	venueTown: string;
}

export type RegistrationMailKind =
	| 'confirmed'
	| 'waitlisted'
	| 'promoted'
	| 'reminder'
	| 'gathering-cancelled'
	| 'link-again'
	| 'registration-cancelled';

function when(lang: Lang, g: MailGathering): string {
	return `${formatLongDate(g.startsAt, lang)}, ${formatTime(g.startsAt, lang)}–${formatTime(g.endsAt, lang)}`;
}

/** The e-mails a registrant gets, in the language they registered in. */
export function registrationMail(
	lang: Lang,
	kind: RegistrationMailKind,
	g: MailGathering,
	p: { name: string; manageUrl: string | null; position: number | null },
): { subject: string; text: string } {
	const details = t(lang, 'mail.gathering.details', {
		title: g.title,
		when: when(lang, g),
		venue: `${g.venueName}, ${g.venueAddress}, ${g.venueTown}`,
	});
	const manage = p.manageUrl
		? t(lang, 'mail.registration.manage', { url: p.manageUrl })
		: t(lang, 'mail.registration.manageEarlier');
	const parts: Record<RegistrationMailKind, { subject: string; lead: string; manage: boolean }> = {
		confirmed: {
			subject: t(lang, 'mail.registration.confirmed.subject', { title: g.title }),
			lead: t(lang, 'mail.registration.confirmed.lead'),
			manage: true,
		},
		waitlisted: {
			subject: t(lang, 'mail.registration.waitlisted.subject', { title: g.title }),
			lead: t(lang, 'mail.registration.waitlisted.lead', { place: p.position ?? 1 }),
			manage: true,
		},
		promoted: {
			subject: t(lang, 'mail.registration.promoted.subject', { title: g.title }),
			lead: t(lang, 'mail.registration.promoted.lead'),
			manage: true,
		},
		reminder: {
			subject: t(lang, 'mail.registration.reminder.subject', { title: g.title }),
			lead: t(lang, 'mail.registration.reminder.lead'),
			manage: true,
		},
		'link-again': {
			subject: t(lang, 'mail.registration.linkAgain.subject', { title: g.title }),
			lead: t(lang, 'mail.registration.linkAgain.lead'),
			manage: true,
		},
		'gathering-cancelled': {
			subject: t(lang, 'mail.gathering.cancelled.subject', { title: g.title }),
			lead: t(lang, 'mail.gathering.cancelled.lead'),
			manage: false,
		},
		'registration-cancelled': {
			subject: t(lang, 'mail.registration.cancelled.subject', { title: g.title }),
			lead: t(lang, 'mail.registration.cancelled.lead'),
			manage: false,
		},
	};
	const part = parts[kind];
	const text = [
		t(lang, 'mail.greeting', { name: p.name }),
		part.lead,
		details,
		part.manage ? manage : null,
		t(lang, 'mail.signature'),
	]
		.filter(Boolean)
		.join('\n\n');
	return { subject: part.subject, text };
}

/** A coordinator's message to everyone confirmed, with the gathering named. */
export function coordinatorMessage(
	lang: Lang,
	g: MailGathering,
	name: string,
	subject: string,
	body: string,
) {
	return {
		subject,
		text: [
			t(lang, 'mail.greeting', { name }),
			body,
			t(lang, 'mail.message.footer', { title: g.title, when: when(lang, g) }),
			t(lang, 'mail.signature'),
		].join('\n\n'),
	};
}

/** A registration e-mail's text with one more paragraph, before the signature that ends it. */
export function withParagraph(text: string, paragraph: string): string {
	const parts = text.split('\n\n');
	parts.splice(Math.max(1, parts.length - 1), 0, paragraph);
	return parts.join('\n\n');
}
