/**
 * A Vestland gathering ready for a participant's day, for the accessibility specs: one programme
 * item, an open exercise with one group, and an open survey with its link for the screen.
 */
import { programmeItems } from '#db/schema/index.ts';
import {
	addGroups,
	listGroups,
	saveExercise,
	setExerciseStatus,
} from '#lib/exercises/exercises.server.ts';
import {
	createSurvey,
	getSurvey,
	setOpenLink,
	setSurveyStatus,
} from '#lib/surveys/surveys.server.ts';
import { createGathering } from '#tests/factories.ts';
import { e2eDb } from './fixtures.ts';

export async function gatheringDay(survey: 'pre-event' | 'evaluation') {
	const db = await e2eDb();
	const { id } = await createGathering(db, { networkId: 'vestland', capacity: 20 });
	await db.insert(programmeItems).values({
		id: `${id}-p1`,
		gatheringId: id,
		startTime: '09:00',
		endTime: '10:00',
		title: 'Regelverket i KVP',
		kind: 'talk',
	});
	const exerciseId = await saveExercise(db, id, {
		number: 1,
		title: 'Vilkår for KVP',
		task: 'Drøft saka til Lise.',
		questions: ['Er vilkåra oppfylte?'],
		paragraphs: ['29'],
	});
	await setExerciseStatus(db, id, exerciseId, 'open');
	await addGroups(db, id, { lines: [], count: 1 });
	const [group] = await listGroups(db, id);
	const surveyId = (await createSurvey(db, id, survey))!;
	await setSurveyStatus(db, (await getSurvey(db, surveyId))!, 'open');
	const openCode = (await setOpenLink(db, surveyId, true))!;
	return { id, programmeItemId: `${id}-p1`, groupCode: group!.code, surveyId, openCode };
}
