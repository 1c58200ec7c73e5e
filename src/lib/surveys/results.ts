/**
 * Survey results from counts, pure: each question's distribution, the mean and median of scales
 * and of each grid row, and the free text. The server hands in grouped counts (one row per
 * question, item and value) and the texts; nothing here knows which answers belong together.
 */
import type { ScaleLabels, SurveyOption } from '#db/schema/surveys.ts';
import type { QuestionType } from './templates.ts';

export interface ResultQuestion {
	id: string;
	key: string;
	type: QuestionType;
	required: boolean;
	textNb: string;
	textNn: string;
	options: SurveyOption[];
	scaleMax: number;
	scaleLabels: ScaleLabels | null;
}

/** A grouped count: how many answered `valueInt` for a question and item (a grid row, or a chosen option). */
export interface CountRow {
	questionId: string;
	item: string;
	valueInt: number | null;
	n: number;
}

export interface Bar {
	/** The scale value or the option's value. */
	value: string;
	label: { nb: string; nn: string };
	count: number;
	/** Share of those who answered the question (for multiple choice: of respondents who ticked any). */
	percent: number;
}

export interface ScaleStats {
	answered: number;
	bars: Bar[];
	mean: number | null;
	median: number | null;
}

export type QuestionResult =
	| ({ kind: 'scale'; question: ResultQuestion } & ScaleStats)
	| { kind: 'choice'; question: ResultQuestion; answered: number; bars: Bar[] }
	| { kind: 'grid'; question: ResultQuestion; rows: ({ item: SurveyOption } & ScaleStats)[] }
	/** `answers` may be the first of `total` (a long list is shown in part). */
	| { kind: 'text'; question: ResultQuestion; answers: string[]; total: number };

export function mean(counts: Map<number, number>): number | null {
	let n = 0;
	let sum = 0;
	for (const [value, count] of counts) {
		n += count;
		sum += value * count;
	}
	return n === 0 ? null : sum / n;
}

/** The median of values given as counts; for an even number of answers, the mean of the middle two. */
export function median(counts: Map<number, number>): number | null {
	const sorted = [...counts].filter(([, c]) => c > 0).sort(([a], [b]) => a - b);
	const n = sorted.reduce((acc, [, c]) => acc + c, 0);
	if (n === 0) return null;
	const at = (index: number): number => {
		let seen = 0;
		for (const [value, count] of sorted) {
			seen += count;
			if (index < seen) return value;
		}
		return sorted.at(-1)![0];
	};
	return n % 2 === 1 ? at((n - 1) / 2) : (at(n / 2 - 1) + at(n / 2)) / 2;
}

const percentOf = (count: number, total: number) => (total === 0 ? 0 : (count / total) * 100);

function scaleStats(
	counts: Map<number, number>,
	max: number,
	labels: ScaleLabels | null,
): ScaleStats {
	const answered = [...counts.values()].reduce((a, b) => a + b, 0);
	const bars: Bar[] = [];
	for (let v = 1; v <= max; v++) {
		const edge = v === 1 ? labels?.min : v === max ? labels?.max : undefined;
		const label = edge
			? { nb: `${v} – ${edge.nb}`, nn: `${v} – ${edge.nn}` }
			: { nb: String(v), nn: String(v) };
		const count = counts.get(v) ?? 0;
		bars.push({ value: String(v), label, count, percent: percentOf(count, answered) });
	}
	return { answered, bars, mean: mean(counts), median: median(counts) };
}

/**
 * Every question's result. `respondentsByQuestion` is how many responses answered each multiple
 * choice question at all (its shares are of those, so they may add up to more than 100 %).
 */
export function buildResults(
	questions: ResultQuestion[],
	counts: CountRow[],
	texts: { questionId: string; text: string }[],
	respondentsByQuestion: Map<string, number> = new Map(),
	textTotals: Map<string, number> = new Map(),
): QuestionResult[] {
	const textsBy = Map.groupBy(texts, (t) => t.questionId);
	const byQuestion = Map.groupBy(counts, (c) => c.questionId);
	return questions.map((q): QuestionResult => {
		const rows = byQuestion.get(q.id) ?? [];
		switch (q.type) {
			case 'scale': {
				const m = new Map<number, number>();
				for (const r of rows)
					if (r.valueInt !== null) m.set(r.valueInt, (m.get(r.valueInt) ?? 0) + r.n);
				return { kind: 'scale', question: q, ...scaleStats(m, q.scaleMax, q.scaleLabels) };
			}
			case 'grid':
				return {
					kind: 'grid',
					question: q,
					rows: q.options.map((item) => {
						const m = new Map<number, number>();
						for (const r of rows)
							if (r.item === item.value && r.valueInt !== null)
								m.set(r.valueInt, (m.get(r.valueInt) ?? 0) + r.n);
						return { item, ...scaleStats(m, q.scaleMax, q.scaleLabels) };
					}),
				};
			case 'single':
			case 'multiple': {
				const countOf = (value: string) =>
					rows.filter((r) => r.item === value).reduce((acc, r) => acc + r.n, 0);
				const answered =
					q.type === 'single'
						? rows.reduce((acc, r) => acc + r.n, 0)
						: (respondentsByQuestion.get(q.id) ?? 0);
				return {
					kind: 'choice',
					question: q,
					answered,
					bars: q.options.map((o) => {
						const count = countOf(o.value);
						return {
							value: o.value,
							label: { nb: o.nb, nn: o.nn },
							count,
							percent: percentOf(count, answered),
						};
					}),
				};
			}
			case 'text': {
				const answers = (textsBy.get(q.id) ?? []).map((t) => t.text);
				return {
					kind: 'text',
					question: q,
					answers,
					total: textTotals.get(q.id) ?? answers.length,
				};
			}
		}
	});
}

/** "4,2" in Norwegian: one decimal, a comma. */
export function formatNumber(value: number | null, decimals = 1): string {
	if (value === null) return '–';
	return value.toLocaleString('nb-NO', {
		minimumFractionDigits: decimals,
		maximumFractionDigits: decimals,
	});
}

/** "42 %": whole percent, with the narrow space Norwegian typography uses. */
export function formatPercent(value: number): string {
	return `${Math.round(value)} %`;
}
