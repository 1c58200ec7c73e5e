/**
 * The "Vilkår" tab: load a case or fill in the facts, predict the verdict and the deciding
 * conditions, then run the engine and read why. The answer follows every change to the facts
 * once it is shown.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Lang } from '#i18n/index.ts';
import {
	CONDITION_IDS,
	CONDITION_TITLES,
	evaluateEligibilityInput,
	EXAMPLES,
	exampleById,
	type ConditionId,
	type EligibilityFacts,
	type Verdict,
} from '#lib/rules/browser.ts';
import { EligibilityDetails } from './EligibilityResult.tsx';
import { errorsByPath } from './errors.ts';
import { FACTS_SCOPE, FactsForm } from './FactsForm.tsx';
import { Alert, Button, Checkbox, RadioGroup, SelectField } from './fields.tsx';
import type { Translate } from './i18n.ts';
import { ErrorSummary } from './parts.tsx';
import {
	judge,
	readScore,
	recordAttempt,
	resetScore,
	sessionStore,
	type Judgement,
	type Score,
} from './score.ts';
import { SharePanel } from './SharePanel.tsx';
import { fieldId } from './text.ts';

const VERDICTS: readonly Verdict[] = ['eligible', 'not-eligible', 'needs-judgement'];

export type Origin = { kind: 'blank' } | { kind: 'example'; id: string } | { kind: 'shared' };

type Props = {
	lang: Lang;
	t: Translate;
	/** Today in Norway, from the server: the default assessment date. */
	today: string;
	origin: string;
	pagePath: string;
	initialFacts: EligibilityFacts | null;
	/** Hide the answer until the learner has predicted (a shared link can ask for this). */
	initialPredict: boolean;
	sharedInvalid: boolean;
};

/** A new, empty case: today's date, a person of 30, nothing assessed yet. */
function blankFacts(today: string): EligibilityFacts {
	const year = Number(today.slice(0, 4)) || 2025;
	return {
		assessmentDate: today,
		birthDate: `${year - 30}-01-01`,
		lawfulResidenceAndFixedAbodeInNorway: null,
		significantlyReducedWorkAndIncomeCapacity: null,
		workAbilityAssessmentDone: null,
		workAbilityAssessmentOutcome: null,
		benefits: [],
		pendingBenefitClaims: [],
		closeCoordinatedAssistanceAppropriateAndNecessary: null,
		navCanOfferAdaptedProgramme: null,
		navCannotOfferReason: null,
		previousKvpParticipation: [],
	};
}

function copy<T>(value: T): T {
	return JSON.parse(JSON.stringify(value)) as T;
}

