import { and, eq, inArray, or } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import {
	gatherings,
	networkCoordinators,
	networks,
	questions,
	questionVotes,
	registrations,
	selfStudyProgress,
	sessions,
	surveyInvitations,
	surveys,
	users,
} from '#db/schema/index.ts';
import { personalDataKeys, type PersonalDataKey } from './personal-data-keys.ts';

type Lang = 'nb' | 'nn';
type Registration = typeof registrations.$inferSelect;
type Gathering = typeof gatherings.$inferSelect;
type Words = ((key: PersonalDataKey, params?: Record<string, string | number>) => string) & {
	lang: Lang;
};
type Data = Record<string, unknown>;

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

function wordsFor(lang: Lang): Words {
	const w = (key: PersonalDataKey, params?: Record<string, string | number>) =>
		Object.entries(params ?? {}).reduce<string>(
			(s, [k, v]) => s.replace(`{${k}}`, String(v)),
			personalDataKeys[lang][key],
		);
	return Object.assign(w, { lang });
}

/**
 * Everything stored about one registration, with what hangs on it: the questions asked through
 * it, the votes cast, and the survey invitations (whether the link was used, never the answer,
 * which is stored without a link to anyone).
 */
async function registrationRecord(
	db: Db,
	r: Registration,
	g: Gathering,
	position: number | null,
	w: Words,
): Promise<Data> {
	const asked = await db.query.questions.findMany({
		where: eq(questions.askerRegistrationId, r.id),
	});
	const votes = await db
		.select({ text: questions.text, at: questionVotes.createdAt })
		.from(questionVotes)
		.innerJoin(questions, eq(questions.id, questionVotes.questionId))
		.where(eq(questionVotes.voter, `r:${r.id}`));
	const invitations = await db
		.select({ invitation: surveyInvitations, titleNb: surveys.titleNb, titleNn: surveys.titleNn })
		.from(surveyInvitations)
		.innerJoin(surveys, eq(surveys.id, surveyInvitations.surveyId))
		.where(eq(surveyInvitations.registrationId, r.id));
	const yesNo = (v: boolean) => w(v ? 'yes' : 'no');
	return {
		[w('gathering')]: {
			[w('title')]: g.title,
			[w('date')]: g.date,
			[w('venue')]: `${g.venueName}, ${g.venueTown}`,
		},
		[w('registration')]: {
			[w('status')]: w(`status_${r.status}`),
			[w('placeOnWaitingList')]: position,
			[w('name')]: r.name,
			[w('email')]: r.email,
			[w('organisation')]: r.organisation,
			[w('role')]: r.jobRole,
			[w('lunch')]: yesNo(r.lunch),
			[w('diet')]: r.diet,
			[w('accessibility')]: r.accessibility,
			[w('language')]: r.language === 'nn' ? 'nynorsk' : 'bokmål',
			[w('consentedAt')]: iso(r.consentedAt),
			[w('registeredAt')]: iso(r.createdAt),
			[w('changedAt')]: iso(r.updatedAt),
			[w('promotedAt')]: iso(r.promotedAt),
			[w('cancelledAt')]: iso(r.cancelledAt),
			[w('attendedAt')]: iso(r.attendedAt),
		},
		[w('questions')]: asked.map((q) => questionRecord(q, w)),
		[w('votes')]: votes.map((v) => ({ [w('question')]: v.text, [w('votedAt')]: iso(v.at) })),
		[w('surveyInvitations')]: invitations.map(({ invitation: i, titleNb, titleNn }) => ({
			[w('survey')]: w.lang === 'nn' ? titleNn || titleNb : titleNb || titleNn,
			[w('sentAt')]: iso(i.sentAt),
			[w('remindedAt')]: iso(i.remindedAt),
			[w('used')]: yesNo(i.used),
		})),
	};
}

function questionRecord(q: typeof questions.$inferSelect, w: Words): Data {
	return {
		[w('text')]: q.originalText ?? q.text,
		[w('nameShown')]: w(q.showName ? 'yes' : 'no'),
		[w('status')]: w(`status_${q.status}`),
		[w('askedAt')]: iso(q.createdAt),
		[w('answer')]: q.answer,
	};
}

