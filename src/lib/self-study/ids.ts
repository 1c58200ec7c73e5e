/** Kinds of self-study entry and the ids progress is stored under. No imports: islands use it. */

/** The kinds of entry a page, a learning path step or a progress record can be about. */
export const ENTRY_KINDS = ['regelverk', 'endringar-2019', 'tips', 'case', 'quiz'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** The id progress is stored under: 'regelverk/29', 'quiz/stonad', 'endringar-2019'. */
export function progressId(kind: EntryKind, ref: string): string {
	return kind === 'endringar-2019' ? 'endringar-2019' : `${kind}/${ref}`;
}

const PROGRESS_ID = /^(?:endringar-2019|(regelverk|tips|case|quiz)\/([a-z0-9]+(?:-[a-z0-9]+)*))$/;

/** The kind and key of a progress id, or null when it is not one. */
export function parseProgressId(id: string): { kind: EntryKind; ref: string } | null {
	const match = PROGRESS_ID.exec(id);
	if (match === null) return null;
	if (id === 'endringar-2019') return { kind: 'endringar-2019', ref: 'endringar-2019' };
	return { kind: match[1] as EntryKind, ref: match[2] as string };
}
