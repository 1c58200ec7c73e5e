import { z } from 'zod';
import { findConfidential } from '../confidentiality/guard.ts';
import { guardedText } from '../confidentiality/guarded-text.ts';
import { PROGRAMME_KINDS } from '#db/schema/gatherings.ts';

export { PROGRAMME_KINDS };
import { isDate, isTime, minutesOf, osloInstant, osloInstantFromLocal } from './time.ts';

// Messages are dictionary keys (src/i18n); pages translate them.

// Every free text is guarded for identity numbers (taushetsplikt); phone numbers are allowed here,
// since coordinators publish contact numbers and participants give their own.
const text = (max: number, required: string, tooLong: string) => guardedText({ max, required, tooLong, mode: 'identity' });
const optionalText = (max: number, tooLong: string) => guardedText({ max, optional: true, tooLong, mode: 'identity' });

const gatheringFields = z.object({
	networkId: z.string({ error: 'error.network.unknown' }).min(1, 'error.network.unknown'),
	title: text(160, 'error.gathering.title.required', 'error.text.tooLong'),
	description: optionalText(8000, 'error.text.tooLong'),
	/** One goal per line. */
	goals: optionalText(2000, 'error.text.tooLong').transform((v) =>
		v
			.split('\n')
			.map((g) => g.trim())
			.filter(Boolean),
	),
	date: z.string({ error: 'error.gathering.date' }).refine(isDate, 'error.gathering.date'),
	startTime: z.string({ error: 'error.time' }).refine(isTime, 'error.time'),
	endTime: z.string({ error: 'error.time' }).refine(isTime, 'error.time'),
	venueName: text(160, 'error.gathering.venue.required', 'error.text.tooLong'),
	venueAddress: text(200, 'error.gathering.address.required', 'error.text.tooLong'),
	venueTown: text(80, 'error.gathering.town.required', 'error.text.tooLong'),
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
		isTime(v.endTime) &&
		v.registrationCloses > osloInstant(v.date, v.endTime)
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
	title: text(200, 'error.programme.title.required', 'error.text.tooLong'),
	kind: z.enum(PROGRAMME_KINDS, { error: 'error.programme.kind' }),
	presenterRole: optionalText(120, 'error.text.tooLong'),
	presenterOrganisation: optionalText(160, 'error.text.tooLong'),
	description: optionalText(1000, 'error.text.tooLong'),
});
export type ProgrammeItemInput = z.output<typeof programmeItemSchema>;

export const registrationSchema = z
	.object({
		gatheringId: z.string().min(1),
		name: text(120, 'error.name.required', 'error.name.tooLong'),
		email: z
			.string({ error: 'error.email.required' })
			.trim()
			.min(1, 'error.email.required')
			.max(254, 'error.email.invalid')
			.pipe(z.email({ error: 'error.email.invalid' }))
			.transform((v) => v.toLowerCase()),
		officeId: z.string().trim().max(80).nullish(),
		organisation: guardedText({ max: 160, optional: true, tooLong: 'error.organisation.tooLong', mode: 'identity' }),
		jobRole: text(120, 'error.registration.jobRole.required', 'error.text.tooLong'),
		lunch: z.boolean().default(false),
		diet: optionalText(300, 'error.text.tooLong'),
		accessibility: optionalText(500, 'error.text.tooLong'),
		consent: z.boolean().default(false),
		language: z
			.enum(['nb', 'nn'])
			.nullish()
			.transform((v) => v ?? 'nb'),
	})
	.superRefine((v, ctx) => {
		if (!v.officeId && !v.organisation)
			ctx.addIssue({ code: 'custom', path: ['officeId'], message: 'error.organisation.required' });
		if (!v.consent)
			ctx.addIssue({ code: 'custom', path: ['consent'], message: 'error.registration.consent' });
	});
export type RegistrationInput = z.output<typeof registrationSchema>;

/** What a participant may change through the personal link. */
export const registrationChangeSchema = z.object({
	token: z.string().min(1).max(200),
	jobRole: text(120, 'error.registration.jobRole.required', 'error.text.tooLong'),
	lunch: z.boolean().default(false),
	diet: optionalText(300, 'error.text.tooLong'),
	accessibility: optionalText(500, 'error.text.tooLong'),
});

export const messageSchema = z.object({
	gatheringId: z.string().min(1),
	subject: text(200, 'error.message.subject.required', 'error.text.tooLong'),
	body: text(10000, 'error.message.body.required', 'error.text.tooLong'),
});

/** An uploaded presentation: its title and its file name are guarded like any text a person writes. */
export const presentationSchema = z.object({
	gatheringId: z.string().min(1),
	title: text(200, 'error.presentation.title', 'error.text.tooLong'),
	file: z
		.instanceof(File, { error: 'error.presentation.file' })
		.refine((file) => findConfidential(file.name, 'identity').length === 0, 'error.confidential.filename'),
});
