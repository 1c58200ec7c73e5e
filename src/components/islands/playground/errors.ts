/**
 * The engine's field errors are in bokmål and written for API users ("Må være en gyldig dato
 * skrevet ÅÅÅÅ-MM-DD …"). The form shows its own wording in the page's language; a message it does
 * not recognise is shown as the engine wrote it.
 */
import type { Lang } from '#i18n/index.ts';
import { format, type StringKey } from './i18n.ts';

type Rule = [RegExp, StringKey, (match: RegExpMatchArray) => Record<string, string>];

const none = () => ({});

const RULES: readonly Rule[] = [
	[/fra og med (2010-01-01|1\.1\.2010)/, 'error.dateFrom2010', none],
	[/^Må være en (gyldig )?dato/, 'error.date', none],
	[/^Feltet mangler/, 'error.date', none],
	[/^Datoen må være fra og med 1\.1\.1900/, 'error.dateRange', none],
	[/^Vurderingsdatoen må være 1\.1\.2010/, 'error.before2010', none],
	[/^Fødselsdatoen kan ikke være etter vurderingsdatoen/, 'error.birthAfter', none],
	[
		/^En tidligere deltakelse kan ikke starte etter vurderingsdatoen/,
		'error.participationAfter',
		none,
	],
	[/^Sluttdatoen kan ikke være før startdatoen/, 'error.endBeforeStart', none],
	[/^Perioden kan ikke starte før programmet starter/, 'error.beforeProgramme', none],
	[/^Fødselsdatoen må være før programstart/, 'error.birthBeforeStart', none],
	[/^Programmet kan ikke avsluttes før det starter/, 'error.terminatedBeforeStart', none],
	[/^Programstart er mer enn ti år etter/, 'error.startTooLate', none],
	[/^Må være et beløp i kroner/, 'error.amount', none],
	[/^Beløpet er urimelig høyt/, 'error.amountHigh', none],
	[
		/^Må være et heltall fra og med (\d+) til og med (\d+)/,
		'error.whole',
		(m) => ({ min: m[1] ?? '', max: m[2] ?? '' }),
	],
	[
		/^Fravær, avbrudd og pandemifravær er til sammen (\d+) dager/,
		'error.days',
		(m) => ({ days: m[1] ?? '' }),
	],
];

/** The dictionary key for an engine message, or null when it is not one the form knows. */
export function errorKey(
	message: string,
): { key: StringKey; params: Record<string, string> } | null {
	for (const [pattern, key, params] of RULES) {
		const match = message.match(pattern);
		if (match) return { key, params: params(match) };
	}
	return null;
}

export function localizeError(lang: Lang, message: string): string {
	const found = errorKey(message);
	return found === null ? message : format(lang, found.key, found.params);
}

/** Field errors by path, localized: `{ 'benefits[0].annualAmountNOK': 'Skriv eit beløp …' }`. */
export function errorsByPath(
	lang: Lang,
	errors: readonly { path: string; message: string }[],
): Record<string, string> {
	const out: Record<string, string> = {};
	for (const error of errors) {
		out[error.path] ??= localizeError(lang, error.message);
	}
	return out;
}
