/** The engine's answer: the verdict, the summary, and every condition with its explanation and paragraph. */
import type { Lang } from '#i18n/index.ts';
import type { ConditionStatus, EligibilityResult, LegalReference } from '#lib/rules/browser.ts';
import { Tag } from './fields.tsx';
import type { Translate } from './i18n.ts';
import { referenceHref } from './text.ts';

const STATUS_COLOR: Record<ConditionStatus, 'success' | 'danger' | 'warning'> = {
	met: 'success',
	'not-met': 'danger',
	'needs-judgement': 'warning',
};

/** A reference as a link to the self-study section's page for it (or plain text without a target). */
function ReferenceLink({
	reference,
	lang,
	t,
}: {
	reference: LegalReference;
	lang: Lang;
	t: Translate;
}) {
	const href = referenceHref(reference, lang);
	const label = reference.label[lang];
	return (
		<>
			{href === null ? (
				label
			) : (
				<a className="aksel-link" href={href}>
					{label}
				</a>
			)}
			{!reference.verified && <span className="kvp-pg-muted"> {t('common.unverified')}</span>}
		</>
	);
}

export function References({
	main,
	others,
	lang,
	t,
}: {
	main: LegalReference;
	others: readonly LegalReference[];
	lang: Lang;
	t: Translate;
}) {
	return (
		<p className="aksel-body-short aksel-body-short--small kvp-pg-refs">
			{t('common.reference')} <ReferenceLink reference={main} lang={lang} t={t} />
			{others.length > 0 && (
				<>
					{' '}
					{t('common.otherReferences')}{' '}
					{others.map((reference, index) => (
						<span key={`${reference.text}-${index}`}>
							{index > 0 && ', '}
							<ReferenceLink reference={reference} lang={lang} t={t} />
						</span>
					))}
				</>
			)}
		</p>
	);
}

export function EligibilityDetails({
	result,
	lang,
	t,
}: {
	result: EligibilityResult;
	lang: Lang;
	t: Translate;
}) {
	const decisive = new Set<string>(result.decisive);
	return (
		<div className="kvp-pg-stack">
			<p className="aksel-body-short aksel-body-short--small kvp-pg-muted">
				{t('common.rules', { version: result.ruleVersion.title[lang] })}
				{result.ruleVersion.overlays.map((overlay) => (
					<span key={overlay.id}> {t('common.overlay', { title: overlay.title[lang] })}</span>
				))}
			</p>
			<h3 className="aksel-heading aksel-heading--small">{t('result.conditions')}</h3>
			<ul className="kvp-pg-conditions" data-testid="conditions">
				{result.conditions.map((condition) => (
					<li
						key={condition.id}
						className="kvp-pg-condition"
						data-status={condition.status}
						data-condition={condition.id}
					>
						<div className="kvp-pg-condition-head">
							<h4 className="aksel-heading aksel-heading--xsmall">{condition.title[lang]}</h4>
							<span className="kvp-pg-tags">
								<Tag color={STATUS_COLOR[condition.status]}>{t(`status.${condition.status}`)}</Tag>
								{decisive.has(condition.id) && <Tag color="info">{t('result.decisive')}</Tag>}
							</span>
						</div>
						<p className="aksel-body-long aksel-body-long--medium">{condition.explanation[lang]}</p>
						<References
							main={condition.reference}
							others={condition.otherReferences}
							lang={lang}
							t={t}
						/>
					</li>
				))}
			</ul>
		</div>
	);
}
