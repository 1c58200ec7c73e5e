/**
 * Reads the self-study content files straight from disk, for the tests (Astro reads them itself at
 * build time). Node only: never import this from a page or an island.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { z } from 'zod';
import { describeIssues, SELF_STUDY_COLLECTIONS } from './schemas.ts';

export type CollectionName = keyof typeof SELF_STUDY_COLLECTIONS;

export type EntryData<C extends CollectionName> = z.output<
	(typeof SELF_STUDY_COLLECTIONS)[C]['schema']
>;

/** One content file: its raw frontmatter, its body, and the parsed data when it is valid. */
export type LoadedEntry<C extends CollectionName = CollectionName> = {
	collection: C;
	/** Path relative to src/content ('regelverk/29.nb.md'). */
	file: string;
	/** The key the file name gives ('29' for 29.nb.md). */
	fileKey: string;
	/** The language the file name gives ('nb' for 29.nb.md). */
	fileLang: string;
	/** The frontmatter as YAML parsed it, before validation. */
	raw: Record<string, unknown>;
	/** The Markdown after the frontmatter. */
	body: string;
	/** The validated data, or null when the file is invalid. */
	data: EntryData<C> | null;
	/** Parse or schema errors, one line each; empty when valid. */
	errors: string[];
};

export type Corpus = { [C in CollectionName]: LoadedEntry<C>[] };

/** The content folder (src/content). */
export const CONTENT_DIR = fileURLToPath(new URL('../../content/', import.meta.url));

/** Splits '---\n<yaml>\n---\n<body>' into its parts; throws when there is no frontmatter. */
export function splitFrontmatter(text: string): { frontmatter: string; body: string } {
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
	if (match === null) throw new Error('The file does not start with a YAML frontmatter block.');
	return { frontmatter: match[1] ?? '', body: match[2] ?? '' };
}

const FILE_NAME = /^(.+)\.([a-z]{2})\.md$/;

/** Parses one file's text into a LoadedEntry (exported so tests can feed it broken text). */
export function loadText<C extends CollectionName>(
	collection: C,
	file: string,
	text: string,
): LoadedEntry<C> {
	const name = file.split('/').pop() ?? file;
	const nameMatch = FILE_NAME.exec(name);
	const entry: LoadedEntry<C> = {
		collection,
		file,
		fileKey: nameMatch?.[1] ?? '',
		fileLang: nameMatch?.[2] ?? '',
		raw: {},
		body: '',
		data: null,
		errors: [],
	};
	if (nameMatch === null) entry.errors.push('The file name is not <key>.<lang>.md.');
	try {
		const { frontmatter, body } = splitFrontmatter(text);
		entry.body = body;
		const raw: unknown = parse(frontmatter);
		if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
			entry.errors.push('The frontmatter is not a YAML mapping.');
			return entry;
		}
		entry.raw = raw as Record<string, unknown>;
	} catch (error) {
		entry.errors.push(error instanceof Error ? error.message : String(error));
		return entry;
	}
	const parsed = SELF_STUDY_COLLECTIONS[collection].schema.safeParse(entry.raw);
	if (parsed.success) entry.data = parsed.data as EntryData<C>;
	else entry.errors.push(...describeIssues(parsed.error).split('\n'));
	return entry;
}

function loadCollection<C extends CollectionName>(collection: C, dir: string): LoadedEntry<C>[] {
	const folder = join(dir, SELF_STUDY_COLLECTIONS[collection].folder);
	let names: string[];
	try {
		names = readdirSync(folder, { recursive: true, encoding: 'utf8' });
	} catch {
		return [];
	}
	return names
		.filter((name) => name.endsWith('.md'))
		.sort()
		.map((name) =>
			loadText(
				collection,
				`${SELF_STUDY_COLLECTIONS[collection].folder}/${name}`,
				readFileSync(join(folder, name), 'utf8'),
			),
		);
}

/** Every self-study file under `dir` (default: src/content), by collection. */
export function loadCorpus(dir: string = CONTENT_DIR): Corpus {
	return {
		regelverk: loadCollection('regelverk', dir),
		endringar2019: loadCollection('endringar2019', dir),
		tips: loadCollection('tips', dir),
		cases: loadCollection('cases', dir),
		quiz: loadCollection('quiz', dir),
		paths: loadCollection('paths', dir),
	};
}
