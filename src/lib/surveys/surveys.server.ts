/**
 * Surveys as coordinators build them: from a template or from scratch, questions in bokmål and
 * nynorsk, opened and closed, with an optional open link for the screen, and the note on what
 * is done with the input.
 */
import { and, asc, desc, eq, gt, inArray, lt, ne, sql } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { gatherings, surveyQuestions, surveys, type SurveyOption } from '#db/schema/index.ts';
import { recordAudit } from '#lib/audit/index.server.ts';
import { randomId } from '#lib/platform/tokens.ts';
import type { QuestionInput } from './surveys.schema.ts';
import {
	blankSurvey,
	customKey,
	evaluationTemplate,
	gridRows,
	preEventTemplate,
	type QuestionDraft,
	type TemplateId,
} from './templates.ts';

export type Survey = typeof surveys.$inferSelect;
export type SurveyQuestion = typeof surveyQuestions.$inferSelect;
export type SurveyWithQuestions = Survey & { questions: SurveyQuestion[] };
type Gathering = typeof gatherings.$inferSelect;

/** Creates a draft survey for a gathering, from a template or empty. */
export async function createSurvey(
	db: Db,
	gatheringId: string,
	template: TemplateId | 'blank',
	now = new Date(),
): Promise<string | null> {
	const g = await db.query.gatherings.findFirst({
		where: eq(gatherings.id, gatheringId),
		with: { programme: true },
	});
	if (!g) return null;
	const programme = [...g.programme].sort((a, b) => a.startTime.localeCompare(b.startTime));
	const draft =
		template === 'evaluation'
			? evaluationTemplate(programme)
			: template === 'pre-event'
				? preEventTemplate()
				: blankSurvey();
	const id = randomId();
	await db.transaction(async (tx) => {
		await tx.insert(surveys).values({
			id,
			gatheringId,
			kind: draft.kind,
			titleNb: draft.titleNb,
			titleNn: draft.titleNn,
			introNb: draft.introNb,
			introNn: draft.introNn,
			status: 'draft',
			createdAt: now,
			updatedAt: now,
		});
		if (draft.questions.length > 0)
			await tx
				.insert(surveyQuestions)
				.values(
					draft.questions.map((q, i) => ({ ...q, id: randomId(), surveyId: id, position: i + 1 })),
				);
		await recordAudit(tx, { action: 'survey.created', subjectId: id, networkId: g.networkId }, now);
	});
	return id;
}

export async function getSurvey(
	db: Db,
	surveyId: string,
): Promise<SurveyWithQuestions | undefined> {
	const survey = await db.query.surveys.findFirst({
		where: eq(surveys.id, surveyId),
		with: { questions: { orderBy: [asc(surveyQuestions.position)] } },
	});
	return survey ?? undefined;
}

export async function surveyByOpenCode(db: Db, code: string): Promise<Survey | undefined> {
	if (!/^[a-z2-7]{8,32}$/.test(code)) return undefined;
	return db.query.surveys.findFirst({ where: eq(surveys.openCode, code) });
}

export interface SurveySummary extends Survey {
	questionCount: number;
	responses: number;
	invited: number;
}

/** A gathering's surveys, newest first, with counts for the coordinator's list (never shown to others). */
export async function listSurveys(db: Db, gatheringId: string): Promise<SurveySummary[]> {
	// Written out as "surveys"."id": drizzle leaves a column of a one-table select unqualified,
	// which inside a subquery would name the subquery's own id.
	const rows = await db
		.select({
			survey: surveys,
			questionCount: sql<number>`(select count(*) from survey_questions q where q.survey_id = "surveys"."id")`,
			responses: sql<number>`(select count(*) from survey_responses r where r.survey_id = "surveys"."id")`,
			invited: sql<number>`(select count(*) from survey_invitations i where i.survey_id = "surveys"."id")`,
		})
		.from(surveys)
		.where(eq(surveys.gatheringId, gatheringId))
		.orderBy(desc(surveys.createdAt));
	return rows.map((r) => ({
		...r.survey,
		questionCount: Number(r.questionCount),
		responses: Number(r.responses),
		invited: Number(r.invited),
	}));
}

/** Title and introduction in the reader's language, falling back to the other. */
export function localised(lang: 'nb' | 'nn', nb: string, nn: string): string {
	return (lang === 'nn' ? nn || nb : nb || nn) ?? '';
}

export async function saveSettings(
	db: Db,
	surveyId: string,
	input: { titleNb: string; titleNn: string; introNb: string; introNn: string },
	now = new Date(),
): Promise<void> {
	await db
		.update(surveys)
		.set({
			titleNb: input.titleNb || input.titleNn,
			titleNn: input.titleNn || input.titleNb,
			introNb: input.introNb,
			introNn: input.introNn,
			updatedAt: now,
		})
		.where(eq(surveys.id, surveyId));
}

