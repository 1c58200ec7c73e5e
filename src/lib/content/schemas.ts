/**
 * Zod schemas for the content collections (issue 5, self-study). A plain module: `src/content.config.ts`
 * wires these into Astro collections, and `content.test.ts` validates the files on disk with the same
 * schemas, so the build and the tests agree.
 *
 * Conventions shared by every self-study collection:
 * - One file per language: `<key>.nb.md` and `<key>.nn.md`. The key field (`paragraph`, `tip`, `case`,
 *   `bank`, `path`, `page`) is the URL key and the same in both files; `lang` says which language.
 * - Dates are ISO strings 'YYYY-MM-DD'. YAML parsers may turn an unquoted date into a Date; `isoDate`
 *   turns it back, so both parsers (Astro's and the tests') give the same value.
 * - Every statement about the law names its paragraph (a key of the `regelverk` collection) and the date
 *   range it holds for, and has `verified`: false when it rests on a fact the fact sheet
 *   (shared/reference/kvp-rules-facts.md) tags [MU]. An unverified statement must carry a `note` that
 *   says what is not verified; the page shows both.
 * - The rules engine's condition ids and facts schema come from `src/lib/rules`, so a case whose facts
 *   the engine would refuse fails the build.
 */
import { z } from 'zod';
import { CONDITION_IDS, eligibilityFactsSchema, toFieldErrors } from '#lib/rules/index.ts';

/** The two written standards of Norwegian the site is written in. */
export const LANGS = ['nb', 'nn'] as const;
export type Lang = (typeof LANGS)[number];

/** Fields every entry has, whatever its collection. */
export const baseSchema = z.object({
	/** The page title, shown as the heading and in the browser tab. */
	title: z.string().min(1),
	/** The entry's language: bokmål or nynorsk. */
	lang: z.enum(['nb', 'nn']),
	/** One sentence for search results and the page description. */
	description: z.string().min(1),
	/** When the content was last reviewed. */
	updated: z.coerce.date(),
});

/** The paragraphs of sosialtenestelova chapter 4 (KVP) that have their own page (/regelverk/29 …). */
const LAW_PARAGRAPHS = [
	'29',
	'30',
	'31',
	'32',
	'33',
	'34',
	'35',
	'36',
	'37',
	'38',
	'39',
	'40',
] as const;

/** Paragraphs of the Act with a page: § 2 (who the Act applies to) and chapter 4. */
export const ACT_PARAGRAPHS = ['2', ...LAW_PARAGRAPHS] as const;

/** Every key of the `regelverk` collection: the URL segment of /regelverk/<key>. */
export const PARAGRAPH_KEYS = [
	...ACT_PARAGRAPHS,
	'forskrift',
	'mellombels-forskrift-2020',
] as const;
export type ParagraphKey = (typeof PARAGRAPH_KEYS)[number];

/** Which body of rules an entry belongs to; the same ids as the rules engine's `LawId`. */
const LAW_IDS = ['sosialtenestelova', 'forskrift', 'mellombels-forskrift-2020'] as const;

/** Topics of the quiz banks. */
export const QUIZ_TOPICS = [
	'inngangsvilkar',
	'innhald',
	'varigheit',
	'avbrot-og-avslutning',
	'stonad',
	'endringar-2019',
] as const;

/** Categories of the tips booklet, in booklet order. */
export const TIP_CATEGORIES = [
	'arbeidsretta-tiltak',
	'kommunale-tiltak',
	'kan-innhald',
	'fylle-timeplanen',
	'bygge-programmet',
	'finne-kandidatar',
	'kartlegging',
] as const;

/** Phases of a programme, in order, for browsing the tips by where the participant is. */
export const PHASES = ['kartlegging', 'oppstart', 'gjennomforing', 'siste-del'] as const;

/** The points of the 2019 comparison; the page shows them in this order. */
export const CHANGE_TOPICS_2019 = [
	'alder',
	'eingongsrett',
	'gjeninntak',
	'avslag',
	'varigheit',
	'avbrot-og-avslutning',
	'vern',
	'stonad-under-avbrot',
	'utdanning',
] as const;

/** The verdicts the rules engine gives (`Verdict` in src/lib/rules). */
const VERDICTS = ['eligible', 'not-eligible', 'needs-judgement'] as const;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date written 'YYYY-MM-DD' (a YAML date that a parser turned into a Date is accepted). */
const isoDate = () =>
	z.preprocess(
		(value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
		z
			.string()
			.regex(ISO_DATE, { error: 'Must be a date written YYYY-MM-DD.' })
			.refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), {
				error: 'Must be a real calendar date.',
			}),
	);

