/**
 * Results as coordinators see them, under the small-group rules of anonymity.ts: nothing below
 * MIN_RESPONSES answers; while open, a snapshot that moves only in steps of MIN_RESPONSES answers
 * and no counts; once closed, the counts, breakdowns and exports. Also the trend across a
 * network's gatherings.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import {
	gatherings,
	surveyAnswers,
	surveyQuestions,
	surveyResponses,
	surveys,
	surveySnapshots,
} from '#db/schema/index.ts';
import {
	breakdownGroups,
	MIN_RESPONSES,
	OTHERS,
	shownRate,
	snapshotDue,
	visibility,
	type ShownRate,
	type Visibility,
} from './anonymity.ts';
import { audienceSize } from './invitations.server.ts';
import { questionsOf, responseCount } from './responses.server.ts';
import { buildResults, mean, median, type CountRow, type QuestionResult } from './results.ts';
import type { Survey, SurveyQuestion } from './surveys.server.ts';

interface RawResults {
	counts: CountRow[];
	texts: { questionId: string; text: string }[];
	/** Respondents per multiple-choice question. */
	respondents: [string, number][];
	/** Free-text answers per question (more than `texts` holds when a list was cut short). */
	textTotals?: [string, number][];
}

export interface TextOptions {
	/** At most this many free-text answers per question (all when undefined). */
	textLimit?: number | undefined;
	/** Questions whose free text is read in full anyway (topics for the next programme, "show all"). */
	fullText?: ((q: SurveyQuestion) => boolean) | undefined;
}

/**
 * Grouped counts and the free text of a survey: a few indexed reads, whatever the number of
 * answers. Free text comes in the order of the random response ids, which says nothing about who
 * wrote first.
 */
async function rawResults(
	db: Pick<Db, 'select'>,
	questions: SurveyQuestion[],
	options: TextOptions = {},
): Promise<RawResults> {
	const ids = (types: SurveyQuestion['type'][]) =>
		questions.filter((q) => types.includes(q.type)).map((q) => q.id);
	const counted = ids(['scale', 'grid', 'single', 'multiple']);
	const textQuestions = questions.filter((q) => q.type === 'text');
	const multipleIds = ids(['multiple']);
	const counts =
		counted.length === 0
			? []
			: await db
					.select({
						questionId: surveyAnswers.questionId,
						item: surveyAnswers.item,
						valueInt: surveyAnswers.valueInt,
						n: sql<number>`count(*)`,
					})
					.from(surveyAnswers)
					.where(inArray(surveyAnswers.questionId, counted))
					.groupBy(surveyAnswers.questionId, surveyAnswers.item, surveyAnswers.valueInt);
	const texts: RawResults['texts'] = [];
	for (const q of textQuestions) {
		const limit = options.fullText?.(q) ? undefined : options.textLimit;
		const query = db
			.select({ text: sql<string>`${surveyAnswers.valueText}` })
			.from(surveyAnswers)
			.where(eq(surveyAnswers.questionId, q.id))
			.orderBy(asc(surveyAnswers.responseId));
		for (const row of await (limit === undefined ? query : query.limit(limit)))
			texts.push({ questionId: q.id, text: row.text });
	}
	const textTotals =
		textQuestions.length === 0
			? []
			: await db
					.select({ questionId: surveyAnswers.questionId, n: sql<number>`count(*)` })
					.from(surveyAnswers)
					.where(
						inArray(
							surveyAnswers.questionId,
							textQuestions.map((q) => q.id),
						),
					)
					.groupBy(surveyAnswers.questionId);
	const respondents =
		multipleIds.length === 0
			? []
			: await db
					.select({
						questionId: surveyAnswers.questionId,
						n: sql<number>`count(distinct ${surveyAnswers.responseId})`,
					})
					.from(surveyAnswers)
					.where(inArray(surveyAnswers.questionId, multipleIds))
					.groupBy(surveyAnswers.questionId);
	return {
		counts: counts.map((c) => ({ ...c, n: Number(c.n) })),
		texts,
		respondents: respondents.map((r) => [r.questionId, Number(r.n)] as [string, number]),
		textTotals: textTotals.map((r) => [r.questionId, Number(r.n)] as [string, number]),
	};
}

function fromRaw(questions: SurveyQuestion[], raw: RawResults): QuestionResult[] {
	return buildResults(
		questions,
		raw.counts,
		raw.texts,
		new Map(raw.respondents),
		new Map(raw.textTotals ?? []),
	);
}

