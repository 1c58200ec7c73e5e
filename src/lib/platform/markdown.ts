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
		allowedTags: ['p', 'br', 'strong', 'em', 'ul', 'ol', 'li', 'a', 'h2', 'h3', 'h4', 'blockquote', 'code', 'pre', 'hr'],
		allowedAttributes: { a: ['href', 'rel'] },
		allowedSchemes: ['http', 'https', 'mailto'],
		transformTags: {
			h1: 'h2',
			a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer' }),
		},
	});
}
