/** The "Stønad" tab: kvalifiseringsstønad for one two-week period (sosialtenestelova § 35). */
import { useMemo, useState } from 'react';
import type { Lang } from '#i18n/index.ts';
import {
	calculateBenefitInput,
	EXAMPLES,
	OFFSET_BENEFIT_TYPES,
	type BenefitFigure,
	type BenefitInput,
} from '#lib/rules/browser.ts';
import { References } from './EligibilityResult.tsx';
import { errorsByPath } from './errors.ts';
import { DateField, NumberField, SelectField } from './fields.tsx';
import type { Translate } from './i18n.ts';
import { ListField } from './ListField.tsx';
import { CaseLoader, Doubts, ErrorSummary, KeyFigures } from './parts.tsx';
import { fieldId, formatNumber } from './text.ts';

const SCOPE = 'kvp-ben';
const WITH_BENEFIT = EXAMPLES.filter((e) => e.benefit !== undefined);

type Other = BenefitInput['otherBenefitsInPeriod'][number];
type CountField =
	'childrenSupported' | 'unexcusedAbsenceDays' | 'interruptedDays' | 'pandemicAbsenceDays';

function blankBenefit(today: string): BenefitInput {
	const year = Number(today.slice(0, 4)) || 2025;
	return {
		assessmentDate: today,
		birthDate: `${year - 30}-01-01`,
		childrenSupported: 0,
		unexcusedAbsenceDays: 0,
		interruptedDays: 0,
		pandemicAbsenceDays: 0,
		otherBenefitsInPeriod: [],
	};
}

function kroner(t: Translate, value: number, decimals = 0): string {
	return t('common.kr', { amount: formatNumber(value, decimals) });
}

function figureValue(figure: BenefitFigure, t: Translate): string {
	const decimals = figure.unit === 'NOK/day' && !Number.isInteger(figure.value) ? 2 : 0;
	return kroner(t, figure.value, decimals);
}

