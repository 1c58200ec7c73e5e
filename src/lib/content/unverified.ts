/**
 * The facts that are not verified (the fact sheet, shared/reference/kvp-rules-facts.md, as corrected
 * by the December 2026 check, kvp-rules-verification-2026-12.md; source ids in docs/legal-sources.md),
 * as the content tests look for them. A statement that matches one of these must carry `verified: false` and a note; free text
 * without a `verified` flag (Markdown bodies, common mistakes, questions, path intros) must not match at
 * all, because the page could not mark it.
 *
 * The patterns are a safety net, not a proof: they catch the wordings the content uses for these claims
 * in bokmål and nynorsk. When you write a new claim that rests on an [MU] fact, add a pattern here.
 */

/** Paragraphs whose subject no stored source establishes (§§ 31, 33, 36–40): their pages say so. */
export const UNVERIFIED_PARAGRAPHS: readonly string[] = ['31', '33', '36', '37', '38', '39', '40'];

export type UnverifiedClaim = {
	/** Stable id, used in test messages. */
	id: string;
	/** The [MU] fact, in English, with the fact sheet section it comes from. */
	claim: string;
	/** Matches the claim's wordings in bokmål and nynorsk (case-insensitive). */
	pattern: RegExp;
};

export const UNVERIFIED_CLAIMS: readonly UnverifiedClaim[] = [
	{
		id: 'upper-age-exclusive',
		claim:
			'The right ends on the 67th birthday (67 exclusive). Fact sheet § 3 and § 10 decision 2.',
		pattern: /67-årsdag/i,
	},
	{
		id: 'reentry-limit-once',
		claim:
			'Before 2019 re-entry into an interrupted programme was allowed once. Fact sheet § 3 (§ 34).',
		pattern:
			/(ett|eitt) gjeninntak|gjeninntak[^.]*\s(én|en|éin|ein) (gang|gong)(?![a-zæøå])|(^|\s)(én|éin) (gang|gong)[^.]*gjeninntak|(tatt|tas) inn igjen[^.]*\s(én|en) gang(?![a-zæøå])|(teken|takast|tatt) inn att[^.]*\s(éin|ein) gong(?![a-zæøå])/i,
	},
	{
		id: 'child-supplement-rate',
		claim:
			'Barnetillegg of 35 (1.2.2023), 36 (1.1.2024), 37 (1.1.2025) and 38 kr (1.1.2026): the KVP dates are inferred from the AAP series (N14); 37 kr is in no KVP source.',
		pattern: /\b(35|36|37|38) ?(kr|kroner)\b/i,
	},
	{
		id: 'benefit-factor-date',
		claim:
			'That kvalifiseringsstønad is 2.041 G from 1.7.2024: the rate is on nav.no (N5, N6), the date is inferred from AAP (N15).',
		pattern: /1\.7\.2024|1\. juli 2024/i,
	},
	{
		id: 'protection-first-year-scope',
		claim:
			'The exact scope of the § 34 second ledd protection ("det første året"). Fact sheet § 3 (§ 34), § 11 item 4.',
		pattern: /(første|fyrste) året/i,
	},
	{
		id: 'ledd-of-preconditions',
		claim:
			'That the work ability assessment and close assistance sit in § 29 second ledd. Fact sheet § 3 (§ 29).',
		pattern: /§ ?29 andre ledd/i,
	},
	{
		id: 'rates-location',
		claim:
			'Whether the rates (2 G; 2/3 under 25) sit in § 35 or in the regulation. Fact sheet § 3 (§ 35).',
		pattern: /§ ?35[^.]*\b2 ?G\b|\b2 ?G\b[^.]*§ ?35|forskrift[^.]*\b2 ?G\b|\b2 ?G\b[^.]*forskrift/i,
	},
	{
		id: 'halfway-rule-location',
		claim:
			'That the halfway and final-stage rules sit in § 30: they are in the regulation § 1 (N1); § 30 itself was not read.',
		pattern:
			/(halvveis|halvvegs|avsluttende del|avsluttande del)[^.]*§ ?30|§ ?30[^.]*(halvveis|halvvegs|avsluttende del|avsluttande del)/i,
	},
	{
		id: 'temporary-regulation-2021-end',
		claim:
			'The 2021 version of the temporary regulation ended 31.12.2021 (assumed). Fact sheet § 5, § 11 item 6.',
		pattern: /31\.12\.2021|2021-12-31|31\. desember 2021/i,
	},
	{
		id: 'no-transitional-rule',
		claim: 'That no transitional rule exists for the 2019 changes. Fact sheet § 4.',
		pattern: /overgangsregel/i,
	},
	{
		id: 'interruption-pauses-duration',
		claim:
			'Days in an interruption do not count towards the maximum duration (an engine reading). Fact sheet § 10.',
		pattern:
			/avbr(ot|udd|utt|ote)[^.]*(rekna|regna|regnet|regnes|reknast|tel|teller|telt)[^.]*(programtid|varigheit|varighet)/i,
	},
	{
		id: 'unverified-paragraph-subject',
		claim: 'What §§ 31, 33 and 36–40 regulate. Fact sheet § 3.',
		pattern: /§§? ?(31|33|36|37|38|39|40)\b/i,
	},
	{
		id: 'grunnbelop-2026',
		claim: 'G from 1 May 2026 (136 549?). Fact sheet § 7.',
		pattern: /136 ?549/,
	},
];

/** The ids of the claims a text matches. */
export function unverifiedClaimsIn(text: string): string[] {
	return UNVERIFIED_CLAIMS.filter((claim) => claim.pattern.test(text)).map((claim) => claim.id);
}
