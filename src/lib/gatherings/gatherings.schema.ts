import { z } from 'zod';
import { findConfidential, guardedText } from '#lib/confidentiality/index.ts';
import { PROGRAMME_KINDS } from '#db/schema/gatherings.ts';

export { PROGRAMME_KINDS };
import {
	isDate,
	isTime,
	minutesOf,
	osloInstant,
	osloInstantFromLocal,
} from '#lib/platform/time.ts';

// Messages are dictionary keys (src/i18n); pages translate them.

// Every free text is guarded for identity numbers (taushetsplikt); phone numbers are allowed here,
// since coordinators publish contact numbers and participants give their own. Too long names the
// limit and the length given (platform/forms.ts `tooLong`).
const text = (max: number, required: string) => guardedText({ max, required, mode: 'identity' });
const optionalText = (max: number) => guardedText({ max, optional: true, mode: 'identity' });

const gatheringFields = z.object({
	networkId: z.string({ error: 'error.network.unknown' }).min(1, 'error.network.unknown'),
	title: text(160, 'error.gathering.title.required'),
	description: optionalText(8000),
	/** The language title, description and programme are written in. */
	language: z.enum(['nb', 'nn']).default('nb'),
	/** Title and description in the other language; optional. */
	titleTranslation: optionalText(160),
	descriptionTranslation: optionalText(8000),
	/** One goal per line. */
	goals: optionalText(2000).transform((v) =>
		v
			.split('\n')
			.map((g) => g.trim())
			.filter(Boolean),
	),
	date: z.string({ error: 'error.gathering.date' }).refine(isDate, 'error.gathering.date'),
	startTime: z.string({ error: 'error.time' }).refine(isTime, 'error.time'),
	endTime: z.string({ error: 'error.time' }).refine(isTime, 'error.time'),
	venueName: text(160, 'error.gathering.venue.required'),
	venueAddress: text(200, 'error.gathering.address.required'),
	venueTown: text(80, 'error.gathering.town.required'),
	capacity: z
		.number({ error: 'error.gathering.capacity' })
		.int('error.gathering.capacity')
		.min(1, 'error.gathering.capacity')
		.max(5000, 'error.gathering.capacity'),
	registrationOpens: z.string({ error: 'error.datetime' }).transform((v, ctx) => {
		const d = osloInstantFromLocal(v);
		if (!d) ctx.addIssue({ code: 'custom', message: 'error.datetime' });
		return d ?? new Date(0);
	}),
	registrationCloses: z.string({ error: 'error.datetime' }).transform((v, ctx) => {
		const d = osloInstantFromLocal(v);
		if (!d) ctx.addIssue({ code: 'custom', message: 'error.datetime' });
		return d ?? new Date(0);
	}),
	lunchServed: z.boolean().default(false),
	reminderDays: z
		.number({ error: 'error.gathering.reminderDays' })
		.int('error.gathering.reminderDays')
		.min(0, 'error.gathering.reminderDays')
		.max(60, 'error.gathering.reminderDays'),
});

type GatheringFields = z.output<typeof gatheringFields>;

function gatheringChecks(v: GatheringFields, ctx: z.RefinementCtx): void {
	if (isTime(v.startTime) && isTime(v.endTime) && minutesOf(v.endTime) <= minutesOf(v.startTime)) {
		ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'error.gathering.endBeforeStart' });
	}
	if (v.registrationCloses <= v.registrationOpens) {
		ctx.addIssue({
			code: 'custom',
			path: ['registrationCloses'],
			message: 'error.gathering.closesBeforeOpens',
		});
	}
	if (
		isDate(v.date) &&
		isTime(v.startTime) &&
		v.registrationCloses > osloInstant(v.date, v.startTime)
	) {
		ctx.addIssue({
			code: 'custom',
			path: ['registrationCloses'],
			message: 'error.gathering.closesAfterGathering',
		});
	}
}

export const gatheringSchema = gatheringFields.superRefine(gatheringChecks);
export const gatheringUpdateSchema = gatheringFields
	.extend({ gatheringId: z.string().min(1) })
	.superRefine(gatheringChecks);
export type GatheringInput = z.output<typeof gatheringSchema>;

export const programmeItemSchema = z.object({
	gatheringId: z.string().min(1),
	itemId: z.string().nullish(),
	startTime: z.string({ error: 'error.time' }).refine(isTime, 'error.time'),
	endTime: z.string({ error: 'error.time' }).refine(isTime, 'error.time'),
	title: text(200, 'error.programme.title.required'),
	/** The title in the gathering's other language; optional. */
	titleTranslation: optionalText(200),
	kind: z.enum(PROGRAMME_KINDS, { error: 'error.programme.kind' }),
	presenterRole: optionalText(120),
	presenterOrganisation: optionalText(160),
	/** Where the presenter's question dossier goes; optional, never shown publicly. */
	presenterEmail: z
		.string()
		.trim()
		.max(254, 'error.email.invalid')
		.nullish()
		.transform((v) => v?.toLowerCase() ?? '')
		.refine((v) => v === '' || z.email().safeParse(v).success, 'error.email.invalid'),
	description: optionalText(1000),
});
export type ProgrammeItemInput = z.output<typeof programmeItemSchema>;

export const registrationSchema = z
	.object({
		gatheringId: z.string().min(1),
		name: text(120, 'error.name.required'),
		email: z
			.string({ error: 'error.email.required' })
			.trim()
			.min(1, 'error.email.required')
			.max(254, 'error.email.invalid')
			.pipe(z.email({ error: 'error.email.invalid' }))
			.transform((v) => v.toLowerCase()),
		officeId: z.string().trim().max(80).nullish(),
		organisation: guardedText({ max: 160, optional: true, mode: 'identity' }),
		jobRole: text(120, 'error.registration.jobRole.required'),
		lunch: z.boolean().default(false),
		diet: optionalText(300),
		accessibility: optionalText(500),
		consent: z
			.boolean()
			.default(false)
			.refine((v) => v, 'error.registration.consent'),
		language: z
			.enum(['nb', 'nn'])
			.nullish()
			.transform((v) => v ?? 'nb'),
	})
	// Runs even when other fields fail, so the form shows all its errors in one round.
	.refine((v) => Boolean(v.officeId || v.organisation), {
		path: ['officeId'],
		message: 'error.organisation.required',
		when: () => true,
	});
export type RegistrationInput = z.output<typeof registrationSchema>;

/** What a participant may change through the personal link. */
export const registrationChangeSchema = z.object({
	token: z.string().min(1).max(200),
	jobRole: text(120, 'error.registration.jobRole.required'),
	lunch: z.boolean().default(false),
	diet: optionalText(300),
	accessibility: optionalText(500),
});

export const messageSchema = z.object({
	gatheringId: z.string().min(1),
	subject: text(200, 'error.message.subject.required'),
	body: text(10000, 'error.message.body.required'),
});

/** An uploaded presentation: its title and its file name are guarded like any text a person writes. */
export const presentationSchema = z.object({
	gatheringId: z.string().min(1),
	title: text(200, 'error.presentation.title'),
	file: z
		.instanceof(File, { error: 'error.presentation.file' })
		.refine(
			(file) => findConfidential(file.name, 'identity').length === 0,
			'error.confidential.filename',
		),
});
