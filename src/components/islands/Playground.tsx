/**
 * The rules playground, an island written against React's API and rendered by Preact in compat
 * mode (bokmål or nynorsk, from the `lang` prop; see docs/decisions/006). The rules engine runs
 * here in the browser, the same calculations as the API and the CLI (imported from
 * `lib/rules/browser.ts`, which validates with the server's `zod/mini` schemas), so every answer follows the form as you
 * type. Four tabs, as ARIA tabs (arrow keys, Home and End move between them):
 * eligibility with predict-then-run, what changed between two dates, the programme period and
 * the benefit. Every panel stays mounted while hidden, so switching tabs keeps what was typed.
 *
 * Only the island's own CSS is imported here: Aksel's tabs (not in the global stylesheet) and a
 * few layout rules, bundled with this page alone.
 */
import '@navikt/ds-css/dist/component/tabs.min.css';
import './playground/playground.css';
import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Lang } from '#i18n/index.ts';
import type { EligibilityFacts } from '#lib/rules/browser.ts';
import { BenefitPanel } from './playground/BenefitPanel.tsx';
import { ComparePanel } from './playground/ComparePanel.tsx';
import { EligibilityPanel } from './playground/EligibilityPanel.tsx';
import { translator, type StringKey } from './playground/i18n.ts';
import { PeriodPanel } from './playground/PeriodPanel.tsx';

export type PlaygroundProps = {
	lang: Lang;
	/** Today in Norway (YYYY-MM-DD), from the server, so server and browser render the same form. */
	today: string;
	/** The site's public origin, for share links. */
	origin: string;
	/** This page's path in the current language ('/regeltrening' or '/nn/regeltrening'). */
	pagePath: string;
	/** Facts from a shared link, already validated by the page; null for a new case. */
	sharedFacts?: EligibilityFacts | null;
	/** The shared link asked to hide the answer until the learner has predicted. */
	sharedPredict?: boolean;
	/** A shared link was given but did not hold valid facts. */
	sharedInvalid?: boolean;
};

const TABS = [
	{ id: 'vilkar', label: 'tab.eligibility' },
	{ id: 'kva-endra-seg', label: 'tab.compare' },
	{ id: 'periode', label: 'tab.period' },
	{ id: 'stonad', label: 'tab.benefit' },
] as const satisfies readonly { id: string; label: StringKey }[];

type TabId = (typeof TABS)[number]['id'];

export default function Playground({
	lang,
	today,
	origin,
	pagePath,
	sharedFacts = null,
	sharedPredict = false,
	sharedInvalid = false,
}: PlaygroundProps) {
	const t = translator(lang);
	const [active, setActive] = useState<TabId>('vilkar');
	const tabRefs = useRef<Partial<Record<TabId, HTMLButtonElement | null>>>({});

	const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
		const index = TABS.findIndex((tab) => tab.id === active);
		const last = TABS.length - 1;
		const next = {
			ArrowRight: index === last ? 0 : index + 1,
			ArrowLeft: index === 0 ? last : index - 1,
			Home: 0,
			End: last,
		}[event.key];
		if (next === undefined) return;
		event.preventDefault();
		const tab = TABS[next];
		if (!tab) return;
		setActive(tab.id);
		tabRefs.current[tab.id]?.focus();
	};

	const panels: Record<TabId, ReactNode> = {
		vilkar: (
			<EligibilityPanel
				lang={lang}
				t={t}
				today={today}
				origin={origin}
				pagePath={pagePath}
				initialFacts={sharedFacts}
				initialPredict={sharedPredict}
				sharedInvalid={sharedInvalid}
			/>
		),
		'kva-endra-seg': <ComparePanel lang={lang} t={t} />,
		periode: <PeriodPanel lang={lang} t={t} today={today} />,
		stonad: <BenefitPanel lang={lang} t={t} today={today} />,
	};

	return (
		<div className="aksel-tabs aksel-tabs--medium kvp-pg">
			<div className="aksel-tabs__tablist-wrapper">
				<div
					role="tablist"
					aria-label={t('tabs.label')}
					className="aksel-tabs__tablist"
					onKeyDown={onKeyDown}
				>
					{TABS.map((tab) => {
						const selected = tab.id === active;
						return (
							<button
								key={tab.id}
								ref={(element) => {
									tabRefs.current[tab.id] = element;
								}}
								type="button"
								role="tab"
								id={`kvp-tab-${tab.id}`}
								aria-selected={selected}
								aria-controls={`kvp-panel-${tab.id}`}
								tabIndex={selected ? 0 : -1}
								data-state={selected ? 'active' : 'inactive'}
								className="aksel-tabs__tab aksel-tabs__tab--medium"
								onClick={() => setActive(tab.id)}
							>
								<span className="aksel-tabs__tab-inner aksel-body-short aksel-body-short--medium">
									<span>{t(tab.label)}</span>
								</span>
							</button>
						);
					})}
				</div>
			</div>
			{TABS.map((tab) => (
				<div
					key={tab.id}
					role="tabpanel"
					id={`kvp-panel-${tab.id}`}
					aria-labelledby={`kvp-tab-${tab.id}`}
					hidden={tab.id !== active}
					tabIndex={0}
					className="aksel-tabs__tabpanel kvp-pg-panel"
				>
					{panels[tab.id]}
				</div>
			))}
		</div>
	);
}
