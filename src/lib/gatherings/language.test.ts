import { describe, expect, it } from 'vitest';
import { gatheringIn, itemTitleIn } from './language.ts';

const nynorsk = {
	language: 'nn' as const,
	title: 'Fagdag om KVP',
	description: 'Erfaringsutveksling og fagleg påfyll.',
	titleTranslation: null,
	descriptionTranslation: null,
};

describe('a gathering in both languages', () => {
	it('shows the original in its own language', () => {
		expect(gatheringIn(nynorsk, 'nn')).toEqual({
			title: 'Fagdag om KVP',
			description: 'Erfaringsutveksling og fagleg påfyll.',
			shown: 'nn',
			fallback: false,
		});
	});

	it('falls back to the original, marked as such, when the other language has no translation', () => {
		expect(gatheringIn(nynorsk, 'nb')).toMatchObject({
			title: 'Fagdag om KVP',
			shown: 'nn',
			fallback: true,
		});
	});

	it('shows the translation when there is one; a missing translated description keeps the original', () => {
		const both = {
			...nynorsk,
			titleTranslation: 'Fagdag om KVP (bokmål)',
			descriptionTranslation: 'Erfaringsutveksling og faglig påfyll.',
		};
		expect(gatheringIn(both, 'nb')).toEqual({
			title: 'Fagdag om KVP (bokmål)',
			description: 'Erfaringsutveksling og faglig påfyll.',
			shown: 'nb',
			fallback: false,
		});
		expect(gatheringIn({ ...both, descriptionTranslation: '' }, 'nb').description).toBe(
			'Erfaringsutveksling og fagleg påfyll.',
		);
	});

	it('translates a programme item title only where it has one', () => {
		expect(itemTitleIn({ title: 'Pause', titleTranslation: null }, 'nn', 'nb')).toBe('Pause');
		expect(
			itemTitleIn(
				{ title: 'Avslutning og evaluering', titleTranslation: 'Avslutning og evaluering (nb)' },
				'nn',
				'nb',
			),
		).toBe('Avslutning og evaluering (nb)');
		expect(
			itemTitleIn(
				{ title: 'Avslutning og evaluering', titleTranslation: 'Avslutning og evaluering (nb)' },
				'nn',
				'nn',
			),
		).toBe('Avslutning og evaluering');
	});
});
