/**
 * The day's report as a list of blocks in the reader's language, pure: the Markdown and the Word
 * document (report.server.ts) are both written from the same blocks, so they say the same.
 */
import { t, type Lang } from '#i18n/index.ts';
import { formatLongDate, formatNumber } from '#i18n/format.ts';
import { MIN_RESPONSES, type QuestionResult } from '#lib/surveys/index.ts';
import { safeMarkdown } from '#lib/platform/markdown.ts';

export interface ReportContent {
	exercises: {
		exercise: { number: number; title: string; task: string | null; questions: string[] };
		answers: {
			group: { name: string };
			answer: {
				summary: string | null;
				examples: string | null;
				priorityQuestions: string[];
			} | null;
		}[];
	}[];
	answered: { text: string; answer: string | null }[];
	/** Confirmed registrations and check-ins per office (participantOverview). */
	attendance: { organisation: string; confirmed: number; attended: number }[];
	/**
	 * The gathering's closed evaluation: its figures when at least MIN_RESPONSES answered, else
	 * only that there were too few. Null while no evaluation is closed.
	 */
	evaluation:
		{ kind: 'shown'; responses: number; results: QuestionResult[] } | { kind: 'too-few' } | null;
}

type TextKind = 'h1' | 'h2' | 'h3' | 'strong' | 'p';

/** A heading or paragraph (one union member per kind, so a check of `kind` narrows), a list or a table. */
export type Block =
	| { [K in TextKind]: { kind: K; text: string; label?: string } }[TextKind]
	| { kind: 'list'; items: string[] }
	| { kind: 'table'; head: string[]; rows: string[][] };

const oneDecimal = (n: number, lang: Lang) => formatNumber(Math.round(n * 10) / 10, lang);
const percent = (n: number, lang: Lang) => `${formatNumber(Math.round(n), lang)} %`;

function evaluationBlocks(
	lang: Lang,
	evaluation: NonNullable<ReportContent['evaluation']>,
): Block[] {
	const out: Block[] = [{ kind: 'h2', text: t(lang, 'report.evaluation') }];
	if (evaluation.kind === 'too-few')
		return [
			...out,
			{ kind: 'p', text: t(lang, 'report.evaluationTooFew', { min: MIN_RESPONSES }) },
		];
	out.push({
		kind: 'p',
		text: t(lang, 'report.evaluationResponses', { n: formatNumber(evaluation.responses, lang) }),
	});
	const mean = (value: number | null, max: number) =>
		value === null ? '–' : t(lang, 'report.mean', { mean: oneDecimal(value, lang), max });
	for (const r of evaluation.results) {
		const question =
			lang === 'nn'
				? r.question.textNn || r.question.textNb
				: r.question.textNb || r.question.textNn;
		if (r.kind === 'scale')
			out.push({ kind: 'p', label: question, text: mean(r.mean, r.question.scaleMax) });
		else if (r.kind === 'grid')
			out.push(
				{ kind: 'h3', text: question },
				{
					kind: 'list',
					items: r.rows.map((row) => `${row.item[lang]}: ${mean(row.mean, r.question.scaleMax)}`),
				},
			);
		else if (r.kind === 'choice')
			out.push(
				{ kind: 'h3', text: question },
				{ kind: 'list', items: r.bars.map((b) => `${b.label[lang]}: ${percent(b.percent, lang)}`) },
			);
	}
	return out;
}

/** Attendance per office and, once the evaluation is closed, its headline figures. */
export function closingBlocks(
	lang: Lang,
	report: Pick<ReportContent, 'attendance' | 'evaluation'>,
): Block[] {
	const out: Block[] = [{ kind: 'h2', text: t(lang, 'report.attendance') }];
	if (report.attendance.length === 0)
		out.push({ kind: 'p', text: t(lang, 'report.attendanceNone') });
	else {
		const sum = (key: 'confirmed' | 'attended') =>
			report.attendance.reduce((acc, o) => acc + o[key], 0);
		out.push(
			{
				kind: 'p',
				text: t(lang, 'report.attendanceTotal', {
					attended: formatNumber(sum('attended'), lang),
					confirmed: formatNumber(sum('confirmed'), lang),
				}),
			},
			{
				kind: 'table',
				head: [
					t(lang, 'export.organisation'),
					t(lang, 'export.confirmed'),
					t(lang, 'export.attended'),
				],
				rows: report.attendance.map((o) => [
					o.organisation,
					formatNumber(o.confirmed, lang),
					formatNumber(o.attended, lang),
				]),
			},
		);
	}
	if (report.evaluation) out.push(...evaluationBlocks(lang, report.evaluation));
	return out;
}

export function reportBlocks(
	lang: Lang,
	gathering: { title: string; startsAt: Date },
	report: ReportContent,
): Block[] {
	const out: Block[] = [
		{ kind: 'h1', text: t(lang, 'report.title', { title: gathering.title }) },
		{ kind: 'p', text: t(lang, 'report.date', { date: formatLongDate(gathering.startsAt, lang) }) },
	];
	for (const { exercise, answers } of report.exercises) {
		out.push({
			kind: 'h2',
			text: t(lang, 'plenum.title', { number: exercise.number, title: exercise.title }),
		});
		if (exercise.task) out.push({ kind: 'p', text: exercise.task });
		if (exercise.questions.length) out.push({ kind: 'list', items: exercise.questions });
		for (const { group, answer } of answers) {
			if (!answer) continue;
			out.push({ kind: 'h3', text: group.name });
			if (answer.summary) out.push({ kind: 'p', text: answer.summary });
			if (answer.examples)
				out.push({ kind: 'p', label: t(lang, 'group.examples'), text: answer.examples });
			if (answer.priorityQuestions.length)
				out.push({
					kind: 'list',
					items: answer.priorityQuestions.map((q) => `${t(lang, 'plenum.questions')}: ${q}`),
				});
		}
	}
	if (report.answered.length > 0) {
		out.push({ kind: 'h2', text: t(lang, 'report.answered') });
		for (const q of report.answered)
			out.push({ kind: 'strong', text: q.text }, { kind: 'p', text: q.answer ?? '' });
	}
	out.push(...closingBlocks(lang, report));
	return out;
}

/**
 * The blocks as Markdown. Everything goes through safeMarkdown: no raw HTML and no link but
 * http(s) and mailto leave the platform.
 */
export function blocksMarkdown(blocks: Block[]): string {
	const md = safeMarkdown;
	const cell = (text: string) => md(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');
	const out: string[] = [];
	for (const b of blocks) {
		if (b.kind === 'h1') out.push(`# ${md(b.text)}`, '');
		else if (b.kind === 'h2') out.push(`## ${md(b.text)}`, '');
		else if (b.kind === 'h3') out.push(`### ${md(b.text)}`, '');
		else if (b.kind === 'strong') out.push(`**${md(b.text)}**`, '');
		else if (b.kind === 'p')
			out.push(b.label === undefined ? md(b.text) : `**${md(b.label)}:** ${md(b.text)}`, '');
		else if (b.kind === 'list') out.push(...b.items.map((item) => `- ${md(item)}`), '');
		else
			out.push(
				`| ${b.head.map(cell).join(' | ')} |`,
				`| ${b.head.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
				...b.rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
				'',
			);
	}
	return out.join('\n');
}
