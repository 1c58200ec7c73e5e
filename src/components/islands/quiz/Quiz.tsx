/**
 * A quiz bank as an island: single- and multiple-choice questions, each checked on its own, with
 * feedback for every option (right or wrong, an explanation and a link to its paragraph). When the
 * last question is checked, the score is kept in localStorage; the island then asks the progress
 * endpoint whether someone is logged in (`?innlogga`) and posts the score only if so, so a visitor
 * without a session sends nothing and gets no 401.
 *
 * Written against React's API with plain HTML and Aksel classes, and rendered by Preact in compat
 * mode like every island (decision 006). Server-rendered with every question visible; the buttons
 * stay disabled until it hydrates.
 */
import './quiz.css';
import { useEffect, useState } from 'react';
import { fill } from '#i18n/translate.ts';
import { loadLocal, saveLocal, withQuiz } from '#lib/self-study/progress.ts';
import { countRight, isRightAnswer } from '#lib/self-study/quiz.ts';
import type { QuizStrings } from './strings.ts';

export type QuizOptionView = {
	id: string;
	text: string;
	correct: boolean;
	explanation: string;
	paragraphLabel: string;
	paragraphHref: string;
};

export type QuizQuestionView = {
	id: string;
	type: 'single' | 'multiple';
	question: string;
	/** How to answer and which rules the answer holds for: "Vel eitt svar. Svaret gjeld reglane frå 1.1.2019." */
	hint: string;
	/** The note to show with an "unverified" marker; null when the question is verified. */
	unverifiedNote: string | null;
	options: QuizOptionView[];
};

export type QuizProps = {
	/** Progress id of the bank: 'quiz/<bank>'. */
	entry: string;
	questions: QuizQuestionView[];
	strings: QuizStrings;
	/** Where the progress page is, in the page's language. */
	progressHref: string;
	/** The JSON progress endpoint. */
	endpoint: string;
};

function storage(): Storage | null {
	try {
		return window.localStorage;
	} catch {
		return null;
	}
}

