/**
 * The KVP rules engine on the command line. Prints the same JSON as the HTTP API.
 *
 *   npm run rules -- eligibility <facts.json>
 *   npm run rules -- programme-period <input.json>
 *   npm run rules -- benefit <input.json>
 *   npm run rules -- compare <dateA> <dateB>     (the example library under two dates' rules)
 *   npm run rules -- examples [id]               (list the examples, or print one)
 *
 * Use "-" instead of a file name to read from stdin. An example file (src/lib/rules/examples/*.json)
 * may be given as it is: the part for the command (facts, period or benefit) is used. Bad input: the field errors are printed in
 * Norwegian to stderr and the exit code is 1. A usage error exits with 2.
 */
import { readFileSync } from 'node:fs';
import {
	calculateBenefitInput,
	calculatePeriodInput,
	compareVersionsInput,
	evaluateEligibilityInput,
	exampleById,
	EXAMPLES,
	type FieldError,
	type Outcome,
} from '#lib/rules/index.ts';

const USAGE = `Bruk:
  node scripts/rules-cli.ts eligibility <fakta.json>
  node scripts/rules-cli.ts programme-period <input.json>
  node scripts/rules-cli.ts benefit <input.json>
  node scripts/rules-cli.ts compare <dato-a> <dato-b>
  node scripts/rules-cli.ts examples [id]
Bruk «-» som filnavn for å lese fra standard input. Med npm: npm run rules -- benefit <input.json>
Eksempel: echo '{"assessmentDate":"2025-06-01","birthDate":"1980-01-01"}' | npm run rules -- benefit -`;

const CALCULATIONS: Record<string, (input: unknown) => Outcome<unknown>> = {
	eligibility: (input) => evaluateEligibilityInput(input),
	'programme-period': (input) => calculatePeriodInput(input),
	period: (input) => calculatePeriodInput(input),
	benefit: (input) => calculateBenefitInput(input),
};

class InputError extends Error {}

function print(value: unknown): void {
	process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

function readJson(file: string): unknown {
	let text: string;
	try {
		text = file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
	} catch {
		throw new InputError(`Fant ikke eller kunne ikke lese filen «${file}».`);
	}
	try {
		return JSON.parse(text) as unknown;
	} catch (error) {
		const detail = error instanceof Error ? error.message : String(error);
		const source = file === '-' ? 'Standard input' : `Filen «${file}»`;
		throw new InputError(`${source} er ikke gyldig JSON: ${detail}`);
	}
}

const EXAMPLE_PART: Record<string, 'facts' | 'period' | 'benefit'> = {
	eligibility: 'facts',
	'programme-period': 'period',
	period: 'period',
	benefit: 'benefit',
};

/**
 * An example file from src/lib/rules/examples ({ id, title, summary, facts, period?, benefit? })
 * can be given directly: the part for the command is used.
 */
function unwrapExample(command: string, input: unknown): unknown {
	if (typeof input !== 'object' || input === null) return input;
	const record = input as Record<string, unknown>;
	if (typeof record.id !== 'string' || !('facts' in record) || !('title' in record)) return input;
	const part = EXAMPLE_PART[command] ?? 'facts';
	if (record[part] === undefined) {
		throw new InputError(`Eksempelet «${record.id}» har ingen «${part}»-del for denne kommandoen.`);
	}
	process.stderr.write(`Leser «${part}» fra eksempelet «${record.id}».\n`);
	return record[part];
}

function reportErrors(source: string, errors: FieldError[]): void {
	const lines = errors.map((e) => `  - ${e.path === '' ? '(hele input)' : e.path}: ${e.message}`);
	const count = errors.length === 1 ? '1 felt er ugyldig' : `${errors.length} felt er ugyldige`;
	process.stderr.write(`Ugyldig input i ${source} (${count}):\n${lines.join('\n')}\n`);
}

function run(args: string[]): number {
	const [command, ...rest] = args;
	if (command === undefined || command === '-h' || command === '--help') {
		process.stdout.write(`${USAGE}\n`);
		return command === undefined ? 2 : 0;
	}
	const calculate = CALCULATIONS[command];
	if (calculate !== undefined) {
		const [file] = rest;
		if (file === undefined || rest.length !== 1) {
			process.stderr.write(`Oppgi nøyaktig én fil.\n${USAGE}\n`);
			return 2;
		}
		const outcome = calculate(unwrapExample(command, readJson(file)));
		if (!outcome.ok) {
			reportErrors(file === '-' ? 'standard input' : file, outcome.errors);
			return 1;
		}
		print(outcome.result);
		return 0;
	}
	if (command === 'compare') {
		const outcome = compareVersionsInput(EXAMPLES, rest[0], rest[1]);
		if (!outcome.ok) {
			reportErrors('datoene', outcome.errors);
			return 1;
		}
		print(outcome.result);
		return 0;
	}
	if (command === 'examples') {
		const [id] = rest;
		if (id === undefined) {
			for (const example of EXAMPLES) process.stdout.write(`${example.id}\t${example.title.nb}\n`);
			return 0;
		}
		const example = exampleById(id);
		if (example === undefined) {
			process.stderr.write(`Fant ikke eksempelet «${id}».\n`);
			return 1;
		}
		print(example);
		return 0;
	}
	process.stderr.write(`Ukjent kommando «${command}».\n${USAGE}\n`);
	return 2;
}

// Piping into `head` closes stdout early; that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code === 'EPIPE') process.exit(0);
	throw error;
});

try {
	process.exitCode = run(process.argv.slice(2));
} catch (error) {
	if (error instanceof InputError) {
		process.stderr.write(`${error.message}\n`);
		process.exitCode = 1;
	} else {
		throw error;
	}
}