/** A URL key: lower-case letters, digits and hyphens ("amo-kurs", "lise"). */
const key = () =>
	z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
		error: 'Must be lower-case letters, digits and hyphens.',
	});

/** Adds an issue when a statement is marked unverified but says nothing about why. */
function requireNoteWhenUnverified(
	value: { verified: boolean; note?: string | undefined },
	ctx: z.RefinementCtx,
): void {
	if (!value.verified && (value.note === undefined || value.note.trim() === '')) {
		ctx.addIssue({
			code: 'custom',
			path: ['note'],
			message: 'An unverified statement needs a note that says what is not verified.',
		});
	}
}

/** Fields that mark a statement as resting on an unverified fact. */
const verification = {
	/** False when the statement rests on a fact the fact sheet tags [MU]; the page marks it. */
	verified: z.boolean(),
	/** What is not verified and what the statement rests on instead; required when `verified` is false. */
	note: z.string().min(1).optional(),
};

/** A date range a statement holds for; `validTo` null means "still in force". */
const dateRange = {
	/** First day the statement holds for. */
	validFrom: isoDate(),
	/** Last day the statement holds for; null while it still holds. */
	validTo: isoDate().nullable(),
};

function checkRange(
	value: { validFrom: string; validTo: string | null },
	ctx: z.RefinementCtx,
): void {
	if (value.validTo !== null && value.validTo < value.validFrom) {
		ctx.addIssue({ code: 'custom', path: ['validTo'], message: 'validTo is before validFrom.' });
	}
}

/**
 * A statement about the law outside the `regelverk` collection (tips, cases): it names its paragraph
 * and the date range it holds for.
 */
const lawPointSchema = z
	.object({
		/** The statement in plain language (Markdown, inline only). */
		text: z.string().min(1),
		/** The `regelverk` entry the statement rests on; the page links to it. */
		paragraph: z.enum(PARAGRAPH_KEYS),
		...dateRange,
		...verification,
	})
	.superRefine((value, ctx) => {
		requireNoteWhenUnverified(value, ctx);
		checkRange(value, ctx);
	});
export type LawPoint = z.output<typeof lawPointSchema>;

// ---------------------------------------------------------------------------------------------
// regelverk

/** One version of a paragraph or regulation, with the dates it was in force. */
const versionSchema = z
	.object({
		/** Stable id, shared by the nb and nn files: 'rv-2010', 'rv-2019', 'fv-2011', 'mf-2020-a' …. */
		id: key(),
		...dateRange,
		/** Short label for the version switch: "Frå 1.1.2019" / "Før 1.1.2019". */
		label: z.string().min(1),
		/** Plain-language summary of the rule in this version (Markdown). */
		summary: z.string().min(1),
		...verification,
	})
	.superRefine((value, ctx) => {
		requireNoteWhenUnverified(value, ctx);
		checkRange(value, ctx);
	});

/** A point a caseworker must know, tied to the versions of this entry it holds for. */
const keyPointSchema = z
	.object({
		/** The point in plain language (Markdown, inline only). */
		text: z.string().min(1),
		/** Ids of this entry's versions the point holds for. */
		versions: z.array(key()).min(1),
		...verification,
	})
	.superRefine(requireNoteWhenUnverified);

/** A change to the rule: what changed on a date, and why. */
const changeSchema = z
	.object({
		/** The date the change took effect. */
		date: isoDate(),
		/** What changed. */
		text: z.string().min(1),
		/** Why, as the legislator or the sources explain it; null when no source gives a reason. */
		why: z.string().min(1).nullable(),
		...verification,
	})
	.superRefine(requireNoteWhenUnverified);

/** A source the entry relies on (from the fact sheet's source list). */
const sourceSchema = z.object({
	/** The source's title as published. */
	title: z.string().min(1),
	/** Where to read it; null when it is not online (the seed documents). */
	url: z.url().nullable(),
});

