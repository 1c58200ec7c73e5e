import { Marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { reportMarkdown, type gatheringReport } from './report.server.ts';

type Report = Awaited<ReturnType<typeof gatheringReport>>;

describe('the day report as Markdown', () => {
	it('carries what people wrote, without raw HTML or javascript: links', () => {
		const report = {
			exercises: [
				{
					exercise: {
						number: 1,
						title: 'Kartlegging <b>',
						task: 'Les [§ 29](https://lovdata.no/x)',
						questions: ['<img src=x onerror=alert(1)>'],
					},
					answers: [
						{
							group: { name: 'Gruppe 1' },
							answer: {
								summary: '<script>alert(1)</script> Vi meiner',
								examples: 'Sjå [dette](javascript:alert(1))',
								priorityQuestions: ['[Sjå her](JAVASCRIPT:alert(2))'],
							},
						},
					],
				},
			],
			answered: [{ text: 'Korleis?', answer: 'Sjå <a href="javascript:alert(3)">her</a>' }],
			groups: [],
			attendance: [{ organisation: 'NAV <i>Voss</i> | Os', confirmed: 2, attended: 1 }],
			evaluation: null,
		} as unknown as Report;
		const md = reportMarkdown(
			'nn',
			{ title: 'Samling', startsAt: new Date('2030-05-02T07:00:00Z') },
			report,
		);
		expect(md).not.toMatch(/<[a-z/]/i);
		// Opened in an editor that renders Markdown, no element and no link but the safe one.
		const html = new Marked({ gfm: true }).parse(md) as string;
		expect(html).not.toMatch(/<(script|img|b>)/i);
		expect([...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1])).toEqual([
			'https://lovdata.no/x',
		]);
		expect(md).toContain('Les [§ 29](https://lovdata.no/x)');
		expect(md).toContain('&lt;script>alert(1)&lt;/script> Vi meiner');
		expect(md).toContain('- Spørsmål: \\[Sjå her\\](JAVASCRIPT:alert(2))');
		expect(md).toContain('| NAV &lt;i>Voss&lt;/i> \\| Os | 2 | 1 |');
		expect(md).toContain('# Rapport: Samling');
		expect(md).toContain('Dato: torsdag 2. mai 2030');
	});
});
