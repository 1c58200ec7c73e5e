/** The survey pages' text beyond the dictionaries (src/i18n/surveys.*.ts, read with `translator`). */
import { translator, type Lang } from '#i18n/index.ts';
import { MIN_RESPONSES, type ShownRate } from './anonymity.ts';

/** The response-rate sentence for a coordinator's page. */
export function rateText(lang: Lang, shown: ShownRate): string {
	const s = translator(lang);
	switch (shown.kind) {
		case 'none':
			return s('results.rateNone');
		case 'few':
			return s('results.rateFew', { min: MIN_RESPONSES });
		case 'interim':
			return s('results.rate', { rate: shown.rate, min: MIN_RESPONSES });
		case 'final':
			return s('results.rateFinal', {
				n: shown.responses,
				audience: shown.audience,
				rate: shown.rate,
			});
	}
}