/** One paragraph of sosialtenestelova §§ 29–40, the KVP regulation or the 2020 temporary regulation. */
export const regelverkSchema = baseSchema
	.extend({
		/** The URL key: '29' … '40', 'forskrift' or 'mellombels-forskrift-2020' (/regelverk/<key>). */
		paragraph: z.enum(PARAGRAPH_KEYS),
		/** Where the rule is found. */
		reference: z.object({
			/** The body of rules: the Act, the KVP regulation or the 2020 temporary regulation. */
			law: z.enum(LAW_IDS),
			/** The paragraph number within the Act ('29'); null for a regulation as a whole. */
			paragraph: z.string().nullable(),
			/** The citation as shown on the page: "sosialtenestelova § 29". */
			text: z.string().min(1),
			/** The paragraph's heading in the Act; null when it is not known. */
			heading: z.string().min(1).nullable(),
			/** False when the heading (or, for a null heading, the paragraph's subject) is from memory only. */
			headingVerified: z.boolean(),
			/** Link to the text on Lovdata; null when the address is not verified. */
			url: z.url().nullable(),
		}),
		/** The versions the rule has had, oldest first, with the dates each was in force. */
		versions: z.array(versionSchema).min(1),
		/** What a caseworker must know. */
		keyPoints: z.array(keyPointSchema).min(1),
		/** What changed and why, oldest first. */
		changes: z.array(changeSchema),
		/** Mistakes seen in practice, in plain language. */
		commonMistakes: z.array(z.string().min(1)),
		/** The rules engine's conditions that apply this rule (ids from src/lib/rules). */
		conditions: z.array(z.enum(CONDITION_IDS)),
		/** Related tips (keys of the `tips` collection). */
		tips: z.array(key()),
		/** Related cases (keys of the `cases` collection). */
		cases: z.array(key()),
		/** Related quiz banks (keys of the `quiz` collection). */
		quizzes: z.array(key()),
		/** Sources the entry relies on. */
		sources: z.array(sourceSchema).min(1),
	})
	.superRefine((entry, ctx) => {
		const ids = new Set<string>();
		entry.versions.forEach((version, index) => {
			if (ids.has(version.id)) {
				ctx.addIssue({
					code: 'custom',
					path: ['versions', index, 'id'],
					message: 'Duplicate version id.',
				});
			}
			ids.add(version.id);
			const previous = entry.versions[index - 1];
			if (
				previous !== undefined &&
				(previous.validTo === null || previous.validTo >= version.validFrom)
			) {
				ctx.addIssue({
					code: 'custom',
					path: ['versions', index, 'validFrom'],
					message: 'Versions must be oldest first and must not overlap.',
				});
			}
		});
		entry.keyPoints.forEach((point, index) => {
			point.versions.forEach((id, i) => {
				if (!ids.has(id)) {
					ctx.addIssue({
						code: 'custom',
						path: ['keyPoints', index, 'versions', i],
						message: `No version "${id}" in this entry.`,
					});
				}
			});
		});
		const isLawParagraph = (ACT_PARAGRAPHS as readonly string[]).includes(entry.paragraph);
		const expectedLaw = isLawParagraph ? 'sosialtenestelova' : entry.paragraph;
		if (entry.reference.law !== expectedLaw) {
			ctx.addIssue({
				code: 'custom',
				path: ['reference', 'law'],
				message: `The entry "${entry.paragraph}" belongs to "${expectedLaw}".`,
			});
		}
		if (isLawParagraph && entry.reference.paragraph !== entry.paragraph) {
			ctx.addIssue({
				code: 'custom',
				path: ['reference', 'paragraph'],
				message: 'reference.paragraph must equal the entry key for a paragraph of the Act.',
			});
		}
	});
export type RegelverkEntry = z.output<typeof regelverkSchema>;

// ---------------------------------------------------------------------------------------------
// endringar-2019

/** One side of the comparison: the rule before or after 1.1.2019. */
const sideSchema = z
	.object({
		/** The rule on this side, in plain language (Markdown, inline only). */
		text: z.string().min(1),
		...verification,
	})
	.superRefine(requireNoteWhenUnverified);

/** One point of the before/after comparison. */
const changePointSchema = z.object({
	/** What the point is about; one point per topic. */
	topic: z.enum(CHANGE_TOPICS_2019),
	/** Heading of the point: "Nedre aldersgrense". */
	title: z.string().min(1),
	/** The `regelverk` entry the point rests on. */
	paragraph: z.enum(PARAGRAPH_KEYS),
	/** The rule before 1.1.2019 (in force from `before.validFrom` of the page). */
	before: sideSchema,
	/** The rule from 1.1.2019. */
	after: sideSchema,
	/** Why it changed, as the sources give it; null when no source gives a reason. */
	why: z.string().min(1).nullable(),
	/** Numbers of the group exercises (seed 000, "oppgåve 1–7") that discuss the point. */
	exercises: z.array(z.number().int().min(1).max(7)),
});

