/** The titles of a learning path's steps in a language (Astro only: reads the collections). */
import type { Lang } from '#i18n/index.ts';
import type { PathStep } from '#lib/content/index.ts';
import {
	byKey,
	caseEntries,
	changes2019Entry,
	quizEntries,
	regelverkEntries,
	tipEntries,
} from './content.ts';

export async function stepTitles(lang: Lang, steps: readonly PathStep[]): Promise<string[]> {
	const [regelverk, changes, tips, cases, quizzes] = await Promise.all([
		regelverkEntries(lang),
		changes2019Entry(lang),
		tipEntries(lang),
		caseEntries(lang),
		quizEntries(lang),
	]);
	return steps.map((step) => {
		switch (step.kind) {
			case 'regelverk':
				return byKey(regelverk, step.ref, 'paragraph').entry.data.title;
			case 'endringar-2019':
				return changes.entry.data.title;
			case 'tips':
				return byKey(tips, step.ref, 'tip').entry.data.title;
			case 'case':
				return byKey(cases, step.ref, 'case').entry.data.title;
			case 'quiz':
				return byKey(quizzes, step.ref, 'quiz bank').entry.data.title;
		}
	});
}
