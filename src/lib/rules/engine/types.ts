/** Shared result types. Everything here is plain data: serialisable as JSON, no class instances. */

/** A user-facing text in both written standards of Norwegian. */
export type Localized = { nb: string; nn: string };

export type ConditionStatus = 'met' | 'not-met' | 'needs-judgement';

export type Verdict = 'eligible' | 'not-eligible' | 'needs-judgement';

/** Which body of rules a reference points into. */
export type LawId =
	'sosialtenestelova' | 'forskrift' | 'mellombels-forskrift-2020' | 'rundskriv-35' | 'nav-lova';

export type LegalReference = {
	law: LawId;
	/** '29' for § 29; null when the reference is a regulation or circular as a whole. */
	paragraph: string | null;
	/** 'første' | 'andre' | 'tredje' …; null when not given. */
	ledd: string | null;
	/** Citation in nynorsk, as the issue writes it: 'sosialtenestelova § 29 første ledd'. */
	text: string;
	/** The same citation in bokmål and nynorsk. */
	label: Localized;
	/**
	 * Link target. Site-internal targets ('/regelverk/29', '/regelverk/forskrift',
	 * '/regelverk/mellombels-forskrift-2020') get an '/nn' prefix for the nynorsk site; external
	 * targets are full URLs. Null when there is nothing to link to.
	 */
	href: string | null;
	/**
	 * False when where the rule sits (paragraph or ledd) is not verified against the statute; the
	 * content may still be verified. See the fact sheet, kvp-rules-facts.md.
	 */
	verified: boolean;
};

/** A note shown to the user when a value or reading is not verified against the law text. */
export type Doubt = {
	id: string;
	text: Localized;
};

/** A validated-then-computed answer; never thrown. `errors` name every invalid field. */
export type Outcome<T> =
	{ ok: true; result: T } | { ok: false; errors: { path: string; message: string }[] };
