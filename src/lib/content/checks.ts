/**
 * Consistency checks over the self-study content, as pure functions from a loaded corpus to a list
 * of problems (empty when all is well). `content.test.ts` runs each on the real content and on a
 * deliberately broken copy, so every check is shown to be able to fail.
 */
import {
	CONDITION_IDS,
	eligibilityFactsSchema,
	evaluateEligibility,
	exampleById,
	toFieldErrors,
} from '#lib/rules/index.ts';
import type { Corpus, LoadedEntry, CollectionName } from './load.ts';
import {
	CHANGE_TOPICS_2019,
	LANGS,
	PARAGRAPH_KEYS,
	PHASES,
	QUIZ_TOPICS,
	SELF_STUDY_COLLECTIONS,
	TIP_CATEGORIES,
	type RegelverkEntry,
} from './schemas.ts';
import { UNVERIFIED_PARAGRAPHS, unverifiedClaimsIn } from './unverified.ts';
import { englishIn, speculationIn, stringsOf } from './wording.ts';

export type Problem = string;

/**
 * Entries that may, for now, exist in one language only (the page then shows the other language with
 * a notice). Empty: everything is written in both bokmål and nynorsk. Add `collection: ['key']` here
 * rather than weakening the pair check.
 */
const PENDING_TRANSLATIONS: Partial<Record<CollectionName, readonly string[]>> = {};

/** Minimum sizes the issue asks for. */
const MINIMUMS = { quizQuestions: 60, cases: 8, tips: 25 } as const;

/** The learning paths the front page needs. */
const REQUIRED_PATHS = ['ny-i-kvp', 'regelendringane-2019', 'lag-eit-godt-program'] as const;

/** The tips the issue names, by key. */
const REQUIRED_TIPS = [
	'amo-kurs',
	'arbeidstrening-i-ordinaer-bedrift',
	'arbeidsforberedande-trening',
	'lonstilskot',
	'oppfolging',
	'mentor',
	'tilretteleggingstilskot',
	'kommunale-tiltak',
	'okonomisk-radgjeving',
	'motivasjonstrening',
	'norskopplaering',
	'hjelp-i-kvardagen',
	'fullfore-grunnskulen',
	'lese-og-skrivevanskar',
	'frisklivssentral',
	'fysisk-aktivitet',
	'nettverksarbeid',
	'eigentid',
	'fylle-37-5-timar',
	'hovudmal-og-delmal',
	'evalueringspunkt',
	'arbeidsretta-innan-halvvegs',
	'jobbsoking-i-siste-del',
	'barna-sine-behov',
	'finne-kandidatar',
	'kva-skal-kartleggjast',
] as const;

const isLang = (value: unknown): boolean => (LANGS as readonly unknown[]).includes(value);

function keyOf(entry: LoadedEntry): string {
	const value = entry.raw[SELF_STUDY_COLLECTIONS[entry.collection].keyField];
	return typeof value === 'string' ? value : '';
}

function each(corpus: Corpus): LoadedEntry[] {
	return Object.values(corpus).flat() as LoadedEntry[];
}

function isDateLike(value: unknown): boolean {
	return (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) || value instanceof Date;
}

function asArray(value: unknown): unknown[] {
	return Array.isArray(value) ? value : [];
}

function asRecord(value: unknown): Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value)
		? (value as Record<string, unknown>)
		: {};
}

/** Every file parses and matches its collection's schema. */
export function checkSchemas(corpus: Corpus): Problem[] {
	return each(corpus).flatMap((entry) => entry.errors.map((error) => `${entry.file}: ${error}`));
}

/** The file name `<key>.<lang>.md` agrees with the key field and `lang`. */
export function checkFileNames(corpus: Corpus): Problem[] {
	const problems: Problem[] = [];
	for (const entry of each(corpus)) {
		if (entry.fileKey !== keyOf(entry)) {
			problems.push(
				`${entry.file}: the key field says "${keyOf(entry)}", the file name "${entry.fileKey}"`,
			);
		}
		if (entry.fileLang !== entry.raw['lang']) {
			problems.push(
				`${entry.file}: lang is "${String(entry.raw['lang'])}", the file name says "${entry.fileLang}"`,
			);
		}
	}
	return problems;
}

/**
 * Every entry has its language, and every statement about the law its legal reference and effective
 * dates. Checked on the raw frontmatter, so the message names the missing field even when the schema
 * also refuses the file.
 */
