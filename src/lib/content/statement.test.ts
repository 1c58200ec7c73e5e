/**
 * The accessibility statement lists every WCAG 2.1 A and AA criterion with a status, the same in
 * bokmål and nynorsk, with a summary that matches the table and every unmet criterion explained.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_DIR } from './load.ts';
import { checkPair, checkStatement, statementRows, WCAG21_A_AA } from './statement.ts';

const read = (lang: 'nb' | 'nn') =>
	readFileSync(join(CONTENT_DIR, 'pages', `tilgjengelighet.${lang}.md`), 'utf8');
const nb = read('nb');
const nn = read('nn');

describe('the accessibility statement', () => {
	it('has the right title, all 50 criteria with a status, a true summary, and no speculation or English', () => {
		expect(checkStatement(nb, 'nb')).toEqual([]);
		expect(checkStatement(nn, 'nn')).toEqual([]);
		expect(statementRows(nn, 'nn')).toHaveLength(WCAG21_A_AA.length);
	});

	it('gives each criterion the same status in bokmål and nynorsk', () => {
		expect(checkPair(nb, nn)).toEqual([]);
	});
});

describe('the statement checks find', () => {
	it('a wrong nynorsk title, a missing criterion, an unknown status and a summary that no longer adds up', () => {
		const broken = nn
			.replace('title: Tilgjengelegheitserklæring', 'title: Tilgjengeerklæring')
			.replace(/^\| 1\.4\.13 .*\n/m, '')
			.replace(
				'| 2.4.1 Hoppe over blokker (A) | Oppfylt |',
				'| 2.4.1 Hoppe over blokker (A) | Ja |',
			);
		const problems = checkStatement(broken, 'nn').join('\n');
		expect(problems).toMatch(/title is "Tilgjengeerklæring"/);
		expect(problems).toMatch(/criteria listed are .*1\.4\.12 2\.1\.1/);
		expect(problems).toMatch(/2\.4\.1 has no valid status/);
		expect(problems).toMatch(/the summary does not say/);
	});

	it('an unmet criterion left out of the known deviations, speculation, and a status that differs', () => {
		const broken = nb
			.replace('(2.2.2)', '')
			.replace('## Tilbakemelding', 'Vi har ikke kontrollert dette.\n\n## Tilbakemelding');
		const problems = checkStatement(broken, 'nb').join('\n');
		expect(problems).toMatch(/2\.2\.2 is not met but not under the known deviations/);
		expect(problems).toMatch(/speculation «Vi har ikke kontrollert»/);
		const changed = nn.replace(
			'| 2.3.1 Terskelverdi på maksimalt tre glimt (A) | Oppfylt |',
			'| 2.3.1 Terskelverdi på maksimalt tre glimt (A) | Ikkje aktuelt |',
		);
		expect(checkPair(nb, changed)).toEqual(['2.3.1 differs between bokmål and nynorsk']);
	});
});
