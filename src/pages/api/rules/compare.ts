/**
 * POST /api/rules/compare: "what changed". Runs cases under the rules in force on two dates and
 * says which verdicts change and which conditions changed them.
 *
 * Body: `compareInputSchema` (`{ dateA, dateB, cases? }`). Without `cases`, the playground's case
 * library is used; with it, `cases` is a list of at most 200 `{ id, facts }` (facts as for
 * /api/rules/eligibility). Answer: the engine's `Comparison`.
 */
import { compareVersionsBody } from '#lib/rules/schema/compare.ts';
import { methodNotAllowed, postHandler } from '#lib/api/json.server.ts';

export const prerender = false;

export const POST = postHandler('compare', (body) => compareVersionsBody(body));

export const ALL = methodNotAllowed;