export function checkRequiredFields(corpus: Corpus): Problem[] {
	const problems: Problem[] = [];
	const need = (entry: LoadedEntry, ok: boolean, what: string) => {
		if (!ok) problems.push(`${entry.file}: ${what}`);
	};
	for (const entry of each(corpus))
		need(entry, isLang(entry.raw['lang']), 'no language (lang: nb or nn)');
	for (const entry of corpus.regelverk) {
		const reference = asRecord(entry.raw['reference']);
		need(
			entry,
			typeof reference['text'] === 'string' && reference['text'] !== '',
			'no legal reference (reference.text)',
		);
		need(
			entry,
			typeof reference['law'] === 'string',
			'no law in the legal reference (reference.law)',
		);
		const versions = asArray(entry.raw['versions']);
		need(entry, versions.length > 0, 'no versions with effective dates');
		versions.forEach((version, index) => {
			need(
				entry,
				isDateLike(asRecord(version)['validFrom']),
				`versions[${index}] has no effective date (validFrom)`,
			);
			need(
				entry,
				'validTo' in asRecord(version),
				`versions[${index}] has no validTo (null if still in force)`,
			);
		});
	}
	for (const entry of corpus.endringar2019) {
		need(entry, isDateLike(entry.raw['changeDate']), 'no effective date (changeDate)');
		asArray(entry.raw['points']).forEach((point, index) => {
			need(
				entry,
				typeof asRecord(point)['paragraph'] === 'string',
				`points[${index}] has no paragraph`,
			);
		});
	}
	for (const entry of corpus.tips) {
		const basis = asArray(entry.raw['legalBasis']);
		need(entry, basis.length > 0, 'no legal basis (legalBasis)');
		basis.forEach((point, index) => {
			const record = asRecord(point);
			need(entry, typeof record['paragraph'] === 'string', `legalBasis[${index}] has no paragraph`);
			need(
				entry,
				isDateLike(record['validFrom']),
				`legalBasis[${index}] has no effective date (validFrom)`,
			);
		});
	}
	for (const entry of corpus.cases) {
		need(entry, asArray(entry.raw['paragraphs']).length > 0, 'no legal reference (paragraphs)');
		need(
			entry,
			isDateLike(asRecord(entry.raw['facts'])['assessmentDate']),
			'no assessment date in facts',
		);
		asArray(entry.raw['modelAnswer']).forEach((point, index) => {
			const record = asRecord(point);
			if (typeof record['paragraph'] === 'string') {
				need(
					entry,
					isDateLike(record['validFrom']),
					`modelAnswer[${index}] has no effective date (validFrom)`,
				);
			}
		});
	}
	for (const entry of corpus.quiz) {
		asArray(entry.raw['questions']).forEach((question, index) => {
			const record = asRecord(question);
			need(
				entry,
				isDateLike(record['validFrom']),
				`questions[${index}] has no effective date (validFrom)`,
			);
			asArray(record['options']).forEach((option, i) => {
				need(
					entry,
					typeof asRecord(option)['paragraph'] === 'string',
					`questions[${index}].options[${i}] has no paragraph`,
				);
			});
		});
	}
	return problems;
}

/** The versions of each paragraph key, from whichever language files are valid. */
function versionsByParagraph(corpus: Corpus): Map<string, RegelverkEntry['versions']> {
	const map = new Map<string, RegelverkEntry['versions']>();
	for (const entry of corpus.regelverk) {
		if (entry.data !== null && !map.has(entry.data.paragraph))
			map.set(entry.data.paragraph, entry.data.versions);
	}
	return map;
}

function keysOf(entries: readonly LoadedEntry[]): Set<string> {
	return new Set(entries.map(keyOf).filter((k) => k !== ''));
}

/**
 * Every link resolves: paragraph keys to `regelverk` entries (with a version in force on the date the
 * statement holds from), condition ids to the engine's list, and tip, case, quiz-bank, example and
 * path-step keys to entries that exist.
 */
