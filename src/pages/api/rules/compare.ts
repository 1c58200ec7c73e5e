/**
 * POST /api/rules/compare: "what changed". Runs cases under the rules in force on two dates and
 * says which verdicts change and which conditions changed them.
 *
 * Body: `{ dateA, dateB, cases? }`. Without `cases`, the playground's case library is used; with
 * it, `cases` is a list of at most 200 `{ id, facts }` (facts as for /api/rules/eligibility).
 * Answer: the engine's `Comparison`.
 */
import {
	compareVersionsInput,
	EXAMPLES,
	eligibilityFactsSchema,
	toFieldErrors,
	type ComparableCase,
} from '#lib/rules/index.ts';
import { methodNotAllowed, postHandler, type Computed, type FieldError } from './_endpoint.ts';

export const prerender = false;

const MAX_CASES = 200;

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks `cases`, naming every invalid field as `cases[i].facts.birthDate` and so on. */
function readCases(value: unknown, errors: FieldError[]): ComparableCase[] {
	if (value === undefined) return [...EXAMPLES];
	if (!Array.isArray(value)) {
		errors.push({
			path: 'cases',
			message: 'Må være en liste (JSON-array) med saker, eller utelatt for eksempelsakene.',
		});
		return [];
	}
	if (value.length === 0 || value.length > MAX_CASES) {
		errors.push({ path: 'cases', message: `Må inneholde fra 1 til ${MAX_CASES} saker.` });
		return [];
	}
	const cases: ComparableCase[] = [];
	value.forEach((item: unknown, index) => {
		if (!isRecord(item)) {
			errors.push({ path: `cases[${index}]`, message: 'Må være et objekt med «id» og «facts».' });
			return;
		}
		const id = item.id;
		if (typeof id !== 'string' || id.trim() === '' || id.length > 100) {
			errors.push({ path: `cases[${index}].id`, message: 'Må være en tekst på 1 til 100 tegn.' });
		}
		const parsed = eligibilityFactsSchema.safeParse(item.facts);
		if (!parsed.success) {
			for (const e of toFieldErrors(parsed.error)) {
				errors.push({
					path: e.path === '' ? `cases[${index}].facts` : `cases[${index}].facts.${e.path}`,
					message: e.message,
				});
			}
			return;
		}
		if (typeof id === 'string') cases.push({ id, facts: parsed.data });
	});
	return cases;
}

export const POST = postHandler('compare', (body): Computed => {
	if (!isRecord(body)) {
		return {
			ok: false,
			errors: [
				{ path: '', message: 'Må være et objekt med «dateA», «dateB» og eventuelt «cases».' },
			],
		};
	}
	const errors: FieldError[] = [];
	const cases = readCases(body.cases, errors);
	const outcome = compareVersionsInput(cases, body.dateA, body.dateB);
	if (!outcome.ok) errors.unshift(...outcome.errors);
	if (errors.length > 0) return { ok: false, errors };
	return outcome;
});

export const ALL = methodNotAllowed;
