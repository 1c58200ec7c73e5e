import type { Lang } from './index.ts';

/** All dates and times are shown in Norway's time zone, whatever the server's zone is. */
export const TIME_ZONE = 'Europe/Oslo';

const LOCALE: Record<Lang, string> = { nb: 'nb-NO', nn: 'nn-NO' };

const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	const key = `${lang}:${JSON.stringify(options)}`;
	let f = cache.get(key);
	if (!f) {
		f = new Intl.DateTimeFormat(LOCALE[lang], { timeZone: TIME_ZONE, ...options });
		cache.set(key, f);
	}
	return f;
}

/** "19. september 2019" */
export function formatDate(date: Date, lang: Lang): string {
	return formatter(lang, { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

/** "torsdag 19. september 2019" */
export function formatLongDate(date: Date, lang: Lang): string {
	return formatter(lang, {
		weekday: 'long',
		day: 'numeric',
		month: 'long',
		year: 'numeric',
	}).format(date);
}

/** "09.30": Språkrådet writes hours and minutes with a full stop. */
export function formatTime(date: Date, lang: Lang): string {
	return formatter(lang, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
		.format(date)
		.replace(':', '.');
}

/** A stored clock time "09:30" (as <input type="time"> gives it) written for reading: "09.30". */
export function clock(time: string): string {
	return time.replace(':', '.');
}

/** A stored clock time as it stands alone in a sentence or a label: "kl. 09.30". */
export function atClock(time: string): string {
	return `kl. ${clock(time)}`;
}

/** Two stored clock times as a span, as in a programme: "09.30–10.00". */
export function clockSpan(start: string, end: string): string {
	return `${clock(start)}–${clock(end)}`;
}

/** "19.09.2019 kl. 09.30" */
export function formatDateTime(date: Date, lang: Lang): string {
	const d = formatter(lang, { day: '2-digit', month: '2-digit', year: 'numeric' }).format(date);
	return `${d} kl. ${formatTime(date, lang)}`;
}

const numberFormats = new Map<Lang, Intl.NumberFormat>();
/** "5 000": grouped the Norwegian way. */
export function formatNumber(n: number, lang: Lang): string {
	let f = numberFormats.get(lang);
	if (!f) numberFormats.set(lang, (f = new Intl.NumberFormat(LOCALE[lang])));
	return f.format(n);
}

const pluralRules = new Map<Lang, Intl.PluralRules>();
/** Which form a count takes in the language: Norwegian has "one" (1) and "other". */
export function pluralForm(lang: Lang, n: number): 'one' | 'other' {
	let rules = pluralRules.get(lang);
	if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(LOCALE[lang])));
	return rules.select(n) === 'one' ? 'one' : 'other';
}
