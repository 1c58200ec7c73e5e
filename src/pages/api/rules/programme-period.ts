/**
 * POST /api/rules/programme-period: the programme period (sosialtenestelova §§ 32 and 34).
 * Body: `periodInputSchema`. Answer: the engine's `PeriodResult`.
 */
import { calculatePeriodInput } from '#lib/rules/index.ts';
import { methodNotAllowed, postHandler } from '#lib/api/json.server.ts';

export const prerender = false;

export const POST = postHandler('programme-period', (body) => calculatePeriodInput(body));

export const ALL = methodNotAllowed;
