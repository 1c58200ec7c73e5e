import { describe, expect, it } from 'vitest';
import { SEED_004_LEVEL } from '#lib/demo/participant-numbers.ts';
import { draftLetter, letterTemplate, paragraphs } from './letter.ts';

const input = {
	office: 'NAV Alver',
	level: SEED_004_LEVEL,
	figures: [
		{
			officeId: 'nav-alver',
			month: '2019-07',
			total: 3,
			under25: 0,
			over25: 3,
			quality: 'reported' as const,
			note: '',
		},
		{
			officeId: 'nav-alver',
			month: '2019-08',
			total: 4,
			under25: 1,
			over25: 3,
			quality: 'reported' as const,
			note: '',
		},
	],
	organiser: 'Statsforvaltaren i Vestland',
	contact: 'rådgjevar for KVP, 55 00 00 00',
};

describe('the follow-up letter', () => {
	it('states the level and its basis, what the office reported, §§ 29, 30 and 32, monthly reporting and contact (nynorsk)', () => {
		const text = draftLetter('nn', letterTemplate('nn', ''), input);
		const parts = paragraphs(text);
		expect(parts[0]).toBe('Gjeld kvalifiseringsprogrammet (KVP) ved NAV Alver');
		expect(text).toContain(
			'7,8 per månad, med eit slingringsmonn på ±30 %, altså mellom 5,46 og 10,14',
		);
		expect(text).toContain('09.04.2019');
		expect(text).toContain('juli 2019: 3, august 2019: 4');
		expect(text).toMatch(/§ 29.*§ 30.*to år, jf\. § 32/s);
		expect(text).toContain('kvar månad');
		expect(text).toContain('rådgjevar for KVP, 55 00 00 00');
		expect(parts.at(-1)).toBe('Med helsing\nStatsforvaltaren i Vestland');
	});
	it('is in bokmål from the bokmål template', () => {
		expect(draftLetter('nb', letterTemplate('nb', undefined), input)).toContain(
			'Forventet antall deltakere ved NAV Alver er 7,8 per måned',
		);
	});
	it("uses the coordinator's own template when there is one", () => {
		expect(
			draftLetter(
				'nb',
				letterTemplate('nb', 'Til {office}: nivå {level}, rapportert {reported}.'),
				input,
			),
		).toBe('Til NAV Alver: nivå 7,8, rapportert juli 2019: 3, august 2019: 4.');
	});
});
