// Personal links are secrets (docs/decisions/009): whatever the server writes to its log passes
// through `redactSecrets`, which replaces the token of every personal link. Plain JavaScript
// because Astro's log destination (astro-log-destination.mjs) loads it without TypeScript.

export const REDACTED = '[skjult]';

/** Every token the platform issues: a 16-character id, a dot, 43 characters of secret. */
const TOKEN = /[a-z2-7]{16}\.[A-Za-z0-9_-]{43}/g;
/** Paths whose next segment is a personal link (forged or not); group codes (/g/…) stay. */
const PATH = /(\/(?:pamelding|nytt-passord)\/)[^/?#\s"'<>]+/g;
/** The survey page's segment, except the open link's screen (a code shown to the room) and the thank-you page. */
const SURVEY_PATH =
	/(\/undersoking\/)(?!skjerm(?:[/?#\s"'<>]|$)|takk(?:[/?#\s"'<>]|$))[^/?#\s"'<>]+/g;
/** Query parameters that carry a link's token (the reset link and the question page's manage link). */
const QUERY = /([?&](?:token|t)=)[^&#\s"'<>]+/g;

/**
 * The text with every personal-link token replaced.
 * @param {string} text
 * @returns {string}
 */
export function redactSecrets(text) {
	return text
		.replace(TOKEN, REDACTED)
		.replace(PATH, `$1${REDACTED}`)
		.replace(SURVEY_PATH, `$1${REDACTED}`)
		.replace(QUERY, `$1${REDACTED}`);
}