function retention(w: Words, months: number, account: boolean): string[] {
	return [
		w('retentionSensitive'),
		w('retentionName', { months }),
		...(account ? [w('retentionAccount')] : []),
	];
}

/** The download behind a personal registration link, in the language the person registered in. */
export async function registrationDownload(
	db: Db,
	found: { registration: Registration; gathering: Gathering; position: number | null },
	retentionMonths: number,
): Promise<Data> {
	const w = wordsFor(found.registration.language);
	return {
		[w('about')]: w('aboutText'),
		[w('registrations')]: [
			await registrationRecord(db, found.registration, found.gathering, found.position, w),
		],
		[w('retention')]: retention(w, retentionMonths, false),
	};
}

/**
 * The download on Min side: the account, its roles, sessions and self-study progress, questions
 * and votes from the account, and every registration made with it or with its address.
 */
export async function accountDownload(
	db: Db,
	userId: string,
	lang: Lang,
	retentionMonths: number,
): Promise<Data | null> {
	const user = await db.query.users.findFirst({ where: eq(users.id, userId) });
	if (!user) return null;
	const w = wordsFor(lang);
	const roles = await db
		.select({ name: networks.name })
		.from(networkCoordinators)
		.innerJoin(networks, eq(networks.id, networkCoordinators.networkId))
		.where(eq(networkCoordinators.userId, userId));
	const own = await db.query.sessions.findMany({ where: eq(sessions.userId, userId) });
	const progress = await db.query.selfStudyProgress.findMany({
		where: eq(selfStudyProgress.userId, userId),
	});
	const regs = await db.query.registrations.findMany({
		where: or(
			eq(registrations.userId, userId),
			and(eq(registrations.email, user.email), eq(registrations.anonymised, false)),
		),
	});
	const byGathering = new Map(
		(regs.length
			? await db.query.gatherings.findMany({
					where: inArray(
						gatherings.id,
						regs.map((r) => r.gatheringId),
					),
				})
			: []
		).map((g) => [g.id, g]),
	);
	const regIds = new Set(regs.map((r) => r.id));
	const fromAccount = (
		await db.query.questions.findMany({ where: eq(questions.askerUserId, userId) })
	).filter((q) => !q.askerRegistrationId || !regIds.has(q.askerRegistrationId));
	const votes = await db
		.select({ text: questions.text, at: questionVotes.createdAt })
		.from(questionVotes)
		.innerJoin(questions, eq(questions.id, questionVotes.questionId))
		.where(eq(questionVotes.voter, `u:${userId}`));
	const records: Data[] = [];
	for (const r of regs)
		records.push(await registrationRecord(db, r, byGathering.get(r.gatheringId)!, null, w));
	return {
		[w('about')]: w('aboutText'),
		[w('account')]: {
			[w('name')]: user.name,
			[w('email')]: user.email,
			[w('organisation')]: user.organisation,
			[w('createdAt')]: iso(user.createdAt),
			[w('administrator')]: w(user.isAdmin ? 'yes' : 'no'),
			[w('coordinatorOf')]: roles.map((r) => r.name),
			[w('sessions')]: own.map((s) => ({
				[w('createdAt')]: iso(s.createdAt),
				[w('lastUsedAt')]: iso(s.lastVerifiedAt),
			})),
		},
		[w('progress')]: progress.map((p) => ({
			[w('entry')]: p.entry,
			[w('kind')]: w(p.kind),
			[w('score')]: p.score,
			[w('maxScore')]: p.maxScore,
			[w('updatedAt')]: iso(p.updatedAt),
		})),
		[w('questions')]: fromAccount.map((q) => questionRecord(q, w)),
		[w('votes')]: votes.map((v) => ({ [w('question')]: v.text, [w('votedAt')]: iso(v.at) })),
		[w('registrations')]: records,
		[w('retention')]: retention(w, retentionMonths, true),
	};
}
