import { describe, expect, it } from 'vitest';
import { loadCorpus } from '#lib/content/load.ts';
import { defaultVersion, holdsOn, pointsFor, shortDate, todayInNorway } from './versions.ts';

const corpus = loadCorpus();
const entry = (key: string, lang = 'nb') => {
	const found = corpus.regelverk.find(
		(e) => e.data?.paragraph === key && e.data.lang === lang,
	)?.data;
	if (!found) throw new Error(`no ${key}.${lang}`);
	return found;
};

describe('versions of the rules', () => {
	it('holds from validFrom to validTo inclusive, open-ended when validTo is null', () => {
		const range = { validFrom: '2010-01-01', validTo: '2018-12-31' };
		expect(holdsOn(range, '2010-01-01')).toBe(true);
		expect(holdsOn(range, '2018-12-31')).toBe(true);
		expect(holdsOn(range, '2019-01-01')).toBe(false);
		expect(holdsOn(range, '2009-12-31')).toBe(false);
		expect(holdsOn({ validFrom: '2019-01-01', validTo: null }, '2099-01-01')).toBe(true);
	});

	it('shows the version in force by default: § 29 from 2019 today, the 2010 version on a day in 2018', () => {
		const versions = entry('29').versions;
		expect(defaultVersion(versions, '2026-11-22')).toMatchObject({
			version: { id: 'rv-2019' },
			inForce: true,
		});
		expect(defaultVersion(versions, '2018-06-01')).toMatchObject({
			version: { id: 'rv-2010' },
			inForce: true,
		});
	});

	it('shows the last version of a rule no longer in force, and says so', () => {
		const versions = entry('mellombels-forskrift-2020', 'nn').versions;
		const shown = defaultVersion(versions, '2026-11-22');
		expect(shown.inForce).toBe(false);
		expect(shown.version.id).toBe(versions.at(-1)?.id);
		expect(defaultVersion(versions, '2020-04-01')).toMatchObject({
			version: { id: 'mf-2020-a' },
			inForce: true,
		});
	});

	it('gives every paragraph in both languages exactly one default version, with key points for it', () => {
		const today = todayInNorway();
		for (const e of corpus.regelverk) {
			const data = e.data!;
			const { version } = defaultVersion(data.versions, today);
			expect(
				pointsFor(data.keyPoints, version.id).length,
				`${e.file} ${version.id}`,
			).toBeGreaterThan(0);
		}
	});

	it('filters key points by version', () => {
		const points = entry('34').keyPoints;
		const old = pointsFor(points, 'rv-2010');
		expect(old.length).toBeGreaterThan(0);
		expect(old.every((p) => p.versions.includes('rv-2010'))).toBe(true);
		expect(
			pointsFor(points, 'rv-2019').some(
				(p) => p.versions.includes('rv-2010') && !p.versions.includes('rv-2019'),
			),
		).toBe(false);
	});

	it('writes dates the Norwegian short way and knows today in Norway', () => {
		expect(shortDate('2019-01-01')).toBe('1.1.2019');
		expect(shortDate('2018-12-31')).toBe('31.12.2018');
		expect(todayInNorway(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
	});
});
