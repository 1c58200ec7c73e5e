import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

const marked = new Marked({ gfm: true, breaks: true, async: false });

/**
 * Markdown written by a user, as safe HTML: only text formatting, lists, headings below h1 and
 * http(s)/mailto links survive; scripts, styles, event handlers and raw HTML are removed.
 */
export function renderUserMarkdown(markdown: string): string {
	const html = marked.parse(markdown) as string;
	return sanitizeHtml(html, {
		allowedTags: [
			'p',
			'br',
			'strong',
			'em',
			'ul',
			'ol',
			'li',
			'a',
			'h2',
			'h3',
			'h4',
			'blockquote',
			'code',
			'pre',
			'hr',
		],
		allowedAttributes: { a: ['href', 'rel'] },
		allowedSchemes: ['http', 'https', 'mailto'],
		transformTags: {
			h1: 'h2',
			a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer' }),
		},
	});
}

const SAFE_HREF = /^(?:https?:\/\/|mailto:)[^\s<>]*$/i;

/**
 * Text that people wrote, made safe to put into a Markdown file that leaves the platform (the
 * day's report): no raw HTML (every "<" becomes "&lt;", which also ends autolinks like
 * <javascript:…>), and no link except to http(s) or mailto. When marked finds any other link or
 * reference definition, the square brackets are escaped so no link remains, only its text.
 */
export function safeMarkdown(text: string): string {
	const escaped = text.replace(/&(?=[#a-z0-9]+;)/gi, '&amp;').replace(/</g, '&lt;');
	let unsafe = false;
	marked.walkTokens(marked.lexer(escaped), (token) => {
		if (
			(token.type === 'link' || token.type === 'image' || token.type === 'def') &&
			!SAFE_HREF.test(String(token.href ?? ''))
		)
			unsafe = true;
	});
	return unsafe ? escaped.replace(/[[\]]/g, '\\$&') : escaped;
}