export type EditResult =
	| { ok: true; questionId: string }
	| { ok: false; reason: 'not-draft' | 'not-found' | 'no-programme' };

function optionsOf(input: QuestionInput): SurveyOption[] {
	const nb = input.optionsNb.length > 0 ? input.optionsNb : input.optionsNn;
	const nn = input.optionsNn.length > 0 ? input.optionsNn : input.optionsNb;
	return nb.map((text, i) => ({ value: `o${i + 1}`, nb: text, nn: nn[i] ?? text }));
}

/**
 * Adds or changes a question. Questions change only while the survey is a draft: once anyone
 * may have answered, the questions stay as they were asked.
 */
export async function saveQuestion(
	db: Db,
	survey: SurveyWithQuestions,
	input: QuestionInput,
): Promise<EditResult> {
	if (survey.status !== 'draft') return { ok: false, reason: 'not-draft' };
	const existing = input.questionId
		? survey.questions.find((q) => q.id === input.questionId)
		: undefined;
	if (input.questionId && !existing) return { ok: false, reason: 'not-found' };
	let options: SurveyOption[] = [];
	if (input.type === 'single' || input.type === 'multiple') options = optionsOf(input);
	if (input.type === 'grid') {
		const g = await db.query.gatherings.findFirst({
			where: eq(gatherings.id, survey.gatheringId),
			with: { programme: true },
		});
		options = gridRows(
			[...(g?.programme ?? [])].sort((a, b) => a.startTime.localeCompare(b.startTime)),
		);
		if (options.length === 0) return { ok: false, reason: 'no-programme' };
	}
	const textNb = input.textNb || input.textNn;
	const textNn = input.textNn || input.textNb;
	const hasLabels = input.labelMinNb || input.labelMinNn || input.labelMaxNb || input.labelMaxNn;
	const values: Omit<QuestionDraft, 'key'> = {
		type: input.type,
		required: input.required,
		textNb,
		textNn,
		helpNb: input.helpNb || input.helpNn,
		helpNn: input.helpNn || input.helpNb,
		options,
		scaleMax: input.type === 'scale' || input.type === 'grid' ? input.scaleMax : 5,
		scaleLabels:
			(input.type === 'scale' || input.type === 'grid') && hasLabels
				? {
						min: {
							nb: input.labelMinNb || input.labelMinNn,
							nn: input.labelMinNn || input.labelMinNb,
						},
						max: {
							nb: input.labelMaxNb || input.labelMaxNn,
							nn: input.labelMaxNn || input.labelMaxNb,
						},
					}
				: null,
		maxLength: existing?.maxLength ?? 2000,
	};
	if (existing) {
		// A template question keeps its key (and so its trend) when its wording is polished.
		const key = existing.key.startsWith('custom:') ? customKey(textNb) : existing.key;
		await db
			.update(surveyQuestions)
			.set({ ...values, key })
			.where(eq(surveyQuestions.id, existing.id));
		await touch(db, survey.id);
		return { ok: true, questionId: existing.id };
	}
	const questionId = randomId();
	const position = Math.max(0, ...survey.questions.map((q) => q.position)) + 1;
	await db
		.insert(surveyQuestions)
		.values({ ...values, id: questionId, surveyId: survey.id, key: customKey(textNb), position });
	await touch(db, survey.id);
	return { ok: true, questionId };
}

async function touch(db: Db, surveyId: string, now = new Date()): Promise<void> {
	await db.update(surveys).set({ updatedAt: now }).where(eq(surveys.id, surveyId));
}

export async function deleteQuestion(
	db: Db,
	survey: SurveyWithQuestions,
	questionId: string,
): Promise<boolean> {
	if (survey.status !== 'draft') return false;
	await db
		.delete(surveyQuestions)
		.where(and(eq(surveyQuestions.id, questionId), eq(surveyQuestions.surveyId, survey.id)));
	return true;
}

export async function moveQuestion(
	db: Db,
	survey: SurveyWithQuestions,
	questionId: string,
	direction: 'up' | 'down',
): Promise<boolean> {
	if (survey.status !== 'draft') return false;
	const list = [...survey.questions].sort((a, b) => a.position - b.position);
	const i = list.findIndex((q) => q.id === questionId);
	const j = direction === 'up' ? i - 1 : i + 1;
	if (i < 0 || j < 0 || j >= list.length) return false;
	const [a, b] = [list[i]!, list[j]!];
	await db.transaction(async (tx) => {
		await tx
			.update(surveyQuestions)
			.set({ position: b.position })
			.where(eq(surveyQuestions.id, a.id));
		await tx
			.update(surveyQuestions)
			.set({ position: a.position })
			.where(eq(surveyQuestions.id, b.id));
	});
	return true;
}

