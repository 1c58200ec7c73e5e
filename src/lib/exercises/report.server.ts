import type { Db } from '#db/client.ts';
import { listGroups, listExercises } from './exercises.server.ts';
import { plenumView } from './exercises.server.ts';
import { listQuestions } from '../questions/questions.server.ts';

/** Everything from a gathering's day: exercises, each group's answer, and answered questions. */
export async function gatheringReport(db: Db, gatheringId: string) {
	const list = await listExercises(db, gatheringId);
	const views = [];
	for (const exercise of list) {
		const view = await plenumView(db, exercise.id);
		if (view) views.push(view);
	}
	const answered = (await listQuestions(db, gatheringId, { moderator: true, sort: 'time' })).filter((q) => q.answer && q.status !== 'merged' && q.status !== 'hidden');
	return { exercises: views, answered, groups: await listGroups(db, gatheringId) };
}

/** The report as Markdown, which Word and most editors open. */
export function reportMarkdown(title: string, date: string, report: Awaited<ReturnType<typeof gatheringReport>>): string {
	const out: string[] = [`# ${title}`, '', `Dato: ${date}`, ''];
	for (const { exercise, answers } of report.exercises) {
		out.push(`## Oppgåve ${exercise.number}: ${exercise.title}`, '');
		if (exercise.task) out.push(exercise.task, '');
		for (const q of exercise.questions) out.push(`- ${q}`);
		if (exercise.questions.length) out.push('');
		for (const { group, answer } of answers) {
			if (!answer) continue;
			out.push(`### ${group.name}`, '');
			if (answer.summary) out.push(answer.summary, '');
			if (answer.examples) out.push(`**Døme:** ${answer.examples}`, '');
			for (const q of answer.priorityQuestions) out.push(`- Spørsmål: ${q}`);
			if (answer.priorityQuestions.length) out.push('');
		}
	}
	if (report.answered.length > 0) {
		out.push('## Svara spørsmål', '');
		for (const q of report.answered) out.push(`**${q.text}**`, '', q.answer ?? '', '');
	}
	return out.join('\n');
}