export function checkLinks(corpus: Corpus): Problem[] {
	const problems: Problem[] = [];
	const paragraphs = keysOf(corpus.regelverk);
	const tips = keysOf(corpus.tips);
	const cases = keysOf(corpus.cases);
	const banks = keysOf(corpus.quiz);
	const versions = versionsByParagraph(corpus);
	const conditionIds: readonly string[] = CONDITION_IDS;

	for (const key of PARAGRAPH_KEYS) {
		if (!paragraphs.has(key)) problems.push(`regelverk: no entry for "${key}"`);
	}
	if (corpus.endringar2019.length === 0) problems.push('endringar-2019: the page is missing');

	const link = (
		entry: LoadedEntry,
		where: string,
		target: string,
		set: Set<string>,
		kind: string,
	) => {
		if (!set.has(target)) problems.push(`${entry.file}: ${where} "${target}" is not a ${kind}`);
	};
	const inForce = (entry: LoadedEntry, where: string, paragraph: string, date: string | null) => {
		link(entry, where, paragraph, paragraphs, 'regelverk entry');
		const list = versions.get(paragraph);
		if (list === undefined || date === null) return;
		const covered = list.some(
			(v) => v.validFrom <= date && (v.validTo === null || v.validTo >= date),
		);
		if (!covered)
			problems.push(`${entry.file}: ${where} "${paragraph}" has no version in force on ${date}`);
	};
	const condition = (entry: LoadedEntry, where: string, id: string) => {
		if (!conditionIds.includes(id))
			problems.push(`${entry.file}: ${where} "${id}" is not an engine condition id`);
	};

	for (const entry of corpus.regelverk) {
		const data = entry.data;
		if (data === null) continue;
		data.conditions.forEach((id, i) => condition(entry, `conditions[${i}]`, id));
		data.tips.forEach((key, i) => link(entry, `tips[${i}]`, key, tips, 'tip'));
		data.cases.forEach((key, i) => link(entry, `cases[${i}]`, key, cases, 'case'));
		data.quizzes.forEach((key, i) => link(entry, `quizzes[${i}]`, key, banks, 'quiz bank'));
	}
	for (const entry of corpus.endringar2019) {
		const data = entry.data;
		if (data === null) continue;
		data.points.forEach((point, i) => {
			inForce(entry, `points[${i}].paragraph (before)`, point.paragraph, data.before.validTo);
			inForce(entry, `points[${i}].paragraph (after)`, point.paragraph, data.after.validFrom);
		});
		data.exercises.forEach((exercise, i) => {
			if (exercise.paragraph !== null)
				inForce(entry, `exercises[${i}].paragraph`, exercise.paragraph, data.changeDate);
		});
		data.cases.forEach((key, i) => link(entry, `cases[${i}]`, key, cases, 'case'));
		data.quizzes.forEach((key, i) => link(entry, `quizzes[${i}]`, key, banks, 'quiz bank'));
	}
	for (const entry of corpus.tips) {
		const data = entry.data;
		if (data === null) continue;
		data.legalBasis.forEach((point, i) =>
			inForce(entry, `legalBasis[${i}].paragraph`, point.paragraph, point.validFrom),
		);
		data.related.forEach((key, i) => link(entry, `related[${i}]`, key, tips, 'tip'));
	}
	for (const entry of corpus.cases) {
		const data = entry.data;
		if (data === null) continue;
		data.paragraphs.forEach((key, i) => inForce(entry, `paragraphs[${i}]`, key, null));
		data.modelAnswer.forEach((point, i) => {
			if (point.paragraph !== null)
				inForce(entry, `modelAnswer[${i}].paragraph`, point.paragraph, point.validFrom);
		});
		data.conditions.forEach((id, i) => condition(entry, `conditions[${i}]`, id));
		data.tips.forEach((key, i) => link(entry, `tips[${i}]`, key, tips, 'tip'));
		data.quizzes.forEach((key, i) => link(entry, `quizzes[${i}]`, key, banks, 'quiz bank'));
		if (data.example !== null && exampleById(data.example) === undefined) {
			problems.push(
				`${entry.file}: example "${data.example}" is not in the playground's example library`,
			);
		}
	}
	for (const entry of corpus.quiz) {
		const data = entry.data;
		if (data === null) continue;
		data.questions.forEach((question) => {
			question.options.forEach((option) =>
				inForce(
					entry,
					`${question.id}.${option.id}.paragraph`,
					option.paragraph,
					question.validFrom,
				),
			);
		});
	}
	for (const entry of corpus.paths) {
		const data = entry.data;
		if (data === null) continue;
		data.steps.forEach((step, i) => {
			const where = `steps[${i}]`;
			if (step.kind === 'regelverk') link(entry, where, step.ref, paragraphs, 'regelverk entry');
			if (step.kind === 'endringar-2019' && corpus.endringar2019.length === 0) {
				problems.push(`${entry.file}: ${where} points to the 2019 page, which is missing`);
			}
			if (step.kind === 'tips') link(entry, where, step.ref, tips, 'tip');
			if (step.kind === 'case') link(entry, where, step.ref, cases, 'case');
			if (step.kind === 'quiz') link(entry, where, step.ref, banks, 'quiz bank');
		});
	}
	return problems;
}

