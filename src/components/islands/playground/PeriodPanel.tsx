/** The "Periode" tab: how long a programme can last (sosialtenestelova §§ 32 and 34). */
import { useMemo, useState } from 'react';
import type { Lang } from '#i18n/index.ts';
import {
	calculatePeriodInput,
	EXAMPLES,
	type PeriodFigure,
	type PeriodInput,
} from '#lib/rules/browser.ts';
import { References } from './EligibilityResult.tsx';
import { errorsByPath } from './errors.ts';
import { DateField, SelectField } from './fields.tsx';
import type { Translate } from './i18n.ts';
import { ListField } from './ListField.tsx';
import { CaseLoader, Doubts, ErrorSummary, KeyFigures } from './parts.tsx';
import { fieldId, formatDate } from './text.ts';

const SCOPE = 'kvp-per';
const WITH_PERIOD = EXAMPLES.filter((e) => e.period !== undefined);

type Range = { startDate: string; endDate: string };
type Decision = PeriodInput['decisions'][number];

function blankPeriod(today: string): PeriodInput {
	return {
		assessmentDate: today,
		startDate: `${today.slice(0, 8)}01`,
		birthDate: null,
		decisions: [],
		interruptions: [],
		pandemicAbsences: [],
		terminatedOn: null,
	};
}

function figureValue(figure: PeriodFigure, t: Translate): string {
	if (figure.unit === 'date') return formatDate(String(figure.value));
	return t(figure.unit === 'days' ? 'period.days' : 'period.months', { n: figure.value });
}