export interface ResultsView {
	visibility: Visibility;
	/** What may be shown of the response rate (anonymity.ts). */
	shownRate: ShownRate;
	/** Whole percent of the audience who answered, once closed with enough answers; else null. */
	rate: number | null;
	audience: number;
	/** The number of answers: only once the survey is closed and results are shown. */
	responses: number | null;
	results: QuestionResult[] | null;
	/** When the interim snapshot was taken. */
	snapshotAt: Date | null;
	questions: SurveyQuestion[];
}

/**
 * What the results page shows for a survey, under the small-group rules. `text` may shorten long
 * free-text lists for the page; exports read everything.
 */
export async function resultsView(
	db: Db,
	survey: Survey,
	now = new Date(),
	text: TextOptions = {},
): Promise<ResultsView> {
	const questions = await questionsOf(db, survey);
	const n = await responseCount(db, survey.id);
	const audience = await audienceSize(db, survey);
	const shown = shownRate(survey.status, n, audience);
	const seen = visibility(survey.status, n);
	const base = {
		visibility: seen,
		shownRate: shown,
		rate: shown.kind === 'final' ? shown.rate : null,
		audience,
		responses: null,
		results: null,
		snapshotAt: null,
		questions,
	};
	if (seen === 'hidden') return base;
	if (seen === 'final')
		return {
			...base,
			responses: n,
			results: fromRaw(questions, await rawResults(db, questions, text)),
		};
	const snapshot = await db.query.surveySnapshots.findFirst({
		where: eq(surveySnapshots.surveyId, survey.id),
	});
	if (snapshot && !snapshotDue(n, snapshot.responses)) {
		return {
			...base,
			results: fromRaw(questions, snapshot.data as RawResults),
			snapshotAt: snapshot.takenAt,
		};
	}
	// Answers may arrive while they are read, so the snapshot holds between n (counted before) and
	// `after` answers; it records `after`, and replaces an older snapshot only if n is at least
	// MIN_RESPONSES above what that one recorded. So two snapshots always differ by at least
	// MIN_RESPONSES answers, even when two coordinators load the page at the same moment.
	const raw = await rawResults(db, questions);
	const after = await responseCount(db, survey.id);
	await db
		.insert(surveySnapshots)
		.values({ surveyId: survey.id, responses: after, data: raw, takenAt: now })
		.onConflictDoUpdate({
			target: surveySnapshots.surveyId,
			set: { responses: after, data: raw, takenAt: now },
			setWhere: sql`${surveySnapshots.responses} <= ${n - MIN_RESPONSES}`,
		});
	const stored = (await db.query.surveySnapshots.findFirst({
		where: eq(surveySnapshots.surveyId, survey.id),
	}))!;
	return {
		...base,
		results: fromRaw(questions, stored.data as RawResults),
		snapshotAt: stored.takenAt,
	};
}

export interface BreakdownView {
	by: SurveyQuestion;
	groups: { key: string; label: { nb: string; nn: string } | null; n: number }[];
	rows: {
		question: SurveyQuestion;
		item: { value: string; nb: string; nn: string } | null;
		means: (number | null)[];
		medians: (number | null)[];
	}[];
}

/**
 * Scale and grid answers broken down by a single-choice question (role, office, …), only once the
 * survey is closed, and only when every group shown has at least MIN_RESPONSES answers (small
 * groups are merged into "others"; if that is still too small, null: no breakdown).
 */
