/**
 * Reading a filled-in survey form, pure. A chosen option is stored as the row's `item` (for a
 * single and a multiple choice alike), so every count is read from one index. Every question's field is named after the question:
 * `q-<id>` for a scale, a single choice and free text, `q-<id>-<option>` for each box of a
 * multiple choice and `q-<id>-<row>` for each row of a grid. Errors are messages (a key, with
 * parameters where it has any), one per question, keyed by the question's field name.
 */
import type { MessageKey } from '#i18n/index.ts';
import { confidentialityMessage, findConfidential } from '#lib/confidentiality/index.ts';
import type { Message } from '#lib/platform/forms.ts';
import type { QuestionType } from './templates.ts';

export interface AnswerableQuestion {
	id: string;
	type: QuestionType;
	required: boolean;
	options: { value: string }[];
	scaleMax: number;
	maxLength: number;
}

export interface AnswerRow {
	questionId: string;
	item: string;
	valueInt: number | null;
	valueText: string | null;
}

/** One message per question that needs a change, keyed by the question's field name. */
export type AnswerErrors = Record<string, MessageKey | Message>;

export type ParsedAnswers = { ok: true; rows: AnswerRow[] } | { ok: false; errors: AnswerErrors };

export const fieldName = (questionId: string, part?: string) =>
	part === undefined ? `q-${questionId}` : `q-${questionId}-${part}`;

/** What a browser sends for a field: a string, or nothing. */
export type RawForm = Record<string, string | undefined>;

function scaleValue(
	raw: string | undefined,
	max: number,
): { value: number | null; error?: Message } {
	const text = (raw ?? '').trim();
	if (text === '') return { value: null };
	if (!/^-?\d+$/.test(text))
		return { value: null, error: { key: 'survey.error.scale', params: { max } } };
	const n = Number(text);
	if (n < 1 || n > max)
		return { value: null, error: { key: 'survey.error.scale', params: { max } } };
	return { value: n };
}

/** Checks every answer against its question; answers the person left out are simply not stored. */
export function parseAnswers(questions: AnswerableQuestion[], form: RawForm): ParsedAnswers {
	const rows: AnswerRow[] = [];
	const errors: AnswerErrors = {};
	for (const q of questions) {
		const name = fieldName(q.id);
		switch (q.type) {
			case 'scale': {
				const { value, error } = scaleValue(form[name], q.scaleMax);
				if (error) errors[name] = error;
				else if (value === null && q.required) errors[name] = 'survey.error.required';
				else if (value !== null)
					rows.push({ questionId: q.id, item: '', valueInt: value, valueText: null });
				break;
			}
			case 'single': {
				const value = (form[name] ?? '').trim();
				if (value === '') {
					if (q.required) errors[name] = 'survey.error.required';
				} else if (!q.options.some((o) => o.value === value)) errors[name] = 'survey.error.option';
				else rows.push({ questionId: q.id, item: value, valueInt: 1, valueText: null });
				break;
			}
			case 'multiple': {
				const chosen = q.options.filter((o) => {
					const v = form[fieldName(q.id, o.value)];
					return v !== undefined && v !== '' && v !== 'false';
				});
				if (chosen.length === 0 && q.required) errors[name] = 'survey.error.required';
				for (const o of chosen)
					rows.push({ questionId: q.id, item: o.value, valueInt: 1, valueText: null });
				break;
			}
			case 'text': {
				const value = (form[name] ?? '').trim();
				if (value === '') {
					if (q.required) errors[name] = 'survey.error.required';
				} else if (value.length > q.maxLength)
					errors[name] = {
						key: 'survey.error.tooLong',
						params: { max: q.maxLength, length: value.length },
					};
				else {
					const confidential = confidentialityMessage(findConfidential(value));
					if (confidential) errors[name] = confidential;
					else rows.push({ questionId: q.id, item: '', valueInt: null, valueText: value });
				}
				break;
			}
			case 'grid': {
				let missing = false;
				for (const row of q.options) {
					const { value, error } = scaleValue(form[fieldName(q.id, row.value)], q.scaleMax);
					if (error) errors[name] = error;
					else if (value === null) missing = true;
					else rows.push({ questionId: q.id, item: row.value, valueInt: value, valueText: null });
				}
				if (!errors[name] && missing && q.required) errors[name] = 'survey.error.requiredRows';
				break;
			}
		}
	}
	return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, rows };
}

/** The first field of a question, which an error summary links to. */
export function firstField(q: Pick<AnswerableQuestion, 'id' | 'type' | 'options'>): string {
	if (q.type === 'grid' && q.options[0]) return fieldName(q.id, `${q.options[0].value}-1`);
	if (q.type === 'multiple' && q.options[0]) return fieldName(q.id, q.options[0].value);
	if (q.type === 'scale') return fieldName(q.id, '1');
	if (q.type === 'single' && q.options[0]) return fieldName(q.id, q.options[0].value);
	return fieldName(q.id);
}
