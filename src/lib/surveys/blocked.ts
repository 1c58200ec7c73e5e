import type { SURVEY_STATUSES } from '#db/schema/surveys.ts';

/** Why a survey link shows a message instead of the form. */
export type AnswerBlock =
	| 'survey.error.notOpenYet'
	| 'survey.error.closed'
	| 'survey.error.used'
	| 'survey.error.answeredHere';

/**
 * Why the person who opened a survey's link may not answer it now, as the message key; null when
 * they may. A draft is not open yet, a closed survey is closed, and a survey this link (`spent`:
 * the personal link used) or this browser (the open link's cookie) has answered says so — unless
 * the answer just sent was refused (`retrying`), which shows the form again with its errors.
 * `spent.check` is asked only when the rest allows an answer.
 */
export async function answerBlock(
	status: (typeof SURVEY_STATUSES)[number],
	spent: { reason: 'used' | 'answeredHere'; check: () => boolean | Promise<boolean> },
	retrying: boolean,
): Promise<AnswerBlock | null> {
	if (status === 'draft') return 'survey.error.notOpenYet';
	if (status === 'closed') return 'survey.error.closed';
	if (retrying) return null;
	return (await spent.check()) ? `survey.error.${spent.reason}` : null;
}
