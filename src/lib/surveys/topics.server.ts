/** "Add to the next programme" with one click: a topic people asked for becomes a programme item. */
import { translator } from '#i18n/index.ts';
import { eq } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { gatherings } from '#db/schema/index.ts';
import { formatDate } from '#i18n/format.ts';
import { getGathering, saveProgrammeItem } from '#lib/gatherings/index.server.ts';
import { osloParts } from '#lib/platform/time.ts';
import { nextGathering, type Survey } from './surveys.server.ts';
import { freeSlot, normaliseTopic } from './topics.ts';

export type AddTopicResult =
	| { ok: true; gatheringId: string; title: string; startTime: string; endTime: string }
	| { ok: false; reason: 'no-next' | 'already' | 'no-slot'; gatheringId?: string; title?: string };

/**
 * Adds the topic as a 30-minute item in the first free slot of the network's next gathering
 * (a shorter gap of at least 15 minutes if none is long enough). The coordinator moves it and
 * names the presenter afterwards; the description says where the wish came from.
 */
export async function addTopicToNextProgramme(
	db: Db,
	survey: Survey,
	topic: string,
	lang: 'nb' | 'nn',
	now = new Date(),
): Promise<AddTopicResult> {
	const source = await db.query.gatherings.findFirst({
		where: eq(gatherings.id, survey.gatheringId),
	});
	if (!source) return { ok: false, reason: 'no-next' };
	const next = await nextGathering(db, source, now);
	if (!next) return { ok: false, reason: 'no-next' };
	const g = (await getGathering(db, next.id))!;
	const wanted = normaliseTopic(topic);
	if (g.programme.some((item) => normaliseTopic(item.title) === wanted))
		return { ok: false, reason: 'already', gatheringId: g.id, title: g.title };
	const day = { startTime: osloParts(g.startsAt).time, endTime: osloParts(g.endsAt).time };
	const slot = freeSlot(g.programme, day);
	if (!slot) return { ok: false, reason: 'no-slot', gatheringId: g.id, title: g.title };
	const description = translator(lang)('topics.description', {
		title: source.title,
		date: formatDate(source.startsAt, lang),
	});
	const saved = await saveProgrammeItem(db, {
		gatheringId: g.id,
		itemId: null,
		...slot,
		title: topic.trim().slice(0, 200),
		titleTranslation: '',
		kind: 'talk',
		presenterRole: '',
		presenterOrganisation: '',
		presenterEmail: '',
		description,
	});
	if (!saved?.ok) return { ok: false, reason: 'no-slot', gatheringId: g.id, title: g.title };
	return { ok: true, gatheringId: g.id, title: g.title, ...slot };
}