/** A group exercise from the 2019 network gathering, retold. */
const exerciseSchema = z.object({
	/** The exercise's number at the gathering ("oppgåve 3"). */
	number: z.number().int().min(1).max(7),
	/** Short heading. */
	title: z.string().min(1),
	/** The `regelverk` entry the exercise is about; null for general reflection. */
	paragraph: z.enum(PARAGRAPH_KEYS).nullable(),
	/** The starting point of the exercise, in our own words. */
	prompt: z.string().min(1),
	/** Questions for the group to discuss. */
	questions: z.array(z.string().min(1)).min(1),
});

/** The page "What changed in 2019?": the rules before and after 1.1.2019, point by point. */
export const endringar2019Schema = baseSchema
	.extend({
		/** The page's key; there is one such page per language. */
		page: z.literal('endringar-2019'),
		/** The day the changes took effect. */
		changeDate: isoDate(),
		/** The day Stortinget adopted the changes. */
		adopted: isoDate(),
		/** The bill that proposed them: "Prop. 12 L (2018–2019)". */
		proposition: z.string().min(1),
		/** The period the "before" column describes. */
		before: z.object({
			/** Column heading. */
			label: z.string().min(1),
			...dateRange,
		}),
		/** The period the "after" column describes. */
		after: z.object({
			/** Column heading. */
			label: z.string().min(1),
			...dateRange,
		}),
		/** The points, one per topic. */
		points: z.array(changePointSchema).min(1),
		/** The seven group exercises of the 19.09.2019 gathering (seed 000), retold. */
		exercises: z.array(exerciseSchema),
		/** Related cases (keys of the `cases` collection). */
		cases: z.array(key()),
		/** Related quiz banks (keys of the `quiz` collection). */
		quizzes: z.array(key()),
	})
	.superRefine((entry, ctx) => {
		const numbers = new Set(entry.exercises.map((exercise) => exercise.number));
		const topics = new Set<string>();
		entry.points.forEach((point, index) => {
			if (topics.has(point.topic)) {
				ctx.addIssue({
					code: 'custom',
					path: ['points', index, 'topic'],
					message: 'Duplicate topic.',
				});
			}
			topics.add(point.topic);
			point.exercises.forEach((number, i) => {
				if (!numbers.has(number)) {
					ctx.addIssue({
						code: 'custom',
						path: ['points', index, 'exercises', i],
						message: `No exercise ${number} on the page.`,
					});
				}
			});
		});
		if (entry.before.validTo === null || entry.before.validTo >= entry.changeDate) {
			ctx.addIssue({
				code: 'custom',
				path: ['before', 'validTo'],
				message: 'Must end before changeDate.',
			});
		}
		if (entry.after.validFrom !== entry.changeDate) {
			ctx.addIssue({
				code: 'custom',
				path: ['after', 'validFrom'],
				message: 'Must equal changeDate.',
			});
		}
	});
export type Endringar2019Entry = z.output<typeof endringar2019Schema>;

// ---------------------------------------------------------------------------------------------
// tips

/** One tip of the tips booklet: a measure, a kind of content, or a way of working. */
export const tipSchema = baseSchema.extend({
	/** The tip's key, unique in the collection and the same in both languages (URL segment). */
	tip: key(),
	/** The booklet chapter the tip belongs to. */
	category: z.enum(TIP_CATEGORIES),
	/** The programme phases the tip is useful in, in order. */
	phases: z.array(z.enum(PHASES)).min(1),
	/** Position within the category in the booklet (ascending). */
	order: z.number().int().min(0),
	/** What the law says that the tip relies on; empty for purely practical tips. */
	legalBasis: z.array(lawPointSchema),
	/** Other tips worth reading next (keys of the `tips` collection). */
	related: z.array(key()),
});
export type TipEntry = z.output<typeof tipSchema>;

// ---------------------------------------------------------------------------------------------
// cases