export function EligibilityPanel({
	lang,
	t,
	today,
	origin,
	pagePath,
	initialFacts,
	initialPredict,
	sharedInvalid,
}: Props) {
	const [facts, setFacts] = useState<EligibilityFacts>(() =>
		initialFacts ? copy(initialFacts) : blankFacts(today),
	);
	const [source, setSource] = useState<Origin>(
		initialFacts ? { kind: 'shared' } : { kind: 'blank' },
	);
	const [selected, setSelected] = useState<string>(EXAMPLES[0]?.id ?? '');
	const [revealed, setRevealed] = useState(!initialPredict);
	const [verdict, setVerdict] = useState<Verdict | null>(null);
	const [decisive, setDecisive] = useState<ConditionId[]>([]);
	const [missingVerdict, setMissingVerdict] = useState(false);
	const [judgement, setJudgement] = useState<Judgement | null>(null);
	const [score, setScore] = useState<Score | null>(null);
	const caseHeading = useRef<HTMLHeadingElement | null>(null);
	const resultHeading = useRef<HTMLHeadingElement | null>(null);
	const predictHeading = useRef<HTMLHeadingElement | null>(null);
	const [focus, setFocus] = useState<'case' | 'result' | 'predict' | 'verdict' | null>(null);

	// The score lives in sessionStorage, which the server cannot see: read it after hydration.
	useEffect(() => setScore(readScore(sessionStore())), []);

	useEffect(() => {
		if (focus === null) return;
		if (focus === 'verdict')
			document.getElementById(`${fieldId('kvp-p', 'verdict')}-${VERDICTS[0]}`)?.focus();
		else
			({ case: caseHeading, result: resultHeading, predict: predictHeading })[
				focus
			].current?.focus();
		setFocus(null);
	}, [focus]);

	const outcome = useMemo(() => evaluateEligibilityInput(facts), [facts]);
	const errors = useMemo(
		() => (outcome.ok ? {} : errorsByPath(lang, outcome.errors)),
		[outcome, lang],
	);
	const result = outcome.ok ? outcome.result : null;

	const resetPrediction = () => {
		setVerdict(null);
		setDecisive([]);
		setMissingVerdict(false);
		setJudgement(null);
	};

	const change = (patch: Partial<EligibilityFacts>) => {
		setFacts((current) => ({ ...current, ...patch }));
		// Feedback belongs to the facts it was given for.
		setJudgement(null);
	};

	const loadExample = () => {
		const example = exampleById(selected);
		if (!example) return;
		setFacts(copy(example.facts));
		setSource({ kind: 'example', id: example.id });
		setRevealed(false);
		resetPrediction();
		setFocus('case');
	};

	const newCase = () => {
		setFacts(blankFacts(today));
		setSource({ kind: 'blank' });
		setRevealed(true);
		resetPrediction();
		setFocus('case');
	};

	const run = () => {
		if (verdict === null) {
			setMissingVerdict(true);
			setFocus('verdict');
			return;
		}
		if (result === null) {
			setFocus('result');
			return;
		}
		const verdictOf = judge({ verdict, decisive }, result);
		setJudgement(verdictOf);
		setScore(recordAttempt(sessionStore(), verdictOf.correct));
		setRevealed(true);
		setFocus('result');
	};

	const example = source.kind === 'example' ? exampleById(source.id) : undefined;
	const verdictLabel = (v: Verdict) => t(`verdict.${v}`);
	const titles = (ids: readonly ConditionId[]) =>
		ids.map((id) => `«${CONDITION_TITLES[id][lang]}»`).join(', ');

	return (
		<div className="kvp-pg-columns">
			<div className="kvp-pg-stack-lg">
				{sharedInvalid && source.kind === 'blank' && (
					<Alert variant="warning">{t('share.invalid')}</Alert>
				)}
				<section className="kvp-pg-stack" aria-labelledby="kvp-library-heading">
					<h2 id="kvp-library-heading" className="aksel-heading aksel-heading--medium">
						{t('library.heading')}
					</h2>
					<div className="kvp-pg-load">
						<SelectField
							id="kvp-library"
							label={t('library.label')}
							help={t('library.help', { count: EXAMPLES.length })}
							value={selected}
							options={EXAMPLES.map((e) => ({ value: e.id, label: e.title[lang] }))}
							onChange={setSelected}
						/>
						<div className="kvp-pg-actions">
							<Button variant="primary" onClick={loadExample}>
								{t('library.load')}
							</Button>
							<Button variant="tertiary" onClick={newCase}>
								{t('library.new')}
							</Button>
						</div>
					</div>
					<div className="kvp-pg-case" data-testid="case">
						<h3 ref={caseHeading} tabIndex={-1} className="aksel-heading aksel-heading--small">
							{example
								? example.title[lang]
								: source.kind === 'shared'
									? t('library.shared')
									: t('library.custom')}
						</h3>
						<p className="aksel-body-long aksel-body-long--medium">
							{example
								? example.summary[lang]
								: source.kind === 'shared'
									? t('library.sharedText')
									: t('library.customText')}
						</p>
					</div>
				</section>

				<section className="kvp-pg-stack" aria-labelledby="kvp-facts-heading">
					<h2 id="kvp-facts-heading" className="aksel-heading aksel-heading--medium">
						{t('facts.heading')}
					</h2>
					<p className="aksel-body-short aksel-body-short--medium kvp-pg-muted">
						{t('facts.lead')}
					</p>
					<FactsForm lang={lang} t={t} facts={facts} errors={errors} onChange={change} />
				</section>

				<SharePanel
					t={t}
					origin={origin}
					pagePath={pagePath}
					facts={facts}
					valid={result !== null}
				/>
			</div>

			<div className="kvp-pg-stack-lg">
				{!revealed && (
					<section className="kvp-pg-stack kvp-pg-predict" aria-labelledby="kvp-predict-heading">
						<h2
							id="kvp-predict-heading"
							ref={predictHeading}
							tabIndex={-1}
							className="aksel-heading aksel-heading--medium"
						>
							{t('predict.heading')}
						</h2>
						<p className="aksel-body-short aksel-body-short--medium">{t('predict.lead')}</p>
						<RadioGroup<Verdict>
							id={fieldId('kvp-p', 'verdict')}
							label={t('predict.verdict')}
							error={missingVerdict && verdict === null ? t('predict.missing') : undefined}
							value={verdict}
							options={VERDICTS.map((v) => ({ value: v, label: verdictLabel(v) }))}
							onChange={(v) => {
								setVerdict(v);
								setMissingVerdict(false);
							}}
						/>
						<fieldset
							className="aksel-fieldset aksel-fieldset--medium"
							aria-describedby="kvp-p-conditions-help"
						>
							<legend className="aksel-fieldset__legend aksel-label">
								{t('predict.conditions')}
							</legend>
							<div
								id="kvp-p-conditions-help"
								className="aksel-fieldset__description aksel-body-short aksel-body-short--medium"
							>
								{t('predict.conditions.help')}
							</div>
							<div>
								{CONDITION_IDS.map((id) => (
									<Checkbox
										key={id}
										id={fieldId('kvp-p', id)}
										label={CONDITION_TITLES[id][lang]}
										checked={decisive.includes(id)}
										onChange={(checked) =>
											setDecisive((current) =>
												checked
													? CONDITION_IDS.filter((c) => c === id || current.includes(c))
													: current.filter((c) => c !== id),
											)
										}
									/>
								))}
							</div>
						</fieldset>
						<div className="kvp-pg-actions">
							<Button variant="primary" onClick={run}>
								{t('predict.run')}
							</Button>
							<Button
								variant="tertiary"
								onClick={() => {
									setRevealed(true);
									setJudgement(null);
									setFocus('result');
								}}
							>
								{t('predict.skip')}
							</Button>
						</div>
					</section>
				)}

				<section className="kvp-pg-stack kvp-pg-result" aria-labelledby="kvp-result-heading">
					<h2
						id="kvp-result-heading"
						ref={resultHeading}
						tabIndex={-1}
						className="aksel-heading aksel-heading--medium"
					>
						{t('result.heading')}
					</h2>
					<div
						aria-live="polite"
						aria-atomic="true"
						className="kvp-pg-verdict"
						data-testid="verdict"
						data-verdict={revealed && result ? result.verdict : undefined}
					>
						{!revealed ? (
							<p className="aksel-body-long aksel-body-long--medium">{t('result.hidden')}</p>
						) : result === null ? (
							<p className="aksel-body-long aksel-body-long--medium">{t('result.invalid')}</p>
						) : (
							<>
								<p
									className={`aksel-heading aksel-heading--small kvp-pg-verdict-${result.verdict}`}
								>
									{t('result.verdict', { verdict: verdictLabel(result.verdict) })}
								</p>
								<p className="aksel-body-long aksel-body-long--medium">{result.summary[lang]}</p>
							</>
						)}
					</div>
					{!outcome.ok && <ErrorSummary t={t} scope={FACTS_SCOPE} errors={errors} />}
					{judgement && result && (
						<Alert
							variant={
								judgement.correct ? 'success' : judgement.verdictCorrect ? 'info' : 'warning'
							}
							testid="feedback"
						>
							<p>
								{judgement.correct
									? t('feedback.correct')
									: judgement.verdictCorrect
										? t('feedback.verdictOnly')
										: t('feedback.wrong', { yours: verdict ? verdictLabel(verdict) : '' })}
							</p>
							{judgement.missed.length > 0 && (
								<p>{t('feedback.missed', { list: titles(judgement.missed) })}</p>
							)}
							{judgement.extra.length > 0 && (
								<p>{t('feedback.extra', { list: titles(judgement.extra) })}</p>
							)}
						</Alert>
					)}
					{revealed && result && (
						<>
							<EligibilityDetails result={result} lang={lang} t={t} />
							<div className="kvp-pg-actions">
								<Button
									variant="secondary"
									onClick={() => {
										resetPrediction();
										setRevealed(false);
										setFocus('predict');
									}}
								>
									{t('predict.again')}
								</Button>
							</div>
						</>
					)}
					<div className="kvp-pg-score">
						<p className="aksel-body-short aksel-body-short--medium" data-testid="score">
							{score && score.attempts > 0 ? t('score.line', score) : t('score.none')}
						</p>
						{score && score.attempts > 0 && (
							<Button
								variant="tertiary"
								size="small"
								onClick={() => setScore(resetScore(sessionStore()))}
							>
								{t('score.reset')}
							</Button>
						)}
					</div>
				</section>
			</div>
		</div>
	);
}
