import { describe, expect, it } from 'vitest';
import { Marked } from 'marked';
import { renderUserMarkdown, safeMarkdown } from './markdown.ts';

describe('user Markdown', () => {
	it('keeps formatting and links', () => {
		expect(renderUserMarkdown('**Viktig**: sjå [§ 29](https://lovdata.no/x)\n\n- a\n- b')).toBe(
			'<p><strong>Viktig</strong>: sjå <a href="https://lovdata.no/x" rel="noopener noreferrer">§ 29</a></p>\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n',
		);
	});

	it('shows script and HTML as harmless text, never as markup that runs', () => {
		const html = renderUserMarkdown(
			'<script>alert(1)</script><img src=x onerror=alert(2)> [x](javascript:alert(3)) <b onclick="x()">b</b>',
		);
		// Nothing runs: no script, no event handler, no javascript: link; the rest is plain text.
		expect(html).not.toMatch(/<script|<img|onerror=|onclick=|href="javascript/);
		expect(html).not.toContain('alert(1)');
		expect(html).toContain('[x](javascript:alert(3))');
	});

	it('turns a top-level heading into a second-level one, so the page keeps one h1', () => {
		expect(renderUserMarkdown('# Tittel')).toBe('<h2>Tittel</h2>\n');
	});
});

describe('Markdown that leaves the platform', () => {
	it.each([
		['<script>alert(1)</script>', '&lt;script>alert(1)&lt;/script>'],
		['<img src=x onerror=alert(2)>', '&lt;img src=x onerror=alert(2)>'],
		['<javascript:alert(1)>', '&lt;javascript:alert(1)>'],
		['[klikk](javascript:alert(1))', '\\[klikk\\](javascript:alert(1))'],
		['[klikk](JaVaScRiPt:alert(1))', '\\[klikk\\](JaVaScRiPt:alert(1))'],
		['[klikk](javascript&#58;alert(1))', '\\[klikk\\](javascript&amp;#58;alert(1))'],
		[
			'[klikk][x]\n\n[x]: javascript:alert(1)',
			'\\[klikk\\]\\[x\\]\n\n\\[x\\]: javascript:alert(1)',
		],
		[
			'![bilete](data:text/html;base64,PHNjcmlwdD4=)',
			'!\\[bilete\\](data:text/html;base64,PHNjcmlwdD4=)',
		],
		[
			'**Viktig**: sjå [§ 29](https://lovdata.no/x)',
			'**Viktig**: sjå [§ 29](https://lovdata.no/x)',
		],
		['Skriv til [oss](mailto:kvp@example.no)', 'Skriv til [oss](mailto:kvp@example.no)'],
		['3 < 5 & 6 > 4', '3 &lt; 5 & 6 > 4'],
	])('%j', (text, safe) => {
		expect(safeMarkdown(text)).toBe(safe);
		// Rendered, it has no element from the text and no link other than http(s) or mailto.
		const html = new Marked({ gfm: true }).parse(safe) as string;
		expect(html).not.toMatch(/<(script|img src=x|b )|href="(?!https?:|mailto:)|src="(?!https?:)/i);
	});
});
