import type { Db } from '#db/client.ts';
import { listGroups, listExercises } from './exercises.server.ts';
import { plenumView } from './exercises.server.ts';
import { listQuestions } from '../questions/questions.server.ts';
import { safeMarkdown } from '../platform/markdown.ts';

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

/**
 * The report as Markdown, which Word and most editors open. Everything people wrote goes through
 * safeMarkdown: no raw HTML and no link but http(s) and mailto leave the platform.
 */
export function reportMarkdown(title: string, date: string, report: Awaited<ReturnType<typeof gatheringReport>>): string {
	const md = safeMarkdown;
	const out: string[] = [`# ${md(title)}`, '', `Dato: ${date}`, ''];
	for (const { exercise, answers } of report.exercises) {
		out.push(`## Oppgåve ${exercise.number}: ${md(exercise.title)}`, '');
		if (exercise.task) out.push(md(exercise.task), '');
		for (const q of exercise.questions) out.push(`- ${md(q)}`);
		if (exercise.questions.length) out.push('');
		for (const { group, answer } of answers) {
			if (!answer) continue;
			out.push(`### ${md(group.name)}`, '');
			if (answer.summary) out.push(md(answer.summary), '');
			if (answer.examples) out.push(`**Døme:** ${md(answer.examples)}`, '');
			for (const q of answer.priorityQuestions) out.push(`- Spørsmål: ${md(q)}`);
			if (answer.priorityQuestions.length) out.push('');
		}
	}
	if (report.answered.length > 0) {
		out.push('## Svara spørsmål', '');
		for (const q of report.answered) out.push(`**${md(q.text)}**`, '', md(q.answer ?? ''), '');
	}
	return out.join('\n');
}
