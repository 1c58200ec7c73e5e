/**
 * The legal references the rules cite, in one place so the playground can link each one.
 *
 * `verified: false` means *where* the rule sits (paragraph or ledd) is not verified against the
 * statute: the stored Lovdata copy did not show chapter 4 (fact sheet § 0). The content of the rule
 * may still be verified in a secondary source; the explanation says so where it matters.
 */
import type { LawId, LegalReference } from './engine/types.ts';

function law(
	paragraph: string,
	ledd: string | null,
	verified: boolean,
	href: string | null = `/regelverk/${paragraph}`,
): LegalReference {
	// 'første', 'andre' and 'tredje' ledd are spelt the same in bokmål and nynorsk.
	const leddText = ledd === null ? '' : ` ${ledd} ledd`;
	return {
		law: 'sosialtenestelova',
		paragraph,
		ledd,
		text: `sosialtenestelova § ${paragraph}${leddText}`,
		label: {
			nb: `sosialtjenesteloven § ${paragraph}${leddText}`,
			nn: `sosialtenestelova § ${paragraph}${leddText}`,
		},
		href,
		verified,
	};
}

function other(
	lawId: LawId,
	paragraph: string | null,
	label: { nb: string; nn: string },
	href: string | null,
	verified: boolean,
): LegalReference {
	return { law: lawId, paragraph, ledd: null, text: label.nn, label, href, verified };
}

const R35_URL =
	'https://www.nav.no/nav.no-ressurser/lenker/regelverk/rettskildene/rundskriv-hovednr.35-lov-om-sosiale-tjenester-i-nav';

export const REFERENCES = {
	/**
	 * Age: the numbers 18/19–67 are verified (SD1, SD2, SD3, S14, N5). In 2007 the statute said
	 * «yrkesaktiv alder» and the preparatory works gave 19–67 (N4); where the numbers sit is not.
	 */
	age: law('29', 'første', false),
	/** Target group: "vesentlig nedsatt arbeids- og inntektsevne", "ingen eller svært begrensede ytelser" (S3, SD2). */
	targetGroup: law('29', 'første', true),
	/** Preconditions: arbeidsevnevurdering, tett og koordinert bistand (SD2, S15); ledd number MU. */
	preconditions: law('29', 'andre', false),
	/** Refusal because Nav cannot offer a programme: "§ 29 tredje ledd" (SD0, S2). */
	refusal: law('29', 'tredje', true),
	/** No limit on how many times a person can take part, from 2019 (SD0: "sjå sosialtenestelova § 29"). */
	participation: law('29', null, true),
	/** Scope: sotjl § 2 (N2) and FOR-2011-12-16-1251 on people without a fixed abode (N3). */
	residence: law('2', null, true),
	/** Duration from 2019 (SD4 cites § 32). */
	duration: law('32', null, true),
	/** Duration before 2019: § 32 inferred from the regulation's legal basis (§§ 30, 32, 35, 36; N1). */
	durationBefore2019: law('32', null, false),
	/** Interruption and termination, protection in the second ledd (SD0). */
	interruption: law('34', null, true),
	/** The benefit; no benefit during an interruption (SD0, S31). */
	benefit: law('35', null, true),
	/** The rates (2 G, 2.041 G from 1.7.2024, 2/3 under 25): § 35 or the regulation, not verified. */
	benefitRates: law('35', null, false),
	/** Reduction for unexcused absence: a rule (S10, S11); § 36 is inferred from N1, not verified. */
	absence: law('36', null, false),
	regulation: other(
		'forskrift',
		null,
		{
			nb: 'forskrift om kvalifiseringsprogram og kvalifiseringsstønad',
			nn: 'forskrift om kvalifiseringsprogram og kvalifiseringsstønad',
		},
		'/regelverk/forskrift',
		true,
	),
	/** Krone-for-krone reduction (S10, S11); where the rule sits is not verified. */
	offset: other(
		'forskrift',
		null,
		{
			nb: 'forskrift om kvalifiseringsprogram og kvalifiseringsstønad (forholdet til andre ytelser)',
			nn: 'forskrift om kvalifiseringsprogram og kvalifiseringsstønad (forholdet til andre ytingar)',
		},
		'/regelverk/forskrift',
		false,
	),
	temporaryRegulation: other(
		'mellombels-forskrift-2020',
		null,
		{
			nb: 'midlertidig forskrift om unntak fra sosialtjenesteloven §§ 20, 20 a og 29 til 40 (2020)',
			nn: 'mellombels forskrift om unntak frå sosialtenestelova §§ 20, 20 a og 29 til 40 (2020)',
		},
		'/regelverk/mellombels-forskrift-2020',
		true,
	),
	r35Section29: other(
		'rundskriv-35',
		'29',
		{ nb: 'rundskriv R35 til § 29 (engangsretten)', nn: 'rundskriv R35 til § 29 (eingongsretten)' },
		R35_URL,
		true,
	),
	r35VeryLimited: other(
		'rundskriv-35',
		'29',
		{ nb: 'rundskriv R35 punkt 4.29.1.7', nn: 'rundskriv R35 punkt 4.29.1.7' },
		R35_URL,
		true,
	),
	navLaw14a: other(
		'nav-lova',
		'14 a',
		{ nb: 'NAV-loven § 14 a', nn: 'NAV-lova § 14 a' },
		'https://lovdata.no/lov/2006-06-16-20/§14a',
		true,
	),
} as const satisfies Record<string, LegalReference>;