/**
 * Every case's facts pass the engine's facts schema; the engine gives the verdict the case expects;
 * and a case that names a playground example has the same facts as that example (the "open in the
 * playground" button would otherwise show something else).
 */
export function checkFacts(corpus: Corpus): Problem[] {
	const problems: Problem[] = [];
	for (const entry of corpus.cases) {
		const parsed = eligibilityFactsSchema.safeParse(entry.raw['facts']);
		if (!parsed.success) {
			for (const error of toFieldErrors(parsed.error)) {
				problems.push(`${entry.file}: facts.${error.path}: ${error.message}`);
			}
			continue;
		}
		const result = evaluateEligibility(parsed.data);
		const expected = asRecord(entry.raw['expected']);
		if (result.verdict !== expected['verdict']) {
			problems.push(
				`${entry.file}: the engine answers "${result.verdict}", the case expects "${String(expected['verdict'])}"`,
			);
		}
		if (JSON.stringify(result.decisive) !== JSON.stringify(expected['decisive'])) {
			problems.push(
				`${entry.file}: the engine's decisive conditions are [${result.decisive.join(', ')}]`,
			);
		}
		const exampleId = entry.raw['example'];
		if (typeof exampleId === 'string') {
			const example = exampleById(exampleId);
			if (example !== undefined && JSON.stringify(example.facts) !== JSON.stringify(parsed.data)) {
				problems.push(`${entry.file}: the facts differ from the playground example "${exampleId}"`);
			}
		}
	}
	return problems;
}

/** The fields that must be the same in the bokmål and nynorsk files of one entry. */
function structure(entry: LoadedEntry): unknown {
	const data = entry.data;
	if (data === null) return null;
	switch (entry.collection) {
		case 'regelverk': {
			const d = data as LoadedEntry<'regelverk'>['data'] & object;
			return {
				paragraph: d.paragraph,
				reference: { ...d.reference, heading: undefined, text: undefined },
				versions: d.versions.map((v) => [v.id, v.validFrom, v.validTo, v.verified]),
				keyPoints: d.keyPoints.map((p) => [p.versions, p.verified]),
				changes: d.changes.map((c) => [c.date, c.verified]),
				commonMistakes: d.commonMistakes.length,
				conditions: d.conditions,
				tips: d.tips,
				cases: d.cases,
				quizzes: d.quizzes,
				sources: d.sources.map((s) => s.url),
			};
		}
		case 'endringar2019': {
			const d = data as LoadedEntry<'endringar2019'>['data'] & object;
			return {
				dates: [
					d.changeDate,
					d.adopted,
					d.before.validFrom,
					d.before.validTo,
					d.after.validFrom,
					d.after.validTo,
				],
				points: d.points.map((p) => [
					p.topic,
					p.paragraph,
					p.exercises,
					p.before.verified,
					p.after.verified,
					p.why === null,
				]),
				exercises: d.exercises.map((e) => [e.number, e.paragraph, e.questions.length]),
				cases: d.cases,
				quizzes: d.quizzes,
			};
		}
		case 'tips': {
			const d = data as LoadedEntry<'tips'>['data'] & object;
			return {
				tip: d.tip,
				category: d.category,
				phases: d.phases,
				order: d.order,
				legalBasis: d.legalBasis.map((p) => [p.paragraph, p.validFrom, p.validTo, p.verified]),
				related: d.related,
			};
		}
		case 'cases': {
			const d = data as LoadedEntry<'cases'>['data'] & object;
			return {
				case: d.case,
				order: d.order,
				person: d.person,
				facts: d.facts,
				expected: d.expected,
				example: d.example,
				paragraphs: d.paragraphs,
				conditions: d.conditions,
				tips: d.tips,
				quizzes: d.quizzes,
				questions: d.questions.length,
				modelAnswer: d.modelAnswer.map((p) => [p.paragraph, p.validFrom, p.validTo, p.verified]),
			};
		}
		case 'quiz': {
			const d = data as LoadedEntry<'quiz'>['data'] & object;
			return {
				bank: d.bank,
				topic: d.topic,
				order: d.order,
				questions: d.questions.map((q) => ({
					id: q.id,
					type: q.type,
					dates: [q.validFrom, q.validTo],
					verified: q.verified,
					options: q.options.map((o) => [o.id, o.correct, o.paragraph]),
				})),
			};
		}
		case 'paths': {
			const d = data as LoadedEntry<'paths'>['data'] & object;
			return { path: d.path, order: d.order, steps: d.steps.map((s) => [s.kind, s.ref]) };
		}
	}
}

