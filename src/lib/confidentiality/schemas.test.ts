import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { registrationInput } from '#tests/factories.ts';
import { signupSchema } from '#lib/auth/auth.schema.ts';
import {
	exerciseSchema,
	groupAnswerSchema,
	groupsSchema,
} from '#lib/exercises/exercises.schema.ts';
import {
	gatheringSchema,
	messageSchema,
	presentationSchema,
	programmeItemSchema,
	registrationChangeSchema,
	registrationSchema,
} from '#lib/gatherings/gatherings.schema.ts';
import { askSchema, moderateSchema } from '#lib/questions/questions.schema.ts';
import {
	followUpSchema,
	questionSchema,
	settingsSchema,
	topicSchema,
} from '#lib/surveys/surveys.schema.ts';
import { syntheticNumber } from './fixtures/synthetic-numbers.ts';

// Every free text a person types, in every form schema, refuses an identity number. Written as
// Word writes it (non-breaking space), so the normalisation is exercised on the server path too.
const fnr = syntheticNumber(15, 3, 94);
const pasted = `Bruker ${fnr.slice(0, 6)}\u00A0${fnr.slice(6)} har spurt`;
const phone = 'Ring 912 34 567';

const gathering = {
	networkId: 'n1',
	title: 'Samling',
	description: '',
	goals: '',
	date: '2030-05-02',
	startTime: '09:00',
	endTime: '15:00',
	venueName: 'Statens hus',
	venueAddress: 'Kaigaten 9',
	venueTown: 'Bergen',
	capacity: 40,
	registrationOpens: '2030-03-01T09:00',
	registrationCloses: '2030-04-25T12:00',
	reminderDays: 3,
};
const survey = { surveyId: 's1' };

// [form, schema, a valid input, its free-text fields, whether phone numbers are refused too]
const forms: [string, z.ZodType, Record<string, unknown>, string[], boolean][] = [
	[
		'registration',
		registrationSchema,
		registrationInput('g1', 1),
		['name', 'organisation', 'jobRole', 'diet', 'accessibility'],
		false,
	],
	[
		'registration change',
		registrationChangeSchema,
		{ token: 't', jobRole: 'Rettleiar', diet: '', accessibility: '' },
		['jobRole', 'diet', 'accessibility'],
		false,
	],
	[
		'account',
		signupSchema,
		{
			name: 'Kari',
			email: 'kari@example.no',
			organisation: 'NAV Testby',
			password: 'correct horse battery',
		},
		['name', 'organisation'],
		false,
	],
	[
		'gathering',
		gatheringSchema,
		gathering,
		['title', 'description', 'goals', 'venueName', 'venueAddress', 'venueTown'],
		false,
	],
	[
		'programme item',
		programmeItemSchema,
		{ gatheringId: 'g1', startTime: '09:00', endTime: '10:00', title: 'Innleiing', kind: 'talk' },
		['title', 'presenterRole', 'presenterOrganisation', 'description'],
		false,
	],
	[
		'message to participants',
		messageSchema,
		{ gatheringId: 'g1', subject: 'Velkomen', body: 'Hei' },
		['subject', 'body'],
		false,
	],
	[
		'presentation',
		presentationSchema,
		{ gatheringId: 'g1', title: 'Lysark', file: new File(['x'], 'lysark.pdf') },
		['title'],
		false,
	],
	[
		'exercise',
		exerciseSchema,
		{ gatheringId: 'g1', number: 1, title: 'Oppgåve', task: '', questions: '', paragraphs: '' },
		['title', 'task', 'questions'],
		false,
	],
	['groups', groupsSchema, { gatheringId: 'g1', groups: 'Gruppe 1' }, ['groups'], false],
	[
		'group answer',
		groupAnswerSchema,
		{ code: 'abc', exerciseId: 'e1', version: 0 },
		['summary', 'examples', 'question1', 'question2'],
		true,
	],
	['question', askSchema, { gatheringId: 'g1', text: 'Korleis?' }, ['text'], true],
	[
		'moderation',
		moderateSchema,
		{ gatheringId: 'g1', questionId: 'q1', action: 'edit' },
		['text', 'answer'],
		true,
	],
	[
		'survey settings',
		settingsSchema,
		{ ...survey, titleNb: 'Evaluering' },
		['titleNb', 'titleNn', 'introNb', 'introNn'],
		false,
	],
	[
		'survey question',
		questionSchema,
		{ ...survey, type: 'text', textNb: 'Kva var best?' },
		[
			'textNb',
			'textNn',
			'helpNb',
			'helpNn',
			'labelMinNb',
			'labelMinNn',
			'labelMaxNb',
			'labelMaxNn',
		],
		false,
	],
	['survey topic', topicSchema, { ...survey, topic: 'Meir tid til grupper' }, ['topic'], false],
	['survey follow-up', followUpSchema, { ...survey, followUp: '' }, ['followUp'], true],
];

const messageAt = (schema: z.ZodType, input: Record<string, unknown>, field: string) =>
	schema.safeParse(input).error?.issues.find((i) => i.path[0] === field)?.message;

describe.each(forms)('the %s form', (_name, schema, valid, fields, refusesPhones) => {
	it('accepts ordinary input', () => {
		expect(schema.safeParse(valid).error?.issues).toBeUndefined();
	});

	it.each(fields)(
		'refuses an identity number in %s, with the taushetsplikt message on that field',
		(field) => {
			expect(messageAt(schema, { ...valid, [field]: pasted }, field)).toBe(
				'error.confidential.identity',
			);
		},
	);

	it.each(fields)(`${refusesPhones ? 'refuses' : 'lets through'} a phone number in %s`, (field) => {
		expect(messageAt(schema, { ...valid, [field]: phone }, field)).toBe(
			refusesPhones ? 'error.confidential.phone' : undefined,
		);
	});
});

describe('uploaded files', () => {
	it('refuses a file whose name holds an identity number, and keeps ordinary names', () => {
		const upload = (name: string) =>
			messageAt(
				presentationSchema,
				{ gatheringId: 'g1', title: 'Lysark', file: new File(['x'], name) },
				'file',
			);
		expect(upload(`vedtak ${fnr}.pdf`)).toBe('error.confidential.filename');
		expect(upload(`vedtak_${fnr.slice(0, 6)}-${fnr.slice(6)}.docx`)).toBe(
			'error.confidential.filename',
		);
		expect(upload('Samling 2030-05-02.pdf')).toBeUndefined();
	});
});
