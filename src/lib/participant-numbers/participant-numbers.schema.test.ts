import { describe, expect, it } from 'vitest';
import { contextSchema, levelSchema, templateSchema } from './participant-numbers.schema.ts';

// Astro hands an empty form field to the schema as null (required) or undefined (optional).
const level = {
	networkId: 'vt',
	officeId: 'nav-alver',
	level: '7,8',
	tolerancePercent: '30',
	asOf: '2019-04-09',
	source: 'Direktoratet',
};
const messages = (r: {
	success: boolean;
	error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => Object.fromEntries((r.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));

describe('the level form', () => {
	it('reads a decimal comma: 7,8 a month ±30 %', () => {
		expect(levelSchema.parse(level)).toMatchObject({ level: 7.8, tolerancePercent: 30 });
	});
	it('names each empty or bad field with its own message', () => {
		expect(
			messages(
				levelSchema.safeParse({
					...level,
					level: 'mange',
					tolerancePercent: '130',
					asOf: null,
					source: null,
				}),
			),
		).toEqual({
			level: 'form.level',
			tolerancePercent: 'form.tolerance',
			asOf: 'form.date',
			source: 'form.source',
		});
	});
});

describe('the context form', () => {
	const figure = {
		networkId: 'vl',
		area: 'Landet',
		participants: '6818',
		under25: undefined,
		potential: '13600',
		asOf: '2020-08-31',
		source: 'Samling i Førde',
	};
	it('leaves the optional counts out when empty', () => {
		expect(contextSchema.parse(figure)).toMatchObject({
			participants: 6818,
			under25: undefined,
			potential: 13_600,
		});
	});
	it('refuses a count that is not a whole number', () => {
		expect(
			messages(contextSchema.safeParse({ ...figure, participants: '6 818,5', area: null })),
		).toEqual({ participants: 'form.count', area: 'form.area' });
	});
});

it('takes an empty letter template as "use the built-in one"', () => {
	expect(
		templateSchema.parse({ networkId: 'vl', lang: 'nn', template: undefined }).template,
	).toBeUndefined();
});
