/**
 * "Kva endra seg?": the whole case library under the rules of two dates. Each case keeps its own
 * facts and assessment date; only the rules differ, so every change shown is a change in the law.
 */
import { useMemo, useState } from 'react';
import type { Lang } from '#i18n/index.ts';
import { compareVersionsInput, EXAMPLES } from '#lib/rules/browser.ts';
import { errorsByPath } from './errors.ts';
import { Checkbox, DateField, Tag } from './fields.tsx';
import type { Translate } from './i18n.ts';
import { formatDate } from './text.ts';

export function ComparePanel({ lang, t }: { lang: Lang; t: Translate }) {
	const [dateA, setDateA] = useState('2018-06-01');
	const [dateB, setDateB] = useState('2019-06-01');
	const [onlyChanged, setOnlyChanged] = useState(false);
	const outcome = useMemo(() => compareVersionsInput(EXAMPLES, dateA, dateB), [dateA, dateB]);
	const errors = outcome.ok ? {} : errorsByPath(lang, outcome.errors);
	const comparison = outcome.ok ? outcome.result : null;
	const rows = comparison ? comparison.cases.filter((c) => !onlyChanged || c.verdictChanged) : [];

	return (
		<div className="kvp-pg-stack-lg">
			<div className="kvp-pg-stack kvp-text">
				<h2 className="aksel-heading aksel-heading--medium">{t('compare.heading')}</h2>
				<p className="aksel-body-long aksel-body-long--medium">
					{t('compare.lead', { count: EXAMPLES.length })}
				</p>
			</div>
			<div className="kvp-pg-row">
				<DateField
					id="kvp-c-dateA"
					label={t('compare.dateA')}
					help={t('compare.date.help')}
					error={errors.dateA}
					value={dateA}
					onChange={setDateA}
				/>
				<DateField
					id="kvp-c-dateB"
					label={t('compare.dateB')}
					help={t('compare.date.help')}
					error={errors.dateB}
					value={dateB}
					onChange={setDateB}
				/>
			</div>
			<div
				aria-live="polite"
				aria-atomic="true"
				data-testid="compare-summary"
				className="kvp-pg-stack"
			>
				{comparison && (
					<>
						<p className="aksel-heading aksel-heading--small">
							{t('compare.summary', {
								changed: comparison.changedCount,
								count: comparison.cases.length,
							})}
						</p>
						<ul className="kvp-pg-plain aksel-body-short aksel-body-short--medium">
							<li>
								{t('compare.versions', {
									date: formatDate(comparison.dateA),
									title: comparison.versionA.title[lang],
								})}
							</li>
							<li>
								{t('compare.versions', {
									date: formatDate(comparison.dateB),
									title: comparison.versionB.title[lang],
								})}
							</li>
						</ul>
					</>
				)}
			</div>
			{comparison && (
				<>
					<Checkbox
						id="kvp-c-only-changed"
						label={t('compare.onlyChanged')}
						checked={onlyChanged}
						onChange={setOnlyChanged}
					/>
					{/* Focusable so keyboard users can scroll the table sideways on a narrow screen. */}
					<div
						className="kvp-table-wrap"
						tabIndex={0}
						role="region"
						aria-label={t('compare.caption')}
					>
						<table
							className="aksel-table aksel-table--medium kvp-pg-table"
							data-testid="compare-table"
						>
							<caption className="kvp-visually-hidden">{t('compare.caption')}</caption>
							<thead className="aksel-table__header">
								<tr className="aksel-table__row">
									<th
										scope="col"
										className="aksel-table__header-cell aksel-label aksel-label--medium"
									>
										{t('compare.col.case')}
									</th>
									<th
										scope="col"
										className="aksel-table__header-cell aksel-label aksel-label--medium"
									>
										{t('compare.col.date', { date: formatDate(comparison.dateA) })}
									</th>
									<th
										scope="col"
										className="aksel-table__header-cell aksel-label aksel-label--medium"
									>
										{t('compare.col.date', { date: formatDate(comparison.dateB) })}
									</th>
									<th
										scope="col"
										className="aksel-table__header-cell aksel-label aksel-label--medium"
									>
										{t('compare.col.changed')}
									</th>
								</tr>
							</thead>
							<tbody className="aksel-table__body">
								{rows.map((row) => (
									<tr
										key={row.id}
										className="aksel-table__row"
										data-case={row.id}
										data-changed={row.verdictChanged ? 'true' : 'false'}
									>
										<th
											scope="row"
											className="aksel-table__header-cell aksel-body-short aksel-body-short--medium"
										>
											{row.title?.[lang] ?? row.id}
										</th>
										<td className="aksel-table__data-cell aksel-body-short aksel-body-short--medium">
											{t(`verdict.${row.a.verdict}`)}
										</td>
										<td className="aksel-table__data-cell aksel-body-short aksel-body-short--medium">
											{t(`verdict.${row.b.verdict}`)}{' '}
											{row.verdictChanged && <Tag color="info">{t('compare.changedMark')}</Tag>}
										</td>
										<td className="aksel-table__data-cell aksel-body-short aksel-body-short--medium">
											{row.changedConditions.length === 0 ? (
												t('compare.noChange')
											) : (
												<ul className="kvp-pg-plain">
													{row.changedConditions.map((change) => (
														<li key={change.id}>
															{t('compare.change', {
																title: change.title[lang],
																a: t(`status.${change.a}`),
																b: t(`status.${change.b}`),
															})}
														</li>
													))}
												</ul>
											)}
										</td>
									</tr>
								))}
							</tbody>
						</table>
					</div>
				</>
			)}
		</div>
	);
}