export function BenefitPanel({ lang, t, today }: { lang: Lang; t: Translate; today: string }) {
	const [input, setInput] = useState<BenefitInput>(() => blankBenefit(today));
	const outcome = useMemo(() => calculateBenefitInput(input), [input]);
	const errors = outcome.ok ? {} : errorsByPath(lang, outcome.errors);
	const result = outcome.ok ? outcome.result : null;
	const id = (path: string) => fieldId(SCOPE, path);
	const change = (patch: Partial<BenefitInput>) =>
		setInput((current) => ({ ...current, ...patch }));

	const count = (
		field: CountField,
		label: 'benefit.children' | 'benefit.unexcused' | 'benefit.interrupted' | 'benefit.pandemic',
		max: number,
	) => (
		<NumberField
			id={id(field)}
			label={t(label)}
			help={t(`${label}.help`)}
			error={errors[field]}
			value={input[field]}
			min={0}
			max={max}
			onChange={(value) => change({ [field]: value ?? Number.NaN })}
		/>
	);

	return (
		<div className="kvp-pg-columns">
			<div className="kvp-pg-stack-lg">
				<div className="kvp-pg-stack">
					<h2 className="aksel-heading aksel-heading--medium">{t('benefit.heading')}</h2>
					<p className="aksel-body-long aksel-body-long--medium">{t('benefit.lead')}</p>
				</div>
				<CaseLoader
					id={id('case')}
					t={t}
					cases={WITH_BENEFIT.map((e) => ({ id: e.id, title: e.title[lang] }))}
					onLoad={(caseId) => {
						const found = WITH_BENEFIT.find((e) => e.id === caseId)?.benefit;
						if (found) setInput(JSON.parse(JSON.stringify(found)) as BenefitInput);
					}}
				/>
				<div className="kvp-pg-fields">
					<div className="kvp-pg-row">
						<DateField
							id={id('assessmentDate')}
							label={t('benefit.assessmentDate')}
							help={t('benefit.assessmentDate.help')}
							error={errors.assessmentDate}
							value={input.assessmentDate}
							onChange={(value) => change({ assessmentDate: value })}
						/>
						<DateField
							id={id('birthDate')}
							label={t('field.birthDate')}
							help={t('benefit.birthDate.help')}
							error={errors.birthDate}
							value={input.birthDate}
							onChange={(value) => change({ birthDate: value })}
						/>
					</div>
					{count('childrenSupported', 'benefit.children', 20)}
					{count('unexcusedAbsenceDays', 'benefit.unexcused', 10)}
					{count('interruptedDays', 'benefit.interrupted', 10)}
					{count('pandemicAbsenceDays', 'benefit.pandemic', 10)}
					<ListField<Other>
						id={id('otherBenefitsInPeriod')}
						legend={t('benefit.other')}
						help={t('benefit.other.help')}
						items={input.otherBenefitsInPeriod}
						onChange={(items) => change({ otherBenefitsInPeriod: items ?? [] })}
						newItem={() => ({ type: 'dagpenger', amountNOK: 0 })}
						itemLegend={(n) => t('benefit.other.item', { n })}
						addLabel={t('benefit.other.add')}
						removeLabel={(n) => t('benefit.other.remove', { n })}
						emptyText={t('benefit.other.none')}
						renderItem={(other, i, update) => (
							<>
								<SelectField
									id={id(`otherBenefitsInPeriod[${i}].type`)}
									label={t('benefit.other.type')}
									error={errors[`otherBenefitsInPeriod[${i}].type`]}
									value={other.type}
									options={OFFSET_BENEFIT_TYPES.map((type) => ({
										value: type,
										label: t(`benefit.offset.${type}`),
									}))}
									onChange={(value) => update({ type: value as Other['type'] })}
								/>
								<NumberField
									id={id(`otherBenefitsInPeriod[${i}].amountNOK`)}
									label={t('benefit.other.amount')}
									error={errors[`otherBenefitsInPeriod[${i}].amountNOK`]}
									value={other.amountNOK}
									min={0}
									onChange={(value) => update({ amountNOK: value ?? Number.NaN })}
								/>
							</>
						)}
					/>
				</div>
			</div>

			<section className="kvp-pg-stack kvp-pg-result" aria-labelledby={id('result')}>
				<h2 id={id('result')} className="aksel-heading aksel-heading--medium">
					{t('benefit.result')}
				</h2>
				<div aria-live="polite" aria-atomic="true" data-testid="benefit-summary">
					<p className="aksel-body-long aksel-body-long--medium">
						{result ? result.summary[lang] : t('result.invalid')}
					</p>
				</div>
				{!outcome.ok && <ErrorSummary t={t} scope={SCOPE} errors={errors} />}
				{result && (
					<>
						<KeyFigures
							testid="benefit-keys"
							items={[
								[t('benefit.yearly'), kroner(t, result.yearly.total)],
								[t('benefit.gross'), kroner(t, result.twoWeekly.gross)],
								[
									t('benefit.reductions'),
									kroner(
										t,
										result.twoWeekly.reductions.unexcusedAbsence +
											result.twoWeekly.reductions.interruption +
											result.twoWeekly.reductions.otherBenefits,
									),
								],
								[t('benefit.payable'), kroner(t, result.twoWeekly.payable)],
							]}
						/>
						<p className="aksel-body-short aksel-body-short--small kvp-pg-muted">
							{t('common.rules', { version: result.ruleVersion.title[lang] })}
						</p>
						<h3 className="aksel-heading aksel-heading--small">{t('common.figures')}</h3>
						<ul className="kvp-pg-figures">
							{result.figures.map((figure) => (
								<li key={figure.id}>
									<p className="aksel-body-short aksel-body-short--medium">
										<strong>{figure.label[lang]}:</strong> {figureValue(figure, t)}
									</p>
									<p className="aksel-body-short aksel-body-short--small">
										{figure.computation[lang]}
									</p>
									<References main={figure.reference} others={[]} lang={lang} t={t} />
								</li>
							))}
						</ul>
						{result.notes.length > 0 && (
							<>
								<h3 className="aksel-heading aksel-heading--small">{t('common.notes')}</h3>
								<ul className="kvp-pg-figures">
									{result.notes.map((note) => (
										<li key={note.id}>
											<p className="aksel-body-short aksel-body-short--medium">{note.text[lang]}</p>
											<References main={note.reference} others={[]} lang={lang} t={t} />
										</li>
									))}
								</ul>
							</>
						)}
						<Doubts t={t} lang={lang} doubts={result.doubts} />
					</>
				)}
			</section>
		</div>
	);
}