export type StatusResult = { ok: true } | { ok: false; reason: 'no-questions' | 'same' };

/** Opens (a draft or a closed survey) or closes. A survey with no questions cannot open. */
export async function setSurveyStatus(
	db: Db,
	survey: SurveyWithQuestions,
	status: 'open' | 'closed',
	now = new Date(),
): Promise<StatusResult> {
	if (survey.status === status) return { ok: false, reason: 'same' };
	if (status === 'open' && survey.questions.length === 0)
		return { ok: false, reason: 'no-questions' };
	await db
		.update(surveys)
		.set(
			status === 'open'
				? { status, openedAt: survey.openedAt ?? now, closedAt: null, updatedAt: now }
				: { status, closedAt: now, updatedAt: now },
		)
		.where(eq(surveys.id, survey.id));
	await recordAudit(
		db,
		{ action: status === 'open' ? 'survey.opened' : 'survey.closed', subjectId: survey.id },
		now,
	);
	return { ok: true };
}

/** Turns the open link for the screen on (with a fresh code) or off. */
export async function setOpenLink(
	db: Db,
	surveyId: string,
	enabled: boolean,
	now = new Date(),
): Promise<string | null> {
	const code = enabled ? randomId() : null;
	await db.update(surveys).set({ openCode: code, updatedAt: now }).where(eq(surveys.id, surveyId));
	return code;
}

export async function saveFollowUp(
	db: Db,
	surveyId: string,
	text: string,
	now = new Date(),
): Promise<void> {
	await db
		.update(surveys)
		.set({ followUp: text || null, followUpAt: text ? now : null, updatedAt: now })
		.where(eq(surveys.id, surveyId));
}

/** Deletes a draft nobody can have answered. */
export async function deleteSurvey(db: Db, survey: Survey): Promise<boolean> {
	if (survey.status !== 'draft') return false;
	await db.delete(surveys).where(eq(surveys.id, survey.id));
	await recordAudit(db, { action: 'survey.deleted', subjectId: survey.id });
	return true;
}

export interface PreviousFollowUp {
	gathering: Pick<Gathering, 'id' | 'title' | 'date' | 'startsAt'>;
	surveyId: string;
	text: string;
}

/**
 * For a gathering's page: the note "Dette gjer vi med innspela" from the most recent earlier
 * gathering of the same network that has one.
 */
export async function previousFollowUp(
	db: Db,
	g: Pick<Gathering, 'id' | 'networkId' | 'startsAt'>,
): Promise<PreviousFollowUp | null> {
	const [row] = await db
		.select({
			gathering: {
				id: gatherings.id,
				title: gatherings.title,
				date: gatherings.date,
				startsAt: gatherings.startsAt,
			},
			surveyId: surveys.id,
			text: surveys.followUp,
		})
		.from(surveys)
		.innerJoin(gatherings, eq(gatherings.id, surveys.gatheringId))
		.where(
			and(
				eq(gatherings.networkId, g.networkId),
				lt(gatherings.startsAt, g.startsAt),
				ne(gatherings.id, g.id),
				sql`${surveys.followUp} is not null and ${surveys.followUp} != ''`,
			),
		)
		.orderBy(desc(gatherings.startsAt), desc(surveys.followUpAt))
		.limit(1);
	return row?.text ? { gathering: row.gathering, surveyId: row.surveyId, text: row.text } : null;
}

/** The network's next gathering after this one that has not happened yet (where new topics go). */
export async function nextGathering(
	db: Db,
	g: Pick<Gathering, 'networkId' | 'startsAt'>,
	now = new Date(),
): Promise<Gathering | undefined> {
	const later = g.startsAt > now ? g.startsAt : now;
	return db.query.gatherings.findFirst({
		where: and(
			eq(gatherings.networkId, g.networkId),
			gt(gatherings.startsAt, later),
			ne(gatherings.status, 'cancelled'),
		),
		orderBy: [asc(gatherings.startsAt)],
	});
}

/** An open survey of the gathering with an open link, for its page (participants answer there). */
export async function openSurveysOf(db: Db, gatheringIds: string[]): Promise<Survey[]> {
	if (gatheringIds.length === 0) return [];
	return db.query.surveys.findMany({
		where: and(inArray(surveys.gatheringId, gatheringIds), eq(surveys.status, 'open')),
	});
}
