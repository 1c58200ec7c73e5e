import { describe, expect, it } from 'vitest';
import { barChart, lineChart } from './charts.server.ts';

describe('charts under the Content-Security-Policy', () => {
	it('carry no inline style (which the policy would block) but keep their size and colour as attributes', async () => {
		const bar = await barChart({
			id: 'b',
			title: 'Nyttig?',
			description: 'Ja 80 %',
			bars: [{ label: 'Ja', value: 80, text: '80 %' }],
			max: 100,
			axisLabel: 'Del',
		});
		const line = await lineChart({
			id: 'l',
			title: 'Utvikling',
			description: '4,2',
			points: [{ label: '2025', value: 4.2 }],
			min: 1,
			max: 5,
			axisLabel: 'Snitt',
		});
		for (const svg of [bar, line]) {
			expect(svg).not.toMatch(/\sstyle=|<style/);
			expect(svg).toMatch(/^<svg[^>]* font-size="13"/);
			expect(svg).toMatch(/^<svg[^>]* color="#23262a"/);
			expect(svg).toContain('role="img"');
		}
	});
});
