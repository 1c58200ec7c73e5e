/**
 * The interface strings the quiz and progress islands show. The page picks them from the
 * self-study dictionary in its language (src/lib/self-study/i18n.ts `pick`) and passes them as a
 * prop, so the islands' bundles carry no dictionary.
 */
import type { SelfStudyKey } from '#i18n/self-study.nb.ts';

export const QUIZ_KEYS = [
	'unverified',
	'quiz.answered',
	'quiz.question',
	'quiz.check',
	'quiz.chooseFirst',
	'quiz.right',
	'quiz.wrong',
	'quiz.correctOption',
	'quiz.wrongOption',
	'quiz.yourChoice',
	'quiz.score',
	'quiz.progressNote',
	'quiz.retry',
	'quiz.toProgress',
] as const satisfies readonly SelfStudyKey[];
export type QuizStrings = Record<(typeof QUIZ_KEYS)[number], string>;

export const PROGRESS_KEYS = [
	'progress.browser',
	'progress.read',
	'progress.quizzes',
	'progress.paths',
	'progress.nothing',
	'progress.score',
	'progress.when',
	'progress.sync',
	'progress.synced',
	'progress.syncFailed',
	'progress.clear',
	'progress.cleared',
	'progress.unknown',
	'path.stepsDone',
] as const satisfies readonly SelfStudyKey[];
export type ProgressStrings = Record<(typeof PROGRESS_KEYS)[number], string>;
