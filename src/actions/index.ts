import { admin } from './admin.ts';
import { auth } from './auth.ts';
import { exercises } from './exercises.ts';
import { gatherings } from './gatherings.ts';
import { questions } from './questions.ts';
import { registrations } from './registrations.ts';
import { participantNumbers } from './participant-numbers.ts';
import { surveys } from './surveys.ts';

export const server = {
	auth,
	admin,
	gatherings,
	registrations,
	questions,
	exercises,
	surveys,
	participantNumbers,
};
