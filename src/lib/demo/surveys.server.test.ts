import { describe, expect, it } from 'vitest';
import { getDb } from '#db/client.ts';
import { evaluationTemplate, preEventTemplate } from '#lib/surveys/templates.ts';
import { seedDemoData } from './seed.server.ts';

const asked = (q: { key: string; type: string; textNb: string; textNn: string }) => ({
	key: q.key,
	type: q.type,
	textNb: q.textNb,
	textNn: q.textNn,
});

describe('the demo surveys', () => {
	it('ask the platform’s own template questions, in the templates’ words and order', async () => {
		const db = await getDb();
		await seedDemoData(db, {});
		const questionsOf = async (surveyId: string) =>
			(
				await db.query.surveyQuestions.findMany({
					where: (q, { eq }) => eq(q.surveyId, surveyId),
					orderBy: (q, { asc }) => asc(q.position),
				})
			).map(asked);

		const preEvent = await db.query.surveys.findFirst({
			where: (s, { eq }) => eq(s.id, 'undersoking-vest-var-innspel'),
		});
		expect(preEvent?.titleNn).toBe(preEventTemplate().titleNn);
		expect(await questionsOf('undersoking-vest-var-innspel')).toEqual(
			preEventTemplate().questions.map(asked),
		);

		const programme = await db.query.programmeItems.findMany({
			where: (p, { eq }) => eq(p.gatheringId, 'samling-2019-09-19'),
		});
		const evaluation = evaluationTemplate(
			programme.sort((a, b) => a.startTime.localeCompare(b.startTime)),
		);
		const questions = await questionsOf('undersoking-2019-09-19');
		// The evaluation adds one demo question of its own (the respondent's role) at the end.
		expect(questions.slice(0, evaluation.questions.length)).toEqual(
			evaluation.questions.map(asked),
		);
	});
});
