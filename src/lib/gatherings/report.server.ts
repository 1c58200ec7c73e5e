import { and, desc, eq } from 'drizzle-orm';
import {
	HeadingLevel,
	Paragraph,
	Table,
	TableCell,
	TableRow,
	TextRun,
	WidthType,
	AlignmentType,
} from 'docx';
import type { Db } from '#db/client.ts';
import { surveys } from '#db/schema/index.ts';
import { t, type Lang } from '#i18n/index.ts';
import { participantOverview } from './participants.server.ts';
import { textParagraph, wordDocument } from '#lib/platform/docx.server.ts';
import { listQuestions } from '#lib/questions/index.server.ts';
import { resultsView } from '#lib/surveys/index.server.ts';
import { listGroups, listExercises, plenumView } from '#lib/exercises/index.server.ts';
import { blocksMarkdown, reportBlocks, type Block, type ReportContent } from './report.ts';

/** The gathering's latest closed evaluation, under the small-group rules of the results page. */
async function closedEvaluation(db: Db, gatheringId: string): Promise<ReportContent['evaluation']> {
	const survey = await db.query.surveys.findFirst({
		where: and(
			eq(surveys.gatheringId, gatheringId),
			eq(surveys.kind, 'evaluation'),
			eq(surveys.status, 'closed'),
		),
		orderBy: [desc(surveys.closedAt), desc(surveys.createdAt)],
	});
	if (!survey) return null;
	const view = await resultsView(db, survey, new Date(), { textLimit: 0 });
	if (view.visibility !== 'final' || !view.results || view.responses === null)
		return { kind: 'too-few' };
	return { kind: 'shown', responses: view.responses, results: view.results };
}

/**
 * Everything from a gathering's day: exercises, each group's answer, answered questions,
 * attendance per office from the check-in, and the closed evaluation's headline figures.
 */
export async function gatheringReport(db: Db, gatheringId: string) {
	const list = await listExercises(db, gatheringId);
	const views = [];
	for (const exercise of list) {
		const view = await plenumView(db, exercise.id);
		if (view) views.push(view);
	}
	const answered = (await listQuestions(db, gatheringId, { moderator: true, sort: 'time' })).filter(
		(q) => q.answer && q.status !== 'merged' && q.status !== 'hidden',
	);
	const { perOffice } = await participantOverview(db, gatheringId);
	return {
		exercises: views,
		answered,
		groups: await listGroups(db, gatheringId),
		attendance: perOffice,
		evaluation: await closedEvaluation(db, gatheringId),
	};
}

type Gathering = { title: string; startsAt: Date };

/** The report as Markdown in the reader's language. */
export function reportMarkdown(lang: Lang, gathering: Gathering, report: ReportContent): string {
	return blocksMarkdown(reportBlocks(lang, gathering, report));
}

const HEADINGS = {
	h1: HeadingLevel.HEADING_1,
	h2: HeadingLevel.HEADING_2,
	h3: HeadingLevel.HEADING_3,
} as const;

function wordBlock(b: Block): (Paragraph | Table)[] {
	if (b.kind === 'h1' || b.kind === 'h2' || b.kind === 'h3')
		return [textParagraph(b.text, { heading: HEADINGS[b.kind] })];
	if (b.kind === 'strong')
		return [new Paragraph({ children: [new TextRun({ text: b.text, bold: true })] })];
	if (b.kind === 'p') {
		const body = textParagraph(b.text, { spacing: { after: 200 } });
		return b.label === undefined
			? [body]
			: [
					new Paragraph({
						spacing: { after: 200 },
						children: [new TextRun({ text: `${b.label}: `, bold: true }), new TextRun(b.text)],
					}),
				];
	}
	if (b.kind === 'list')
		return b.items.map((item) => textParagraph(item, { bullet: { level: 0 } }));
	const row = (cells: string[], header: boolean) =>
		new TableRow({
			tableHeader: header,
			children: cells.map(
				(text, i) =>
					new TableCell({
						children: [
							new Paragraph({
								alignment: i === 0 ? AlignmentType.LEFT : AlignmentType.RIGHT,
								children: [new TextRun({ text, bold: header })],
							}),
						],
					}),
			),
		});
	return [
		new Table({
			width: { size: 100, type: WidthType.PERCENTAGE },
			rows: [row(b.head, true), ...b.rows.map((r) => row(r, false))],
		}),
		new Paragraph(''),
	];
}

/** The report as a Word document in the reader's language, from the same blocks as the Markdown. */
export function reportDocx(
	lang: Lang,
	gathering: Gathering,
	report: ReportContent,
): Promise<Buffer> {
	const blocks = reportBlocks(lang, gathering, report);
	return wordDocument(
		t(lang, 'report.title', { title: gathering.title }),
		blocks.flatMap(wordBlock),
	);
}
