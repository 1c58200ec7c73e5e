/** Share the case: the link (with the facts in it) in view, and a button that copies it. */
import { useState } from 'react';
import type { EligibilityFacts } from '#lib/rules/browser.ts';
import { Button, Checkbox } from './fields.tsx';
import type { Translate } from './i18n.ts';
import { shareUrl } from './share.ts';

type Props = {
	t: Translate;
	origin: string;
	pagePath: string;
	facts: EligibilityFacts;
	valid: boolean;
};

export function SharePanel({ t, origin, pagePath, facts, valid }: Props) {
	const [predict, setPredict] = useState(false);
	const [copied, setCopied] = useState<{ url: string; ok: boolean } | null>(null);
	const url = shareUrl(origin, pagePath, facts, { predict });
	// The message is about the link as it was copied; it goes when the facts change.
	const status = copied?.url === url ? (copied.ok ? 'copied' : 'failed') : null;

	const copy = async () => {
		try {
			await navigator.clipboard.writeText(url);
			setCopied({ url, ok: true });
		} catch {
			const input = document.getElementById('kvp-share-url') as HTMLInputElement | null;
			input?.select();
			setCopied({ url, ok: false });
		}
	};

	return (
		<section className="kvp-pg-stack" aria-labelledby="kvp-share-heading">
			<h2 id="kvp-share-heading" className="aksel-heading aksel-heading--medium">
				{t('share.heading')}
			</h2>
			<div className="aksel-form-field aksel-form-field--medium">
				<label htmlFor="kvp-share-url" className="aksel-form-field__label aksel-label">
					{t('share.label')}
				</label>
				<div
					id="kvp-share-url-help"
					className="aksel-form-field__description aksel-body-short aksel-body-short--medium"
				>
					{t('share.help')}
				</div>
				<input
					id="kvp-share-url"
					type="url"
					readOnly
					value={url}
					aria-describedby="kvp-share-url-help"
					aria-invalid={valid ? undefined : true}
					className="aksel-text-field__input aksel-body-short aksel-body-short--medium kvp-pg-url"
					onFocus={(event) => event.currentTarget.select()}
				/>
			</div>
			<Checkbox
				id="kvp-share-predict"
				label={t('share.hide')}
				checked={predict}
				onChange={setPredict}
			/>
			<div className="kvp-pg-actions">
				<Button variant="secondary" onClick={() => void copy()}>
					{t('share.copy')}
				</Button>
				<p role="status" className="aksel-body-short aksel-body-short--medium">
					{status === 'copied'
						? t('share.copied')
						: status === 'failed'
							? t('share.copyFailed')
							: ''}
				</p>
			</div>
		</section>
	);
}
