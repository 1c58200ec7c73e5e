/**
 * POST /api/rules/eligibility: the facts of a case in, the verdict out.
 *
 * Body: the facts (see `eligibilityFactsSchema`). Optional query `?ruleDate=YYYY-MM-DD` applies
 * the rules in force on another date. Answer: the engine's `EligibilityResult`
 * (`{ ruleVersion, verdict, decisive, summary, conditions: [{ id, status, reference, explanation: { nb, nn } … }], doubts }`).
 */
import { EARLIEST_ASSESSMENT_DATE, evaluateEligibilityInput } from '#lib/rules/index.ts';
import { methodNotAllowed, postHandler } from '#lib/api/json.server.ts';

export const prerender = false;

const RULE_DATE_MESSAGE = 'Regeldatoen må være en gyldig dato (ÅÅÅÅ-MM-DD) fra og med 1.1.2010.';

function validRuleDate(value: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(Date.UTC(year, month - 1, day));
	const real =
		date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
	return real && value >= EARLIEST_ASSESSMENT_DATE && value <= '2099-12-31';
}

export const POST = postHandler('eligibility', (body, { url }) => {
	const ruleDate = url.searchParams.get('ruleDate');
	const outcome = evaluateEligibilityInput(body, ruleDate === null ? {} : { ruleDate });
	// The engine checks the rule date only once the facts are valid; name it along with them.
	if (
		!outcome.ok &&
		ruleDate !== null &&
		!validRuleDate(ruleDate) &&
		!outcome.errors.some((e) => e.path === 'ruleDate')
	) {
		return {
			ok: false,
			errors: [...outcome.errors, { path: 'ruleDate', message: RULE_DATE_MESSAGE }],
		};
	}
	return outcome;
});

export const ALL = methodNotAllowed;