export async function breakdown(
	db: Db,
	survey: Survey,
	byQuestionId: string,
): Promise<BreakdownView | null> {
	if (survey.status !== 'closed') return null;
	const questions = await questionsOf(db, survey);
	const by = questions.find((q) => q.id === byQuestionId && q.type === 'single');
	if (!by) return null;
	const responses = await db
		.select({
			id: surveyResponses.id,
			group: sql<
				string | null
			>`(select a.item from survey_answers a where a.response_id = "survey_responses"."id" and a.question_id = ${by.id})`,
		})
		.from(surveyResponses)
		.where(eq(surveyResponses.surveyId, survey.id));
	if (responses.length < MIN_RESPONSES) return null;
	const groups = breakdownGroups(responses, (r) => r.group);
	if (!groups) return null;
	const groupOf = new Map<string, number>();
	groups.forEach((g, i) => g.members.forEach((m) => groupOf.set(m.id, i)));
	const measured = questions.filter((q) => q.type === 'scale' || q.type === 'grid');
	const answers =
		measured.length === 0
			? []
			: await db
					.select({
						responseId: surveyAnswers.responseId,
						questionId: surveyAnswers.questionId,
						item: surveyAnswers.item,
						value: surveyAnswers.valueInt,
					})
					.from(surveyAnswers)
					.where(
						inArray(
							surveyAnswers.questionId,
							measured.map((q) => q.id),
						),
					);
	// counts[question:item][group] = Map(value → count)
	const counts = new Map<string, Map<number, number>[]>();
	for (const a of answers) {
		if (a.value === null) continue;
		const key = `${a.questionId}:${a.item}`;
		const perGroup = counts.get(key) ?? groups.map(() => new Map<number, number>());
		counts.set(key, perGroup);
		const m = perGroup[groupOf.get(a.responseId)!]!;
		m.set(a.value, (m.get(a.value) ?? 0) + 1);
	}
	const rows: BreakdownView['rows'] = [];
	for (const q of measured) {
		const items = q.type === 'grid' ? q.options : [null];
		for (const item of items) {
			const perGroup =
				counts.get(`${q.id}:${item?.value ?? ''}`) ?? groups.map(() => new Map<number, number>());
			rows.push({ question: q, item, means: perGroup.map(mean), medians: perGroup.map(median) });
		}
	}
	return {
		by,
		groups: groups.map((g) => {
			const option = by.options.find((o) => o.value === g.key);
			return {
				key: g.key,
				label: g.key === OTHERS || !option ? null : { nb: option.nb, nn: option.nn },
				n: g.members.length,
			};
		}),
		rows,
	};
}

export interface TrendPoint {
	gatheringId: string;
	title: string;
	date: string;
	surveyId: string;
	/** Null when the survey had too few answers to show. */
	result: {
		answered: number;
		mean: number | null;
		median: number | null;
		bars: { label: { nb: string; nn: string }; percent: number }[];
	} | null;
}

export interface TrendSeries {
	key: string;
	type: SurveyQuestion['type'];
	text: { nb: string; nn: string };
	scaleMax: number;
	points: TrendPoint[];
}

/**
 * How a network's recurring questions (the same key in closed surveys of two or more of its
 * gatherings, and "Var samlinga nyttig?" always) were answered, gathering by gathering, oldest
 * first. Gatherings with fewer than MIN_RESPONSES answers appear without figures.
 */
export async function networkTrend(db: Db, networkId: string): Promise<TrendSeries[]> {
	const closed = await db
		.select({ survey: surveys, title: gatherings.title, date: gatherings.date })
		.from(surveys)
		.innerJoin(gatherings, eq(gatherings.id, surveys.gatheringId))
		.where(and(eq(gatherings.networkId, networkId), eq(surveys.status, 'closed')))
		.orderBy(asc(gatherings.startsAt));
	if (closed.length === 0) return [];
	const questions = await db.query.surveyQuestions.findMany({
		where: and(
			inArray(
				surveyQuestions.surveyId,
				closed.map((c) => c.survey.id),
			),
			inArray(surveyQuestions.type, ['scale', 'single', 'multiple']),
		),
		orderBy: [asc(surveyQuestions.position)],
	});
	const bySurvey = Map.groupBy(questions, (q) => q.surveyId);
	const series = new Map<string, TrendSeries>();
	for (const { survey, title, date } of closed) {
		const own = bySurvey.get(survey.id) ?? [];
		if (own.length === 0) continue;
		const n = await responseCount(db, survey.id);
		const results = n >= MIN_RESPONSES ? fromRaw(own, await rawResults(db, own)) : null;
		for (const q of own) {
			const s = series.get(q.key) ?? {
				key: q.key,
				type: q.type,
				text: { nb: q.textNb, nn: q.textNn },
				scaleMax: q.scaleMax,
				points: [],
			};
			if (s.type !== q.type) continue;
			s.text = { nb: q.textNb, nn: q.textNn };
			const r = results?.find((x) => x.question.id === q.id);
			const result =
				!r || (r.kind !== 'scale' && r.kind !== 'choice')
					? null
					: {
							answered: r.answered,
							mean: r.kind === 'scale' ? r.mean : null,
							median: r.kind === 'scale' ? r.median : null,
							bars: r.bars.map((b) => ({ label: b.label, percent: b.percent })),
						};
			if (s.points.some((p) => p.surveyId === survey.id)) continue;
			s.points.push({ gatheringId: survey.gatheringId, title, date, surveyId: survey.id, result });
			series.set(q.key, s);
		}
	}
	return [...series.values()].filter(
		(s) => s.key === 'useful' || new Set(s.points.map((p) => p.gatheringId)).size >= 2,
	);
}
