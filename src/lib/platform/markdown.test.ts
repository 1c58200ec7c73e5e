import { describe, expect, it } from 'vitest';
import { renderUserMarkdown } from './markdown.ts';

describe('user Markdown', () => {
	it('keeps formatting and links', () => {
		expect(renderUserMarkdown('**Viktig**: sjå [§ 29](https://lovdata.no/x)\n\n- a\n- b')).toBe(
			'<p><strong>Viktig</strong>: sjå <a href="https://lovdata.no/x" rel="noopener noreferrer">§ 29</a></p>\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n',
		);
	});

	it('shows script and HTML as harmless text, never as markup that runs', () => {
		const html = renderUserMarkdown('<script>alert(1)</script><img src=x onerror=alert(2)> [x](javascript:alert(3)) <b onclick="x()">b</b>');
		// Nothing runs: no script, no event handler, no javascript: link; the rest is plain text.
		expect(html).not.toMatch(/<script|<img|onerror=|onclick=|href="javascript/);
		expect(html).not.toContain('alert(1)');
		expect(html).toContain('[x](javascript:alert(3))');
	});

	it('turns a top-level heading into a second-level one, so the page keeps one h1', () => {
		expect(renderUserMarkdown('# Tittel')).toBe('<h2>Tittel</h2>\n');
	});
});
