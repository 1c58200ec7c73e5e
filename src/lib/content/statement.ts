/**
 * Checks for the accessibility statement (src/content/pages/tilgjengelighet.*.md), which follows
 * the layout of Digdir's statement service (uustatus.no): one row per WCAG 2.1 success criterion
 * on level A and AA with its status. Pure; `statement.test.ts` runs it on the real files and on
 * broken copies.
 */
import { splitFrontmatter } from './load.ts';
import { englishIn, speculationIn } from './wording.ts';

/** The 50 success criteria on level A and AA in WCAG 2.1, in the standard's order. */
export const WCAG21_A_AA = [
	...['1.1.1', '1.2.1', '1.2.2', '1.2.3', '1.2.4', '1.2.5', '1.3.1', '1.3.2', '1.3.3', '1.3.4'],
	...['1.3.5', '1.4.1', '1.4.2', '1.4.3', '1.4.4', '1.4.5', '1.4.10', '1.4.11', '1.4.12'],
	...['1.4.13', '2.1.1', '2.1.2', '2.1.4', '2.2.1', '2.2.2', '2.3.1', '2.4.1', '2.4.2', '2.4.3'],
	...['2.4.4', '2.4.5', '2.4.6', '2.4.7', '2.5.1', '2.5.2', '2.5.3', '2.5.4', '3.1.1', '3.1.2'],
	...['3.2.1', '3.2.2', '3.2.3', '3.2.4', '3.3.1', '3.3.2', '3.3.3', '3.3.4', '4.1.1', '4.1.2'],
	'4.1.3',
] as const;

/** The status words per language, in the order met / not met / not applicable. */
const STATUS_WORDS = {
	nb: ['Oppfylt', 'Ikke oppfylt', 'Ikke aktuelt'],
	nn: ['Oppfylt', 'Ikkje oppfylt', 'Ikkje aktuelt'],
} as const;

const STATEMENT_TITLE = {
	nb: 'Tilgjengelighetserklæring',
	nn: 'Tilgjengelegheitserklæring',
};

export type Status = 'met' | 'not-met' | 'not-applicable';
export interface Row {
	criterion: string;
	name: string;
	level: string;
	status: Status | null;
}

const ROW = /^\|\s*(\d\.\d\.\d+) (.+) \((A|AA)\)\s*\|\s*([^|]+?)\s*\|.+\|$/;
const STATUSES: Status[] = ['met', 'not-met', 'not-applicable'];

/** The criterion rows of a statement's tables; status null when the word is not a status word. */
export function statementRows(body: string, lang: 'nb' | 'nn'): Row[] {
	return body.split('\n').flatMap((line) => {
		const match = ROW.exec(line);
		if (match === null) return [];
		const index = (STATUS_WORDS[lang] as readonly string[]).indexOf(match[4]!);
		return [
			{
				criterion: match[1]!,
				name: match[2]!,
				level: match[3]!,
				status: index === -1 ? null : STATUSES[index]!,
			},
		];
	});
}

/** What is wrong with one language's statement (empty when all is well). */
export function checkStatement(text: string, lang: 'nb' | 'nn'): string[] {
	const { frontmatter, body } = splitFrontmatter(text);
	const problems: string[] = [];
	const title = /^title: (.+)$/m.exec(frontmatter)?.[1];
	if (title !== STATEMENT_TITLE[lang]) problems.push(`${lang}: title is "${title}"`);
	const rows = statementRows(body, lang);
	const listed = rows.map((r) => r.criterion).join(' ');
	if (listed !== WCAG21_A_AA.join(' ')) problems.push(`${lang}: criteria listed are ${listed}`);
	for (const r of rows)
		if (r.status === null) problems.push(`${lang}: ${r.criterion} has no valid status`);
	const count = (s: Status) => rows.filter((r) => r.status === s).length;
	const [met, , notApplicable] = STATUS_WORDS[lang];
	const summary = /(\d+) (?:oppfylt|oppfylte) og (\d+) (?:ikke|ikkje) aktuelle\. (\d+) står/.exec(
		body,
	);
	const counted = [count('met'), count('not-applicable'), count('not-met')].join('/');
	if (summary?.slice(1).join('/') !== counted)
		problems.push(`${lang}: the summary does not say ${counted} (${met}/${notApplicable}/not met)`);
	const deviations = body.split(/^## /m).find((s) => /^Kjen(te|de) avvik/.test(s)) ?? '';
	for (const r of rows.filter((r) => r.status === 'not-met'))
		if (!deviations.includes(r.criterion))
			problems.push(`${lang}: ${r.criterion} is not met but not under the known deviations`);
	for (const phrase of speculationIn(text)) problems.push(`${lang}: speculation «${phrase}»`);
	const english = englishIn(body);
	if (english !== null) problems.push(`${lang}: English «${english}»`);
	return problems;
}

/** The criteria whose status or level differs between the two languages. */
export function checkPair(nb: string, nn: string): string[] {
	const a = statementRows(splitFrontmatter(nb).body, 'nb');
	const b = statementRows(splitFrontmatter(nn).body, 'nn');
	return a.flatMap((row, i) => {
		const other = b[i];
		return other?.criterion === row.criterion &&
			other.status === row.status &&
			other.level === row.level
			? []
			: [`${row.criterion} differs between bokmål and nynorsk`];
	});
}