export default function Quiz({ entry, questions, strings: s, progressHref, endpoint }: QuizProps) {
	const [ready, setReady] = useState(false);
	const [round, setRound] = useState(0);
	const [chosen, setChosen] = useState<Record<string, string[]>>({});
	const [results, setResults] = useState<Record<string, boolean>>({});
	const [missing, setMissing] = useState<string | null>(null);

	const total = questions.length;
	const answered = Object.keys(results).length;
	const score = countRight(results);
	const finished = answered === total;

	useEffect(() => setReady(true), []);

	useEffect(() => {
		if (!finished) return;
		const store = storage();
		saveLocal(store, withQuiz(loadLocal(store), entry, score, total, new Date().toISOString()));
		// Stored on the account when logged in. The page is prerendered and cannot know, so it asks
		// first: no post (and no 401) without a session. A network error changes nothing here.
		fetch(`${endpoint}?innlogga`, { credentials: 'same-origin' })
			.then((r) => (r.ok ? (r.json() as Promise<{ signedIn?: boolean }>) : { signedIn: false }))
			.then(({ signedIn }) =>
				signedIn
					? fetch(endpoint, {
							method: 'POST',
							headers: { 'content-type': 'application/json' },
							credentials: 'same-origin',
							body: JSON.stringify({ kind: 'quiz', entry, score, maxScore: total }),
						})
					: undefined,
			)
			.catch(() => undefined);
	}, [finished]);

	const toggle = (question: QuizQuestionView, optionId: string) => {
		setMissing(null);
		setChosen((previous) => {
			const current = previous[question.id] ?? [];
			if (question.type === 'single') return { ...previous, [question.id]: [optionId] };
			const next = current.includes(optionId)
				? current.filter((id) => id !== optionId)
				: [...current, optionId];
			return { ...previous, [question.id]: next };
		});
	};

	const check = (question: QuizQuestionView) => {
		const picked = chosen[question.id] ?? [];
		if (picked.length === 0) {
			setMissing(question.id);
			return;
		}
		setMissing(null);
		setResults((previous) => ({
			...previous,
			[question.id]: isRightAnswer(question.options, picked),
		}));
	};

	const retry = () => {
		setChosen({});
		setResults({});
		setMissing(null);
		setRound((n) => n + 1);
	};

	return (
		<div className="kvp-quiz" data-testid="quiz" data-ready={ready ? 'true' : 'false'}>
			<p className="aksel-body-short kvp-ss-muted" aria-live="polite" data-pagefind-ignore="">
				{fill(s['quiz.answered'], { answered, total })}
			</p>
			<ol className="kvp-quiz__questions">
				{questions.map((question, index) => {
					const id = `q-${round}-${question.id}`;
					const picked = chosen[question.id] ?? [];
					const result = results[question.id];
					const done = result !== undefined;
					const inputType = question.type === 'single' ? 'radio' : 'checkbox';
					const prefix = inputType === 'radio' ? 'aksel-radio' : 'aksel-checkbox';
					return (
						<li
							key={id}
							className="kvp-quiz__question"
							data-testid="quiz-question"
							data-question={question.id}
						>
							<fieldset
								className="aksel-fieldset aksel-fieldset--medium"
								aria-describedby={`${id}-hint`}
							>
								<legend className="aksel-fieldset__legend aksel-label">
									<span
										className="aksel-detail kvp-ss-muted kvp-quiz__number"
										data-pagefind-ignore=""
									>
										{fill(s['quiz.question'], { n: index + 1, total })}
									</span>
									<span className="kvp-quiz__text">{question.question}</span>
								</legend>
								<p
									id={`${id}-hint`}
									className="aksel-fieldset__description aksel-body-short"
									data-pagefind-ignore=""
								>
									{question.hint}
								</p>
								{question.unverifiedNote !== null && (
									<p className="kvp-ss-unverified" data-testid="unverified">
										<span
											className="aksel-tag aksel-tag--small"
											data-color="warning"
											data-variant="outline"
										>
											{s['unverified']}
										</span>
										<span className="kvp-ss-unverified__note">{question.unverifiedNote}</span>
									</p>
								)}
								<div>
									{question.options.map((option) => {
										const optionId = `${id}-${option.id}`;
										return (
											<div key={optionId} className={`${prefix} ${prefix}--medium`}>
												{inputType === 'checkbox' ? (
													<div className="aksel-checkbox__input-wrapper" data-standalone="false">
														<input
															id={optionId}
															type="checkbox"
															name={id}
															value={option.id}
															className="aksel-checkbox__input"
															checked={picked.includes(option.id)}
															disabled={!ready || done}
															onChange={() => toggle(question, option.id)}
														/>
														<svg
															xmlns="http://www.w3.org/2000/svg"
															viewBox="0 0 13 10"
															fill="none"
															focusable="false"
															aria-hidden="true"
															className="aksel-checkbox__icon"
														>
															<path
																d="M4.03524 6.41478L10.4752 0.404669C11.0792 -0.160351 12.029 -0.130672 12.5955 0.47478C13.162 1.08027 13.1296 2.03007 12.5245 2.59621L5.02111 9.59934C4.74099 9.85904 4.37559 10 4.00025 10C3.60651 10 3.22717 9.84621 2.93914 9.56111L0.439143 7.06111C-0.146381 6.47558 -0.146381 5.52542 0.439143 4.93989C1.02467 4.35437 1.97483 4.35437 2.56036 4.93989L4.03524 6.41478Z"
																fill="currentColor"
															/>
														</svg>
													</div>
												) : (
													<input
														id={optionId}
														type="radio"
														name={id}
														value={option.id}
														className="aksel-radio__input"
														data-standalone="false"
														checked={picked.includes(option.id)}
														disabled={!ready || done}
														onChange={() => toggle(question, option.id)}
													/>
												)}
												<label
													htmlFor={optionId}
													className={`${prefix}__label aksel-body-short aksel-body-short--medium`}
												>
													{option.text}
												</label>
											</div>
										);
									})}
								</div>
							</fieldset>
							{!done && (
								<div className="kvp-quiz__actions" data-pagefind-ignore="">
									<button
										type="button"
										className="aksel-button aksel-button--medium"
										data-variant="primary"
										disabled={!ready}
										onClick={() => check(question)}
									>
										<span className="aksel-label">{s['quiz.check']}</span>
									</button>
								</div>
							)}
							<div aria-live="polite" className="kvp-quiz__feedback-region">
								{missing === question.id && (
									<p className="aksel-error-message aksel-label" data-testid="quiz-missing">
										{s['quiz.chooseFirst']}
									</p>
								)}
								{done && (
									<div
										className={`kvp-quiz__feedback ${result ? 'kvp-quiz__feedback--right' : 'kvp-quiz__feedback--wrong'}`}
										data-testid="quiz-feedback"
										data-result={result ? 'right' : 'wrong'}
									>
										<p className="aksel-heading aksel-heading--xsmall">
											{result ? s['quiz.right'] : s['quiz.wrong']}
										</p>
										<ul className="kvp-quiz__options">
											{question.options.map((option) => (
												<li
													key={option.id}
													data-testid="quiz-option-feedback"
													data-correct={option.correct ? 'true' : 'false'}
												>
													<p className="aksel-body-short">
														<strong>{option.text}</strong>
														{' – '}
														<span
															className={option.correct ? 'kvp-quiz__right' : 'kvp-quiz__wrong'}
														>
															{option.correct ? s['quiz.correctOption'] : s['quiz.wrongOption']}
														</span>
														{picked.includes(option.id) && ` (${s['quiz.yourChoice']})`}
													</p>
													<p className="aksel-body-short">
														{option.explanation}{' '}
														<a className="aksel-link" href={option.paragraphHref}>
															{option.paragraphLabel}
														</a>
													</p>
												</li>
											))}
										</ul>
									</div>
								)}
							</div>
						</li>
					);
				})}
			</ol>
			<div aria-live="polite">
				{finished && (
					<div className="kvp-quiz__result" data-testid="quiz-result">
						<p className="aksel-heading aksel-heading--medium">
							{fill(s['quiz.score'], { score, total })}
						</p>
						<p className="aksel-body-short">{s['quiz.progressNote']}</p>
						<p className="kvp-quiz__actions">
							<button
								type="button"
								className="aksel-button aksel-button--medium"
								data-variant="secondary"
								onClick={retry}
							>
								<span className="aksel-label">{s['quiz.retry']}</span>
							</button>
							<a className="aksel-link" href={progressHref}>
								{s['quiz.toProgress']}
							</a>
						</p>
					</div>
				)}
			</div>
		</div>
	);
}
