/**
 * A gathering is written in one language (`language`) and may carry its title, description and
 * programme titles in the other. A page in the other language shows the translation when there
 * is one, and otherwise the original with a notice, the way content pages fall back.
 */
import type { Lang } from '#i18n/index.ts';

export interface BilingualGathering {
	language: Lang;
	title: string;
	description: string;
	titleTranslation: string | null;
	descriptionTranslation: string | null;
}

export interface ShownGathering {
	title: string;
	description: string;
	/** The language the shown text is in: set `lang` on it when it differs from the page. */
	shown: Lang;
	/** True when the page's language has no translation and the original is shown. */
	fallback: boolean;
}

export function gatheringIn(g: BilingualGathering, lang: Lang): ShownGathering {
	if (g.language === lang)
		return { title: g.title, description: g.description, shown: lang, fallback: false };
	if (g.titleTranslation)
		return {
			title: g.titleTranslation,
			description: g.descriptionTranslation || g.description,
			shown: lang,
			fallback: false,
		};
	return { title: g.title, description: g.description, shown: g.language, fallback: true };
}

/** A programme item's title in the page's language when there is one. */
export function itemTitleIn(
	item: { title: string; titleTranslation: string | null },
	gatheringLanguage: Lang,
	lang: Lang,
): string {
	return lang !== gatheringLanguage && item.titleTranslation ? item.titleTranslation : item.title;
}
