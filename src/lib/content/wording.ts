/**
 * Wording checks for every nb/nn page: no speculation presented as content, and no English a
 * reader would see. Pure; `content.test.ts` runs them on the content and on broken copies, and
 * `wording.test.ts` on the rules engine's texts.
 */

/**
 * Phrases that present memory or unchecked guesses as content, or speak in the first person about
 * what was not checked. A statement that is not verified says so in a neutral voice instead
 * ("ikkje stadfesta mot lovteksten") with a note on what would settle it.
 */
const SPECULATION_PATTERNS: readonly RegExp[] = [
	/etter det vi (husker|hugsar|minnes)/i,
	/(fra|frå) (hukommelsen|minnet)/i,
	/vi har (ikke|ikkje) (kunnet|kunna)/i,
	/som vi (ikke|ikkje) har (lest|lese)/i,
	/\bvi (har )?(ikke|ikkje) (lest|lese|kontrollert|sjekket|sjekka|funnet|funne|tilgang)\b/i,
	/\bvi (ikke|ikkje) (har|hadde) (kunnet|kunna|lest|lese|kontrollert|funnet|funne)\b/i,
	/\bvi (vet|veit) (ikke|ikkje)\b/i,
	/\bhadde vi (ikke|ikkje)\b/i,
	/\b(kildene|kjeldene) våre\b/i,
	/\bvi husker\b|\bvi hugsar\b/i,
];

/**
 * English words that do not occur in Norwegian running text. Titles of English sources are not
 * checked (they are named as published); everything else a reader sees is.
 */
const ENGLISH_WORDS =
	/\b(the|of|is|are|was|were|this|which|appears|only|unverified|verified|memory|payroll|codebase|third-party|should|would|could|been|from|with|not checked|source)\b/i;

/** The speculation phrases a text contains. */
export function speculationIn(text: string): string[] {
	return SPECULATION_PATTERNS.flatMap((pattern) => {
		const match = pattern.exec(text);
		return match === null ? [] : [match[0]];
	});
}

/** The first English word found in a text, or null. */
export function englishIn(text: string): string | null {
	const match = ENGLISH_WORDS.exec(text);
	return match === null ? null : match[0];
}

/** Every string inside a value (frontmatter), with its path; source titles and URLs are skipped. */
export function stringsOf(value: unknown, path = ''): { path: string; text: string }[] {
	if (typeof value === 'string') return [{ path, text: value }];
	if (Array.isArray(value)) return value.flatMap((item, i) => stringsOf(item, `${path}[${i}]`));
	if (typeof value === 'object' && value !== null) {
		return Object.entries(value).flatMap(([key, inner]) => {
			if (key === 'sources' || key === 'url') return [];
			return stringsOf(inner, path === '' ? key : `${path}.${key}`);
		});
	}
	return [];
}
