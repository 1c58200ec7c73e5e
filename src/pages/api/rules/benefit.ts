/**
 * POST /api/rules/benefit: kvalifiseringsstønad for one two-week period (sosialtenestelova § 35).
 * Body: `benefitInputSchema`. Answer: the engine's `BenefitResult`.
 */
import { calculateBenefitInput } from '#lib/rules/index.ts';
import { methodNotAllowed, postHandler } from '#lib/api/json.server.ts';

export const prerender = false;

export const POST = postHandler('benefit', (body) => calculateBenefitInput(body));

export const ALL = methodNotAllowed;
