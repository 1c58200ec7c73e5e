/**
 * The self-study progress kept in this browser (localStorage): entries read, quiz scores and how far
 * along each learning path is. On /sjolvstudium/framgang. When the page was reached from a "mark as
 * read" button (`record`), the mark is stored here first, so reading is recorded for everyone, logged
 * in or not. A logged-in user can copy the browser's progress to the account.
 *
 * Written with React's API, plain HTML with Aksel classes.
 */
import { useEffect, useState } from 'react';
import { fill } from '#i18n/translate.ts';
import {
	emptyProgress,
	loadLocal,
	pathProgress,
	saveLocal,
	withRead,
	doneIds,
	LOCAL_KEY,
	type LocalProgress as Progress,
} from '#lib/self-study/progress.ts';
import type { ProgressStrings } from './strings.ts';

export type CatalogEntry = { id: string; title: string; href: string };
export type PathSummary = { key: string; title: string; href: string; steps: string[] };

export type LocalProgressProps = {
	/** A progress id to mark as read now (from the mark-as-read form), or null. */
	record: string | null;
	catalog: CatalogEntry[];
	paths: PathSummary[];
	strings: ProgressStrings;
	loggedIn: boolean;
	endpoint: string;
};

function storage(): Storage | null {
	try {
		return window.localStorage;
	} catch {
		return null;
	}
}

export default function LocalProgress({
	record,
	catalog,
	paths,
	strings: s,
	loggedIn,
	endpoint,
}: LocalProgressProps) {
	const [progress, setProgress] = useState<Progress | null>(null);
	const [message, setMessage] = useState<string | null>(null);
	const [busy, setBusy] = useState(false);

	useEffect(() => {
		const store = storage();
		let current = loadLocal(store);
		if (record !== null) {
			current = withRead(current, record, new Date().toISOString());
			saveLocal(store, current);
		}
		setProgress(current);
	}, []); // runs once, after hydration

	const byId = new Map(catalog.map((entry) => [entry.id, entry]));
	/** '22.11.2026', the same in bokmål and nynorsk (and independent of the browser's locale data). */
	const date = (iso: string) => {
		const d = new Date(iso);
		return `${d.getDate()}.${d.getMonth() + 1}.${d.getFullYear()}`;
	};
	const entryLink = (id: string) => {
		const entry = byId.get(id);
		return entry ? (
			<a className="aksel-link" href={entry.href}>
				{entry.title}
			</a>
		) : (
			<span>{s['progress.unknown']}</span>
		);
	};

	const sync = async () => {
		if (progress === null) return;
		setBusy(true);
		setMessage(null);
		const bodies = [
			...Object.keys(progress.read).map((entry) => ({ kind: 'read', entry })),
			...Object.entries(progress.quiz).map(([entry, q]) => ({
				kind: 'quiz',
				entry,
				score: q.score,
				maxScore: q.maxScore,
			})),
		];
		try {
			for (const body of bodies) {
				const response = await fetch(endpoint, {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					credentials: 'same-origin',
					body: JSON.stringify(body),
				});
				// An entry that no longer exists (400) is skipped; anything else stops the copy.
				if (!response.ok && response.status !== 400) throw new Error(String(response.status));
			}
			setMessage(s['progress.synced']);
			window.location.reload();
		} catch {
			setMessage(s['progress.syncFailed']);
		} finally {
			setBusy(false);
		}
	};

	const clear = () => {
		try {
			storage()?.removeItem(LOCAL_KEY);
		} catch {
			// Nothing stored, or storage blocked: either way nothing is left to clear.
		}
		setProgress(emptyProgress());
		setMessage(s['progress.cleared']);
	};

	if (progress === null) return <div data-testid="local-progress" data-ready="false" />;

	const read = Object.entries(progress.read).sort((a, b) => b[1].localeCompare(a[1]));
	const quizzes = Object.entries(progress.quiz).sort((a, b) => b[1].at.localeCompare(a[1].at));
	const done = doneIds(progress);
	const empty = read.length === 0 && quizzes.length === 0;

	return (
		<div className="kvp-progress" data-testid="local-progress" data-ready="true">
			<h3 className="aksel-heading aksel-heading--small">{s['progress.read']}</h3>
			{read.length === 0 ? (
				<p className="aksel-body-short">{s['progress.nothing']}</p>
			) : (
				<ul className="kvp-ss-list" data-testid="local-read">
					{read.map(([id, at]) => (
						<li key={id}>
							{entryLink(id)}{' '}
							<span className="kvp-ss-muted">({fill(s['progress.when'], { date: date(at) })})</span>
						</li>
					))}
				</ul>
			)}
			<h3 className="aksel-heading aksel-heading--small">{s['progress.quizzes']}</h3>
			{quizzes.length === 0 ? (
				<p className="aksel-body-short">{s['progress.nothing']}</p>
			) : (
				<ul className="kvp-ss-list" data-testid="local-quizzes">
					{quizzes.map(([id, q]) => (
						<li key={id}>
							{entryLink(id)}:{' '}
							<strong>{fill(s['progress.score'], { score: q.score, total: q.maxScore })}</strong>{' '}
							<span className="kvp-ss-muted">
								({fill(s['progress.when'], { date: date(q.at) })})
							</span>
						</li>
					))}
				</ul>
			)}
			<h3 className="aksel-heading aksel-heading--small">{s['progress.paths']}</h3>
			<ul className="kvp-ss-list" data-testid="local-paths">
				{paths.map((path) => {
					const p = pathProgress(path.steps, done);
					return (
						<li key={path.key}>
							<a className="aksel-link" href={path.href}>
								{path.title}
							</a>
							: {fill(s['path.stepsDone'], { done: p.done, total: p.total })}
						</li>
					);
				})}
			</ul>
			{!empty && (
				<p className="kvp-progress__actions">
					{loggedIn && (
						<button
							type="button"
							className="aksel-button aksel-button--medium"
							data-variant="secondary"
							disabled={busy}
							onClick={() => void sync()}
						>
							<span className="aksel-label">{s['progress.sync']}</span>
						</button>
					)}
					<button
						type="button"
						className="aksel-button aksel-button--medium"
						data-variant="tertiary"
						onClick={clear}
					>
						<span className="aksel-label">{s['progress.clear']}</span>
					</button>
				</p>
			)}
			<p className="aksel-body-short" role="status">
				{message}
			</p>
		</div>
	);
}
