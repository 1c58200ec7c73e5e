/**
 * Micro-benchmark of the rules engine: evaluations per second and the median time of one
 * evaluation, for eligibility, programme period and benefit, over the example library.
 *
 *   node bench/rules.ts [evaluations]      (default 200 000 per calculation)
 *
 * Method: warm up, then time the evaluations in batches of 1 000 and report the median batch's
 * time per evaluation (robust to GC pauses) and the overall rate. Inputs are validated once,
 * outside the timed loop, as the API and the island do before calling the engine.
 */
import { performance } from 'node:perf_hooks';
import {
	calculateBenefit,
	calculatePeriod,
	evaluateEligibility,
	EXAMPLES,
	type BenefitInput,
	type PeriodInput,
} from '../src/lib/rules/index.ts';

const TOTAL = Number(process.argv[2] ?? 200_000);
const BATCH = 1_000;
const TARGET_MEDIAN_US = 20;

type Result = { name: string; perSecond: number; medianUs: number };

function bench<T>(name: string, inputs: readonly T[], run: (input: T) => unknown): Result {
	let sink = 0;
	const once = (i: number) => {
		const value = run(inputs[i % inputs.length] as T);
		if (value !== null) sink += 1;
	};
	for (let i = 0; i < Math.min(TOTAL, 20_000); i += 1) once(i); // warm-up
	const batches = Math.max(1, Math.floor(TOTAL / BATCH));
	const perEval: number[] = [];
	const start = performance.now();
	for (let b = 0; b < batches; b += 1) {
		const t0 = performance.now();
		for (let i = 0; i < BATCH; i += 1) once(b * BATCH + i);
		perEval.push(((performance.now() - t0) * 1000) / BATCH);
	}
	const elapsedMs = performance.now() - start;
	if (sink === 0) throw new Error('nothing ran');
	perEval.sort((a, b) => a - b);
	const mid = Math.floor(perEval.length / 2);
	const medianUs =
		perEval.length % 2 === 1
			? (perEval[mid] ?? 0)
			: ((perEval[mid - 1] ?? 0) + (perEval[mid] ?? 0)) / 2;
	return { name, perSecond: (batches * BATCH) / (elapsedMs / 1000), medianUs };
}

const facts = EXAMPLES.map((e) => e.facts);
const periods: PeriodInput[] = EXAMPLES.flatMap((e) => (e.period ? [e.period] : []));
const benefits: BenefitInput[] = EXAMPLES.flatMap((e) => (e.benefit ? [e.benefit] : []));

const results = [
	bench('eligibility', facts, (f) => evaluateEligibility(f)),
	bench('period', periods, (p) => calculatePeriod(p)),
	bench('benefit', benefits, (b) => calculateBenefit(b)),
];

const format = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
console.log(
	`rules engine bench: ${format.format(TOTAL)} evaluations each, batches of ${BATCH}, Node ${process.version}`,
);
for (const r of results) {
	console.log(
		`${r.name}: ${format.format(r.perSecond)} evaluations/s, median ${r.medianUs.toFixed(2)} µs`,
	);
}
const eligibility = results[0];
if (eligibility !== undefined) {
	const ok = eligibility.medianUs < TARGET_MEDIAN_US;
	console.log(
		`eligibility target: median under ${TARGET_MEDIAN_US} µs — ${ok ? 'met' : 'NOT met'}`,
	);
}
