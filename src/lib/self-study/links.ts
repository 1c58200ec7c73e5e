/**
 * Addresses of the self-study pages and the ids progress is stored under. Pure: pages, islands,
 * the progress endpoint and the tests all use these, so a link and its target cannot drift apart.
 */
import { localePath, type Lang } from '#i18n/index.ts';
import { ACT_PARAGRAPHS, type ParagraphKey } from '#lib/content/index.ts';

export { ENTRY_KINDS, parseProgressId, progressId, type EntryKind } from './ids.ts';
import type { EntryKind } from './ids.ts';

export const SELF_STUDY = '/sjolvstudium';
export const SEARCH = '/sjolvstudium/sok';
export const PROGRESS = '/sjolvstudium/framgang';
export const PLAYGROUND = '/regeltrening';
/** The form endpoint that marks an entry as read (works without JavaScript). */
export const MARK_READ_ENDPOINT = '/api/progress/lest';
/** The JSON endpoint for progress (quiz scores, syncing the browser's progress). */
export const PROGRESS_ENDPOINT = '/api/progress';

/** The bokmål path of an entry's own page. */
export function entryPath(kind: EntryKind, ref: string): string {
	switch (kind) {
		case 'regelverk':
			return `/regelverk/${ref}`;
		case 'endringar-2019':
			return '/endringar-2019';
		case 'tips':
			return `/tips/${ref}`;
		case 'case':
			return `/case/${ref}`;
		case 'quiz':
			return `/quiz/${ref}`;
	}
}

/** An entry's page in a language. */
export function entryHref(lang: Lang, kind: EntryKind, ref: string): string {
	return localePath(lang, entryPath(kind, ref));
}

/** A past version of a paragraph: /regelverk/29/rv-2010. The version in force has no sub-page. */
export function versionPath(paragraph: string, versionId: string): string {
	return `/regelverk/${paragraph}/${versionId}`;
}

/** A learning path's overview. */
export function pathPath(path: string): string {
	return `${SELF_STUDY}/sti/${path}`;
}

/** Step `n` (1-based) of a learning path. */
export function stepPath(path: string, n: number): string {
	return `${SELF_STUDY}/sti/${path}/${n}`;
}

export function isLawParagraph(key: string): boolean {
	return (ACT_PARAGRAPHS as readonly string[]).includes(key);
}

/** Short link text for a paragraph: "§ 34", or the regulation's short name. */
export function paragraphLabel(
	key: ParagraphKey,
	t: (key: 'paragraph.forskrift' | 'paragraph.mellombels-forskrift-2020') => string,
): string {
	if (key === 'forskrift' || key === 'mellombels-forskrift-2020') return t(`paragraph.${key}`);
	return `§ ${key}`;
}

function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * The facts as the playground reads them from `?fakta=`: UTF-8 JSON, base64url without padding
 * (the same encoding as src/components/islands/playground/share.ts).
 */
export function encodeFacts(facts: unknown): string {
	return toBase64Url(new TextEncoder().encode(JSON.stringify(facts)));
}

/** The playground with the facts loaded, in the page's language. */
export function playgroundHref(lang: Lang, facts: unknown): string {
	return `${localePath(lang, PLAYGROUND)}?fakta=${encodeFacts(facts)}`;
}

/**
 * Only local paths are followed after a form post (no open redirect): one leading slash, no
 * backslash, no scheme.
 */
export function isLocalPath(path: string): boolean {
	return /^\/(?![/\\])[^\s\\]*$/.test(path);
}