/** Both languages exist for every entry (unless pending), and the pairs agree on structure. */
export function checkPairs(corpus: Corpus): Problem[] {
	const problems: Problem[] = [];
	for (const [collection, entries] of Object.entries(corpus) as [CollectionName, LoadedEntry[]][]) {
		const byKey = new Map<string, LoadedEntry[]>();
		for (const entry of entries)
			byKey.set(keyOf(entry), [...(byKey.get(keyOf(entry)) ?? []), entry]);
		for (const [key, group] of byKey) {
			const nb = group.filter((e) => e.raw['lang'] === 'nb');
			const nn = group.filter((e) => e.raw['lang'] === 'nn');
			if (nb.length > 1 || nn.length > 1)
				problems.push(`${collection}/${key}: more than one file per language`);
			const [a] = nb;
			const [b] = nn;
			if (a === undefined || b === undefined) {
				if (!(PENDING_TRANSLATIONS[collection] ?? []).includes(key)) {
					problems.push(
						`${collection}/${key}: missing in ${a === undefined ? 'bokmål' : 'nynorsk'}`,
					);
				}
				continue;
			}
			const left = JSON.stringify(structure(a));
			const right = JSON.stringify(structure(b));
			if (left !== right)
				problems.push(
					`${collection}/${key}: nb and nn differ in structure:\n  nb ${left}\n  nn ${right}`,
				);
		}
	}
	return problems;
}

/** The sizes and coverage the issue asks for, per language. */
export function checkCounts(corpus: Corpus): Problem[] {
	const problems: Problem[] = [];
	for (const lang of LANGS) {
		const inLang = <C extends CollectionName>(entries: LoadedEntry<C>[]) =>
			entries
				.filter((e) => e.raw['lang'] === lang && e.data !== null)
				.map((e) => e.data as NonNullable<typeof e.data>);

		const banks = inLang(corpus.quiz);
		const questions = banks.flatMap((bank) => bank.questions);
		if (questions.length < MINIMUMS.quizQuestions) {
			problems.push(
				`${lang}: ${questions.length} quiz questions, at least ${MINIMUMS.quizQuestions} needed`,
			);
		}
		const ids = questions.map((q) => q.id);
		if (new Set(ids).size !== ids.length)
			problems.push(`${lang}: quiz question ids are not unique across banks`);
		for (const topic of QUIZ_TOPICS) {
			if (!banks.some((bank) => bank.topic === topic))
				problems.push(`${lang}: no quiz bank on "${topic}"`);
		}
		if (!questions.some((q) => q.type === 'multiple'))
			problems.push(`${lang}: no multiple-choice question`);

		const cases = inLang(corpus.cases);
		if (cases.length < MINIMUMS.cases)
			problems.push(`${lang}: ${cases.length} cases, at least ${MINIMUMS.cases} needed`);
		if (!cases.some((c) => c.case === 'lise')) problems.push(`${lang}: the case "lise" is missing`);
		if (!cases.some((c) => c.facts.assessmentDate < '2019-01-01'))
			problems.push(`${lang}: no case under the rules before 2019`);
		if (!cases.some((c) => c.facts.assessmentDate >= '2019-01-01'))
			problems.push(`${lang}: no case under the rules from 2019`);

		const tips = inLang(corpus.tips);
		if (tips.length < MINIMUMS.tips)
			problems.push(`${lang}: ${tips.length} tips, at least ${MINIMUMS.tips} needed`);
		for (const category of TIP_CATEGORIES) {
			if (!tips.some((tip) => tip.category === category))
				problems.push(`${lang}: no tip in category "${category}"`);
		}
		for (const phase of PHASES) {
			if (!tips.some((tip) => tip.phases.includes(phase)))
				problems.push(`${lang}: no tip for phase "${phase}"`);
		}
		for (const key of REQUIRED_TIPS) {
			if (!tips.some((tip) => tip.tip === key))
				problems.push(`${lang}: the tip "${key}" is missing`);
		}

		const paths = inLang(corpus.paths);
		for (const key of REQUIRED_PATHS) {
			if (!paths.some((path) => path.path === key))
				problems.push(`${lang}: the path "${key}" is missing`);
		}

		const [page] = inLang(corpus.endringar2019);
		if (page === undefined) {
			problems.push(`${lang}: the 2019 page is missing`);
		} else {
			for (const topic of CHANGE_TOPICS_2019) {
				if (!page.points.some((point) => point.topic === topic))
					problems.push(`${lang}: the 2019 page has no point on "${topic}"`);
			}
			for (let number = 1; number <= 7; number++) {
				if (!page.exercises.some((exercise) => exercise.number === number)) {
					problems.push(`${lang}: the 2019 page lacks group exercise ${number}`);
				}
			}
		}
	}
	return problems;
}

