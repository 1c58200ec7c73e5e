/**
 * Markdown in the content's frontmatter (summaries, key points, model answers) as HTML, at build
 * time. The content is ours, but it still goes through the same allow-list as user text, so a slip in
 * a content file cannot put a script on a page.
 */
import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

const marked = new Marked({ gfm: true, async: false });

const INLINE = {
	allowedTags: ['strong', 'em', 'code', 'a', 'br'],
	allowedAttributes: { a: ['href'] },
	allowedSchemes: ['http', 'https', 'mailto'],
};
const BLOCK = { ...INLINE, allowedTags: [...INLINE.allowedTags, 'p', 'ul', 'ol', 'li'] };

/** One line of Markdown (no paragraph around it). */
export function inlineMarkdown(text: string): string {
	return sanitizeHtml(marked.parseInline(text) as string, INLINE);
}

/** Markdown that may hold paragraphs and lists. */
export function blockMarkdown(text: string): string {
	return sanitizeHtml(marked.parse(text) as string, BLOCK);
}