/** One point of a case's model answer. */
const answerPointSchema = z
	.object({
		/** The point (Markdown, inline only). */
		text: z.string().min(1),
		/** The `regelverk` entry the point rests on; null for practical advice that is not a rule. */
		paragraph: z.enum(PARAGRAPH_KEYS).nullable(),
		/** First day the rule the point states holds for; null only when `paragraph` is null. */
		validFrom: isoDate().nullable(),
		/** Last day it holds for; null while it still holds (or when `paragraph` is null). */
		validTo: isoDate().nullable(),
		...verification,
	})
	.superRefine((value, ctx) => {
		requireNoteWhenUnverified(value, ctx);
		if (value.paragraph !== null && value.validFrom === null) {
			ctx.addIssue({
				code: 'custom',
				path: ['validFrom'],
				message: 'A point about the law needs the date it holds from.',
			});
		}
		if (value.validFrom !== null && value.validTo !== null && value.validTo < value.validFrom) {
			ctx.addIssue({ code: 'custom', path: ['validTo'], message: 'validTo is before validFrom.' });
		}
	});

/**
 * The case's facts in the rules engine's input format. The engine's own schema
 * (`eligibilityFactsSchema`) validates them, so a case the playground could not open fails the build.
 */
const caseFactsSchema = z.record(z.string(), z.unknown()).pipe(eligibilityFactsSchema);

/** A fictional case study with discussion questions, a model answer and the facts for the playground. */
export const caseSchema = baseSchema.extend({
	/** The case's key (URL segment); the same as the playground example id where one matches. */
	case: key(),
	/** Position in the case list (ascending). */
	order: z.number().int().min(0),
	/** The fictional person's first name. All names are invented. */
	person: z.string().min(1),
	/** Where the case comes from ("retold from a 2018 training day"); null when written from scratch. */
	source: z.string().min(1).nullable(),
	/** Questions for discussion, shown after the story (the Markdown body). */
	questions: z.array(z.string().min(1)).min(1),
	/** The model answer, shown behind a disclosure. */
	modelAnswer: z.array(answerPointSchema).min(1),
	/** The `regelverk` entries the case is about. */
	paragraphs: z.array(z.enum(PARAGRAPH_KEYS)).min(1),
	/** The engine conditions the case turns on. */
	conditions: z.array(z.enum(CONDITION_IDS)).min(1),
	/** The facts in the engine's input format; "Open in the playground" loads them. */
	facts: caseFactsSchema,
	/**
	 * What the engine answers for the facts. `content.test.ts` checks it against the engine (not the
	 * build, so a change in the engine shows up as a failing test rather than a broken deploy).
	 */
	expected: z.object({
		/** The verdict. */
		verdict: z.enum(VERDICTS),
		/** The conditions that decide it (not met, or needing judgement), in the engine's order. */
		decisive: z.array(z.enum(CONDITION_IDS)),
	}),
	/** Id of the same case in the playground's example library, or null if it has none. */
	example: key().nullable(),
	/** Related tips (keys of the `tips` collection). */
	tips: z.array(key()),
	/** Related quiz banks (keys of the `quiz` collection). */
	quizzes: z.array(key()),
});
export type CaseEntry = z.output<typeof caseSchema>;

// ---------------------------------------------------------------------------------------------
// quiz

/** One answer option; every option explains itself and links to its paragraph. */
const optionSchema = z.object({
	/** Id within the question: 'a', 'b', …; the same in both languages. */
	id: z.string().regex(/^[a-f]$/, { error: 'Option ids are a–f.' }),
	/** The option as shown. */
	text: z.string().min(1),
	/** Whether choosing it is right. */
	correct: z.boolean(),
	/** Why it is right or wrong, shown after answering. */
	explanation: z.string().min(1),
	/** The `regelverk` entry the explanation rests on. */
	paragraph: z.enum(PARAGRAPH_KEYS),
});

