/** The follow-up letter for one office of a network, from the coordinator's template. */
import type { Db } from '#db/client.ts';
import type { Lang } from '#i18n/index.ts';
import { networkView } from './figures.ts';
import { draftLetter, letterTemplate } from './letter.ts';
import { getLetterTemplate, type NetworkNumbers } from './participant-numbers.server.ts';

export interface LetterDraft {
	office: { id: string; name: string };
	/** The coordinator's own template, or empty for the built-in one. */
	ownTemplate: string;
	template: string;
	text: string;
	position: 'below' | 'within' | 'above' | null;
}

export async function letterFor(
	db: Db,
	data: NetworkNumbers,
	officeId: string,
	lang: Lang,
	sender: { name: string; email: string },
): Promise<LetterDraft | undefined> {
	const office = data.offices.find((o) => o.id === officeId);
	if (!office) return undefined;
	const view = networkView(data);
	const row = view.rows.find((r) => r.officeId === officeId);
	const figures = data.figures.filter(
		(f) => f.officeId === officeId && view.months.includes(f.month),
	);
	const ownTemplate = await getLetterTemplate(db, data.network.id, lang);
	const template = letterTemplate(lang, ownTemplate);
	const text = draftLetter(lang, template, {
		office: office.name,
		level: data.levels.get(officeId) ?? null,
		figures,
		organiser: data.network.organiser,
		contact: `${sender.name}, ${sender.email}`,
	});
	return { office, ownTemplate, template, text, position: row?.position ?? null };
}
