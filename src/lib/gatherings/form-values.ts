import { osloParts } from '#lib/platform/time.ts';

interface EditableGathering {
	networkId: string;
	title: string;
	description: string;
	language: 'nb' | 'nn';
	titleTranslation: string | null;
	descriptionTranslation: string | null;
	goals: string[];
	date: string;
	startsAt: Date;
	endsAt: Date;
	venueName: string;
	venueAddress: string;
	venueTown: string;
	capacity: number;
	registrationOpensAt: Date;
	registrationClosesAt: Date;
	lunchServed: boolean;
	reminderDays: number;
}

/** A stored gathering as the strings its edit form shows. */
export function gatheringFormValues(g: EditableGathering): Record<string, string> {
	return {
		networkId: g.networkId,
		title: g.title,
		description: g.description,
		language: g.language,
		titleTranslation: g.titleTranslation ?? '',
		descriptionTranslation: g.descriptionTranslation ?? '',
		goals: g.goals.join('\n'),
		date: g.date,
		startTime: osloParts(g.startsAt).time,
		endTime: osloParts(g.endsAt).time,
		venueName: g.venueName,
		venueAddress: g.venueAddress,
		venueTown: g.venueTown,
		capacity: String(g.capacity),
		registrationOpens: osloParts(g.registrationOpensAt).local,
		registrationCloses: osloParts(g.registrationClosesAt).local,
		lunchServed: g.lunchServed ? 'on' : '',
		reminderDays: String(g.reminderDays),
	};
}