type Statement = {
	where: string;
	text: string;
	verified: boolean;
	paragraphs: string[];
	exempt?: string[];
};
type FreeText = { where: string; text: string; exempt: string[] };

/** The statements that carry a `verified` flag, and the free text that does not. */
function texts(corpus: Corpus): { statements: Statement[]; free: FreeText[] } {
	const statements: Statement[] = [];
	const free: FreeText[] = [];
	const body = (entry: LoadedEntry, exempt: string[] = []) => {
		free.push({ where: `${entry.file} (body)`, text: entry.body, exempt });
		const description = entry.raw['description'];
		if (typeof description === 'string')
			free.push({ where: `${entry.file} (description)`, text: description, exempt });
	};
	for (const entry of corpus.regelverk) {
		const data = entry.data;
		if (data === null) continue;
		// A page on a paragraph whose subject is unverified names its own number; it must not say
		// what the paragraph regulates (the speculation check and its short form keep it so).
		const weakPage = UNVERIFIED_PARAGRAPHS.includes(data.paragraph);
		const own = weakPage ? ['unverified-paragraph-subject'] : [];
		const paragraphs = weakPage ? [] : [data.paragraph];
		body(entry, own);
		data.versions.forEach((v, i) =>
			statements.push({
				where: `${entry.file} versions[${i}]`,
				text: `${v.label}\n${v.summary}`,
				verified: v.verified,
				paragraphs,
				exempt: own,
			}),
		);
		data.keyPoints.forEach((p, i) =>
			statements.push({
				where: `${entry.file} keyPoints[${i}]`,
				text: p.text,
				verified: p.verified,
				paragraphs,
				exempt: own,
			}),
		);
		data.changes.forEach((c, i) =>
			statements.push({
				where: `${entry.file} changes[${i}]`,
				text: `${c.text}\n${c.why ?? ''}`,
				verified: c.verified,
				paragraphs,
				exempt: own,
			}),
		);
		data.commonMistakes.forEach((text, i) =>
			free.push({ where: `${entry.file} commonMistakes[${i}]`, text, exempt: own }),
		);
	}
	for (const entry of corpus.endringar2019) {
		const data = entry.data;
		if (data === null) continue;
		body(entry);
		data.points.forEach((p, i) => {
			statements.push({
				where: `${entry.file} points[${i}].before`,
				text: p.before.text,
				verified: p.before.verified,
				paragraphs: [p.paragraph],
			});
			statements.push({
				where: `${entry.file} points[${i}].after`,
				text: p.after.text,
				verified: p.after.verified,
				paragraphs: [p.paragraph],
			});
			if (p.why !== null)
				free.push({ where: `${entry.file} points[${i}].why`, text: p.why, exempt: [] });
		});
		data.exercises.forEach((e, i) =>
			free.push({
				where: `${entry.file} exercises[${i}]`,
				text: [e.title, e.prompt, ...e.questions].join('\n'),
				exempt: [],
			}),
		);
	}
	for (const entry of corpus.tips) {
		const data = entry.data;
		if (data === null) continue;
		body(entry);
		data.legalBasis.forEach((p, i) =>
			statements.push({
				where: `${entry.file} legalBasis[${i}]`,
				text: p.text,
				verified: p.verified,
				paragraphs: [p.paragraph],
			}),
		);
	}
	for (const entry of corpus.cases) {
		const data = entry.data;
		if (data === null) continue;
		body(entry);
		data.questions.forEach((text, i) =>
			free.push({ where: `${entry.file} questions[${i}]`, text, exempt: [] }),
		);
		data.modelAnswer.forEach((p, i) =>
			statements.push({
				where: `${entry.file} modelAnswer[${i}]`,
				text: p.text,
				verified: p.verified,
				paragraphs: p.paragraph === null ? [] : [p.paragraph],
			}),
		);
	}
	for (const entry of corpus.quiz) {
		const data = entry.data;
		if (data === null) continue;
		body(entry);
		data.questions.forEach((q) =>
			statements.push({
				where: `${entry.file} ${q.id}`,
				text: [q.question, ...q.options.flatMap((o) => [o.text, o.explanation])].join('\n'),
				verified: q.verified,
				paragraphs: q.options.map((o) => o.paragraph),
			}),
		);
	}
	for (const entry of corpus.paths) {
		const data = entry.data;
		if (data === null) continue;
		body(entry);
		free.push({ where: `${entry.file} audience`, text: data.audience, exempt: [] });
		data.steps.forEach((s, i) =>
			free.push({ where: `${entry.file} steps[${i}]`, text: s.intro, exempt: [] }),
		);
	}
	return { statements, free };
}

