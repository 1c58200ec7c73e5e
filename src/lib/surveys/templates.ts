/**
 * The two survey templates, pure. "Evaluering av samling" asks what the county governor has
 * asked after every gathering (was it useful, what was good, what to improve) and adds a rating
 * of each programme item and topics for next time. "Innspel før fagdagen" asks registrants five
 * open questions before a professional day. Every question has a key, so the same question in
 * another gathering's survey forms a trend.
 */
import { atClock } from '#i18n/format.ts';
import type { ScaleLabels, SurveyOption } from '#db/schema/surveys.ts';

export type QuestionType = 'scale' | 'single' | 'multiple' | 'text' | 'grid';
export type TemplateId = 'evaluation' | 'pre-event';

export interface QuestionDraft {
	key: string;
	type: QuestionType;
	required: boolean;
	textNb: string;
	textNn: string;
	helpNb: string;
	helpNn: string;
	options: SurveyOption[];
	scaleMax: number;
	scaleLabels: ScaleLabels | null;
	maxLength: number;
}

export interface SurveyDraft {
	kind: 'evaluation' | 'pre-event' | 'custom';
	titleNb: string;
	titleNn: string;
	introNb: string;
	introNn: string;
	questions: QuestionDraft[];
}

/** Keys of the template questions that mean something to the platform. */
export const KEYS = {
	useful: 'useful',
	items: 'items',
	good: 'good',
	improve: 'improve',
	topics: 'topics',
} as const;

const USEFUL_LABELS: ScaleLabels = {
	min: { nb: 'Ikke nyttig', nn: 'Ikkje nyttig' },
	max: { nb: 'Svært nyttig', nn: 'Svært nyttig' },
};

/** Programme items worth rating: not breaks and meals. */
const RATED_KINDS = new Set(['talk', 'group-work', 'plenum', 'evaluation', 'other']);

export function gridRows(
	programme: { id: string; title: string; startTime: string; kind: string }[],
): SurveyOption[] {
	return programme
		.filter((item) => RATED_KINDS.has(item.kind))
		.map((item) => ({
			value: item.id,
			nb: `${atClock(item.startTime)} ${item.title}`,
			nn: `${atClock(item.startTime)} ${item.title}`,
		}));
}

const question = (
	q: Partial<QuestionDraft> & Pick<QuestionDraft, 'key' | 'type' | 'textNb' | 'textNn'>,
): QuestionDraft => ({
	required: false,
	helpNb: '',
	helpNn: '',
	options: [],
	scaleMax: 5,
	scaleLabels: null,
	maxLength: 2000,
	...q,
});

export function evaluationTemplate(programme: Parameters<typeof gridRows>[0]): SurveyDraft {
	const rows = gridRows(programme);
	return {
		kind: 'evaluation',
		titleNb: 'Evaluering av samlingen',
		titleNn: 'Evaluering av samlinga',
		introNb:
			'Takk for at du var med. Svaret ditt er anonymt og hjelper oss å lage neste samling bedre.',
		introNn:
			'Takk for at du var med. Svaret ditt er anonymt og hjelper oss å lage neste samling betre.',
		questions: [
			question({
				key: KEYS.useful,
				type: 'scale',
				required: true,
				textNb: 'Var denne nettverkssamlingen nyttig for deg?',
				textNn: 'Var denne nettverkssamlinga nyttig for deg?',
				scaleLabels: USEFUL_LABELS,
			}),
			...(rows.length > 0
				? [
						question({
							key: KEYS.items,
							type: 'grid',
							textNb: 'Hvor nyttig var hver del av programmet?',
							textNn: 'Kor nyttig var kvar del av programmet?',
							helpNb: 'Hopp over det du ikke var med på.',
							helpNn: 'Hopp over det du ikkje var med på.',
							options: rows,
							scaleLabels: USEFUL_LABELS,
						}),
					]
				: []),
			question({ key: KEYS.good, type: 'text', textNb: 'Hva var bra?', textNn: 'Kva var bra?' }),
			question({
				key: KEYS.improve,
				type: 'text',
				textNb: 'Innspill til forbedring?',
				textNn: 'Innspel til forbetring?',
			}),
			question({
				key: KEYS.topics,
				type: 'text',
				textNb: 'Hvilke temaer ønsker du på neste samling?',
				textNn: 'Kva tema ønskjer du på neste samling?',
				helpNb: 'Skriv ett tema per linje.',
				helpNn: 'Skriv eitt tema per linje.',
				maxLength: 1000,
			}),
		],
	};
}

export function preEventTemplate(): SurveyDraft {
	const text = (key: string, textNb: string, textNn: string, helpNb = '', helpNn = '') =>
		question({ key, type: 'text', textNb, textNn, helpNb, helpNn });
	return {
		kind: 'pre-event',
		titleNb: 'Innspill før fagdagen',
		titleNn: 'Innspel før fagdagen',
		introNb:
			'Fem korte spørsmål før fagdagen. Svarene er anonyme, og vi bruker dem til å lage programmet.',
		introNn:
			'Fem korte spørsmål før fagdagen. Svara er anonyme, og vi brukar dei til å lage programmet.',
		questions: [
			text(
				'pre-challenges',
				'Hvilke utfordringer møter du i arbeidet med KVP?',
				'Kva utfordringar møter du i arbeidet med KVP?',
			),
			text(
				'pre-measures',
				'Hvilke tiltak passer for deltakere i KVP, etter din erfaring?',
				'Kva tiltak passar for deltakarar i KVP, etter erfaringa di?',
			),
			text(
				'pre-courses',
				'Hvilke AMO-kurs kan være aktuelle for KVP-deltakere?',
				'Kva AMO-kurs kan vere aktuelle for KVP-deltakarar?',
				'Gjerne forslag til innhold, og hva som kan gjøre det lettere å komme i arbeid eller utdanning.',
				'Gjerne forslag til innhald, og kva som kan gjere det lettare å kome i arbeid eller utdanning.',
			),
			text(
				'pre-positive',
				'Hva har fungert godt i KVP hos dere?',
				'Kva har fungert godt i KVP hos dykk?',
			),
			text(
				'pre-free',
				'Er det noe annet du vil ta opp på fagdagen?',
				'Er det noko anna du vil ta opp på fagdagen?',
			),
		],
	};
}

export function blankSurvey(): SurveyDraft {
	return {
		kind: 'custom',
		titleNb: 'Spørreundersøkelse',
		titleNn: 'Spørjeundersøking',
		introNb: '',
		introNn: '',
		questions: [],
	};
}

/** The key of a question written from scratch: its text, normalised, so the same wording recurs. */
export function customKey(text: string): string {
	const normalised = text
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim()
		.slice(0, 120);
	return `custom:${normalised}`;
}
