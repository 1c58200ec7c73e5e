import { describe, expect, it } from 'vitest';
import { issueToken } from '#lib/platform/tokens.ts';
import { redactSecrets } from './redact.mjs';

describe('personal links in the log', () => {
	it.each([
		['/pamelding/{t}', '/pamelding/[skjult]'],
		['/nn/pamelding/{t}?ny', '/nn/pamelding/[skjult]?ny'],
		['/api/pamelding/{t}/data.json', '/api/pamelding/[skjult]/data.json'],
		['/undersoking/{t}', '/undersoking/[skjult]'],
		[
			'POST /nn/undersoking/{t}?_action=surveys.submit',
			'POST /nn/undersoking/[skjult]?_action=surveys.submit',
		],
		['/undersoking/finst-ikkje', '/undersoking/[skjult]'],
		['/nytt-passord/{t}', '/nytt-passord/[skjult]'],
		['/nytt-passord?token={t}', '/nytt-passord?token=[skjult]'],
		['/samlinger/abc/sporsmal?sorter=tid&t={t}', '/samlinger/abc/sporsmal?sorter=tid&t=[skjult]'],
		['{"path":"/undersoking/{t}","status":200}', '{"path":"/undersoking/[skjult]","status":200}'],
		[
			'Error: no page for http://kvp.test/nn/pamelding/{t} (at x.mjs:1)',
			'Error: no page for http://kvp.test/nn/pamelding/[skjult] (at x.mjs:1)',
		],
		['the token {t} on its own', 'the token [skjult] on its own'],
	])('%s', async (template, expected) => {
		const { token } = await issueToken();
		expect(redactSecrets(template.replace('{t}', token))).toBe(expected);
	});

	it.each([
		'/g/ab12cd',
		'/undersoking/skjerm/abcdefgh23',
		'/undersoking/takk',
		'/nn/undersoking/takk?x=1',
		'/samlinger/abc/sporsmal?sorter=tid',
		'/admin/epost?til=a%40b.no',
	])('leaves %s as it is', (text) => {
		expect(redactSecrets(text)).toBe(text);
	});
});
