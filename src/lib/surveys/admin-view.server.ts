import QRCode from 'qrcode';
import type { Db } from '#db/client.ts';
import { localePath, type Lang } from '#i18n/index.ts';
import { config } from '#lib/platform/config.server.ts';
import { shownRate } from './anonymity.ts';
import { audience, audienceSize } from './invitations.server.ts';
import { responseCount } from './responses.server.ts';
import type { Survey } from './page.server.ts';
import { listSurveys, localised } from './surveys.server.ts';

/** A survey's open link in the page's language and its QR code (SVG); both null while it is off. */
export async function openLinkOf(
	lang: Lang,
	survey: { openCode: string | null },
): Promise<{ link: string | null; qr: string | null }> {
	const link = survey.openCode
		? `${config.publicOrigin}${localePath(lang, `/undersoking/skjerm/${survey.openCode}`)}`
		: null;
	const qr = link
		? await QRCode.toString(link, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' })
		: null;
	return { link, qr };
}

/**
 * What the coordinator's page for one survey shows beside the survey and its questions: who it goes
 * to, the response rate as it may be shown, how many were invited, and the open link with its QR code.
 */
export async function surveyAdminView(db: Db, survey: Survey, lang: Lang) {
	const { gatheringId } = survey;
	const responses = await responseCount(db, survey.id);
	const people = await audience(db, gatheringId, survey.kind);
	const size = await audienceSize(db, survey);
	const summary = (await listSurveys(db, gatheringId)).find((x) => x.id === survey.id);
	const { link: openLink, qr } = await openLinkOf(lang, survey);
	return {
		title: localised(lang, survey.titleNb, survey.titleNn),
		draft: survey.status === 'draft',
		people,
		checkInUsed: people.some((p) => p.attendedAt),
		rate: shownRate(survey.status, responses, size),
		invitedCount: summary?.invited ?? 0,
		openLink,
		qr,
	};
}
