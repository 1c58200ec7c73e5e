/**
 * The self-study collections for pages, one entry per key in the page's language (or the other
 * language, marked as a fallback, while a translation is missing). Astro only (astro:content).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { localePath, type Lang } from '#i18n/index.ts';
import { PARAGRAPH_KEYS, TIP_CATEGORIES } from '#lib/content/index.ts';
import { localizeAll, type Localized } from './lang.ts';
import { entryHref, pathPath, progressId, type EntryKind } from './links.ts';

export type Entry<C extends 'regelverk' | 'endringar2019' | 'tips' | 'cases' | 'quiz' | 'paths'> =
	Localized<CollectionEntry<C>> & {
		key: string;
	};

export async function regelverkEntries(lang: Lang): Promise<Entry<'regelverk'>[]> {
	const list = localizeAll(await getCollection('regelverk'), (e) => e.data.paragraph, lang);
	return list.sort(
		(a, b) =>
			PARAGRAPH_KEYS.indexOf(a.entry.data.paragraph) -
			PARAGRAPH_KEYS.indexOf(b.entry.data.paragraph),
	);
}

export async function changes2019Entry(lang: Lang): Promise<Entry<'endringar2019'>> {
	const [entry] = localizeAll(await getCollection('endringar2019'), (e) => e.data.page, lang);
	if (!entry) throw new Error('No entry in the endringar2019 collection.');
	return entry;
}

/** Tips in booklet order: by category, then `order`. */
export async function tipEntries(lang: Lang): Promise<Entry<'tips'>[]> {
	const list = localizeAll(await getCollection('tips'), (e) => e.data.tip, lang);
	return list.sort(
		(a, b) =>
			TIP_CATEGORIES.indexOf(a.entry.data.category) -
				TIP_CATEGORIES.indexOf(b.entry.data.category) ||
			a.entry.data.order - b.entry.data.order ||
			a.key.localeCompare(b.key),
	);
}

export async function caseEntries(lang: Lang): Promise<Entry<'cases'>[]> {
	const list = localizeAll(await getCollection('cases'), (e) => e.data.case, lang);
	return list.sort((a, b) => a.entry.data.order - b.entry.data.order || a.key.localeCompare(b.key));
}

export async function quizEntries(lang: Lang): Promise<Entry<'quiz'>[]> {
	const list = localizeAll(await getCollection('quiz'), (e) => e.data.bank, lang);
	return list.sort((a, b) => a.entry.data.order - b.entry.data.order || a.key.localeCompare(b.key));
}

export async function pathEntries(lang: Lang): Promise<Entry<'paths'>[]> {
	const list = localizeAll(await getCollection('paths'), (e) => e.data.path, lang);
	return list.sort((a, b) => a.entry.data.order - b.entry.data.order || a.key.localeCompare(b.key));
}

/** The entry with the key, or a build error naming what is missing (a broken link must not ship). */
export function byKey<E extends { key: string }>(list: readonly E[], key: string, what: string): E {
	const found = list.find((item) => item.key === key);
	if (!found) throw new Error(`No ${what} "${key}" in the content.`);
	return found;
}

/** Every key of a collection, for getStaticPaths (both languages get every key). */
export async function keysOf(
	collection: 'regelverk' | 'tips' | 'cases' | 'quiz' | 'paths',
): Promise<string[]> {
	switch (collection) {
		case 'regelverk':
			return (await regelverkEntries('nb')).map((e) => e.key);
		case 'tips':
			return (await tipEntries('nb')).map((e) => e.key);
		case 'cases':
			return (await caseEntries('nb')).map((e) => e.key);
		case 'quiz':
			return (await quizEntries('nb')).map((e) => e.key);
		case 'paths':
			return (await pathEntries('nb')).map((e) => e.key);
	}
}

/** getStaticPaths params for every key in both languages. */
export function withBothLanguages<P extends Record<string, string>>(params: readonly P[]) {
	return params.flatMap((p) => [
		{ params: { locale: undefined, ...p } },
		{ params: { locale: 'nn', ...p } },
	]);
}

export type CatalogItem = { id: string; kind: EntryKind; ref: string; title: string; href: string };

/** Every entry that progress can be recorded for, with its title and address in `lang`. */
export async function catalog(lang: Lang): Promise<CatalogItem[]> {
	const item = (kind: EntryKind, ref: string, title: string): CatalogItem => ({
		id: progressId(kind, ref),
		kind,
		ref,
		title,
		href: entryHref(lang, kind, ref),
	});
	const changes = await changes2019Entry(lang);
	return [
		...(await regelverkEntries(lang)).map((e) => item('regelverk', e.key, e.entry.data.title)),
		item('endringar-2019', 'endringar-2019', changes.entry.data.title),
		...(await tipEntries(lang)).map((e) => item('tips', e.key, e.entry.data.title)),
		...(await caseEntries(lang)).map((e) => item('case', e.key, e.entry.data.title)),
		...(await quizEntries(lang)).map((e) => item('quiz', e.key, e.entry.data.title)),
	];
}

let known: Promise<Set<string>> | undefined;
/** The ids progress can be recorded for (every entry's, whatever its language). */
export function knownEntryIds(): Promise<Set<string>> {
	known ??= catalog('nb').then((items) => new Set(items.map((item) => item.id)));
	return known;
}

/** A learning path as the progress page needs it: its steps as progress ids. */
export type PathSummary = { key: string; title: string; href: string; steps: string[] };

export async function pathSummaries(lang: Lang): Promise<PathSummary[]> {
	return (await pathEntries(lang)).map((path) => ({
		key: path.key,
		title: path.entry.data.title,
		href: localePath(lang, pathPath(path.key)),
		steps: path.entry.data.steps.map((step) => progressId(step.kind, step.ref)),
	}));
}
