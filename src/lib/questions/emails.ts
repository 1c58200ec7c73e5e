import { clockSpan } from '#i18n/format.ts';
import { t, tn, type Lang } from '#i18n/index.ts';

/** A presenter's dossier: the approved questions for their item, most votes first, in the coordinator's chosen language. */
export function dossierMail(
	lang: Lang,
	gatheringTitle: string,
	item: { title: string; startTime: string; endTime: string },
	list: { text: string; votes: number }[],
): { subject: string; text: string } {
	const lines = list.map((q, i) => `${i + 1}. ${q.text} (${tn(lang, 'count.vote', q.votes)})`);
	return {
		subject: t(lang, 'mail.dossier.subject', { title: item.title }),
		text: [
			t(lang, 'mail.greeting.plain'),
			t(lang, 'mail.dossier.lead', {
				title: item.title,
				time: clockSpan(item.startTime, item.endTime),
				gathering: gatheringTitle,
			}),
			lines.join('\n'),
			t(lang, 'mail.signature'),
		].join('\n\n'),
	};
}