/** A single- or multiple-choice question. */
const questionSchema = z
	.object({
		/** Id, unique across all banks and the same in both languages ('inn-01'). */
		id: key(),
		/** 'single': exactly one option is right; 'multiple': one or more are. */
		type: z.enum(['single', 'multiple']),
		/** The question text. */
		question: z.string().min(1),
		/** The answers hold for the rules in force from this date … */
		validFrom: isoDate(),
		/** … to this date (null: still in force). */
		validTo: isoDate().nullable(),
		/** The options, in display order. */
		options: z.array(optionSchema).min(2).max(6),
		...verification,
	})
	.superRefine((question, ctx) => {
		requireNoteWhenUnverified(question, ctx);
		checkRange(question, ctx);
		const correct = question.options.filter((option) => option.correct).length;
		if (question.type === 'single' && correct !== 1) {
			ctx.addIssue({
				code: 'custom',
				path: ['options'],
				message: 'A single-choice question has exactly one right option.',
			});
		}
		if (question.type === 'multiple' && (correct < 1 || correct === question.options.length)) {
			ctx.addIssue({
				code: 'custom',
				path: ['options'],
				message: 'A multiple-choice question has at least one right and one wrong option.',
			});
		}
		const ids = question.options.map((option) => option.id);
		if (new Set(ids).size !== ids.length) {
			ctx.addIssue({ code: 'custom', path: ['options'], message: 'Duplicate option id.' });
		}
	});

/** A quiz bank: the questions on one topic. */
export const quizSchema = baseSchema
	.extend({
		/** The bank's key (URL segment), the same in both languages. */
		bank: key(),
		/** The topic the bank covers. */
		topic: z.enum(QUIZ_TOPICS),
		/** Position in the list of banks (ascending). */
		order: z.number().int().min(0),
		/** The questions, in order. */
		questions: z.array(questionSchema).min(1),
	})
	.superRefine((bank, ctx) => {
		const ids = bank.questions.map((question) => question.id);
		if (new Set(ids).size !== ids.length) {
			ctx.addIssue({ code: 'custom', path: ['questions'], message: 'Duplicate question id.' });
		}
	});
export type QuizEntry = z.output<typeof quizSchema>;

// ---------------------------------------------------------------------------------------------
// paths

/** One step of a learning path: an entry to read or do, with a short introduction. */
export const stepSchema = z.discriminatedUnion('kind', [
	z.object({
		/** A paragraph page. */
		kind: z.literal('regelverk'),
		/** The paragraph key ('29', 'forskrift' …). */
		ref: z.enum(PARAGRAPH_KEYS),
		/** Why this step, in one or two sentences. */
		intro: z.string().min(1),
	}),
	z.object({
		/** The page "What changed in 2019?". */
		kind: z.literal('endringar-2019'),
		/** Always 'endringar-2019'. */
		ref: z.literal('endringar-2019'),
		/** Why this step, in one or two sentences. */
		intro: z.string().min(1),
	}),
	z.object({
		/** A tip of the booklet. */
		kind: z.literal('tips'),
		/** The tip key. */
		ref: key(),
		/** Why this step, in one or two sentences. */
		intro: z.string().min(1),
	}),
	z.object({
		/** A case study. */
		kind: z.literal('case'),
		/** The case key. */
		ref: key(),
		/** Why this step, in one or two sentences. */
		intro: z.string().min(1),
	}),
	z.object({
		/** A quiz bank. */
		kind: z.literal('quiz'),
		/** The bank key. */
		ref: key(),
		/** Why this step, in one or two sentences. */
		intro: z.string().min(1),
	}),
]);
export type PathStep = z.output<typeof stepSchema>;

/** A learning path on the self-study front page: an ordered list of steps. */
export const pathSchema = baseSchema.extend({
	/** The path's key (URL segment), the same in both languages. */
	path: key(),
	/** Position on the front page (ascending). */
	order: z.number().int().min(0),
	/** Who the path is for, in one sentence. */
	audience: z.string().min(1),
	/** The steps, in the order to take them. */
	steps: z.array(stepSchema).min(2),
});
export type PathEntry = z.output<typeof pathSchema>;

/** Collection name → its folder under src/content, its key field and its schema. */
export const SELF_STUDY_COLLECTIONS = {
	regelverk: { folder: 'regelverk', keyField: 'paragraph', schema: regelverkSchema },
	endringar2019: { folder: 'endringar-2019', keyField: 'page', schema: endringar2019Schema },
	tips: { folder: 'tips', keyField: 'tip', schema: tipSchema },
	cases: { folder: 'cases', keyField: 'case', schema: caseSchema },
	quiz: { folder: 'quiz', keyField: 'bank', schema: quizSchema },
	paths: { folder: 'paths', keyField: 'path', schema: pathSchema },
} as const;

/** Formats a zod error as "path: message" lines (for build and test messages). */
export function describeIssues(error: z.ZodError): string {
	return toFieldErrors(error)
		.map((entry) => `${entry.path || '(entry)'}: ${entry.message}`)
		.join('\n');
}