/**
 * Every statement that rests on an [MU] fact carries `verified: false`: statements whose text matches
 * a known unverified claim, statements that rest on a paragraph whose subject is unverified, and every
 * version and key point of such a paragraph. Free text without a flag must not state an [MU] fact.
 */
export function checkUnverified(corpus: Corpus): Problem[] {
	const problems: Problem[] = [];
	const { statements, free } = texts(corpus);
	for (const statement of statements) {
		if (!statement.verified) continue;
		const claims = unverifiedClaimsIn(statement.text).filter(
			(id) => !(statement.exempt ?? []).includes(id),
		);
		if (claims.length > 0) {
			problems.push(
				`${statement.where}: states an unverified fact (${claims.join(', ')}) but has verified: true`,
			);
		}
		const weak = statement.paragraphs.filter((p) => UNVERIFIED_PARAGRAPHS.includes(p));
		if (weak.length > 0) {
			problems.push(
				`${statement.where}: rests on § ${weak.join(', § ')}, whose subject is unverified, but has verified: true`,
			);
		}
	}
	for (const text of free) {
		const claims = unverifiedClaimsIn(text.text).filter((id) => !text.exempt.includes(id));
		if (claims.length > 0) {
			problems.push(
				`${text.where}: free text states an unverified fact (${claims.join(', ')}); move it to a statement with verified: false`,
			);
		}
	}
	for (const entry of corpus.regelverk) {
		const data = entry.data;
		if (data === null || !UNVERIFIED_PARAGRAPHS.includes(data.paragraph)) continue;
		if (data.reference.headingVerified || data.reference.heading !== null)
			problems.push(`${entry.file}: the heading of § ${data.paragraph} is unverified`);
		if (!/^'?(Sosialtjenesteloven|Sosialtenestelova) § \d+'?$/.test(data.title))
			problems.push(`${entry.file}: the title of § ${data.paragraph} may only name the paragraph`);
	}
	return problems;
}

/** Every text a reader sees on an entry's page: the frontmatter's strings and the body. */
function visibleTexts(entry: LoadedEntry): { where: string; text: string }[] {
	return [
		...stringsOf(entry.raw).map((s) => ({ where: `${entry.file} ${s.path}`, text: s.text })),
		{ where: `${entry.file} (body)`, text: entry.body },
	];
}

/** No page presents speculation ("etter det vi husker", first person about what was not checked). */
export function checkSpeculation(corpus: Corpus): Problem[] {
	return each(corpus).flatMap((entry) =>
		visibleTexts(entry).flatMap(({ where, text }) =>
			speculationIn(text).map((phrase) => `${where}: speculation «${phrase}»`),
		),
	);
}

/** No English a reader would see on a bokmål or nynorsk page (source titles excepted). */
export function checkEnglish(corpus: Corpus): Problem[] {
	return each(corpus).flatMap((entry) =>
		visibleTexts(entry).flatMap(({ where, text }) => {
			// Body text without link targets and inline code, which readers do not read as prose.
			const prose = text.replace(/\]\([^)]*\)/g, ']').replace(/`[^`]*`/g, '');
			const word = englishIn(prose);
			return word === null ? [] : [`${where}: English «${word}»`];
		}),
	);
}
