/** Pieces shared by the period and benefit tabs. */
import { useState } from 'react';
import type { Lang } from '#i18n/index.ts';
import type { Doubt } from '#lib/rules/browser.ts';
import { Button, SelectField } from './fields.tsx';
import type { Translate } from './i18n.ts';
import { fieldId } from './text.ts';

/** Pick a case from the library that has input for this calculation, and load it. */
export function CaseLoader({
	id,
	t,
	cases,
	onLoad,
}: {
	id: string;
	t: Translate;
	cases: readonly { id: string; title: string }[];
	onLoad: (id: string) => void;
}) {
	const [selected, setSelected] = useState(cases[0]?.id ?? '');
	if (cases.length === 0) return null;
	return (
		<div className="kvp-pg-load">
			<SelectField
				id={id}
				label={t('common.fromCase')}
				help={t('common.fromCaseHelp')}
				value={selected}
				options={cases.map((c) => ({ value: c.id, label: c.title }))}
				onChange={setSelected}
			/>
			<div className="kvp-pg-actions">
				<Button variant="secondary" onClick={() => onLoad(selected)}>
					{t('common.load')}
				</Button>
			</div>
		</div>
	);
}

/** Every field error as a link to its field. */
export function ErrorSummary({
	t,
	scope,
	errors,
}: {
	t: Translate;
	scope: string;
	errors: Record<string, string>;
}) {
	return (
		<div className="aksel-error-summary aksel-error-summary--medium" data-testid="error-summary">
			<p className="aksel-error-summary__heading aksel-heading aksel-heading--xsmall">
				{t('common.errorsHeading')}
			</p>
			<ul className="aksel-error-summary__list aksel-body-short aksel-body-short--medium">
				{Object.entries(errors).map(([path, message]) => (
					<li key={path}>
						<a className="aksel-error-summary__item aksel-link" href={`#${fieldId(scope, path)}`}>
							{message}
						</a>
					</li>
				))}
			</ul>
		</div>
	);
}

/** The main figures as a description list. */
export function KeyFigures({
	items,
	testid,
}: {
	items: readonly (readonly [string, string])[];
	testid?: string;
}) {
	return (
		<dl className="kvp-pg-keys" data-testid={testid}>
			{items.map(([term, value]) => (
				<div key={term}>
					<dt className="aksel-body-short aksel-body-short--small">{term}</dt>
					<dd className="aksel-heading aksel-heading--xsmall">{value}</dd>
				</div>
			))}
		</dl>
	);
}

export function Doubts({
	t,
	lang,
	doubts,
}: {
	t: Translate;
	lang: Lang;
	doubts: readonly Doubt[];
}) {
	if (doubts.length === 0) return null;
	return (
		<>
			<h3 className="aksel-heading aksel-heading--small">{t('common.doubts')}</h3>
			<ul className="kvp-pg-figures">
				{doubts.map((doubt) => (
					<li key={doubt.id} className="aksel-body-short aksel-body-short--medium">
						{doubt.text[lang]}
					</li>
				))}
			</ul>
		</>
	);
}