export function PeriodPanel({ lang, t, today }: { lang: Lang; t: Translate; today: string }) {
	const [input, setInput] = useState<PeriodInput>(() => blankPeriod(today));
	const outcome = useMemo(() => calculatePeriodInput(input), [input]);
	const errors = outcome.ok ? {} : errorsByPath(lang, outcome.errors);
	const result = outcome.ok ? outcome.result : null;
	const id = (path: string) => fieldId(SCOPE, path);
	const change = (patch: Partial<PeriodInput>) => setInput((current) => ({ ...current, ...patch }));

	const ranges = (
		field: 'interruptions' | 'pandemicAbsences',
		prefix: 'period.interruption' | 'period.pandemic',
	) => (
		<ListField<Range>
			id={id(field)}
			legend={t(field === 'interruptions' ? 'period.interruptions' : 'period.pandemic')}
			help={t(field === 'interruptions' ? 'period.interruptions.help' : 'period.pandemic.help')}
			items={input[field]}
			onChange={(items) => change({ [field]: items ?? [] })}
			newItem={() => ({ startDate: input.startDate, endDate: input.startDate })}
			itemLegend={(n) => t(`${prefix}.item`, { n })}
			addLabel={t(`${prefix}.add`)}
			removeLabel={(n) => t(`${prefix}.remove`, { n })}
			emptyText={t('period.none')}
			renderItem={(range, i, update) => (
				<div className="kvp-pg-row">
					<DateField
						id={id(`${field}[${i}].startDate`)}
						label={t('common.from')}
						error={errors[`${field}[${i}].startDate`]}
						value={range.startDate}
						onChange={(value) => update({ startDate: value })}
					/>
					<DateField
						id={id(`${field}[${i}].endDate`)}
						label={t('common.to')}
						error={errors[`${field}[${i}].endDate`]}
						value={range.endDate}
						onChange={(value) => update({ endDate: value })}
					/>
				</div>
			)}
		/>
	);

	return (
		<div className="kvp-pg-columns">
			<div className="kvp-pg-stack-lg">
				<div className="kvp-pg-stack">
					<h2 className="aksel-heading aksel-heading--medium">{t('period.heading')}</h2>
					<p className="aksel-body-long aksel-body-long--medium">{t('period.lead')}</p>
				</div>
				<CaseLoader
					id={id('case')}
					t={t}
					cases={WITH_PERIOD.map((e) => ({ id: e.id, title: e.title[lang] }))}
					onLoad={(caseId) => {
						const found = WITH_PERIOD.find((e) => e.id === caseId)?.period;
						if (found) setInput(JSON.parse(JSON.stringify(found)) as PeriodInput);
					}}
				/>
				<div className="kvp-pg-fields">
					<div className="kvp-pg-row">
						<DateField
							id={id('assessmentDate')}
							label={t('field.assessmentDate')}
							help={t('period.assessmentDate.help')}
							error={errors.assessmentDate}
							value={input.assessmentDate}
							onChange={(value) => change({ assessmentDate: value })}
						/>
						<DateField
							id={id('startDate')}
							label={t('period.startDate')}
							help={t('period.startDate.help')}
							error={errors.startDate}
							value={input.startDate}
							onChange={(value) => change({ startDate: value })}
						/>
					</div>
					<div className="kvp-pg-row">
						<DateField
							id={id('birthDate')}
							label={t('field.birthDate')}
							help={t('period.birthDate.help')}
							error={errors.birthDate}
							value={input.birthDate ?? ''}
							onChange={(value) => change({ birthDate: value === '' ? null : value })}
						/>
						<DateField
							id={id('terminatedOn')}
							label={t('period.terminatedOn')}
							help={t('period.terminatedOn.help')}
							error={errors.terminatedOn}
							value={input.terminatedOn ?? ''}
							onChange={(value) => change({ terminatedOn: value === '' ? null : value })}
						/>
					</div>
					<ListField<Decision>
						id={id('decisions')}
						legend={t('period.decisions')}
						help={t('period.decisions.help')}
						items={input.decisions}
						onChange={(decisions) => change({ decisions: decisions ?? [] })}
						newItem={() => ({
							startDate: input.startDate,
							endDate: input.startDate,
							kind: 'ordinary',
						})}
						itemLegend={(n) => t('period.decision.item', { n })}
						addLabel={t('period.decision.add')}
						removeLabel={(n) => t('period.decision.remove', { n })}
						emptyText={t('period.none')}
						renderItem={(decision, i, update) => (
							<>
								<div className="kvp-pg-row">
									<DateField
										id={id(`decisions[${i}].startDate`)}
										label={t('common.from')}
										error={errors[`decisions[${i}].startDate`]}
										value={decision.startDate}
										onChange={(value) => update({ startDate: value })}
									/>
									<DateField
										id={id(`decisions[${i}].endDate`)}
										label={t('common.to')}
										error={errors[`decisions[${i}].endDate`]}
										value={decision.endDate}
										onChange={(value) => update({ endDate: value })}
									/>
								</div>
								<SelectField
									id={id(`decisions[${i}].kind`)}
									label={t('period.decision.kind')}
									value={decision.kind}
									options={[
										{ value: 'ordinary', label: t('period.decision.kind.ordinary') },
										{ value: 'extension', label: t('period.decision.kind.extension') },
									]}
									onChange={(value) => update({ kind: value as Decision['kind'] })}
								/>
							</>
						)}
					/>
					{ranges('interruptions', 'period.interruption')}
					{ranges('pandemicAbsences', 'period.pandemic')}
				</div>
			</div>

			<section className="kvp-pg-stack kvp-pg-result" aria-labelledby={id('result')}>
				<h2 id={id('result')} className="aksel-heading aksel-heading--medium">
					{t('period.result')}
				</h2>
				<div aria-live="polite" aria-atomic="true" data-testid="period-summary">
					<p className="aksel-body-long aksel-body-long--medium">
						{result ? result.summary[lang] : t('result.invalid')}
					</p>
				</div>
				{!outcome.ok && <ErrorSummary t={t} scope={SCOPE} errors={errors} />}
				{result && (
					<>
						<KeyFigures
							items={[
								[t('period.status'), t(`period.status.${result.status}`)],
								[t('period.latestEnd'), formatDate(result.latestEndDate)],
								[t('period.endWithout'), formatDate(result.latestEndDateWithoutExtension)],
								[t('period.endWith'), formatDate(result.latestEndDateWithExtension)],
								...(result.grantedUntil
									? [
											[t('period.grantedUntil'), formatDate(result.grantedUntil)] as [
												string,
												string,
											],
										]
									: []),
								[t('period.daysUsed'), t('period.days', { n: result.daysUsed })],
								[t('period.daysLeft'), t('period.days', { n: result.daysLeft })],
							]}
						/>
						<p className="aksel-body-long aksel-body-long--medium">
							{result.extension.explanation[lang]}
						</p>
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
										<li key={note.id} data-level={note.level}>
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
